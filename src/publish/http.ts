// HTTP for the CMS targets: JSON requests with a bearer token, a timeout, and retries with
// exponential backoff (full jitter, Retry-After honoured) for what is transient — the
// network, a timeout, 429 and 5xx. 401/403 stop at once. The token is sent in a header
// and never appears in a message: errors name the method, the path and the service's own
// error text only.

import { Errors, NewsdeskError } from '../errors/index.js';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RetryPolicy {
  /** Further attempts after the first. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 4, baseDelayMs: 500, maxDelayMs: 15_000, maxRetryAfterMs: 60_000 };

export type FailureKind = 'network' | 'timeout' | 'server' | 'rate-limit' | 'auth' | 'not-found' | 'bad-request';

const TRANSIENT: ReadonlySet<FailureKind> = new Set(['network', 'timeout', 'server', 'rate-limit']);

/** A failed request, before it becomes the one line a user reads. */
export class HttpFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
    readonly retryAfter?: string,
  ) {
    super(message);
    this.name = 'HttpFailure';
  }

  /** How many times the request was sent. */
  attempts = 1;

  get transient(): boolean {
    return TRANSIENT.has(this.kind);
  }
}

export interface JsonClientOptions {
  /** Base URL, no trailing slash. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …`. */
  token: string;
  /** The service's name in messages ("strapi"). */
  service: string;
  timeoutMs?: number;
  retry?: RetryPolicy;
  clock?: Clock;
  random?: () => number;
  fetch?: typeof fetch;
  /** Told about each retry (for the log line). */
  onRetry?: (info: { attempt: number; delayMs: number; failure: HttpFailure; method: string; path: string }) => void;
}

export interface JsonResponse {
  status: number;
  json: unknown;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Retry-After is delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

export function kindOf(status: number): FailureKind | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'server';
  return 'bad-request';
}

/** The service's own error text: Strapi's `{ error: { message } }`, else a short excerpt. */
function serviceMessage(json: unknown, text: string): string {
  const error = (json as { error?: { message?: unknown; name?: unknown } } | undefined)?.error;
  if (error && typeof error.message === 'string') return error.message;
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 160)}…` : line || '(empty body)';
}

export function createJsonClient(options: JsonClientOptions) {
  const policy = options.retry ?? DEFAULT_RETRY;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const origin = (() => {
    try {
      return new URL(options.baseUrl).origin;
    } catch {
      return options.baseUrl;
    }
  })();

  async function once(method: Method, path: string, body: unknown): Promise<JsonResponse> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    let response: Response;
    try {
      response = await fetchImpl(`${options.baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${options.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: timeout.signal,
      });
      const text = await response.text();
      let json: unknown;
      try {
        json = text === '' ? undefined : (JSON.parse(text) as unknown);
      } catch {
        json = undefined;
      }
      const kind = kindOf(response.status);
      if (kind) {
        const retryAfter = response.headers.get('retry-after') ?? undefined;
        throw new HttpFailure(kind, `${method} ${pathOnly(path)}: HTTP ${response.status} ${serviceMessage(json, text)}`, response.status, retryAfter);
      }
      return { status: response.status, json };
    } catch (error) {
      if (error instanceof HttpFailure) throw error;
      if (timeout.signal.aborted) throw new HttpFailure('timeout', `${method} ${pathOnly(path)}: no answer from ${origin} within ${timeoutMs} ms`);
      throw new HttpFailure('network', `${method} ${pathOnly(path)}: cannot reach ${origin} (${networkReason(error)})`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** One request, retried while the failure is transient. Throws HttpFailure. */
  async function request(method: Method, path: string, body?: unknown, hooks: { beforeRetry?: () => Promise<JsonResponse | undefined> } = {}): Promise<JsonResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(method, path, body);
      } catch (error) {
        const failure = error as HttpFailure;
        failure.attempts = attempt + 1;
        if (!failure.transient || attempt >= policy.retries) throw failure;
        const retryAfterMs = parseRetryAfter(failure.retryAfter, clock.now());
        if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) throw failure;
        const delayMs = Math.max(retryAfterMs ?? 0, backoffDelay(attempt, policy, random));
        options.onRetry?.({ attempt: attempt + 1, delayMs, failure, method, path: pathOnly(path) });
        await clock.sleep(delayMs);
        // A write whose answer was lost may have been applied: the caller checks first.
        const settled = await hooks.beforeRetry?.();
        if (settled) return settled;
      }
    }
  }

  return { request, origin };
}

export type JsonClient = ReturnType<typeof createJsonClient>;

/** A path without its query (filters can hold ids; keep messages short). */
function pathOnly(path: string): string {
  return path.split('?')[0] ?? path;
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}

/** The one error a user sees for a failed request: auth errors apart, all exit 2. */
export function toNewsdeskError(failure: HttpFailure, service: string): NewsdeskError {
  if (failure.kind === 'auth') {
    return new NewsdeskError(Errors.Auth, `${service}: the token was refused (${failure.message})`);
  }
  const tried = failure.attempts > 1 ? ` (${failure.attempts} attempts)` : '';
  return new NewsdeskError(Errors.Service, `${service}: ${failure.message}${tried}`);
}
