// LibreTranslate (self-hosted Argos models): POST {baseUrl}/translate with JSON
// `{q: [...], source, target, format: "html", api_key}`, answer `{translatedText: [...]}`.
// Its HTML mode skips elements with `translate="no"` and returns the text entity-decoded,
// hence token style `html-text`. Limits are per instance (`--batch-limit`, `--char-limit`,
// both unlimited by default; exceeding one is a 400), and so are language codes (some
// instances say `zh`, libretranslate.com says `zh-Hans`) and the languages installed:
// set `languages` and `codes` to what GET {baseUrl}/languages lists.

import { LANGUAGES, packOf, type LanguageCode } from '../../lang/index.js';
import { resolveLimits, type CommonEngineOptions, type EngineLimits, type TranslationBatch, type TranslationEngine, type TranslationOutput } from '../engine.js';
import { EngineError, type FailureKind } from '../errors.js';
import { defaultKind, excerpt, failure, sendHttp, type HttpResponse } from '../transport.js';

export interface LibreTranslateOptions extends CommonEngineOptions {
  /** Default http://127.0.0.1:5000 (LibreTranslate's own default). */
  baseUrl?: string;
  apiKey?: string;
  /** Languages the instance has models for; Argos has none for la and sa. */
  languages?: LanguageCode[];
  codes?: Partial<Record<LanguageCode, string>>;
}

export const LIBRETRANSLATE_DEFAULT_LIMITS: EngineLimits = { maxSegmentsPerRequest: 25, maxBytesPerRequest: 20_000, concurrency: 2 };

/** Languages with a LibreTranslate (Argos) model, as their packs say: none for la and sa. */
const DEFAULT_LANGUAGES: LanguageCode[] = LANGUAGES.filter((lang) => packOf(lang).engines.libretranslate !== undefined);

export class LibreTranslateEngine implements TranslationEngine {
  readonly name: string;
  readonly tokenStyle = 'html-text' as const;
  readonly limits: EngineLimits;
  private readonly url: string;
  private readonly languages: ReadonlySet<LanguageCode>;
  private readonly options: LibreTranslateOptions;

  constructor(options: LibreTranslateOptions = {}) {
    this.options = options;
    this.name = options.name ?? 'libretranslate';
    this.limits = resolveLimits(LIBRETRANSLATE_DEFAULT_LIMITS, options.limits);
    this.languages = new Set(options.languages ?? DEFAULT_LANGUAGES);
    this.url = `${(options.baseUrl ?? 'http://127.0.0.1:5000').replace(/\/+$/, '')}/translate`;
  }

  supports(from: LanguageCode, to: LanguageCode): boolean {
    return from !== to && this.languages.has(from) && this.languages.has(to);
  }

  code(lang: LanguageCode): string {
    return this.options.codes?.[lang] ?? packOf(lang).engines.libretranslate ?? lang;
  }

  request(batch: TranslationBatch): Record<string, unknown> {
    return {
      q: batch.segments.map((s) => s.text),
      source: this.code(batch.from),
      target: this.code(batch.to),
      format: 'html',
      ...(this.options.apiKey ? { api_key: this.options.apiKey } : {}),
    };
  }

  async translate(batch: TranslationBatch, signal?: AbortSignal): Promise<TranslationOutput> {
    const response = await sendHttp(this.name, { url: this.url, json: this.request(batch), timeoutMs: this.options.timeoutMs ?? 60_000, signal }, this.options.fetch);
    if (response.status !== 200) throw this.classify(response);
    const translated = (response.json as { translatedText?: unknown } | undefined)?.translatedText;
    if (!Array.isArray(translated) || translated.length !== batch.segments.length || translated.some((t) => typeof t !== 'string')) {
      throw new EngineError(this.name, 'bad-response', `expected ${batch.segments.length} translations: ${excerpt(response.text)}`);
    }
    return { segments: batch.segments.map((segment, i) => ({ id: segment.id, text: String(translated[i]) })) };
  }

  private classify(response: HttpResponse): EngineError {
    const said = (response.json as { error?: unknown } | undefined)?.error;
    const message = typeof said === 'string' ? said : excerpt(response.text);
    let kind: FailureKind = defaultKind(response.status) ?? 'bad-response';
    // A missing required key is a 400 ("… to get an API key"); an over-limit request is a 400 too.
    if (response.status === 400 && /api key/i.test(message)) kind = 'auth';
    else if (response.status === 400 && /exceeds text limit/i.test(message)) kind = 'too-large';
    return failure(this.name, kind, response, message);
  }
}
