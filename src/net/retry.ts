// The one retry helper of newsdesk: every service call that can fail for a while (the
// translation engines, the CMS targets) goes through `withRetries`. A failure the caller
// classifies as transient (network, timeout, 429, 5xx, an unreadable answer) is retried with
// exponential backoff and full jitter, waiting at least what Retry-After asks; anything else
// is thrown at once. A write whose answer was lost may have been applied: `settle` runs before
// each retry and may return what the service already holds instead of sending it again.
// Time is injectable (Clock), so tests assert every wait exactly while the HTTP stays real.

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Why a signal aborted, as an Error (the reason itself when it is one: AbortController's default DOMException, a timeout's Error). */
function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error(String(reason), { cause: reason });
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const timer = setTimeout(done, ms);
      function done(): void {
        signal?.removeEventListener('abort', abort);
        resolve();
      }
      function abort(): void {
        clearTimeout(timer);
        reject(abortReason(signal!));
      }
      signal?.addEventListener('abort', abort, { once: true });
    }),
};

export interface RetryPolicy {
  /** Further attempts after the first. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails instead. */
  maxRetryAfterMs: number;
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Full jitter: a random wait up to base·2^attempt, capped (attempt 0 is the first retry). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(random() * ceiling);
}

/** How the caller reads a failure: retry it (with the service's Retry-After, if any) or not. */
export type Transience = { retry: true; retryAfter?: string | null | undefined } | { retry: false };

export interface RetryOptions<T> {
  policy: RetryPolicy;
  /** Whether a thrown error is worth the same call again. */
  classify(error: unknown): Transience;
  clock?: Clock;
  random?: () => number;
  signal?: AbortSignal | undefined;
  /** Told before each wait (for a log line). `attempt` is the retry about to be made, from 1. */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  /** Told the number of attempts made when the call finally fails. */
  onGiveUp?: (info: { attempts: number; error: unknown }) => void;
  /**
   * Runs after each wait, before the retry: a value means the call already took effect. Its
   * own failures count as a failed attempt (nothing is re-sent until it could look).
   */
  settle?: () => Promise<T | undefined>;
}

/** Run `attempt` until it succeeds, fails in a way that is not transient, or retries run out. */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, options: RetryOptions<T>): Promise<T> {
  const { policy, signal } = options;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  for (let n = 0; ; n++) {
    try {
      // After a failure, first ask whether the call took effect anyway (a lost answer).
      if (n > 0 && options.settle) {
        const settled = await options.settle();
        if (settled !== undefined) return settled;
      }
      return await attempt(n);
    } catch (error) {
      const verdict = options.classify(error);
      const retryAfterMs = verdict.retry ? parseRetryAfter(verdict.retryAfter, clock.now()) : undefined;
      if (!verdict.retry || n >= policy.retries || (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) || signal?.aborted) {
        options.onGiveUp?.({ attempts: n + 1, error });
        throw error;
      }
      const delayMs = Math.max(retryAfterMs ?? 0, backoffDelay(n, policy, random));
      options.onRetry?.({ attempt: n + 1, delayMs, error });
      await clock.sleep(delayMs, signal);
    }
  }
}
