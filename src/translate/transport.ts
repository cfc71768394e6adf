// HTTP for the engines: one request with a timeout, the response classified into an
// EngineError kind, and retries through the shared helper (src/net/retry.ts: exponential
// backoff with full jitter, Retry-After honoured as the minimum wait). Time is injectable
// (Clock) so tests exercise real HTTP on loopback without waiting real seconds for backoff.

import { withRetries as retry, type Clock, type RetryPolicy } from '../net/retry.js';
import { EngineError, RETRYABLE, isEngineError, type FailureKind } from './errors.js';

export { backoffDelay, parseRetryAfter, systemClock, type Clock, type RetryPolicy } from '../net/retry.js';

export const DEFAULT_RETRY: RetryPolicy = { retries: 4, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

export interface RetryOptions {
  policy: RetryPolicy;
  clock: Clock;
  random: () => number;
  signal?: AbortSignal | undefined;
  onRetry?: (info: { attempt: number; delayMs: number; error: EngineError }) => void;
}

/** The shared retry helper, reading EngineError kinds: rate-limit, server, network and timeout are retried. */
export function withRetries<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { onRetry, ...rest } = options;
  return retry(attempt, {
    ...rest,
    classify: (error) => (isEngineError(error) && RETRYABLE.has(error.kind) ? { retry: true, retryAfter: error.retryAfter } : { retry: false }),
    ...(onRetry ? { onRetry: ({ attempt: n, delayMs, error }) => onRetry({ attempt: n, delayMs, error: error as EngineError }) } : {}),
  });
}

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A JSON-serialisable body, sent as application/json. */
  json?: unknown;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
}

/**
 * One request. Network failures and timeouts become EngineErrors; an abort by the caller's
 * signal is rethrown as is (it is not a failure of the service). Any HTTP status resolves.
 */
export async function sendHttp(engine: string, request: HttpRequest, fetchImpl: typeof fetch = fetch): Promise<HttpResponse> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new Error('timeout')), request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
  try {
    const response = await fetchImpl(request.url, {
      method: request.method ?? 'POST',
      headers: { accept: 'application/json', ...(request.json === undefined ? {} : { 'content-type': 'application/json' }), ...request.headers },
      ...(request.json === undefined ? {} : { body: JSON.stringify(request.json) }),
      signal,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: parseJson(text) };
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    if (timeout.signal.aborted) throw new EngineError(engine, 'timeout', `no answer within ${request.timeoutMs} ms`, { cause: error });
    throw new EngineError(engine, 'network', `cannot reach ${new URL(request.url).origin}: ${describeNetworkError(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}

/**
 * The default reading of an HTTP status (engines refine it with what their body says):
 * 401/403 auth, 408/timeout, 413/414 too large, 429 rate limit, 5xx server, other 4xx bad request.
 */
export function defaultKind(status: number): FailureKind | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 401 || status === 403) return 'auth';
  if (status === 408) return 'timeout';
  if (status === 413 || status === 414) return 'too-large';
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'server';
  return 'bad-request';
}

/** Build the EngineError for a failed response, with Retry-After when the service sent one. */
export function failure(engine: string, kind: FailureKind, response: HttpResponse, message: string): EngineError {
  const retryAfter = response.headers.get('retry-after');
  return new EngineError(engine, kind, `HTTP ${response.status}: ${message}`, {
    status: response.status,
    ...(retryAfter === null ? {} : { retryAfter }),
  });
}

/** A short, single-line excerpt of a body for messages. */
export function excerpt(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line || '(empty body)';
}
