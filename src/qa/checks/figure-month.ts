// qa/figure-month: a month named without a date changed ("in November" → „im Dezember“,
// "planned for July or August 2020" → "Juni atau Agustus 2020"). A month alone is no figure
// (the reader makes a date of a day or a year with it), but it is a fact: the months each side
// names are matched like weekdays (qa/figure-weekday), and one the translation names while the
// source names another, unmatched, is reported. Months written with digits (7月, "03/16") are
// figures and compared by value; a month on one side only is not reported.

import { lexiconOf } from '../../figures/lexicon.js';
import { tokenize } from '../../figures/tokens.js';
import { intlTagOf, type LanguageCode } from '../../lang/index.js';
import { changedMentions } from '../compare.js';
import { qaLanguage } from '../language.js';
import { derived } from '../memo.js';
import type { QaCheck } from '../types.js';

interface Month {
  month: number;
  start: number;
  end: number;
}

const capitalCache = new Map<string, boolean>();

/** Whether the language writes month names with a capital (CLDR's names: "July", „Juli“ yes; "juillet", "июль" no). */
function capitalMonths(lang: LanguageCode): boolean {
  const tag = intlTagOf(lang);
  let capital = capitalCache.get(tag);
  if (capital === undefined) {
    const name = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 6, 15)));
    capital = /^\p{Lu}/u.test(name);
    capitalCache.set(tag, capital);
  }
  return capital;
}

/**
 * The months a text names by a month word of its language (dates tables), each with its span.
 * A word counts only in the case the language writes months in (CLDR): "may" and "march" are
 * verbs in English, "Mars" a planet in French; a capital at the start of a sentence says nothing,
 * so there a word of a capitalising language is left out. Unspaced scripts write months with
 * digits (7月): none here.
 */
export function monthsIn(text: string, lang: LanguageCode): Month[] {
  if (qaLanguage(lang).unspaced) return [];
  const lexicon = lexiconOf(lang);
  if (!lexicon) return [];
  const capital = capitalMonths(lang);
  const tokens = tokenize(text, lang, []);
  const out: Month[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = lexicon.months.match(tokens, i);
    if (!hit) continue;
    const first = tokens[i]!;
    const word = text.slice(first.start, first.end);
    const upper = /^\p{Lu}/u.test(word);
    const lower = /^\p{Ll}/u.test(word);
    // (a period after digits ends an ordinal, „am 3. Juni“, not a sentence)
    const sentenceStart = /(?:^|(?<!\p{Nd})[.!?]|[:;"“”„«»「」(])$/u.test(text.slice(0, first.start).trimEnd());
    if (capital ? !upper || sentenceStart : upper) continue;
    if (!capital && !lower && !/^\p{L}/u.test(word)) continue;
    out.push({ month: hit.value, start: first.start, end: tokens[hit.end - 1]!.end });
    i = hit.end - 1;
  }
  return out;
}

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-month',
    type: 'problem',
    description: 'the translation names the months of the source',
    docs: 'Reads the month names of each side (the language pack’s date words), in the case the language writes months in (CLDR: "May" and „Mai“ with a capital, "mai" and "май" without; a capital at a sentence start is left out where months have one), so that "may", "march" and "Mars" are no months. Months named on both sides are matched; a month of the translation left over while the source has another left over is an error ("in November" → "joulukuussa"). A month on one side only is not reported: a translation may give the date with digits. Months written with digits (7月) are figures, compared by value.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const { source, target } = context.unit;
    const theirs = derived(source, monthsIn, () => monthsIn(source.text, source.lang));
    if (theirs.length === 0) return;
    for (const { changed, was } of changedMentions(theirs, monthsIn(target.text, target.lang), (a, b) => a.month === b.month)) {
      const actual = target.text.slice(changed.start, changed.end);
      const expected = source.text.slice(was.start, was.end);
      context.report({ start: changed.start, end: changed.end, message: `\`${actual}\` is another month than the source's \`${expected}\` (month ${was.month})`, actual, expected });
    }
  },
};
