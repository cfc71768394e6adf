// Tell the language of a page's body from the language packs: by the scripts each pack writes
// in (`qa.scripts`: Cyrillic for Russian, Han with kana for Japanese), and among languages
// that share their scripts (the Latin ones) by counting each pack's frequent short words.

import { LANGUAGES, packOf, type LanguageCode } from '../../lang/index.js';
import { STOPWORDS } from './words.js';

const STOPWORD_SETS = LANGUAGES.flatMap((code) => {
  const words = STOPWORDS[code];
  return words ? [[code, new Set(words)] as const] : [];
});

/** Every script some pack writes in, and the packs with their scripts. */
const SCRIPTS = [...new Set(LANGUAGES.flatMap((code) => packOf(code).qa.scripts))];
const SCRIPT_PATTERNS = new Map(SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'gu')]));
const PACK_SCRIPTS = LANGUAGES.map((code) => ({ code, scripts: packOf(code).qa.scripts }));

/**
 * A language whose letters are a superset of another's (Japanese: Han and kana; Chinese: Han)
 * wins only when the letters the other lacks are a real share of the text: a Chinese page that
 * quotes one Japanese name stays Chinese.
 */
const SHARE = 0.95;

export interface Detection {
  lang: LanguageCode;
  /** How many words or letters spoke for it, and for the runner-up. */
  score: number;
  runnerUp: number;
}

/** The language of `text`, or undefined when the text gives too little evidence. */
export function detectLanguage(text: string): Detection | undefined {
  const letters = new Map(SCRIPTS.map((script) => [script, text.match(SCRIPT_PATTERNS.get(script)!)?.length ?? 0]));
  const covered = PACK_SCRIPTS.map(({ code, scripts }) => ({ code, scripts, count: scripts.reduce((sum, script) => sum + (letters.get(script) ?? 0), 0) }));
  const most = Math.max(...covered.map((entry) => entry.count));
  if (most === 0) return undefined;
  // The packs covering (nearly) as many letters as the best; the one with the fewest scripts is the most specific.
  const candidates = covered.filter((entry) => entry.count >= most * SHARE);
  const fewest = Math.min(...candidates.map((entry) => entry.scripts.length));
  const fewestScripts = candidates.filter((entry) => entry.scripts.length === fewest);
  const top = Math.max(...fewestScripts.map((entry) => entry.count));
  const specific = fewestScripts.filter((entry) => entry.count === top);
  if (specific.length === 1) {
    // The runner-up writes in other letters altogether (Latin beside Cyrillic), not in a share of the same ones.
    const own = new Set(specific[0]!.scripts);
    const runnerUp = Math.max(0, ...covered.filter((entry) => entry.scripts.every((script) => !own.has(script))).map((entry) => entry.count));
    return { lang: specific[0]!.code, score: top, runnerUp };
  }
  // Several languages write these letters: their frequent short words decide.
  const codes = new Set(specific.map((entry) => entry.code));
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = STOPWORD_SETS.filter(([code]) => codes.has(code))
    .map(([code, set]) => [code, words.reduce((sum, word) => sum + (set.has(word) ? 1 : 0), 0)] as const)
    .sort((a, b) => b[1] - a[1]);
  const best = scores[0];
  if (!best || best[1] < 3) return undefined;
  return { lang: best[0], score: best[1], runnerUp: scores[1]?.[1] ?? 0 };
}
