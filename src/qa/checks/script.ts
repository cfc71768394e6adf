// qa/script: the translation is written in its language's script (Russian in Cyrillic,
// Greek in Greek, Japanese in kanji and kana, Chinese in Han, Sanskrit in Devanagari, the
// others in Latin: src/lang/<code>/qa.ts). Names are looked past. An English sentence in the
// Russian file is an error; a stray word in a third script a warning; Japanese without any
// kana reads as Chinese (a warning).

import { maskNames } from '../names.js';
import { qaLanguage } from '../language.js';
import { derived } from '../memo.js';
import type { QaCheck, QaLanguage, QaText } from '../types.js';

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
const LETTER = /^\p{L}$/u;

/**
 * Call `visit` with each letter (`\p{L}`, a code point) of the text and its offset, until it
 * returns true; whether one did. ASCII is decided without a pattern; a letter is one string
 * per code point, as `matchAll(/\p{L}/gu)` gives them.
 */
function someLetter(text: string, visit: (letter: string, index: number) => boolean): boolean {
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) && visit(text[i]!, i)) return true;
      i++;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    const ch = width === 1 ? text[i]! : text.slice(i, i + 2);
    if (isLetter(ch) && visit(ch, i)) return true;
    i += width;
  }
  return false;
}

const letters = new Map<string, boolean>();
function isLetter(ch: string): boolean {
  let known = letters.get(ch);
  if (known === undefined) {
    if (letters.size >= 50_000) letters.clear();
    letters.set(ch, (known = LETTER.test(ch)));
  }
  return known;
}

/** What a letter is for one language: of no script, of its own (which), tolerated, or a stray (named). */
interface LetterKind {
  neutral: boolean;
  own: string | undefined;
  tolerated: boolean;
  name: string;
}

/**
 * Each letter's kind per language's QA data, decided once: ASCII letters in a table (most
 * letters of most texts), the others in a map.
 */
const kinds = new WeakMap<QaLanguage, (letter: string) => LetterKind>();

function letterKinds(data: QaLanguage): (letter: string) => LetterKind {
  let kindOf = kinds.get(data);
  if (kindOf) return kindOf;
  const ascii: Array<LetterKind | undefined> = [];
  const others = new Map<string, LetterKind>();
  kindOf = (letter) => {
    const code = letter.charCodeAt(0);
    if (code < 128) return (ascii[code] ??= decideKind(letter, data));
    let kind = others.get(letter);
    if (!kind) others.set(letter, (kind = decideKind(letter, data)));
    return kind;
  };
  kinds.set(data, kindOf);
  return kindOf;
}

function decideKind(letter: string, data: QaLanguage): LetterKind {
  const own = scriptOf(letter, data.scripts);
  const tolerated = own === undefined && scriptOf(letter, data.tolerated) !== undefined;
  return { neutral: NEUTRAL.test(letter), own, tolerated, name: own === undefined && !tolerated ? (scriptOf(letter, KNOWN_SCRIPTS) ?? 'another script') : '' };
}

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
/** Runs of words in the tolerated scripts, one pattern per list of scripts (built once). */
const titleRuns = new WeakMap<readonly string[], RegExp>();

function maskTitles(text: string, tolerated: readonly string[]): string {
  let runs = titleRuns.get(tolerated);
  if (!runs) {
    const letter = `[${tolerated.map((script) => `\\p{Script=${script}}`).join('')}]`;
    titleRuns.set(tolerated, (runs = new RegExp(`${letter}+(?:[ \\u00a0'’-]+${letter}+)*`, 'gu')));
  }
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
  if (tolerated.length === 0 || !someLetter(text, (letter) => scriptOf(letter, scripts) !== undefined)) return text;
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
    const kindOf = letterKinds(data);
    someLetter(text, (letter, index) => {
      const kind = kindOf(letter);
      // Letters of no particular script (Japanese ー, modifier letters) say nothing.
      if (kind.neutral) return false;
      total++;
      if (kind.own) {
        own++;
        counts.set(kind.own, (counts.get(kind.own) ?? 0) + 1);
        return false;
      }
      if (kind.tolerated) return false;
      const stray = strays.get(kind.name);
      if (!stray) strays.set(kind.name, { start: index, end: index + letter.length });
      else if (stray.end === index) stray.end = index + letter.length;
      return false;
    });
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
