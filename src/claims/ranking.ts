// Ranking language in a sentence ("unter den ersten drei", "an erster Stelle", "top three",
// "the largest"), from each language's data.

import type { LanguageCode } from '../lang/codes.js';
import { foldText } from './fold.js';
import { claimsLanguage } from './languages.js';

export interface Ranking {
  text: string;
  count?: number;
  start: number;
  end: number;
}

const compiled = new Map<LanguageCode, RegExp[]>();

function patterns(lang: LanguageCode): RegExp[] {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const data = claimsLanguage(lang);
  const list = (data?.rankings ?? []).map((source) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu'));
  compiled.set(lang, list);
  return list;
}

/** The first ranking expression of a sentence (the longest where two start together). */
export function findRanking(text: string, lang: LanguageCode): Ranking | undefined {
  const folded = foldText(text);
  const counts = claimsLanguage(lang)?.counts ?? {};
  let best: Ranking | undefined;
  for (const pattern of patterns(lang)) {
    pattern.lastIndex = 0;
    const match = pattern.exec(folded);
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (best && (start > best.start || (start === best.start && end <= best.end))) continue;
    const ranking: Ranking = { text: text.slice(start, end), start, end };
    const word = match.groups?.count?.toLowerCase();
    const count = word === undefined ? undefined : /^\d+$/u.test(word) ? Number(word) : counts[word];
    if (count !== undefined) ranking.count = count;
    best = ranking;
  }
  return best;
}
