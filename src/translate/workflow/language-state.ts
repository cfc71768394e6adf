// The one place that says what state every key of one language of an article is in, and how
// many keys are in each state. `status`, `review`, `run`'s table, the XLIFF/PO exports and the
// desk all read it, so they can never disagree:
//
//   missing   no value (absent or empty)
//   machine   written by an engine or the translation memory, not yet looked at by a human
//   edited    written or changed by a translator
//   reviewed  marked reviewed (review, XLIFF final/signed-off, PO without `fuzzy`)
//   stale     a value whose source sentence was corrected since it was written
//   broken    a value whose figures or tags differ from its source sentence, or every key of
//             a language whose locale or state file cannot be read (`broken` names the file,
//             line and column) — such a language is held alone, never its article
//
// The source language has no translation states: its keys are the reference, counted as
// `reviewed`, and the view says `isSource`. Views reconcile in memory and write nothing.

import type { LanguageCode } from '../../lang/codes.js';
import { NewsdeskError } from '../../errors/index.js';
import { LanguageFiles } from './files.js';
import { markupProblems } from './markup-check.js';
import { reconcile, type Reconciled } from './reconcile.js';
import { readSourceFile, type ArticleSource } from './source.js';
import { keyState, type KeyState, type StateEntry } from './state.js';

/** Every state a key can be in, in the order tables show them. */
export type KeyStatus = KeyState | 'broken';
export const KEY_STATUSES: readonly KeyStatus[] = ['machine', 'edited', 'reviewed', 'stale', 'missing', 'broken'];

export interface KeyRow {
  key: string;
  state: KeyStatus;
  source: string;
  value?: string;
  previousSource?: string;
  /** For stale keys: what the value was before the source changed. */
  was?: string;
  engine?: string;
  at?: string;
  /** For broken keys: what differs from the source. */
  problems?: string[];
  /** A translator's note on the key. */
  note?: string;
}

export type StateCounts = Record<KeyStatus, number>;

/** Where a language's locale or state file cannot be read. */
export interface BrokenFile {
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** The one line a user sees: `file:line:column: message`. */
  line1: string;
}

export interface LanguageView {
  lang: LanguageCode;
  files: LanguageFiles;
  reconciled: Reconciled;
  rows: KeyRow[];
  counts: StateCounts;
  retired: number;
}

/** What status, review and the run table show of one language (no file handles). */
export interface LanguageState {
  article: string;
  lang: LanguageCode;
  sourceLang: LanguageCode;
  isSource: boolean;
  keys: number;
  rows: KeyRow[];
  counts: StateCounts;
  retired: number;
  broken?: BrokenFile;
}

export function emptyCounts(): StateCounts {
  return { machine: 0, edited: 0, reviewed: 0, stale: 0, missing: 0, broken: 0 };
}

/**
 * One language as its files say now, reconciled in memory (a corrected sentence already
 * shows as stale with its human value). Throws when a file cannot be read: writers need the
 * files; readers use `languageState`, which holds the language instead.
 */
export function viewLanguage(source: ArticleSource, lang: LanguageCode, localesDir: string, now: string = new Date().toISOString()): LanguageView {
  const files = new LanguageFiles(localesDir, source.slug, source.lang, lang, source.keys.map((k) => k.key));
  const reconciled = reconcile({ source: source.keys, resource: files.resource, state: files.state, previousSource: readSourceFile(localesDir, source), now });
  const counts = emptyCounts();
  const rows = source.keys.map(({ key, value: src, keep }): KeyRow => {
    const value = reconciled.resource[key];
    const entry: StateEntry | undefined = reconciled.keys[key];
    const recorded = keyState(value, entry, src);
    const problems = recorded === 'missing' || recorded === 'stale' ? [] : markupProblems(src, value!, keep);
    const state: KeyStatus = problems.length > 0 ? 'broken' : recorded;
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
      ...(problems.length > 0 ? { problems } : {}),
      ...(files.state.notes[key] !== undefined ? { note: files.state.notes[key] } : {}),
    };
  });
  const retired = Object.keys(files.state.retired).length + reconciled.retired.length;
  return { lang, files, reconciled, rows, counts, retired };
}

function brokenFile(error: NewsdeskError): BrokenFile {
  const { file, line, column } = error.place;
  return { file: file ?? '', ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}), message: error.message, line1: error.toLine() };
}

/** Whether an error means "this language's own files are unreadable" (hold the language alone). */
export function isBrokenLanguageFile(error: unknown): error is NewsdeskError {
  return error instanceof NewsdeskError && (error.data.name === 'InvalidLocaleFile' || error.data.name === 'InvalidStateFile');
}

/** The state of every key of one language; an unreadable file makes every key `broken`. */
export function languageState(source: ArticleSource, lang: LanguageCode, localesDir: string, now?: string): LanguageState {
  const base = { article: source.slug, lang, sourceLang: source.lang, keys: source.keys.length };
  if (lang === source.lang) {
    const counts = emptyCounts();
    counts.reviewed = source.keys.length;
    return { ...base, isSource: true, counts, retired: 0, rows: source.keys.map(({ key, value }) => ({ key, state: 'reviewed', source: value, value })) };
  }
  try {
    const view = viewLanguage(source, lang, localesDir, now);
    return { ...base, isSource: false, rows: view.rows, counts: view.counts, retired: view.retired };
  } catch (error) {
    if (!isBrokenLanguageFile(error)) throw error;
    const counts = emptyCounts();
    counts.broken = source.keys.length;
    const broken = brokenFile(error);
    return { ...base, isSource: false, counts, retired: 0, broken, rows: source.keys.map(({ key, value }) => ({ key, state: 'broken', source: value, problems: [broken.line1] })) };
  }
}

/** Every language of an article (the source first when asked for), in the order given. */
export function articleStates(source: ArticleSource, languages: readonly LanguageCode[], localesDir: string, now?: string): LanguageState[] {
  return languages.map((lang) => languageState(source, lang, localesDir, now));
}

/**
 * Why the keys a render found unusable hold a language, in the states' own words, so the
 * run table and `review` say the same thing: `1 stale key`, `2 missing keys, 1 broken key`.
 */
export function describeKeys(state: LanguageState, keys: readonly string[]): string {
  const wanted = new Set(keys);
  const counts = emptyCounts();
  for (const row of state.rows) if (wanted.has(row.key)) counts[row.state] += 1;
  // A value a render refuses but the states accept is still the source text (untranslated).
  const untranslated = counts.machine + counts.edited + counts.reviewed;
  const parts = (['missing', 'stale', 'broken'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s} key${counts[s] === 1 ? '' : 's'}`);
  if (untranslated > 0) parts.push(`${untranslated} untranslated key${untranslated === 1 ? '' : 's'}`);
  return parts.join(', ');
}
