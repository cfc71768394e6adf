// Operational errors of the translate stage, in the shape of the shared catalogue
// (src/errors/index.ts) so they can move there once the lead adds them. Every failure of a
// translation service is an EngineError with a `kind` that decides what happens next:
// retry (rate-limit, server, network, timeout), split the batch (too-large, truncated,
// bad-response), or stop the engine for the run (auth, quota).

import { NewsdeskError, type ErrorData } from '../errors/index.js';

function define(data: ErrorData): ErrorData {
  return Object.freeze(data);
}

export const TranslateErrors = {
  UnknownEngine: define({ name: 'UnknownTranslationEngine', title: 'Unknown translation engine', exitCode: 2, hint: 'use `type: openai`, `deepl`, `google` or `libretranslate` under `translation.engines` in pipeline/config.yaml' }),
  EngineOptions: define({ name: 'InvalidEngineOptions', title: 'Invalid translation engine options', exitCode: 2, hint: 'see the engine options in src/translate/README.md' }),
  MissingKey: define({ name: 'MissingApiKey', title: 'API key missing', exitCode: 2, hint: 'export the key in the environment variable named in the message (keys never go into pipeline/config.yaml)' }),
  Auth: define({ name: 'TranslationAuthError', title: 'Translation service refused the credentials', exitCode: 2, hint: 'check the API key in the environment; the engine was stopped for this run' }),
  Quota: define({ name: 'TranslationQuotaExceeded', title: 'Translation quota exceeded', exitCode: 2, hint: 'the engine was stopped for this run: raise the quota or cost-control limit, or give these languages another engine in `translation.perLanguage`' }),
  RateLimited: define({ name: 'TranslationRateLimited', title: 'Translation service rate limit', exitCode: 2, hint: 'lower `limits.concurrency` for this engine or run again later' }),
  Server: define({ name: 'TranslationServerError', title: 'Translation service failed', exitCode: 2, hint: 'the service kept failing after retries; run again later' }),
  Network: define({ name: 'TranslationNetworkError', title: 'Translation service unreachable', exitCode: 2, hint: 'check `baseUrl` and that the service is running' }),
  Timeout: define({ name: 'TranslationTimeout', title: 'Translation request timed out', exitCode: 2, hint: 'raise `timeoutMs` or lower `limits.maxSegmentsPerRequest` for this engine' }),
  TooLarge: define({ name: 'TranslationRequestTooLarge', title: 'Translation request too large', exitCode: 2, hint: 'lower `limits.maxBytesPerRequest` or `limits.maxSegmentsPerRequest` to what the service accepts' }),
  BadRequest: define({ name: 'TranslationBadRequest', title: 'Translation request refused', exitCode: 2, hint: 'the service refused the request as invalid (unsupported language, model or option)' }),
  BadResponse: define({ name: 'TranslationBadResponse', title: 'Unusable translation response', exitCode: 2, hint: 'the service answered with something that is not the translation asked for' }),
  Truncated: define({ name: 'TranslationTruncated', title: 'Translation response cut off', exitCode: 2, hint: 'the model ran out of output tokens; lower `limits.maxBytesPerRequest` for this engine' }),
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
