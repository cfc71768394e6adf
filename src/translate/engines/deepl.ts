// DeepL API v2 text translation: POST {host}/v2/translate with a JSON body, at most 50 texts
// and 128 KiB per request, `Authorization: DeepL-Auth-Key …`. Keys ending in `:fx` belong to
// API Free (api-free.deepl.com), others to Pro (api.deepl.com). Tokens travel as XML:
// `tag_handling: "xml"` with `ignore_tags: ["x"]` keeps `<x>f1</x>` verbatim while `<g>`
// pairs move with their words. 456 means the character quota (Free) or the cost-control
// limit (Pro) is reached: the engine stops for the run.
//
// Latin (la) and Sanskrit (sa) are not in DeepL's documented source/target lists; newer
// languages come as "beta" (`enable_beta_languages`) without tag handling or glossaries,
// which our token protection needs, so `supports()` is false for them: route them to
// another engine with `translation.perLanguage`.

import { packOf, type LanguageCode } from '../../lang/index.js';
import { resolveLimits, type CommonEngineOptions, type EngineLimits, type TranslationBatch, type TranslationEngine, type TranslationOutput } from '../engine.js';
import { EngineError, type FailureKind } from '../errors.js';
import { defaultKind, excerpt, failure, sendHttp, type HttpResponse } from '../transport.js';

export interface DeepLOptions extends CommonEngineOptions {
  authKey: string;
  /** Default from the key: api-free.deepl.com for `…:fx` keys, api.deepl.com otherwise. */
  baseUrl?: string;
  /** Target variants: en → EN-GB or EN-US, pt → PT-PT or PT-BR, zh → ZH-HANS or ZH-HANT. */
  variants?: Partial<Record<LanguageCode, string>>;
  /** Glossary ids created beforehand with DeepL's glossary API, keyed `de-fr`. */
  glossaries?: Record<string, string>;
  formality?: 'default' | 'more' | 'less' | 'prefer_more' | 'prefer_less';
  /** DeepL recommends `v2` (strict XML); omitted unless set. */
  tagHandlingVersion?: 'v1' | 'v2';
}

/** DeepL: "The total request body size … must not exceed 128 KiB"; 1 KiB is kept for the envelope. */
export const DEEPL_HARD_LIMITS: EngineLimits = { maxSegmentsPerRequest: 50, maxBytesPerRequest: 127 * 1024, concurrency: 8 };
export const DEEPL_DEFAULT_LIMITS: EngineLimits = { ...DEEPL_HARD_LIMITS, concurrency: 4 };

export function deeplBaseUrl(authKey: string): string {
  return authKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

export class DeepLEngine implements TranslationEngine {
  readonly name: string;
  readonly tokenStyle = 'xml' as const;
  readonly limits: EngineLimits;
  private readonly url: string;
  private readonly options: DeepLOptions;

  constructor(options: DeepLOptions) {
    this.options = options;
    this.name = options.name ?? 'deepl';
    this.limits = resolveLimits(DEEPL_DEFAULT_LIMITS, options.limits, DEEPL_HARD_LIMITS);
    this.url = `${(options.baseUrl ?? deeplBaseUrl(options.authKey)).replace(/\/+$/, '')}/v2/translate`;
  }

  supports(from: LanguageCode, to: LanguageCode): boolean {
    return from !== to && packOf(from).engines.deepl !== undefined && packOf(to).engines.deepl !== undefined;
  }

  sourceLang(lang: LanguageCode): string {
    return packOf(lang).engines.deepl?.source ?? lang.toUpperCase();
  }

  targetLang(lang: LanguageCode): string {
    return (this.options.variants?.[lang] ?? packOf(lang).engines.deepl?.target ?? lang).toUpperCase();
  }

  request(batch: TranslationBatch): Record<string, unknown> {
    const glossaryId = this.options.glossaries?.[`${batch.from}-${batch.to}`];
    return {
      text: batch.segments.map((s) => s.text),
      source_lang: this.sourceLang(batch.from),
      target_lang: this.targetLang(batch.to),
      tag_handling: 'xml',
      ignore_tags: ['x'],
      // One sentence per text: never split it further, but do not cut it either.
      split_sentences: 'nonewlines',
      ...(this.options.tagHandlingVersion ? { tag_handling_version: this.options.tagHandlingVersion } : {}),
      ...(glossaryId ? { glossary_id: glossaryId } : {}),
      ...(this.options.formality ? { formality: this.options.formality } : {}),
    };
  }

  async translate(batch: TranslationBatch, signal?: AbortSignal): Promise<TranslationOutput> {
    const response = await sendHttp(
      this.name,
      { url: this.url, headers: { authorization: `DeepL-Auth-Key ${this.options.authKey}` }, json: this.request(batch), timeoutMs: this.options.timeoutMs ?? 30_000, signal },
      this.options.fetch,
    );
    if (response.status !== 200) throw this.classify(response);
    const translations = (response.json as { translations?: Array<{ text?: unknown }> } | undefined)?.translations;
    if (!Array.isArray(translations) || translations.length !== batch.segments.length || translations.some((t) => typeof t?.text !== 'string')) {
      throw new EngineError(this.name, 'bad-response', `expected ${batch.segments.length} translations: ${excerpt(response.text)}`);
    }
    return { segments: batch.segments.map((segment, i) => ({ id: segment.id, text: String(translations[i]?.text) })) };
  }

  private classify(response: HttpResponse): EngineError {
    const body = response.json as { message?: unknown; detail?: unknown } | undefined;
    const said = [body?.message, body?.detail].filter((x) => typeof x === 'string').join(' — ') || excerpt(response.text);
    let kind: FailureKind = defaultKind(response.status) ?? 'bad-response';
    if (response.status === 456) kind = 'quota';
    // 529 is DeepL's other "too many requests".
    if (response.status === 529) kind = 'rate-limit';
    const message = kind === 'quota' ? `quota exceeded (${said}); no more DeepL requests in this run` : said;
    return failure(this.name, kind, response, message);
  }
}
