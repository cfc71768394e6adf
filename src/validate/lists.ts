// Reading enumerations the way an editor counts them. Shared by the rules that compare a
// number with a list: respectively-arity, enumeration-count, list-conjunction, ranking-consistency.
// (Runs of figures are in chains.ts.)
//
// Two kinds of list:
// - name lists ("Peking, Shanghai und Shenzhen"): items are runs of capitalised words,
//   joined by commas and one conjunction;
// - counted enumerations after a counted noun ("die fünf Dimensionen industrielle Größe, …
//   und politische Unterstützung"): items are short phrases of any case.
// Only the number of items matters for counting; where an item ends matters for reports.

import type { ValidationLanguage } from './lang/types.js';

export type TextRange = [number, number];

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-'’&.](?=[\p{L}\p{N}]))*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], lower: match[0].toLowerCase(), start, end: start + match[0].length });
  }
  return tokens;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of words, longest first, bounded by non-letters. */
export function wordsPattern(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escape);
  return `(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`;
}

/** Count given as digits or as a count word of the language. */
export function countOf(word: string, words: ValidationLanguage): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return words.countWords[word.toLowerCase()];
}

const isNameWord = (token: Token) => /^[\p{Lu}\p{Lt}]/u.test(token.text) || /^\p{N}[\p{N}.-]*\p{L}/u.test(token.text);

export interface NameList {
  items: TextRange[];
  start: number;
  end: number;
  /** How many conjunctions join the items (1 in a well-formed list). */
  conjunctions: number;
}

const MAX_NAME_TOKENS = 8;

/**
 * Name lists in a sentence: "A, B und C", "A and B", also the malformed "A und B, und C".
 * An item is a run of capitalised words, lower-case connectors allowed inside
 * ("Dark Side of the Moon"). Commas and conjunctions separate items.
 */
export function findNameLists(text: string, words: ValidationLanguage): NameList[] {
  const tokens = tokenize(text);
  const conjunctions = new Set(words.conjunctions.map((w) => w.toLowerCase()));
  const connectors = new Set(words.nameConnectors.map((w) => w.toLowerCase()));
  const gap = (i: number) => text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? text.length);
  const joined = (i: number) => /^[ \u00A0]+$/.test(gap(i));

  /** The name run ending at token `last`, as [firstToken, lastToken], or undefined. */
  const runEndingAt = (last: number): [number, number] | undefined => {
    const token = tokens[last];
    if (!token || !isNameWord(token)) return undefined;
    let first = last;
    while (first > 0 && last - first < MAX_NAME_TOKENS && joined(first)) {
      if (isNameWord(tokens[first - 1]!)) {
        first--;
        continue;
      }
      // One or two connectors between capitalised words ("Dark Side of the Moon").
      let k = first - 1;
      while (k >= 0 && first - k <= 2 && connectors.has(tokens[k]!.lower) && joined(k + 1)) k--;
      if (k === first - 1 || k < 0 || !isNameWord(tokens[k]!) || !joined(k + 1)) break;
      first = k;
    }
    return [first, last];
  };
  const runStartingAt = (first: number): [number, number] | undefined => {
    const token = tokens[first];
    if (!token || !isNameWord(token)) return undefined;
    let last = first;
    while (last + 1 < tokens.length && last - first < MAX_NAME_TOKENS && joined(last + 1)) {
      if (isNameWord(tokens[last + 1]!)) {
        last++;
        continue;
      }
      let k = last + 1;
      while (k < tokens.length && k - last <= 2 && connectors.has(tokens[k]!.lower) && joined(k)) k++;
      if (k === last + 1 || k >= tokens.length || !isNameWord(tokens[k]!) || !joined(k)) break;
      last = k;
    }
    return [first, last];
  };
  const determiners = new Set([...words.determiners, ...Object.keys(words.countWords)]);
  // A capitalised article at the start of a sentence ("Die Städte Peking") is no part of a name.
  const range = ([a, b]: [number, number]): TextRange => {
    let from = a;
    while (from < b && determiners.has(tokens[from]!.lower)) from++;
    return [tokens[from]!.start, tokens[b]!.end];
  };
  /** One capitalised word after an article ("die beiden Unternehmen,"): a common noun, not a name. */
  const headsApposition = ([a, b]: [number, number]): boolean => {
    if (a !== b) return false;
    for (let k = a - 1; k >= 0 && a - k <= 3 && /^\s+$/.test(gap(k + 1)); k--) {
      const token = tokens[k]!;
      if (determiners.has(token.lower)) return true;
      if (!/^\p{Ll}/u.test(token.text)) return false;
    }
    return false;
  };

  const lists: NameList[] = [];
  const used = new Set<number>();
  for (let k = 1; k < tokens.length - 1; k++) {
    const conj = tokens[k]!;
    if (used.has(k) || !conjunctions.has(conj.text) || !/^\s*,?\s*$/.test(gap(k)) || !joined(k + 1)) continue;
    const before = runEndingAt(k - 1);
    const after = runStartingAt(k + 1);
    if (!before || !after) continue;
    const items: Array<[number, number]> = [before, after];
    let count = 1;
    // Earlier items, separated by commas.
    for (;;) {
      const first = items[0]![0];
      if (!/^\s*,\s*$/.test(gap(first))) break;
      const prev = runEndingAt(first - 1);
      if (!prev || headsApposition(prev)) break;
      items.unshift(prev);
    }
    // A second conjunction after a comma continues a malformed list ("A und B , und C").
    for (;;) {
      const last = items[items.length - 1]![1];
      const next = last + 1;
      const nextToken = tokens[next];
      if (!nextToken || !conjunctions.has(nextToken.text) || !/^\s*,\s*$/.test(gap(next)) || !joined(next + 1)) break;
      const more = runStartingAt(next + 1);
      if (!more) break;
      used.add(next);
      items.push(more);
      count++;
    }
    used.add(k);
    const ranges = items.map(range);
    lists.push({ items: ranges, start: ranges[0]![0], end: ranges[ranges.length - 1]![1], conjunctions: count });
  }
  return lists;
}

/**
 * Items named after a list in a parallel clause that leaves out the verb ("A, B und C aus
 * Peking stammen, D aus Shanghai"): the word after the list comes back after a comma.
 */
export function gappedItems(text: string, list: NameList, words: ValidationLanguage): TextRange[] {
  const rest = text.slice(list.end);
  const head = /^\s+([\p{Ll}][\p{L}]*)\s/u.exec(rest);
  if (!head) return [];
  const marker = head[1]!;
  const clauseEnd = rest.search(/[,;]/);
  if (clauseEnd === -1 || rest.slice(0, clauseEnd).split(/\s+/).length > 6) return [];
  const after = rest.slice(clauseEnd + 1);
  const base = list.end + clauseEnd + 1;
  const again = new RegExp(`^\\s*((?:[\\p{Lu}][\\p{L}\\p{N}-]*)(?:\\s+[\\p{Lu}][\\p{L}\\p{N}-]*)*(?:(?:\\s*,\\s*|\\s+(?:${words.conjunctions.map(escape).join('|')})\\s+)(?:[\\p{Lu}][\\p{L}\\p{N}-]*)(?:\\s+[\\p{Lu}][\\p{L}\\p{N}-]*)*)*)\\s+${escape(marker)}\\s`, 'u');
  const match = again.exec(after);
  if (!match?.[1]) return [];
  const group = match[1];
  const offset = base + (match[0].indexOf(group));
  const ranges: TextRange[] = [];
  const splitter = new RegExp(`\\s*,\\s*|\\s+(?:${words.conjunctions.map(escape).join('|')})\\s+`, 'gu');
  let cursor = 0;
  for (const sep of group.matchAll(splitter)) {
    ranges.push([offset + cursor, offset + sep.index]);
    cursor = sep.index + sep[0].length;
  }
  ranges.push([offset + cursor, offset + group.length]);
  return ranges;
}

export interface Enumeration {
  /** Every item, a second conjunction after a comma continuing the list ("A und B, und C"). */
  items: TextRange[];
  /** How many items a well-formed reading has: up to the item after the first conjunction. */
  strictCount: number;
  /** Separators between items, in order; `conjunction` when a conjunction is part of it. */
  separators: Array<{ range: TextRange; comma: boolean; conjunction: boolean }>;
  start: number;
  end: number;
}

/**
 * The enumeration right after a counted noun (`from` = end of the noun), or undefined when
 * what follows is not one: no comma-separated items, an item opening with an article,
 * preposition or verb, a number inside (another count), or an open end ("und andere").
 */
export function enumerationAfter(text: string, from: number, words: ValidationLanguage, maxWords = 4): Enumeration | undefined {
  const conj = words.conjunctions.map(escape).join('|');
  const introducers = words.enumerationIntroducers.map(escape).join('|') || '(?!)';
  const intro = new RegExp(`^(?:\\s*[:–—(]\\s*|\\s*,\\s+|\\s+(?:${introducers})\\s*:?\\s+|[ \\u00A0]+)`, 'u');
  const introMatch = intro.exec(text.slice(from));
  if (!introMatch) return undefined;
  // After a colon or dash the items may open with an article ("die vier Säulen: die Bildung, …").
  const explicit = /[:–—(]/.test(introMatch[0]);
  const stops = new Set(words.enumerationStops);
  const open = new Set(words.openEnded.map((w) => w.replace(/\.$/, '')));
  const conjunctions = new Set(words.conjunctions);
  const separator = new RegExp(`^(?:\\s*,\\s*(?:(?:${conj})\\s+)?|\\s+(?:${conj})\\s+)`, 'u');
  const wordAt = /^[\p{L}][\p{L}\p{M}'’-]*/u;

  /** One item: words joined by single spaces, up to a conjunction, punctuation or maxWords. */
  const readItem = (start: number) => {
    let pos = start;
    let count = 0;
    let end = start;
    let first = '';
    for (;;) {
      const match = wordAt.exec(text.slice(pos));
      if (!match) break;
      const lower = match[0].toLowerCase();
      if (count > 0 && conjunctions.has(lower)) break;
      if (count === 0) first = lower;
      if (open.has(lower)) return undefined;
      count++;
      end = pos + match[0].length;
      if (count >= maxWords || !/^[ \u00A0]\p{L}/u.test(text.slice(end))) break;
      pos = end + 1;
    }
    const truncated = count >= maxWords && /^[ \u00A0]\p{L}/u.test(text.slice(end)) && !separator.test(text.slice(end));
    return count === 0 ? undefined : { start, end, first, truncated };
  };

  let pos = from + introMatch[0].length;
  const items: TextRange[] = [];
  const separators: Enumeration['separators'] = [];
  let afterConjunction = false;
  for (;;) {
    const item = readItem(pos);
    if (!item) return undefined;
    if (items.length === 0 && !explicit && stops.has(item.first)) return undefined;
    // A number inside means another count ("sechs Labore und drei Zentren"), not an item.
    if (/^\s*\p{N}/u.test(text.slice(item.end))) return undefined;
    items.push([item.start, item.end]);
    const sep = separator.exec(text.slice(item.end));
    const comma = sep?.[0].includes(',') ?? false;
    const conjunction = sep ? new RegExp(`(?:${conj})\\s+$`, 'u').test(sep[0]) : false;
    if (afterConjunction) {
      // The item after the conjunction is the last, unless a comma and another conjunction
      // continue the list (the malformed "A und B, und C").
      if (!(sep && comma && conjunction)) break;
    } else if (!sep || item.truncated) {
      // Before the conjunction every item is short and followed by a separator.
      return undefined;
    }
    separators.push({ range: [item.end, item.end + sep[0].length], comma, conjunction });
    afterConjunction = conjunction;
    pos = item.end + sep[0].length;
    if (/^\p{N}/u.test(text.slice(pos))) return undefined;
  }
  if (!separators.some((s) => s.comma) || !separators.some((s) => s.conjunction)) return undefined;
  const strictCount = separators.findIndex((s) => s.conjunction) + 2;
  return { items, strictCount, separators, start: items[0]![0], end: items[items.length - 1]![1] };
}

/** A pattern for word stems: at the start of a word, or anywhere in one where the language compounds ("Gesamtjahresplus"). */
export function stemsPattern(stems: readonly string[], compounds = false): RegExp | undefined {
  if (stems.length === 0) return undefined;
  return new RegExp(`${compounds ? '' : '(?<![\\p{L}])'}(?:${stems.map(escape).join('|')})`, 'iu');
}
