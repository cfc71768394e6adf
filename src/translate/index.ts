// The translate stage: engines behind one interface (engine.ts), built from the pipeline
// configuration, and the orchestration the CLI runs per language (translate-segments.ts).
//
//   translation:
//     engine: deepl                 # default engine
//     perLanguage: { la: local, sa: local }
//     engines:
//       deepl: { type: deepl, variants: { en: EN-US }, glossaries: { de-fr: "…" } }
//       local: { type: openai, baseUrl: "http://127.0.0.1:11434/v1", model: "qwen2.5:14b" }
//
// Keys come from the environment only: OPENAI_API_KEY, DEEPL_AUTH_KEY,
// GOOGLE_TRANSLATE_API_KEY, LIBRETRANSLATE_API_KEY (or the variable named by `apiKeyEnv`).

import { Errors, fail } from '../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../lang/codes.js';
import type { CommonEngineOptions, EngineLimits, TranslationEngine } from './engine.js';
import { DeepLEngine } from './engines/deepl.js';
import { GoogleEngine } from './engines/google.js';
import { LibreTranslateEngine } from './engines/libretranslate.js';
import { OpenAiEngine } from './engines/openai.js';
import { TranslateErrors } from './errors.js';

export type { EngineLimits, GlossaryEntry, TokenStyle, TranslationBatch, TranslationEngine, TranslationOutput } from './engine.js';
export { EngineError, TranslateErrors, type FailureKind } from './errors.js';
export { DeepLEngine, deeplBaseUrl } from './engines/deepl.js';
export { GoogleEngine } from './engines/google.js';
export { LibreTranslateEngine } from './engines/libretranslate.js';
export { OpenAiEngine } from './engines/openai.js';
export { formatSummary, translateSegments, type FailedSegment, type Progress, type SentCounts, type TranslateSegmentsOptions, type TranslateSegmentsRequest, type TranslateSegmentsResult, type TranslationSummary } from './translate-segments.js';
export { systemClock, type Clock, type RetryPolicy } from './transport.js';

export const ENGINE_TYPES = ['openai', 'deepl', 'google', 'libretranslate'] as const;
export type EngineType = (typeof ENGINE_TYPES)[number];

const KEY_ENV: Record<EngineType, string> = {
  openai: 'OPENAI_API_KEY',
  deepl: 'DEEPL_AUTH_KEY',
  google: 'GOOGLE_TRANSLATE_API_KEY',
  libretranslate: 'LIBRETRANSLATE_API_KEY',
};

/** The engine configured for a target language: `perLanguage[to]`, else `engine`. */
export function engineNameFor(translation: { engine: string; perLanguage: Record<string, string> }, to: LanguageCode): string {
  return translation.perLanguage[to] ?? translation.engine;
}

/**
 * Build an engine from its settings in `translation.engines.<name>`. `type` defaults to the
 * name (`deepl: {}` is enough for DeepL with DEEPL_AUTH_KEY set).
 */
export function createEngine(name: string, settings: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = process.env): TranslationEngine {
  const read = new SettingsReader(name, settings);
  const type = read.string('type') ?? name;
  if (!(ENGINE_TYPES as readonly string[]).includes(type)) fail(TranslateErrors.UnknownEngine, `engine \`${name}\` has unknown type \`${type}\``);
  const engineType = type as EngineType;
  const keyEnv = read.string('apiKeyEnv') ?? KEY_ENV[engineType];
  const key = env[keyEnv]?.trim() || undefined;
  const common: CommonEngineOptions = {
    name,
    ...read.optional('baseUrl', read.url('baseUrl')),
    ...read.optional('timeoutMs', read.number('timeoutMs')),
    limits: read.limits(),
  };
  let engine: TranslationEngine;
  switch (engineType) {
    case 'openai': {
      const model = read.string('model') ?? fail(TranslateErrors.EngineOptions, `engine \`${name}\` needs a \`model\``);
      if (!key && !common.baseUrl) fail(TranslateErrors.MissingKey, `engine \`${name}\` calls api.openai.com and needs ${keyEnv}`);
      engine = new OpenAiEngine({ ...common, model, ...(key ? { apiKey: key } : {}), ...read.optional('temperature', read.number('temperature')), ...read.optional('maxTokens', read.number('maxTokens')) });
      break;
    }
    case 'deepl': {
      if (!key) fail(TranslateErrors.MissingKey, `engine \`${name}\` needs ${keyEnv}`);
      engine = new DeepLEngine({
        ...common,
        authKey: key,
        ...read.optional('variants', read.stringMap('variants') as Partial<Record<LanguageCode, string>> | undefined),
        ...read.optional('glossaries', read.stringMap('glossaries')),
        ...read.optional('formality', read.oneOf('formality', ['default', 'more', 'less', 'prefer_more', 'prefer_less'] as const)),
        ...read.optional('tagHandlingVersion', read.oneOf('tagHandlingVersion', ['v1', 'v2'] as const)),
      });
      break;
    }
    case 'google': {
      if (!key) fail(TranslateErrors.MissingKey, `engine \`${name}\` needs ${keyEnv}`);
      engine = new GoogleEngine({ ...common, apiKey: key, ...read.optional('model', read.string('model')), ...read.optional('codes', read.codes()) });
      break;
    }
    case 'libretranslate': {
      engine = new LibreTranslateEngine({ ...common, ...(key ? { apiKey: key } : {}), ...read.optional('languages', read.languages()), ...read.optional('codes', read.codes()) });
      break;
    }
  }
  read.rejectUnknown();
  return engine;
}

const KNOWN = new Set(['type', 'apiKeyEnv', 'baseUrl', 'timeoutMs', 'limits', 'model', 'temperature', 'maxTokens', 'variants', 'glossaries', 'formality', 'tagHandlingVersion', 'codes', 'languages']);

/** Typed access to one engine's settings; every mistake is one InvalidConfig line. */
class SettingsReader {
  constructor(
    private readonly name: string,
    private readonly settings: Record<string, unknown>,
  ) {}

  private bad(key: string, expected: string): never {
    fail(Errors.InvalidConfig, `translation.engines.${this.name}.${key} must be ${expected}`, { file: 'pipeline/config.yaml' });
  }

  optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
  }

  string(key: string): string | undefined {
    const value = this.settings[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || value === '') this.bad(key, 'a non-empty string');
    return value;
  }

  url(key: string): string | undefined {
    const value = this.string(key);
    if (value !== undefined && !/^https?:\/\//.test(value)) this.bad(key, 'an http(s) URL');
    return value;
  }

  number(key: string, source: Record<string, unknown> = this.settings, path = key): number | undefined {
    const value = source[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) this.bad(path, 'a non-negative number');
    return value;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T | undefined {
    const value = this.string(key);
    if (value !== undefined && !(values as readonly string[]).includes(value)) this.bad(key, `one of ${values.join(', ')}`);
    return value as T | undefined;
  }

  stringMap(key: string): Record<string, string> | undefined {
    const value = this.settings[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) this.bad(key, 'a map of strings');
    return value as Record<string, string>;
  }

  codes(): Partial<Record<LanguageCode, string>> | undefined {
    const map = this.stringMap('codes');
    if (map && Object.keys(map).some((k) => !isLanguageCode(k))) this.bad('codes', 'keyed by language codes of the product');
    return map as Partial<Record<LanguageCode, string>> | undefined;
  }

  languages(): LanguageCode[] | undefined {
    const value = this.settings.languages;
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || !value.every(isLanguageCode)) this.bad('languages', 'a list of language codes of the product');
    return value;
  }

  limits(): Partial<EngineLimits> {
    const value = this.settings.limits;
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) this.bad('limits', 'a map');
    const source = value as Record<string, unknown>;
    const out: Partial<EngineLimits> = {};
    for (const key of ['maxSegmentsPerRequest', 'maxBytesPerRequest', 'concurrency'] as const) {
      const n = this.number(key, source, `limits.${key}`);
      if (n !== undefined) out[key] = n;
    }
    return out;
  }

  rejectUnknown(): void {
    const unknown = Object.keys(this.settings).find((key) => !KNOWN.has(key));
    if (unknown) fail(Errors.InvalidConfig, `unknown key \`translation.engines.${this.name}.${unknown}\``, { file: 'pipeline/config.yaml' });
  }
}
