// Google Cloud Translation - Basic (v2): POST {baseUrl}/language/translate/v2?key=… with a
// JSON body `{q: [...], source, target, format: "html"}`; at most 128 texts per request
// (Google recommends ≤ 5K code points per request for latency; the hard limit is 100K
// bytes, answered 400). Tokens travel as `<span translate="no">` atoms and `data-t` spans;
// answers are HTML, so entities (`&#39;` …) are decoded. Quota and per-minute limits come
// back as 403 with `dailyLimitExceeded` / `userRateLimitExceeded` reasons, an invalid key
// as 400 `API_KEY_INVALID`.

import { packOf, type LanguageCode } from '../../lang/index.js';
import { resolveLimits, type CommonEngineOptions, type EngineLimits, type TranslationBatch, type TranslationEngine, type TranslationOutput } from '../engine.js';
import { EngineError, type FailureKind } from '../errors.js';
import { defaultKind, excerpt, failure, sendHttp, type HttpResponse } from '../transport.js';

export interface GoogleOptions extends CommonEngineOptions {
  apiKey: string;
  /** Default https://translation.googleapis.com. */
  baseUrl?: string;
  /** `nmt` or `base`; omitted by default. */
  model?: string;
  /** Language codes where ours differ from Google's; zh → zh-CN by default. */
  codes?: Partial<Record<LanguageCode, string>>;
}

export const GOOGLE_HARD_LIMITS: EngineLimits = { maxSegmentsPerRequest: 128, maxBytesPerRequest: 99_000, concurrency: 16 };
export const GOOGLE_DEFAULT_LIMITS: EngineLimits = { maxSegmentsPerRequest: 128, maxBytesPerRequest: 30_000, concurrency: 4 };

const QUOTA_REASONS = new Set(['dailyLimitExceeded', 'dailyLimitExceededUnreg', 'quotaExceeded', 'billingNotEnabled']);
const RATE_REASONS = new Set(['userRateLimitExceeded', 'rateLimitExceeded', 'userRateLimitExceededUnreg']);

interface GoogleErrorBody {
  error?: { message?: unknown; status?: unknown; errors?: Array<{ reason?: unknown }>; details?: Array<{ reason?: unknown }> };
}

export class GoogleEngine implements TranslationEngine {
  readonly name: string;
  readonly tokenStyle = 'html' as const;
  readonly limits: EngineLimits;
  private readonly url: string;
  private readonly options: GoogleOptions;

  constructor(options: GoogleOptions) {
    this.options = options;
    this.name = options.name ?? 'google';
    this.limits = resolveLimits(GOOGLE_DEFAULT_LIMITS, options.limits, GOOGLE_HARD_LIMITS);
    this.url = `${(options.baseUrl ?? 'https://translation.googleapis.com').replace(/\/+$/, '')}/language/translate/v2`;
  }

  /** Every language of the product is a Google language (la and sa included). */
  supports(from: LanguageCode, to: LanguageCode): boolean {
    return from !== to;
  }

  code(lang: LanguageCode): string {
    return this.options.codes?.[lang] ?? packOf(lang).engines.google;
  }

  request(batch: TranslationBatch): Record<string, unknown> {
    return {
      q: batch.segments.map((s) => s.text),
      source: this.code(batch.from),
      target: this.code(batch.to),
      format: 'html',
      ...(this.options.model ? { model: this.options.model } : {}),
    };
  }

  async translate(batch: TranslationBatch, signal?: AbortSignal): Promise<TranslationOutput> {
    const url = `${this.url}?key=${encodeURIComponent(this.options.apiKey)}`;
    const response = await sendHttp(this.name, { url, json: this.request(batch), timeoutMs: this.options.timeoutMs ?? 30_000, signal }, this.options.fetch);
    if (response.status !== 200) throw this.classify(response);
    const translations = (response.json as { data?: { translations?: Array<{ translatedText?: unknown }> } } | undefined)?.data?.translations;
    if (!Array.isArray(translations) || translations.length !== batch.segments.length || translations.some((t) => typeof t?.translatedText !== 'string')) {
      throw new EngineError(this.name, 'bad-response', `expected ${batch.segments.length} translations: ${excerpt(response.text)}`);
    }
    return { segments: batch.segments.map((segment, i) => ({ id: segment.id, text: String(translations[i]?.translatedText) })) };
  }

  private classify(response: HttpResponse): EngineError {
    const error = (response.json as GoogleErrorBody | undefined)?.error;
    const message = typeof error?.message === 'string' ? error.message : excerpt(response.text);
    const reasons = new Set([...(error?.errors ?? []), ...(error?.details ?? [])].map((e) => String(e?.reason)));
    let kind: FailureKind = defaultKind(response.status) ?? 'bad-response';
    if (response.status === 400 && (reasons.has('API_KEY_INVALID') || /API key not valid/i.test(message))) kind = 'auth';
    else if (response.status === 400 && /payload size exceeds|too many text segments/i.test(message)) kind = 'too-large';
    else if (response.status === 403 && [...reasons].some((r) => QUOTA_REASONS.has(r))) kind = 'quota';
    else if (response.status === 403 && [...reasons].some((r) => RATE_REASONS.has(r))) kind = 'rate-limit';
    return failure(this.name, kind, response, message);
  }
}
