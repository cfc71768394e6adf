// The orchestration the CLI uses: protect tokens, batch to the engine's limits, send through
// the engine's concurrency limit with retries, split batches the service refused as too
// large or cut short, check that every token came back (else retry the segment once on its
// own, then mark it failed), stop the engine on auth or quota failures, and count what was
// sent. Content problems never throw: a segment either has a translation or a reason.
//
// Translation memory, review state and locale files are the caller's (workflow/): it passes
// only the segments the memory could not serve and writes each batch as `onTranslated`
// hands it over; nothing here reads or writes files.

import type { LanguageCode } from '../lang/codes.js';
import { planBatches, splitInHalf } from './batching.js';
import type { GlossaryEntry, TranslationEngine } from './engine.js';
import { EngineError, isEngineError, SERVICE_FAILURES, SPLITTABLE, STOPS_ENGINE, type FailureKind } from './errors.js';
import { engineStop, limiterFor, stopEngine, type EngineStop } from './pool.js';
import { decode, encode, hasWords, protect, restore, type ProtectedText } from './tokens.js';
import { DEFAULT_RETRY, systemClock, withRetries, type Clock, type RetryPolicy } from './transport.js';
import { textProblem } from '../fs/text.js';
import { rawHtmlIn } from '../localize/markup.js';

export interface SegmentText {
  id: string;
  /** A locale value: text with `{{f1, figure}}` placeholders and `<1>…</1>` tags. */
  text: string;
  /** Paired tags whose content must not be translated (inline code), e.g. `['3']`. */
  keep?: string[];
}

export interface TranslateSegmentsRequest {
  from: LanguageCode;
  to: LanguageCode;
  segments: SegmentText[];
  glossary?: GlossaryEntry[];
}

export interface Progress {
  engine: string;
  to: LanguageCode;
  total: number;
  translated: number;
  failed: number;
}

export interface TranslateSegmentsOptions {
  onProgress?: (progress: Progress) => void;
  /**
   * Called with each batch's accepted translations as soon as they are checked, so the
   * caller can write them before the next answer arrives (a killed run loses at most the
   * batches in flight). Segments with nothing to translate come first, in one call.
   */
  onTranslated?: (segments: ReadonlyArray<{ id: string; text: string }>) => void;
  signal?: AbortSignal;
  retry?: Partial<RetryPolicy>;
  /** Injected in tests so backoff costs no real time. */
  clock?: Clock;
  random?: () => number;
}

export interface FailedSegment {
  id: string;
  reason: string;
  /**
   * Set when the service failed (auth, quota, rate limit, server, network, timeout), not the
   * segment: the same request may pass later, so a scheduler waits for the engine and tries
   * again. Absent: the content failed (tokens lost, too long) and retrying changes nothing.
   */
  service?: FailureKind;
}

export interface SentCounts {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Segments sent, counted once per request that carried them. */
  segments: number;
  /** Characters (code points) of segment text sent, token markup included. */
  characters: number;
}

export interface TranslationSummary {
  engine: string;
  from: LanguageCode;
  to: LanguageCode;
  total: number;
  translated: number;
  failed: number;
  sent: SentCounts;
  stopped?: string;
}

export interface TranslateSegmentsResult {
  engine: string;
  from: LanguageCode;
  to: LanguageCode;
  /** In source order. Segments with nothing to translate (only figures or tags) map to themselves. */
  translated: Map<string, string>;
  failed: FailedSegment[];
  sent: SentCounts;
  /** Set when the engine is stopped (auth or quota), whether in this call or before. */
  stopped?: EngineStop;
  summary: TranslationSummary;
}

interface Prepared {
  id: string;
  /** Encoded for the engine. */
  text: string;
  source: ProtectedText;
  /** The segment as given (what an answer is compared with). */
  original: string;
}

export async function translateSegments(engine: TranslationEngine, request: TranslateSegmentsRequest, options: TranslateSegmentsOptions = {}): Promise<TranslateSegmentsResult> {
  const { from, to } = request;
  const glossary = request.glossary ?? [];
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const signal = options.signal;
  const limiter = limiterFor(engine);
  const translated = new Map<string, string>();
  const sent: SentCounts = { requests: 0, segments: 0, characters: 0 };

  const failed = new Map<string, { reason: string; service?: FailureKind }>();
  const fail = (id: string, reason: string, kind?: FailureKind): void => {
    if (!translated.has(id) && !failed.has(id)) failed.set(id, { reason, ...(kind && SERVICE_FAILURES.has(kind) ? { service: kind } : {}) });
  };
  const report = (): void => options.onProgress?.({ engine: engine.name, to, total: request.segments.length, translated: translated.size, failed: failed.size });

  const prepared: Prepared[] = [];
  const stoppedBefore = engineStop(engine);
  const seen = new Set<string>();
  for (const segment of request.segments) {
    if (seen.has(segment.id)) {
      fail(segment.id, 'duplicate segment id');
      continue;
    }
    seen.add(segment.id);
    if (stoppedBefore) fail(segment.id, stoppedBefore.reason, stoppedBefore.kind);
    else if (!engine.supports(from, to)) fail(segment.id, `${engine.name} does not translate ${from} → ${to}`);
    else {
      const guarded = protect(segment.text, segment.keep ? { keep: new Set(segment.keep) } : {});
      if (!guarded.ok) fail(segment.id, `cannot send it safely: ${guarded.reason}`);
      else if (!hasWords(guarded.value)) translated.set(segment.id, segment.text);
      else prepared.push({ id: segment.id, text: encode(guarded.value, engine.tokenStyle), source: guarded.value, original: segment.text });
    }
  }
  const untouched = [...translated].map(([id, text]) => ({ id, text }));
  if (untouched.length > 0) options.onTranslated?.(untouched);
  const plan = planBatches(prepared, engine.limits);
  for (const item of plan.oversize) fail(item.id, `too long for ${engine.name}: more than ${engine.limits.maxBytesPerRequest} bytes in one request`);
  report();

  async function call(batch: Prepared[]): ReturnType<TranslationEngine['translate']> {
    const stop = engineStop(engine);
    if (stop) throw new EngineError(engine.name, stop.kind, 'stopped');
    sent.requests += 1;
    sent.segments += batch.length;
    sent.characters += batch.reduce((n, p) => n + [...p.text].length, 0);
    try {
      return await engine.translate({ from, to, segments: batch.map(({ id, text }) => ({ id, text })), glossary }, signal);
    } catch (error) {
      // Stop while still holding the slot, so no request waiting for it goes out after this.
      if (isEngineError(error) && STOPS_ENGINE.has(error.kind)) stopEngine(engine, { kind: error.kind, reason: error.message });
      throw error;
    }
  }

  /** `retried`: these segments already had their one retry on their own. */
  async function send(batch: Prepared[], retried: boolean): Promise<void> {
    const stop = engineStop(engine);
    if (stop) {
      for (const p of batch) fail(p.id, stop.reason, stop.kind);
      return report();
    }
    let answer: Awaited<ReturnType<TranslationEngine['translate']>>;
    try {
      answer = await withRetries(() => limiter.run(() => call(batch)), { policy, clock, random, signal });
    } catch (error) {
      if (!isEngineError(error)) throw error;
      if (STOPS_ENGINE.has(error.kind)) {
        stopEngine(engine, { kind: error.kind, reason: error.message });
        const reason = engineStop(engine)?.reason ?? error.message;
        for (const p of batch) fail(p.id, reason, error.kind);
        return report();
      }
      if (SPLITTABLE.has(error.kind) && batch.length > 1) {
        const [first, second] = splitInHalf(batch);
        await Promise.all([send(first, retried), send(second, retried)]);
        return;
      }
      for (const p of batch) fail(p.id, error.message, error.kind);
      return report();
    }
    const byId = new Map(answer.segments.map((s) => [s.id, s.text]));
    const again: Prepared[] = [];
    const accepted: Array<{ id: string; text: string }> = [];
    for (const p of batch) {
      const text = byId.get(p.id);
      let reason: string | undefined;
      let restored: string | undefined;
      if (text === undefined) reason = `${engine.name} returned no translation for it`;
      else {
        const decoded = decode(text, engine.tokenStyle, p.source);
        if (!decoded.ok) reason = decoded.reason;
        else {
          restored = restore(decoded.value, p.source);
          // The answer comes through the text door and is read like markdown input: no control
          // characters or U+FFFD, and no raw HTML the source does not have (an engine answering
          // `<script>` or `<img onerror>` must reach neither a locale file nor the memory).
          reason = answerProblem(restored, p.original);
        }
      }
      if (reason === undefined && restored !== undefined) {
        if (!translated.has(p.id)) accepted.push({ id: p.id, text: restored });
        translated.set(p.id, restored);
      } else if (retried) fail(p.id, `${reason} (also when sent on its own)`);
      else again.push(p);
    }
    if (accepted.length > 0) options.onTranslated?.(accepted);
    report();
    await Promise.all(again.map((p) => send([p], true)));
  }

  await Promise.all(plan.batches.map((batch) => send(batch, false)));

  const order = request.segments.map((s) => s.id);
  const result = {
    engine: engine.name,
    from,
    to,
    translated: new Map(order.filter((id) => translated.has(id)).map((id) => [id, translated.get(id)!] as const)),
    failed: order.filter((id) => failed.has(id) && !translated.has(id)).map((id) => ({ id, ...failed.get(id)! })),
    sent,
  };
  const stopped = engineStop(engine);
  const summary: TranslationSummary = {
    engine: engine.name,
    from,
    to,
    total: request.segments.length,
    translated: result.translated.size,
    failed: result.failed.length,
    sent: { ...sent },
    ...(stopped ? { stopped: stopped.reason } : {}),
  };
  return { ...result, ...(stopped ? { stopped } : {}), summary };
}

/** Why an engine's answer cannot be taken as a translation of `source`, if it cannot. */
export function answerProblem(answer: string, source: string): string | undefined {
  const text = textProblem(answer, { refuseReplacement: !source.includes('\ufffd') });
  if (text) return `the answer holds ${text.reason}`;
  const html = rawHtmlIn(answer);
  if (html !== undefined && rawHtmlIn(source) === undefined) return `the answer holds raw HTML (\`${html}\`) the source does not have`;
  return undefined;
}

/** One line per language for the CLI: `fr  118/120 translated, 2 failed — 3 requests, … (deepl)`. */
export function formatSummary(summary: TranslationSummary): string {
  const { to, total, translated, failed, sent, engine } = summary;
  const line = `${to}  ${translated}/${total} translated, ${failed} failed — ${sent.requests} requests, ${sent.segments} segments, ${sent.characters} characters sent (${engine})`;
  return summary.stopped ? `${line}; engine stopped: ${summary.stopped}` : line;
}
