// What a translator sees of one language of an article — every key with its state, the
// source, and for stale keys the source the value was written for — and the one action
// that needs no editor: marking values reviewed. Views reconcile in memory (a corrected
// sentence already shows as stale with its human value) and write nothing.

import type { LanguageCode } from '../../lang/codes.js';
import { LanguageFiles, type Change } from './files.js';
import { markupProblems } from './markup-check.js';
import { reconcile, type Reconciled } from './reconcile.js';
import { readSourceFile, type ArticleSource } from './source.js';
import { keyState, sha256, type KeyState, type StateEntry } from './state.js';

export interface KeyRow {
  key: string;
  state: KeyState;
  source: string;
  value?: string;
  previousSource?: string;
  /** For stale keys: what the value was before the source changed. */
  was?: string;
  engine?: string;
  at?: string;
}

export type StateCounts = Record<KeyState, number>;

export interface LanguageView {
  lang: LanguageCode;
  files: LanguageFiles;
  reconciled: Reconciled;
  rows: KeyRow[];
  counts: StateCounts;
  retired: number;
}

export function emptyCounts(): StateCounts {
  return { machine: 0, edited: 0, reviewed: 0, stale: 0, missing: 0 };
}

export function viewLanguage(source: ArticleSource, lang: LanguageCode, localesDir: string, now: string = new Date().toISOString()): LanguageView {
  const files = new LanguageFiles(localesDir, source.slug, source.lang, lang, source.keys.map((k) => k.key));
  const reconciled = reconcile({ source: source.keys, resource: files.resource, state: files.state, previousSource: readSourceFile(localesDir, source), now });
  const counts = emptyCounts();
  const rows = source.keys.map(({ key, value: src }): KeyRow => {
    const value = reconciled.resource[key];
    const entry: StateEntry | undefined = reconciled.keys[key];
    const state = keyState(value, entry, src);
    counts[state] += 1;
    return {
      key,
      state,
      source: src,
      ...(value !== undefined && value.trim() !== '' ? { value } : {}),
      ...(state === 'stale' && entry?.previousSource !== undefined ? { previousSource: entry.previousSource } : {}),
      ...(state === 'stale' && entry ? { was: entry.was ?? entry.state } : {}),
      ...(entry?.engine !== undefined && state === 'machine' ? { engine: entry.engine } : {}),
      ...(entry ? { at: entry.at } : {}),
    };
  });
  const retired = Object.keys(files.state.retired).length + reconciled.retired.length;
  return { lang, files, reconciled, rows, counts, retired };
}

export interface MarkResult {
  marked: string[];
  /** Already reviewed, nothing to do. */
  unchanged: string[];
  refused: Array<{ key: string; reason: string }>;
}

/**
 * Mark keys reviewed (`'all'`: every key with a value). A key without a value, or whose
 * figures or tags differ from the source, is refused with the reason. Writes the
 * reconciliation first, so a stale value is reviewed under its new key.
 */
export function markReviewed(source: ArticleSource, lang: LanguageCode, keys: readonly string[] | 'all', localesDir: string, now: string = new Date().toISOString()): MarkResult {
  const view = viewLanguage(source, lang, localesDir, now);
  const result: MarkResult = { marked: [], unchanged: [], refused: [] };
  const wanted = keys === 'all' ? view.rows.filter((row) => row.state !== 'missing').map((row) => row.key) : [...keys];
  const changes: Change[] = [];
  for (const key of wanted) {
    const row = view.rows.find((r) => r.key === key);
    const unit = source.byKey.get(key);
    if (!row || !unit) {
      result.refused.push({ key, reason: 'no such key in the article' });
      continue;
    }
    if (row.value === undefined) {
      result.refused.push({ key, reason: 'no translation to review' });
      continue;
    }
    const problems = markupProblems(unit.value, row.value, unit.keep);
    if (problems.length > 0) {
      result.refused.push({ key, reason: problems.join('; ') });
      continue;
    }
    if (row.state === 'reviewed') {
      result.unchanged.push(key);
      continue;
    }
    changes.push({ key, expect: row.value, entry: { state: 'reviewed', sourceDigest: sha256(unit.value), source: unit.value, valueDigest: sha256(row.value), at: now } });
    result.marked.push(key);
  }
  if (changes.length > 0) {
    if (view.reconciled.changes.length > 0) view.files.commit(view.reconciled.changes);
    const { conflicts } = view.files.commit(changes);
    for (const key of conflicts) {
      result.marked = result.marked.filter((k) => k !== key);
      result.refused.push({ key, reason: 'the value changed on disk meanwhile; look at it again' });
    }
  }
  return result;
}
