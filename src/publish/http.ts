// HTTP for the CMS targets: JSON requests with a bearer token (or another Authorization
// header), a timeout, and retries through the shared helper (src/net/retry.ts) for what is
// transient — the network, a timeout, 429, 5xx and a success answer that is not JSON.
// 401/403 stop at once. The token is sent in a header
// and never appears in a message: errors name the method, the path and the service's own
// error text only.

import { Errors, NewsdeskError } from '../errors/index.js';
import { systemClock, withRetries, type Clock, type RetryPolicy } from '../net/retry.js';

export { systemClock, type Clock, type RetryPolicy } from '../net/retry.js';

export const DEFAULT_RETRY: RetryPolicy = { retries: 4, baseDelayMs: 500, maxDelayMs: 15_000, maxRetryAfterMs: 60_000 };

/** `bad-response`: a success status whose body is not the JSON promised (a proxy's page, a cut-off answer). */
export type FailureKind = 'network' | 'timeout' | 'server' | 'rate-limit' | 'bad-response' | 'auth' | 'not-found' | 'bad-request';

const TRANSIENT: ReadonlySet<FailureKind> = new Set(['network', 'timeout', 'server', 'rate-limit', 'bad-response']);

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
  token?: string;
  /** The whole Authorization header instead (`Basic …` for WordPress application passwords). */
  authorization?: string;
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

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export function kindOf(status: number): FailureKind | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'server';
  return 'bad-request';
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 160)}…` : line || '(empty body)';
}

/**
 * The service's own error text: Strapi's `{ error: { message } }`, Directus's
 * `{ errors: [{ message }] }`, WordPress's `{ code, message }`, else a short excerpt.
 */
function serviceMessage(json: unknown, text: string): string {
  const body = json as { error?: { message?: unknown }; errors?: Array<{ message?: unknown }>; message?: unknown; code?: unknown } | undefined;
  if (body && typeof body.error?.message === 'string') return body.error.message;
  const first = Array.isArray(body?.errors) ? body.errors[0]?.message : undefined;
  if (typeof first === 'string') return first;
  if (body && typeof body.message === 'string') return typeof body.code === 'string' ? `${body.code}: ${body.message}` : body.message;
  return excerpt(text);
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
          authorization: options.authorization ?? `Bearer ${options.token ?? ''}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: timeout.signal,
      });
      const text = await response.text();
      let json: unknown;
      let malformed = false;
      try {
        json = text === '' ? undefined : (JSON.parse(text) as unknown);
      } catch {
        malformed = true;
      }
      const kind = kindOf(response.status) ?? (malformed ? 'bad-response' : undefined);
      if (kind === 'bad-response') {
        throw new HttpFailure(kind, `${method} ${pathOnly(path)}: HTTP ${response.status} answered with something that is not JSON (${excerpt(text)})`, response.status);
      }
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

  /**
   * One request, retried while the failure is transient. Throws HttpFailure. `beforeRetry`
   * (for writes) looks whether a write whose answer was lost took effect, before resending it.
   */
  async function request(method: Method, path: string, body?: unknown, hooks: { beforeRetry?: () => Promise<JsonResponse | undefined> } = {}): Promise<JsonResponse> {
    return withRetries(() => once(method, path, body), {
      policy,
      clock,
      random,
      classify: (error) => (error instanceof HttpFailure && error.transient ? { retry: true, retryAfter: error.retryAfter } : { retry: false }),
      onRetry: ({ attempt, delayMs, error }) => options.onRetry?.({ attempt, delayMs, failure: error as HttpFailure, method, path: pathOnly(path) }),
      onGiveUp: ({ attempts, error }) => {
        if (error instanceof HttpFailure) error.attempts = attempts;
      },
      ...(hooks.beforeRetry ? { settle: hooks.beforeRetry } : {}),
    });
  }

  return { request, origin };
}

export type JsonClient = ReturnType<typeof createJsonClient>;

/** A path without its query (filters can hold ids; keep messages short); WordPress's `rest_route` is the path. */
function pathOnly(path: string): string {
  const [base = path, query = ''] = path.split('?');
  return new URLSearchParams(query).get('rest_route') ?? base;
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
