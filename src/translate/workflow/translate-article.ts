// `newsdesk translate`: one article into its target languages. Per language:
//
//   1. reconcile the files with the source (reconcile.ts: carry human values of corrected
//      sentences as stale, adopt values without state, drop machine values of removed keys)
//   2. the keys that need work — missing, or a machine translation of an older source —
//      first from the translation memory, then from the engine
//   3. every answered batch is written at once (files.ts commit: atomic, pending-safe, and
//      never over a value a translator changed on disk meanwhile)
//
// Languages run concurrently; the engine's limiter (pool.ts) caps requests in flight. A
// killed run loses at most the batches in flight; the next run sends only what is missing.

import type { Glossary } from '../../claims/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import type { TranslationEngine } from '../engine.js';
import type { EngineStop } from '../pool.js';
import { translateSegments, type FailedSegment, type SentCounts, type TranslateSegmentsOptions } from '../translate-segments.js';
import { LanguageFiles, type Change } from './files.js';
import { isBrokenLanguageFile } from './language-state.js';
import { buildMemory, FUZZY_THRESHOLD } from './memory.js';
import { reconcile } from './reconcile.js';
import { writeSourceFile, type ArticleSource, type SourceKey } from './source.js';
import { keyState, machineMayWrite, sha256, type StateEntry } from './state.js';

export interface TranslateArticleOptions {
  localesDir: string;
  contentDir: string;
  /** The engine for a language, or undefined when only the memory may be used. */
  engineFor: (lang: LanguageCode) => TranslationEngine | undefined;
  glossary?: Glossary;
  now?: () => Date;
  onProgress?: (progress: LanguageProgress) => void;
  /** Passed to translateSegments (retry policy, clock; tests). */
  segmentOptions?: Omit<TranslateSegmentsOptions, 'onProgress' | 'onTranslated'>;
}

export interface LanguageProgress {
  lang: LanguageCode;
  phase: 'start' | 'progress' | 'done';
  total: number;
  translated: number;
  failed: number;
  report?: LanguageReport;
}

export interface LanguageReport {
  lang: LanguageCode;
  engine: string;
  /** Keys of the source. */
  keys: number;
  /** Keys that needed a translation: missing, or a machine translation of an older source. */
  needed: number;
  /** Keys translated in this run (memory matches included). */
  translated: number;
  tmHits: number;
  failed: number;
  failures: FailedSegment[];
  sent: SentCounts;
  /** Values left as they were, by state. */
  kept: { machine: number; edited: number; reviewed: number };
  /** Human values whose source changed: kept and shown, flagged for the translator. */
  stale: number;
  /** Human values moved from a corrected sentence's old key to its new one (flagged stale). */
  carried: number;
  /** Human values of removed sentences, kept in the state file. */
  retired: number;
  /** Keys a translator changed on disk during the run: left as they are. */
  conflicts: string[];
  /**
   * Near matches from the memory for keys it had no exact match for: suggestions for the
   * translator (shown by `translate`, never written as values; their words or figures differ).
   */
  fuzzy: Array<{ key: string; score: number; value: string; source: string; from: string }>;
  stopped?: EngineStop;
}

export interface TranslateArticleReport {
  article: string;
  from: LanguageCode;
  sent: SentCounts;
  tmHits: number;
  languages: Partial<Record<LanguageCode, LanguageReport>>;
}

function glossaryFor(glossary: Glossary | undefined, from: LanguageCode, to: LanguageCode, texts: readonly string[]) {
  if (!glossary) return [];
  const entries: Array<{ source: string; target: string }> = [];
  for (const entity of glossary.entities) {
    const source = entity.names[from];
    const target = entity.names[to];
    if (!source || !target || source === target) continue;
    if (texts.some((text) => text.includes(source))) entries.push({ source, target });
  }
  return entries;
}

export async function translateArticle(source: ArticleSource, languages: readonly LanguageCode[], options: TranslateArticleOptions): Promise<TranslateArticleReport> {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const previousSource = writeSourceFile(options.localesDir, source);
  const targets = languages.filter((lang) => lang !== source.lang);
  const reports = await Promise.all(targets.map((lang) => translateLanguage(source, lang, previousSource, options, now)));
  const sent: SentCounts = { requests: 0, segments: 0, characters: 0 };
  const result: TranslateArticleReport = { article: source.slug, from: source.lang, sent, tmHits: 0, languages: {} };
  for (const report of reports) {
    sent.requests += report.sent.requests;
    sent.segments += report.sent.segments;
    sent.characters += report.sent.characters;
    result.tmHits += report.tmHits;
    result.languages[report.lang] = report;
  }
  return result;
}

async function translateLanguage(source: ArticleSource, lang: LanguageCode, previousSource: Record<string, string>, options: TranslateArticleOptions, now: () => string): Promise<LanguageReport> {
  const order = source.keys.map((k) => k.key);
  const engine = options.engineFor(lang);
  const report: LanguageReport = {
    lang,
    engine: engine?.name ?? 'memory',
    keys: source.keys.length,
    needed: 0,
    translated: 0,
    tmHits: 0,
    failed: 0,
    failures: [],
    sent: { requests: 0, segments: 0, characters: 0 },
    kept: { machine: 0, edited: 0, reviewed: 0 },
    stale: 0,
    carried: 0,
    retired: 0,
    conflicts: [],
    fuzzy: [],
  };
  let files: LanguageFiles;
  try {
    files = new LanguageFiles(options.localesDir, source.slug, source.lang, lang, order);
  } catch (error) {
    // A language whose locale or state file cannot be read is left alone, said with its
    // place; the other languages are translated.
    if (!isBrokenLanguageFile(error)) throw error;
    report.failures.push({ id: '*', reason: `not translated: ${error.toLine()}` });
    report.failed = 1;
    options.onProgress?.({ lang, phase: 'done', total: 0, translated: 0, failed: 1, report });
    return report;
  }

  // 1. Reconcile with the source.
  const reconciled = reconcile({ source: source.keys, resource: files.resource, state: files.state, previousSource, now: now() });
  report.carried = reconciled.carried.length;
  report.retired = reconciled.retired.length;
  if (reconciled.changes.length > 0) report.conflicts.push(...files.commit(reconciled.changes).conflicts);

  // 2. What needs a translation, and what is kept.
  const needed: SourceKey[] = [];
  for (const key of source.keys) {
    const value = files.resource[key.key];
    const entry = files.state.keys[key.key];
    if (machineMayWrite(value, entry, key.value)) needed.push(key);
    else {
      const state = keyState(value, entry, key.value);
      if (state === 'stale') report.stale += 1;
      else if (state !== 'missing') report.kept[state] += 1;
    }
  }
  report.needed = needed.length;
  const progress = (phase: LanguageProgress['phase']) => options.onProgress?.({ lang, phase, total: needed.length, translated: report.translated, failed: report.failed, ...(phase === 'done' ? { report } : {}) });
  progress('start');

  const expected = new Map(needed.map((k) => [k.key, files.resource[k.key]]));
  const write = (key: SourceKey, value: string, entry: StateEntry): Change => ({ key: key.key, expect: expected.get(key.key), value, entry });
  const commit = (changes: Change[]): string[] => {
    const result = files.commit(changes);
    report.conflicts.push(...result.conflicts);
    return result.applied;
  };

  // 3. Translation memory.
  const rest: SourceKey[] = [];
  if (needed.length > 0) {
    const memory = buildMemory(options.localesDir, options.contentDir, source.lang, lang);
    const hits: Change[] = [];
    for (const key of needed) {
      const match = memory.lookup(key.value);
      if (!match) {
        rest.push(key);
        const near = memory.fuzzy(key.value, { min: FUZZY_THRESHOLD, limit: 1 })[0];
        if (near) report.fuzzy.push({ key: key.key, score: Math.round(near.score * 100), value: near.value, source: near.source, from: `${near.article}#${near.key}` });
        continue;
      }
      // The same sentence of the same article (it came back after a correction): its own state.
      const restored = match.article === source.slug && match.key === key.key && match.state !== 'machine';
      const entry: StateEntry = restored
        ? { state: match.state, sourceDigest: sha256(key.value), source: key.value, valueDigest: sha256(match.value), at: now() }
        : { state: 'machine', engine: 'memory', memory: `${match.article}#${match.key}`, sourceDigest: sha256(key.value), source: key.value, valueDigest: sha256(match.value), at: now() };
      hits.push(write(key, match.value, entry));
    }
    const applied = commit(hits).length;
    report.tmHits = applied;
    report.translated += applied;
    progress('progress');
  }

  // 4. The engine, one request per batch, each answer written at once. Equal sentences are sent once.
  if (rest.length > 0) {
    const groups = new Map<string, SourceKey[]>();
    for (const key of rest) groups.set(key.value, [...(groups.get(key.value) ?? []), key]);
    const representatives = [...groups.values()].map((group) => group[0]!);
    if (!engine) {
      for (const key of rest) {
        const near = report.fuzzy.find((f) => f.key === key.key);
        report.failures.push({ id: key.key, reason: `no exact translation memory match${near ? ` (a ${near.score}% match from ${near.from}: ${near.value})` : ''}, and no engine is configured for ${lang} (translation.engine is \`memory\`)` });
      }
    } else {
      const byId = new Map(representatives.map((key) => [key.key, key]));
      const result = await translateSegments(
        engine,
        {
          from: source.lang,
          to: lang,
          segments: representatives.map((key) => ({ id: key.key, text: key.value, ...(key.keep.length > 0 ? { keep: key.keep } : {}) })),
          glossary: glossaryFor(options.glossary, source.lang, lang, representatives.map((key) => key.value)),
        },
        {
          ...options.segmentOptions,
          onTranslated: (segments) => {
            const changes: Change[] = [];
            for (const { id, text } of segments) {
              const representative = byId.get(id);
              if (!representative) continue;
              for (const key of groups.get(representative.value) ?? []) {
                changes.push(write(key, text, { state: 'machine', engine: engine.name, sourceDigest: sha256(key.value), source: key.value, valueDigest: sha256(text), at: now() }));
              }
            }
            report.translated += commit(changes).length;
            progress('progress');
          },
        },
      );
      report.sent = result.sent;
      if (result.stopped) report.stopped = result.stopped;
      for (const failure of result.failed) {
        const representative = byId.get(failure.id);
        for (const key of representative ? (groups.get(representative.value) ?? []) : []) report.failures.push({ id: key.key, reason: failure.reason, ...(failure.service ? { service: failure.service } : {}) });
      }
    }
  }
  report.failed = report.failures.length;
  progress('done');
  return report;
}
