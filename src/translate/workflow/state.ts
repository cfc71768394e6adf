// Review state: `locales/<lng>/<slug>.state.json`, beside the i18next resource and never
// inside it (i18next never loads it). One entry per key says who wrote the value (a machine,
// a translator, a reviewer), for which source sentence (its text and sha256), and the sha256
// of the value as newsdesk last wrote or confirmed it — so a value a translator changed in
// any editor is recognised as theirs (`edited`) and never overwritten by a machine.
//
// A locale file and its state file are two files; writing both cannot be one atomic step.
// Value changes therefore go through `pending` (see files.ts): the state file first names
// the entries a locale write is about to make true, then the locale file is renamed into
// place, then the entries are promoted. Reading settles whatever a crash left: an entry in
// `pending` counts only when the locale file shows its value.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readTextFile } from '../../fs/text.js';
import { join } from 'node:path';
import { fail } from '../../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import type { Namespace } from '../../localize/index.js';
import { WorkflowErrors } from './errors.js';

/** What a state entry records. `stale`: a human value whose source sentence changed since. */
export type RecordedState = 'machine' | 'edited' | 'reviewed' | 'stale';
/** The state of a key as a translator sees it. */
export type KeyState = RecordedState | 'missing';
export type HumanState = 'edited' | 'reviewed';

export const KEY_STATES: readonly KeyState[] = ['machine', 'edited', 'reviewed', 'stale', 'missing'];

export interface StateEntry {
  state: RecordedState;
  /** sha256 (hex) of `source`. */
  sourceDigest: string;
  /** The source value (with placeholders and tags) this value translates; for `stale`, the current one. */
  source: string;
  /** sha256 (hex) of the locale value as newsdesk last wrote or confirmed it. */
  valueDigest: string;
  /** ISO time of the write, the review, or when a translator's edit was first seen. */
  at: string;
  /** `machine`: the engine's configured name, or `memory` for a translation-memory match. */
  engine?: string;
  /** `machine` from memory: where the match came from, `<slug>#<key>`. */
  memory?: string;
  /** `stale`: what the value was before its source changed. */
  was?: HumanState;
  /** `stale`: the source the value was written for (shown to the translator). */
  previousSource?: string;
  /** `stale`: the key of that earlier source sentence. */
  previousKey?: string;
}

/** A human value whose sentence left the article: kept here, and offered by the memory. */
export interface RetiredEntry {
  state: HumanState;
  value: string;
  /** The source value it translated, when known. */
  source?: string;
  at: string;
}

export interface StateFile {
  article: string;
  sourceLang: LanguageCode;
  lang: LanguageCode;
  keys: Record<string, StateEntry>;
  retired: Record<string, RetiredEntry>;
  /** Entries a locale write in progress is about to make true (null: the key is being removed). */
  pending: Record<string, StateEntry | null>;
  /** Translators' notes per key (from a CAT tool's XLIFF notes or PO comments), kept across edits. */
  notes: Record<string, string>;
}

export const STATE_FORMAT = 'newsdesk-review-state/1';

/**
 * Digests made lately, by text: every language's review state hashes the same source
 * sentences (one article, thirteen languages). Bounded: cleared when full.
 */
const digests = new Map<string, string>();
const DIGEST_MEMO_SIZE = 4096;

export function sha256(text: string): string {
  const known = digests.get(text);
  if (known !== undefined) return known;
  const digest = createHash('sha256').update(text, 'utf8').digest('hex');
  if (digests.size >= DIGEST_MEMO_SIZE) digests.clear();
  digests.set(text, digest);
  return digest;
}

export function statePath(localesDir: string, lng: string, slug: string): string {
  return join(localesDir, lng, `${slug}.state.json`);
}

export function emptyState(article: string, sourceLang: LanguageCode, lang: LanguageCode): StateFile {
  return { article, sourceLang, lang, keys: {}, retired: {}, pending: {}, notes: {} };
}

/**
 * The state of one key: no value is `missing`; a value without an entry, or one that differs
 * from what newsdesk recorded, is a translator's (`edited`); a recorded machine or human
 * value whose source changed is `stale`.
 */
export function keyState(value: string | undefined, entry: StateEntry | undefined, sourceValue: string): KeyState {
  if (value === undefined || value.trim() === '') return 'missing';
  if (!entry || sha256(value) !== entry.valueDigest) return 'edited';
  if (entry.state === 'stale' || entry.sourceDigest !== sha256(sourceValue)) return 'stale';
  return entry.state;
}

/** Whether a machine may write this key: nothing there, or its own translation of an older source. */
export function machineMayWrite(value: string | undefined, entry: StateEntry | undefined, sourceValue: string): boolean {
  const state = keyState(value, entry, sourceValue);
  return state === 'missing' || (state === 'stale' && entry?.state === 'machine');
}

// ---------------------------------------------------------------- serialisation

function canonicalEntry(e: StateEntry): Record<string, unknown> {
  return {
    state: e.state,
    ...(e.was !== undefined ? { was: e.was } : {}),
    ...(e.engine !== undefined ? { engine: e.engine } : {}),
    ...(e.memory !== undefined ? { memory: e.memory } : {}),
    at: e.at,
    sourceDigest: e.sourceDigest,
    valueDigest: e.valueDigest,
    source: e.source,
    ...(e.previousKey !== undefined ? { previousKey: e.previousKey } : {}),
    ...(e.previousSource !== undefined ? { previousSource: e.previousSource } : {}),
  };
}

/** Pretty JSON, two spaces, fields in a fixed order, a trailing newline: stable diffs. */
export function serializeState(state: StateFile, order?: readonly string[]): string {
  const keys = order ? orderedKeys(state.keys, order) : Object.keys(state.keys);
  const doc: Record<string, unknown> = {
    format: STATE_FORMAT,
    article: state.article,
    sourceLang: state.sourceLang,
    lang: state.lang,
    keys: Object.fromEntries(keys.map((key) => [key, canonicalEntry(state.keys[key]!)])),
  };
  const retired = Object.keys(state.retired);
  if (retired.length > 0) {
    doc.retired = Object.fromEntries(
      retired.map((key) => {
        const r = state.retired[key]!;
        return [key, { state: r.state, at: r.at, value: r.value, ...(r.source !== undefined ? { source: r.source } : {}) }];
      }),
    );
  }
  // A state built by hand (tests, older callers) may have no notes.
  const notesOf = state.notes ?? {};
  const notes = order ? orderedKeys(notesOf, order) : Object.keys(notesOf);
  if (notes.length > 0) doc.notes = Object.fromEntries(notes.map((key) => [key, notesOf[key]!]));
  const pending = Object.keys(state.pending);
  if (pending.length > 0) doc.pending = Object.fromEntries(pending.map((key) => [key, state.pending[key] ? canonicalEntry(state.pending[key]!) : null]));
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Keys in `order` first (the source's document order), then the others as they were. */
export function orderedKeys(record: Record<string, unknown>, order: readonly string[]): string[] {
  const present = new Set(Object.keys(record));
  const first = order.filter((key) => present.has(key));
  const seen = new Set(first);
  return [...first, ...Object.keys(record).filter((key) => !seen.has(key))];
}

const STATES = new Set<string>(['machine', 'edited', 'reviewed', 'stale']);

function bad(file: string, message: string): never {
  fail(WorkflowErrors.InvalidStateFile, message, { file });
}

function str(value: unknown, file: string, where: string, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') bad(file, `${where} must be a string`);
  return value;
}

function parseEntry(raw: unknown, file: string, where: string): StateEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) bad(file, `${where} must be an object`);
  const r = raw as Record<string, unknown>;
  const state = str(r.state, file, `${where}.state`)!;
  if (!STATES.has(state)) bad(file, `${where}.state must be machine, edited, reviewed or stale (got \`${state}\`)`);
  const entry: StateEntry = {
    state: state as RecordedState,
    sourceDigest: str(r.sourceDigest, file, `${where}.sourceDigest`)!,
    source: str(r.source, file, `${where}.source`)!,
    valueDigest: str(r.valueDigest, file, `${where}.valueDigest`)!,
    at: str(r.at, file, `${where}.at`)!,
  };
  const optional = ['engine', 'memory', 'previousSource', 'previousKey'] as const;
  for (const key of optional) {
    const value = str(r[key], file, `${where}.${key}`, true);
    if (value !== undefined) entry[key] = value;
  }
  const was = str(r.was, file, `${where}.was`, true);
  if (was !== undefined) {
    if (was !== 'edited' && was !== 'reviewed') bad(file, `${where}.was must be edited or reviewed`);
    entry.was = was;
  }
  return entry;
}

export function parseState(text: string, file: string): StateFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    bad(file, `invalid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) bad(file, 'a state file is one JSON object');
  const d = data as Record<string, unknown>;
  if (d.format !== STATE_FORMAT) bad(file, `unknown format \`${String(d.format)}\` (expected ${STATE_FORMAT})`);
  const article = str(d.article, file, 'article')!;
  const sourceLang = d.sourceLang;
  const lang = d.lang;
  if (!isLanguageCode(sourceLang) || !isLanguageCode(lang)) bad(file, '`sourceLang` and `lang` must be language codes of the product');
  const state = emptyState(article, sourceLang, lang);
  const section = (name: string): Record<string, unknown> => {
    const value = d[name];
    if (value === undefined) return {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(file, `\`${name}\` must be an object`);
    return value as Record<string, unknown>;
  };
  for (const [key, raw] of Object.entries(section('keys'))) state.keys[key] = parseEntry(raw, file, `keys["${key}"]`);
  for (const [key, raw] of Object.entries(section('retired'))) {
    const r = raw as Record<string, unknown>;
    const st = str(r?.state, file, `retired["${key}"].state`);
    if (st !== 'edited' && st !== 'reviewed') bad(file, `retired["${key}"].state must be edited or reviewed`);
    const source = str(r.source, file, `retired["${key}"].source`, true);
    state.retired[key] = { state: st, value: str(r.value, file, `retired["${key}"].value`)!, at: str(r.at, file, `retired["${key}"].at`)!, ...(source !== undefined ? { source } : {}) };
  }
  for (const [key, raw] of Object.entries(section('notes'))) state.notes[key] = str(raw, file, `notes["${key}"]`)!;
  for (const [key, raw] of Object.entries(section('pending'))) state.pending[key] = raw === null ? null : parseEntry(raw, file, `pending["${key}"]`);
  return state;
}

/** Read a state file; none yet is an empty state. */
export function readState(path: string, shownAs: string, fallback: () => StateFile): StateFile {
  const text = readStateText(path, shownAs);
  return text === undefined ? fallback() : parseState(text, shownAs);
}

/** A state file's text through the text door; undefined when there is none. */
export function readStateText(path: string, shownAs: string): string | undefined {
  if (!existsSync(path)) return undefined;
  return readTextFile(path, { file: shownAs, error: WorkflowErrors.InvalidStateFile, what: 'the state file' });
}

/**
 * Settle what an interrupted write left in `pending` against the locale values on disk: an
 * entry counts when the file shows its value (the locale write happened), a removal when
 * the key is gone; anything else never happened. Returns whether something was settled.
 */
export function settlePending(state: StateFile, resource: Readonly<Namespace>): boolean {
  const keys = Object.keys(state.pending);
  for (const key of keys) {
    const next = state.pending[key];
    const value = resource[key];
    if (next === null) {
      if (value === undefined) delete state.keys[key];
    } else if (next !== undefined && value !== undefined && sha256(value) === next.valueDigest) {
      state.keys[key] = next;
    }
  }
  state.pending = {};
  return keys.length > 0;
}
