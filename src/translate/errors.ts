// Operational errors of the translate stage (their data lives in the one catalogue,
// src/errors/index.ts). Every failure of a
// translation service is an EngineError with a `kind` that decides what happens next:
// retry (rate-limit, server, network, timeout), split the batch (too-large, truncated,
// bad-response), or stop the engine for the run (auth, quota).

import { Errors, NewsdeskError, type ErrorData } from '../errors/index.js';

/** The catalogue's translation entries under the names this stage uses. */
export const TranslateErrors = {
  UnknownEngine: Errors.UnknownEngine,
  EngineOptions: Errors.EngineOptions,
  MissingKey: Errors.MissingApiKey,
  Auth: Errors.TranslationAuth,
  Quota: Errors.TranslationQuota,
  RateLimited: Errors.TranslationRateLimited,
  Server: Errors.TranslationServer,
  Network: Errors.TranslationNetwork,
  Timeout: Errors.TranslationTimeout,
  TooLarge: Errors.TranslationTooLarge,
  BadRequest: Errors.TranslationBadRequest,
  BadResponse: Errors.TranslationBadResponse,
  Truncated: Errors.TranslationTruncated,
} as const;

export type FailureKind =
  | 'auth'
  | 'quota'
  | 'rate-limit'
  | 'server'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'bad-request'
  | 'bad-response'
  | 'truncated';

const DATA: Record<FailureKind, ErrorData> = {
  auth: TranslateErrors.Auth,
  quota: TranslateErrors.Quota,
  'rate-limit': TranslateErrors.RateLimited,
  server: TranslateErrors.Server,
  network: TranslateErrors.Network,
  timeout: TranslateErrors.Timeout,
  'too-large': TranslateErrors.TooLarge,
  'bad-request': TranslateErrors.BadRequest,
  'bad-response': TranslateErrors.BadResponse,
  truncated: TranslateErrors.Truncated,
};

/** Worth the same request again after a pause. */
export const RETRYABLE: ReadonlySet<FailureKind> = new Set(['rate-limit', 'server', 'network', 'timeout']);
/** Every further request would fail the same way: stop the engine for the run. */
export const STOPS_ENGINE: ReadonlySet<FailureKind> = new Set(['auth', 'quota']);
/**
 * The service failed, not the text: the same request may pass later (after a pause, a new
 * key, a raised quota). A scheduler waits for the engine and tries again; anything else is
 * the content's problem and is shown to the editor instead.
 */
export const SERVICE_FAILURES: ReadonlySet<FailureKind> = new Set(['auth', 'quota', 'rate-limit', 'server', 'network', 'timeout']);
/** A smaller batch may succeed. */
export const SPLITTABLE: ReadonlySet<FailureKind> = new Set(['too-large', 'truncated', 'bad-response']);

export interface EngineErrorDetails {
  status?: number;
  /** The Retry-After header as sent (seconds or an HTTP date); read against the retry clock. */
  retryAfter?: string;
  cause?: unknown;
}

export class EngineError extends NewsdeskError {
  readonly kind: FailureKind;
  readonly engine: string;
  readonly status: number | undefined;
  readonly retryAfter: string | undefined;

  constructor(engine: string, kind: FailureKind, message: string, details: EngineErrorDetails = {}) {
    super(DATA[kind], `${engine}: ${message}`, {}, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.engine = engine;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
  }
}

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}
