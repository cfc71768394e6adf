// qa/script: the translation is written in its language's script (Russian in Cyrillic,
// Greek in Greek, Japanese in kanji and kana, Chinese in Han, Sanskrit in Devanagari, the
// others in Latin: src/lang/<code>/qa.ts). Names are looked past. An English sentence in the
// Russian file is an error; a stray word in a third script a warning; Japanese without any
// kana reads as Chinese (a warning).

import { maskNames } from '../names.js';
import { qaLanguage } from '../language.js';
import { derived } from '../memo.js';
import type { QaCheck, QaText } from '../types.js';

const scriptPatterns = new Map<string, RegExp>();
/** Each letter's answer per list of scripts (the lists are the language data's, a few per language). */
const answers = new WeakMap<readonly string[], Map<string, string | null>>();

function scriptOf(letter: string, scripts: readonly string[]): string | undefined {
  let known = answers.get(scripts);
  if (!known) answers.set(scripts, (known = new Map<string, string | null>()));
  const answer = known.get(letter);
  if (answer !== undefined) return answer ?? undefined;
  const script = firstScript(letter, scripts);
  known.set(letter, script ?? null);
  return script;
}

function firstScript(letter: string, scripts: readonly string[]): string | undefined {
  for (const script of scripts) {
    let pattern = scriptPatterns.get(script);
    if (!pattern) scriptPatterns.set(script, (pattern = new RegExp(`^\\p{Script=${script}}$`, 'u')));
    if (pattern.test(letter)) return script;
  }
  return undefined;
}

const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]$/u;

/** Scripts a stray letter is named by in messages. */
const KNOWN_SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Han', 'Hiragana', 'Katakana', 'Devanagari', 'Hangul', 'Arabic', 'Hebrew', 'Thai'];

/** Letters needed before a text is judged by the share of its script. */
const MIN_LETTERS = 8;
/** Han characters without kana before a Japanese text reads as Chinese. */
const MIN_HAN_WITHOUT_KANA = 12;

const WORD = /\p{L}[\p{L}\p{M}\p{Nd}]*/gu;
const CAPITAL = /\p{Lu}/u;

/**
 * Titles left in a tolerated script ("the Temple of the Sun", "the Room of the Three Windows" in
 * a Sanskrit sentence): runs of its words where every word longer than three letters has a
 * capital, two capitalized words at least, joined by small lower-case words ("of the"). Names of
 * places and works, however many letters; an untranslated sentence has lower-case words, and
 * brand names without such joints ("HarborCast Media") count as written.
 */
function maskTitles(text: string, tolerated: readonly string[]): string {
  const letter = `[${tolerated.map((script) => `\\p{Script=${script}}`).join('')}]`;
  const runs = new RegExp(`${letter}+(?:[ \\u00a0'’-]+${letter}+)*`, 'gu');
  return text.replace(runs, (run) => {
    const words = run.split(/[ \u00a0'’-]+/u);
    const capitals = words.filter((word) => CAPITAL.test(word[0] ?? '')).length;
    const joints = words.slice(1, -1).some((word) => !CAPITAL.test(word[0] ?? ''));
    const title = capitals >= 2 && joints && words.every((word) => [...word].length <= 3 || CAPITAL.test(word[0] ?? ''));
    return title ? ' '.repeat(run.length) : run;
  });
}

/** The words of a text (each source sentence's once: memo.ts). */
const wordSet = (text: string): Set<string> => new Set(Array.from(text.matchAll(WORD), (match) => match[0]));

/**
 * Words with a capital, in a script the language tolerates, that the source has as they are:
 * names kept in their own spelling ("TogiNet" in a Chinese sentence) are no sign of another
 * language, however many letters they take beside the characters of the translation.
 */
function maskKeptNames(text: string, source: QaText, scripts: readonly string[], tolerated: readonly string[]): string {
  // a text with no letter of its own is not a translation with names in it
  if (tolerated.length === 0 || !Array.from(text.matchAll(/\p{L}/gu)).some((match) => scriptOf(match[0], scripts))) return text;
  const inSource = derived(source, wordSet, () => wordSet(source.text));
  return maskTitles(text, tolerated).replace(WORD, (word) => (CAPITAL.test(word) && inSource.has(word) && [...word].every((ch) => !/\p{L}/u.test(ch) || scriptOf(ch, tolerated)) ? ' '.repeat(word.length) : word));
}

export const check: QaCheck = {
  meta: {
    id: 'qa/script',
    type: 'problem',
    description: 'the translation is written in the script of its language',
    docs: 'Counts the letters of the translation by Unicode script, names aside. Titles left in a tolerated script (two capitalized words or more joined by small words, every word of four letters or more capitalized: „the Temple of the Sun“) count as names. An error when fewer than half are in the language’s script (at least 8 letters); a warning for letters in a script the language neither uses nor tolerates (Latin is tolerated in Russian, Greek, Chinese, Japanese and Sanskrit for brand names), and for Japanese with many kanji and no kana.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const target = context.unit.target;
    const data = qaLanguage(target.lang);
    const text = maskKeptNames(maskNames(target.text, target.lang, context.glossary, context.names), context.unit.source, data.scripts, data.tolerated);
    let own = 0;
    let total = 0;
    const counts = new Map<string, number>();
    const strays = new Map<string, { start: number; end: number }>();
    for (const match of text.matchAll(/\p{L}/gu)) {
      const letter = match[0];
      // Letters of no particular script (Japanese ー, modifier letters) say nothing.
      if (NEUTRAL.test(letter)) continue;
      total++;
      const script = scriptOf(letter, data.scripts);
      if (script) {
        own++;
        counts.set(script, (counts.get(script) ?? 0) + 1);
        continue;
      }
      if (scriptOf(letter, data.tolerated)) continue;
      const name = scriptOf(letter, KNOWN_SCRIPTS) ?? 'another script';
      const stray = strays.get(name);
      if (!stray) strays.set(name, { start: match.index, end: match.index + letter.length });
      else if (stray.end === match.index) stray.end = match.index + letter.length;
    }
    const expected = data.scripts.join(' and ');
    if (total >= MIN_LETTERS && own / total < 0.5) {
      context.report({ start: 0, end: target.text.length, message: `only ${own} of ${total} letters are ${expected}: this is not written in ${target.lang}`, actual: target.text.slice(0, 80), expected });
      return;
    }
    for (const [script, at] of strays) {
      context.report({ ...at, message: `${script} letters in a ${target.lang} text (written in ${expected})`, actual: target.text.slice(at.start, at.end), expected, weak: true });
    }
    const kana = (counts.get('Hiragana') ?? 0) + (counts.get('Katakana') ?? 0);
    if (data.scripts.includes('Hiragana') && kana === 0 && (counts.get('Han') ?? 0) >= MIN_HAN_WITHOUT_KANA) {
      context.report({ start: 0, end: target.text.length, message: `${counts.get('Han')} kanji and no kana: this reads as Chinese, not Japanese`, actual: target.text.slice(0, 40), weak: true });
    }
  },
};
