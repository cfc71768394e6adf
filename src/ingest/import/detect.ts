// Tell the language of a page's body: by script for the languages with their own letters
// (zh ja ru el sa), by counting frequent short words for the Latin-script ones.

import type { LanguageCode } from '../../lang/codes.js';
import { STOPWORDS } from './data.js';

const STOPWORD_SETS = Object.entries(STOPWORDS).map(([code, words]) => [code as LanguageCode, new Set(words)] as const);

export interface Detection {
  lang: LanguageCode;
  /** How many words or letters spoke for it, and for the runner-up. */
  score: number;
  runnerUp: number;
}

/** The language of `text`, or undefined when the text gives too little evidence. */
export function detectLanguage(text: string): Detection | undefined {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const scripts: Array<[LanguageCode, number]> = [
    ['ja', count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)],
    ['zh', count(/\p{Script=Han}/gu)],
    ['ru', count(/\p{Script=Cyrillic}/gu)],
    ['el', count(/\p{Script=Greek}/gu)],
    ['sa', count(/\p{Script=Devanagari}/gu)],
  ];
  const latin = count(/\p{Script=Latin}/gu);
  const [topScript, topCount] = scripts.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  // Japanese mixes kana with kanji: any real share of kana makes Han text Japanese.
  const kana = scripts[0]![1];
  const han = scripts[1]![1];
  if (topCount > latin || (han + kana > latin && han + kana > 0)) {
    if (han + kana >= topCount && han + kana > latin) return { lang: kana > (han + kana) * 0.05 ? 'ja' : 'zh', score: han + kana, runnerUp: latin };
    return { lang: topScript, score: topCount, runnerUp: latin };
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = STOPWORD_SETS.map(([code, set]) => [code, words.reduce((sum, word) => sum + (set.has(word) ? 1 : 0), 0)] as const)
    .sort((a, b) => b[1] - a[1]);
  const best = scores[0];
  if (!best || best[1] < 3) return undefined;
  return { lang: best[0], score: best[1], runnerUp: scores[1]?.[1] ?? 0 };
}
