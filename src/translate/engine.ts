// The one small interface every translation engine implements (design principle 4: real
// services behind small adapters). An engine is a protocol adapter and nothing more: one
// `translate` call is exactly one HTTP request. Batching, the concurrency limit, retries,
// token checks and the run summary live in the orchestration (translate-segments.ts), so a
// new engine is a page of code and behaves like every other one.

import type { LanguageCode } from '../lang/codes.js';

/**
 * How an engine receives the opaque tokens that stand for figures and inline tags
 * (tokens.ts turns `{{f1, figure}}` and `<1>…</1>` into these and back):
 *
 * - `brackets`: `⟦f1⟧`, `⟦1⟧…⟦/1⟧`, `⟦2/⟧` plus instructions (LLMs).
 * - `xml`: `<x>f1</x>` kept verbatim with `ignore_tags=x`, `<g id="1">…</g>` (DeepL).
 * - `html`: `<span translate="no">f1</span>`, `<span data-t="1">…</span>`, entities
 *   escaped both ways (Google).
 * - `html-text`: HTML in, entity-decoded text out (LibreTranslate unescapes its answer).
 */
export type TokenStyle = 'brackets' | 'xml' | 'html' | 'html-text';

export interface EngineLimits {
  /** Texts in one request. */
  maxSegmentsPerRequest: number;
  /** UTF-8 bytes of the (encoded, JSON-escaped) texts in one request; the request envelope is extra. */
  maxBytesPerRequest: number;
  /** Requests in flight at once for this engine instance, across all languages. */
  concurrency: number;
}

export interface GlossaryEntry {
  source: string;
  target: string;
}

export interface EngineSegment {
  id: string;
  text: string;
}

export interface TranslationBatch {
  from: LanguageCode;
  to: LanguageCode;
  /** Texts already carry the engine's token markup (see TokenStyle). */
  segments: EngineSegment[];
  glossary: GlossaryEntry[];
}

export interface TranslationOutput {
  /** One entry per segment the engine answered; missing ids are retried by the caller. */
  segments: EngineSegment[];
}

export interface TranslationEngine {
  /** The configured name (`deepl`, `ollama-local`, …), used in messages and summaries. */
  readonly name: string;
  readonly tokenStyle: TokenStyle;
  readonly limits: EngineLimits;
  supports(from: LanguageCode, to: LanguageCode): boolean;
  /**
   * One request. Throws EngineError (errors.ts) classified by kind so the caller can
   * retry, split the batch or stop the engine; never retries by itself.
   */
  translate(batch: TranslationBatch, signal?: AbortSignal): Promise<TranslationOutput>;
}

/** Options every engine accepts (from `translation.engines.<name>` in pipeline/config.yaml). */
export interface CommonEngineOptions {
  name?: string;
  baseUrl?: string;
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  limits?: Partial<EngineLimits>;
  /** For tests or proxies; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export function resolveLimits(defaults: EngineLimits, given: Partial<EngineLimits> | undefined, hard?: Partial<EngineLimits>): EngineLimits {
  const merged = { ...defaults, ...given };
  // A configured limit may be lower than the provider's, never higher: the provider would refuse.
  return {
    maxSegmentsPerRequest: Math.max(1, Math.min(merged.maxSegmentsPerRequest, hard?.maxSegmentsPerRequest ?? Infinity)),
    maxBytesPerRequest: Math.max(1, Math.min(merged.maxBytesPerRequest, hard?.maxBytesPerRequest ?? Infinity)),
    concurrency: Math.max(1, merged.concurrency),
  };
}
