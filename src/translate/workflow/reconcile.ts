// Bring one language's files up to date with the source, losing nothing (design principle 2).
//
// Keys are content hashes, so a corrected sentence arrives under a new key and its old key
// disappears. A removed key and a new, untranslated key at the same place of the article
// (between the same two unchanged sentences) are the same sentence corrected:
//
//   - a human value (edited, reviewed, or a value without a state entry) moves to the new
//     key and is flagged `stale`, with the source it was written for kept as
//     `previousSource`. It is never re-translated by a machine and stays visible: it is still
//     shown (published) with a warning until a translator edits it or marks it reviewed;
//   - a machine value is dropped: the new sentence is translated again.
//
// At one place, removed and new keys are paired in order when there are as many of each,
// else by similar text (a sentence split or merged). A removed human value nobody takes is
// kept in the state file's `retired` section (the memory offers it if the sentence comes
// back). A key whose source value changed in place (markup, figure pattern, front matter)
// is stale the same way. Values without a state entry are adopted as `edited`; a value that
// differs from what newsdesk recorded becomes `edited`. Nothing here touches the disk: the
// caller commits the changes (files.ts) or only looks at the result (status, review, XLIFF).

import type { Namespace } from '../../localize/index.js';
import type { Change } from './files.js';
import { sha256, type HumanState, type StateEntry, type StateFile } from './state.js';

export interface ReconcileInput {
  /** Source keys in document order with their values. */
  source: ReadonlyArray<{ key: string; value: string }>;
  resource: Readonly<Namespace>;
  state: Readonly<StateFile>;
  /** The source locale file as it was before this run (previous source of removed keys). */
  previousSource?: Readonly<Namespace>;
  now: string;
}

export interface Reconciled {
  changes: Change[];
  /** The files as they will be once the changes are committed. */
  resource: Namespace;
  keys: Record<string, StateEntry>;
  carried: Array<{ from: string; to: string }>;
  /** Every removed key that corresponds to a new one (machine values included): old → new. */
  pairs: Map<string, string>;
  retired: string[];
  /** Machine values of removed sentences, dropped. */
  dropped: string[];
}

const SIMILAR = 0.5;

/** What a value of a key no longer in the source was: a human's (with its state) or a machine's. */
function orphanOwner(value: string, entry: StateEntry | undefined): { human: boolean; state: HumanState } {
  if (!entry || sha256(value) !== entry.valueDigest) return { human: true, state: 'edited' };
  if (entry.state === 'machine') return { human: false, state: 'edited' };
  if (entry.state === 'stale') return { human: true, state: entry.was ?? 'edited' };
  return { human: true, state: entry.state };
}

export function reconcile(input: ReconcileInput): Reconciled {
  const { source, resource, state, now } = input;
  const sourceValue = new Map(source.map((s) => [s.key, s.value]));
  const changes: Change[] = [];
  const keys: Record<string, StateEntry> = { ...state.keys };
  const next: Namespace = { ...resource };
  const has = (key: string) => (resource[key] ?? '').trim() !== '';
  const entryFor = (key: string, value: string, st: StateEntry['state'], extra: Partial<StateEntry> = {}): StateEntry => {
    const src = sourceValue.get(key) ?? '';
    return { state: st, sourceDigest: sha256(src), source: src, valueDigest: sha256(value), at: now, ...extra };
  };
  const setEntry = (key: string, entry: StateEntry) => {
    keys[key] = entry;
    changes.push({ key, expect: resource[key], entry });
  };

  // 1. Keys still in the source: adopt unrecorded values, notice edits, flag changed sources.
  for (const { key, value: src } of source) {
    const value = resource[key];
    const entry = state.keys[key];
    if (value === undefined || value.trim() === '') continue;
    if (!entry || sha256(value) !== entry.valueDigest) {
      if (entry && entry.state !== 'stale' && entry.sourceDigest !== sha256(src)) {
        // Edited, and the source changed too: the translator may have worked on the old one.
        setEntry(key, entryFor(key, value, 'stale', { was: 'edited', previousKey: key, previousSource: entry.source }));
      } else if (entry?.state === 'edited' && entry.sourceDigest === sha256(src)) {
        // Edited again: keep the first time it was seen, record the new value.
        setEntry(key, { ...entry, valueDigest: sha256(value) });
      } else setEntry(key, entryFor(key, value, 'edited'));
      continue;
    }
    if (entry.state === 'machine' || entry.sourceDigest === sha256(src)) continue;
    if (entry.state === 'stale') {
      // Corrected again before anyone reviewed it: still the same human value for the newest source.
      setEntry(key, { ...entry, source: src, sourceDigest: sha256(src) });
      continue;
    }
    setEntry(key, entryFor(key, value, 'stale', { was: entry.state, previousKey: key, previousSource: entry.source }));
  }

  // 2. Keys that left the source: pair them with new untranslated keys at the same place.
  const sourceKeys = new Set(source.map((s) => s.key));
  const orphans = Object.keys(resource).filter((key) => !sourceKeys.has(key) && has(key));
  for (const key of Object.keys(state.keys)) {
    // An entry without a value and without a sentence: nothing to keep.
    if (!sourceKeys.has(key) && !has(key)) {
      delete keys[key];
      changes.push({ key, expect: resource[key], entry: null });
    }
  }
  const carried: Array<{ from: string; to: string }> = [];
  const retired: string[] = [];
  const dropped: string[] = [];
  const pairs = new Map<string, string>();
  if (orphans.length > 0) {
    const targetOrder = Object.keys(resource).filter(has);
    const common = new Set(targetOrder.filter((key) => sourceKeys.has(key)));
    const gapOf = (sequence: readonly string[]) => {
      const gaps = new Map<string, string>();
      let anchor = '^';
      for (const key of sequence) {
        if (common.has(key)) anchor = key;
        else gaps.set(key, anchor);
      }
      return gaps;
    };
    const orphanGap = gapOf(targetOrder);
    const newGap = gapOf(source.map((s) => s.key).filter((key) => common.has(key) || !has(key)));
    /** The source a removed key's value was written for. */
    const previousText = (key: string): string | undefined => {
      const entry = state.keys[key];
      const untouched = entry !== undefined && sha256(resource[key] ?? '') === entry.valueDigest;
      // A stale value nobody touched still translates the older source; an edited one, the newer.
      return entry?.state === 'stale' && untouched ? entry.previousSource : (entry?.source ?? input.previousSource?.[key]);
    };
    const gaps = new Set(orphanGap.values());
    for (const gap of gaps) {
      const removed = orphans.filter((key) => orphanGap.get(key) === gap);
      const added = [...newGap].filter(([key, g]) => g === gap && !common.has(key)).map(([key]) => key);
      if (added.length === 0) continue;
      if (removed.length === added.length) removed.forEach((key, i) => pairs.set(key, added[i]!));
      else {
        const candidates: Array<{ from: string; to: string; score: number }> = [];
        for (const from of removed) {
          const text = previousText(from);
          if (text === undefined) continue;
          for (const to of added) candidates.push({ from, to, score: similarity(text, sourceValue.get(to) ?? '') });
        }
        const taken = new Set<string>();
        for (const c of candidates.sort((a, b) => b.score - a.score)) {
          if (c.score < SIMILAR || pairs.has(c.from) || taken.has(c.to)) continue;
          pairs.set(c.from, c.to);
          taken.add(c.to);
        }
      }
    }
    for (const key of orphans) {
      const value = resource[key]!;
      const entry = state.keys[key];
      const owner = orphanOwner(value, entry);
      const to = pairs.get(key);
      delete next[key];
      delete keys[key];
      if (!owner.human) {
        dropped.push(key);
        changes.push({ key, expect: value, value: null, entry: null });
        continue;
      }
      const previous = previousText(key);
      if (to !== undefined) {
        const stale = entryFor(to, value, 'stale', {
          was: owner.state,
          previousKey: entry?.state === 'stale' && entry.previousKey !== undefined ? entry.previousKey : key,
          ...(previous !== undefined ? { previousSource: previous } : {}),
        });
        next[to] = value;
        keys[to] = stale;
        carried.push({ from: key, to });
        changes.push({ key: to, expect: resource[to], value, entry: stale });
        changes.push({ key, expect: value, value: null, entry: null });
      } else {
        retired.push(key);
        changes.push({ key, expect: value, value: null, entry: null, retire: { state: owner.state, value, at: now, ...(previous !== undefined ? { source: previous } : {}) } });
      }
    }
  }
  return { changes, resource: next, keys, carried, pairs, retired, dropped };
}

/** Dice coefficient of character bigrams, tags and placeholders left out: 1 for equal texts. */
export function similarity(a: string, b: string): number {
  const grams = (text: string) => {
    const plain = text.replace(/\{\{[^}]*\}\}|<\/?\d+\/?>/g, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
    const chars = [...plain];
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < chars.length; i++) {
      const gram = chars[i]! + chars[i + 1]!;
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    return { counts, total: Math.max(0, chars.length - 1) };
  };
  const x = grams(a);
  const y = grams(b);
  if (x.total + y.total === 0) return 1;
  let shared = 0;
  for (const [gram, n] of x.counts) shared += Math.min(n, y.counts.get(gram) ?? 0);
  return (2 * shared) / (x.total + y.total);
}
