// Counted nouns in a sentence ("die fünf Dimensionen", "the four pillars"): the count and
// where the noun ends, from the figure reader's figures, else from the language's count words.

import type { ValidationLanguage } from './lang/types.js';
import { countOf, tokenize, type TextRange } from './lists.js';
import type { SegmentNode } from './types.js';

export interface CountedNoun {
  value: number;
  /** From the count to the end of the noun. */
  start: number;
  end: number;
  text: string;
}

/** Each ranking pattern made global once (matchAll needs the flag), not once per sentence. */
const globals = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  return global;
}

/** Ranking phrases in a sentence ("unter den ersten drei"), with their count. */
export function rankingPhrases(text: string, words: ValidationLanguage): Array<{ range: TextRange; count: number; kind: 'top' | 'group' }> {
  const found: Array<{ range: TextRange; count: number; kind: 'top' | 'group' }> = [];
  for (const { pattern, kind } of words.rankings) {
    const global = globalOf(pattern);
    for (const match of text.matchAll(global)) {
      const n = match.groups?.n;
      const count = n === undefined ? undefined : countOf(n, words);
      if (count === undefined) continue;
      const range: TextRange = [match.index, match.index + match[0].length];
      if (found.some((other) => other.range[0] < range[1] && range[0] < other.range[1])) continue;
      found.push({ range, count, kind });
    }
  }
  return found.sort((a, b) => a.range[0] - b.range[0]);
}

export function countedNouns(node: SegmentNode, words: ValidationLanguage): CountedNoun[] {
  const text = node.text;
  const rankings = rankingPhrases(text, words).map((r) => r.range);
  const inRanking = (at: number) => rankings.some(([a, b]) => at >= a && at < b);
  const counts: CountedNoun[] = [];
  for (const placed of node.figures) {
    const { figure } = placed;
    if (figure.kind !== 'number' && figure.kind !== 'quantity') continue;
    if (figure.qualifier !== 'exact' || !figure.unit || figure.value === undefined) continue;
    if (!Number.isInteger(figure.value) || figure.value < 2 || figure.value > 50 || inRanking(placed.start)) continue;
    counts.push({ value: figure.value, start: placed.start, end: placed.end, text: text.slice(placed.start, placed.end) });
  }
  // Count words the reader did not turn into figures.
  const tokens = tokenize(text);
  tokens.forEach((token, i) => {
    const value = words.countWords[token.lower];
    if (value === undefined || inRanking(token.start)) return;
    if (node.figures.some((placed) => placed.start <= token.start && token.start < placed.end)) return;
    const next = tokens[i + 1];
    if (!next || !/^ $/.test(text.slice(token.end, next.start))) return;
    let end = next.end;
    const after = tokens[i + 2];
    // German and the like: an adjective before the noun ("drei führenden Branchen").
    if (/^\p{Ll}/u.test(next.text) && after && /^\p{Lu}/u.test(after.text) && text.slice(next.end, after.start) === ' ') end = after.end;
    counts.push({ value, start: token.start, end, text: text.slice(token.start, end) });
  });
  return counts.sort((a, b) => a.start - b.start);
}
