// qa/figure-weekday: a day of the week changed ("Tuesday's meeting" → „am Mittwoch“, 水曜日 →
// 木曜日). A weekday is a date the reader does not turn into a figure (it has no day of the
// month), but it is a fact: the weekdays each side names are matched, and one the translation
// names while the source names another, unmatched, is reported.

import { fold } from '../../figures/fold.js';
import { lexiconOf } from '../../figures/lexicon.js';
import { tokenize, type Token } from '../../figures/tokens.js';
import type { LanguageCode } from '../../lang/codes.js';
import { weekdayNames } from '../../validate/lang/index.js';
import { changedMentions } from '../compare.js';
import { qaLanguage } from '../language.js';
import { derived } from '../memo.js';
import type { QaCheck } from '../types.js';

interface Weekday {
  day: number;
  start: number;
  end: number;
}

/** A weekday name prepared for matching: folded, split into words, with its short CJK form. */
interface WeekdayName {
  day: number;
  name: string;
  words: readonly string[];
  /** "segunda-feira": written with a hyphen, so several tokens. */
  hyphen: boolean;
  /** 水曜 for 水曜日 (unspaced scripts). */
  short: string;
}

/** Prepared names per language, by the names list they come from (built once per list). */
const prepared = new WeakMap<readonly string[], Map<LanguageCode, WeekdayName[]>>();

function preparedNames(lang: LanguageCode): WeekdayName[] {
  const given = weekdayNames(lang);
  let byLang = prepared.get(given);
  if (!byLang) prepared.set(given, (byLang = new Map<LanguageCode, WeekdayName[]>()));
  let names = byLang.get(lang);
  if (!names) {
    const forms = qaLanguage(lang).weekdayForms ?? [];
    const all = [...given.map((raw, day) => ({ raw, day })), ...forms.flatMap((list, day) => list.map((raw) => ({ raw, day })))];
    const folded = all.map(({ raw, day }) => ({ day, name: fold(raw.replace(/[ः:]$/u, ''), lang) }));
    // 水曜 for 水曜日, but never a short form two days share (星期 of 星期四 and 星期五).
    const shortOf = (name: string) => {
      const chars = [...name];
      return chars.length > 2 ? chars.slice(0, -1).join('') : name;
    };
    const days = new Map<string, Set<number>>();
    for (const { name, day } of folded) days.set(shortOf(name), (days.get(shortOf(name)) ?? new Set()).add(day));
    names = folded.map(({ name, day }) => ({ day, name, words: name.split(/\s+/u), hyphen: name.includes('-'), short: days.get(shortOf(name))!.size === 1 ? shortOf(name) : name }));
    byLang.set(lang, names);
  }
  return names;
}

/** Whether `name` is written at token `i` (its words, the last one as a prefix; a hyphenated name over the next tokens). */
function namedAt(tokens: readonly Token[], i: number, name: WeekdayName, joined: () => string): boolean {
  const { words } = name;
  if (i + words.length - 1 >= tokens.length) return false;
  const fits = words.every((word, k) => {
    const key = tokens[i + k]!.key;
    return k === words.length - 1 ? key.startsWith(word) : key === word;
  });
  return fits || (name.hyphen && joined().startsWith(name.name));
}

/**
 * The weekdays a text names, Sunday 0 (weekday names of the language pack or CLDR): a word
 * that begins with the name ("Dienstags", "tiistaina", "मङ्गलवासरे"), in unspaced scripts the
 * name anywhere (水曜日, also 水曜). A name the language also reads as a number, ordinal or unit
 * ("τρίτη": third, "minggu": week) is left out: it is no weekday for certain.
 */
export function weekdaysIn(text: string, lang: LanguageCode): Weekday[] {
  const names = preparedNames(lang);
  const out: Weekday[] = [];
  if (qaLanguage(lang).unspaced) {
    for (const { day, short } of names) {
      // 水曜日 and 水曜: the last character (日) is often left out.
      for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) out.push({ day, start: at, end: at + short.length });
    }
    return out.sort((a, b) => a.start - b.start);
  }
  const lexicon = lexiconOf(lang);
  const tokens = tokenize(text, lang, []);
  const numeric = (at: number) => lexicon !== undefined && [lexicon.words, lexicon.ordinals, lexicon.unitWords].some((table) => table.match(tokens, at) !== undefined);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    // "segunda-feira": a name written with a hyphen is several tokens.
    let joined: string | undefined;
    const joinedAt = () => (joined ??= tokens.slice(i, i + 3).map((t, k) => (k > 0 ? t.gap : '') + t.key).join(''));
    // The names first (cheap), the number tables only for a word that names a day.
    const days = names.filter((name) => namedAt(tokens, i, name, joinedAt));
    if (days.length === 0 || numeric(i)) continue;
    const last = (name: WeekdayName) => tokens[Math.min(i + name.words.length - 1, tokens.length - 1)]!;
    for (const name of days) out.push({ day: name.day, start: token.start, end: last(name).end });
  }
  return out;
}

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-weekday',
    type: 'problem',
    description: 'the translation names the weekdays of the source',
    docs: 'Reads the weekday names of each side (the language pack’s validation weekdays, else CLDR’s; unspaced scripts also without the last character: 水曜). Weekdays named on both sides are matched; a weekday of the translation left over while the source has another left over is an error. A weekday on one side only is not reported: a translation may give the date instead.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const { source, target } = context.unit;
    const theirs = derived(source, weekdaysIn, () => weekdaysIn(source.text, source.lang));
    if (theirs.length === 0) return;
    const names = weekdayNames(source.lang);
    for (const { changed, was } of changedMentions(theirs, weekdaysIn(target.text, target.lang), (a, b) => a.day === b.day)) {
      const actual = target.text.slice(changed.start, changed.end);
      const expected = source.text.slice(was.start, was.end);
      context.report({ start: changed.start, end: changed.end, message: `\`${actual}\` is another weekday than the source's \`${expected}\` (${names[was.day]})`, actual, expected });
    }
  },
};
