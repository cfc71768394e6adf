// qa/figure-lost: a figure of the source that the translation does not have, by value
// ("283,82 €" → "28,82 €": 283.82 is gone). Reported at the place the figure would be: after
// the translation's counterpart of the source figure before it.

import { afterRankWord, itemsListed, readFigures, saysVagueQuantity } from '../../figures/index.js';
import { saysPair, saysWhole } from '../language.js';
import type { LanguageCode } from '../../lang/index.js';
import type { QaText } from '../types.js';
import { certainlyLost } from '../certainty.js';
import { convertedFigure, oneLike, plainCount, type FigureComparison, type QaFigure } from '../compare.js';
import { describe, relation, valueOf } from '../describe.js';
import type { QaCheck } from '../types.js';

/** Where a lost figure would be in the target: after the match of the figure before it. */
function anchorOf(lost: QaFigure, comparison: FigureComparison): number {
  const matched = [...comparison.pairs, ...comparison.rounded].filter((pair) => pair.source.start < lost.start).sort((a, b) => b.source.start - a.source.start);
  return matched[0]?.target.end ?? 0;
}

/**
 * The unmatched figure of the same kind on the other side nearest to where this one stands:
 * what it was changed into (or from). Number words count, except "one" and "first", which
 * translations add and drop freely.
 */
export function counterpart(figure: QaFigure, others: readonly QaFigure[]): QaFigure | undefined {
  return others
    .filter((other) => other.class === figure.class && !other.inName && (!other.soft || other.value === undefined || !oneLike(other.value)))
    .sort((a, b) => Number(a.soft) - Number(b.soft) || Math.abs(a.order - figure.order) - Math.abs(b.order - figure.order))[0];
}

/** The largest number a clock hour is said with in words ("at twelve"). */
const CLOCK_HOURS = 12;

/**
 * A number word of the source that the translation certainly lacks: a count of a noun ("drei
 * Bauwerke", "two pantries") read with confidence, not part of a name ("Seven Sisters", "Drei-
 * Nationen-Turnier") or a compound ("five-match"), no "both" for a two, no list of as many
 * items. Whether the translation holds a trace of it (a word for the value in a form the reader
 * does not know, also in another script) is asked of every lost figure (certainty.ts).
 */
function countedWord(lost: QaFigure, source: QaText, target: QaText): boolean {
  const { reading, value } = lost;
  if (lost.class !== 'number' || lost.role !== 'value' || value === undefined || !Number.isInteger(value) || value < 2) return false;
  // Without a counted noun what the number counts is not known ("you two", "at six", "four from
  // four"), unless it is past the hours of a clock: a count or an age ("He is ninety", "at the
  // age of twenty", "eins zu vierzig").
  if (lost.noun === undefined && lost.unit === undefined && value <= CLOCK_HOURS) return false;
  const before = source.text.slice(0, reading.start);
  const after = source.text.slice(reading.start);
  // Joined to another word by a hyphen ("five-match", "Drei-Nationen-Turnier"): a compound, often translated as one word.
  if (/[-‐‑]\s*$/u.test(before) || /^[\p{L}\p{N}]+[-‐‑]\p{L}/u.test(after)) return false;
  // Capitalised inside a sentence: part of a name ("the Seven Sisters", "Two Factor Theory").
  if (/^\p{Lu}/u.test(reading.text) && !/(?:^|[.!?:;"“”„«»「」(]\s*)$/u.test(before)) return false;
  if (value === 2 && saysPair(target.text, target.lang)) return false;
  // "die drei Städte" → "Beijing, Shanghai and Shenzhen": the items listed, the count implied.
  return itemsListed(target.text, target.lang) < value;
}

/**
 * A word of the translation that holds the value inside a compound, after other parts
 * ("गतद्विदशलक्षमितवर्षेभ्यः": गत-द्वि-दशलक्ष-मित-वर्षेभ्यः, the past two million years): the reader
 * reads words from their start, so the figure may be there, unread. Only for values of 100 or
 * more, where an accidental match is unlikely.
 */
function insideCompound(lost: QaFigure, text: string, lang: LanguageCode): string | undefined {
  const value = lost.value;
  if (value === undefined || Math.abs(value) < 100 || lost.class === 'date' || lost.class === 'time') return undefined;
  for (const [word] of text.matchAll(/[\p{L}\p{M}]{6,}/gu)) {
    const letters = [...word];
    for (let k = 2; k < letters.length - 2; k++) {
      const rest = letters.slice(k).join('');
      if (/^\p{M}/u.test(rest)) continue;
      const reading = readFigures(rest, lang)[0];
      // Five letters or more read: "शतं" (100) ends every "प्रतिशतं" (percent), which is no hundred.
      if (reading?.start === 0 && reading.value === value && [...reading.text].length >= 5) return word;
    }
  }
  return undefined;
}

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-lost',
    type: 'problem',
    description: 'every figure of the source is in the translation, with the same value',
    docs: 'Reads the source and the translation each by its own language’s rules and matches their figures by value (after scale: „4,2 Milliarden“ = „4200 millones“ = „42亿“; exactly, no tolerance). A source figure left without a match is an error; a number word („sechs“) left without a match is a warning, because translations may say „the three cities“ as „Beijing, Shanghai and Shenzhen“, unless it certainly counts something: a counted noun or unit with it („drei Bauwerke“), or a number past the hours of a clock („at the age of twenty“); so is a figure of 100 or more that a word of the translation may hold inside a compound (the value read after the compound’s first parts: „गतद्विदशलक्षमितवर्षेभ्यः“). Numbers inside glossary names are not figures.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const comparison = context.figures();
    if (comparison.unreadable) return;
    for (const lost of comparison.lost) {
      // "one", "a", "first": a translation adds and drops these freely (not a half or a third).
      if (lost.soft && lost.class !== 'date' && lost.class !== 'time' && oneLike(lost.value)) continue;
      const at = anchorOf(lost, comparison);
      const instead = counterpart(lost, comparison.added);
      const how = instead ? relation(lost, instead) : undefined;
      // "vier Brüder" → "several brothers": the number is gone, not rephrased.
      const { source, target } = context.unit;
      const vague = !instead && lost.soft && lost.class !== 'ordinal' && saysVagueQuantity(target.text, target.lang) && !saysVagueQuantity(source.text, source.lang);
      // "300 km (190 miles)" → "300 km": the amount is kept, only its conversion is dropped.
      const partner = instead ? undefined : convertedFigure(lost, comparison.source, source.text);
      const converted = partner !== undefined && [...comparison.pairs, ...comparison.rounded].some((pair) => pair.source === partner);
      const compound = instead || vague || converted ? undefined : insideCompound(lost, target.text, target.lang);
      // The other half of qa/figure-added's rule: a count of one ("１人", "1つは") gone where the
      // translation may say it with an article ("a hairstylist", "salah satu"), and a count of two
      // where it says "both" or a pair ("2つ" → "ambos", "deux radios" → "radios duales"), are not
      // certainly gone: one step lower. Measured amounts ("1 km"), labels ("type 1") and ranks
      // ("the number 1 striker") are not said so.
      const unsaid = !instead && !afterRankWord(source.text, lost.reading.start, source.lang) && lost.unit === undefined && lost.noun !== undefined && (plainCount(lost, 1) || (plainCount(lost, 2) && saysPair(target.text, target.lang)));
      // "100%の確率で" → "με πλήρη σιγουριά": a hundred percent said as full certainty.
      const whole = !instead && lost.class === 'percent' && lost.value === 100 && saysWhole(target.text, target.lang);
      const message = compound
        ? `the source figure ${describe(lost)} is not read in the translation; \`${compound}\` may hold it inside a compound`
        : instead
        ? `the source figure ${describe(lost)} is not in the translation, which has ${describe(instead)} instead${how ? ` (${how})` : ''}`
        : vague
          ? `the source figure ${describe(lost)} is not in the translation, which says an unspecified number instead`
          : converted
            ? `the source figure ${describe(lost)}, the same amount as ${describe(partner)} in another unit or currency, is not in the translation`
            : `the source figure ${describe(lost)} is not in the translation`;
      context.report({
        message,
        start: at,
        end: at,
        expected: `${lost.reading.text} = ${valueOf(lost)}`,
        ...(instead ? { actual: `${instead.reading.text} = ${valueOf(instead)}` } : {}),
        // A number word gone without a replacement may be a rephrasing ("the three cities" →
        // "Beijing, Shanghai and Shenzhen"); replaced by another number, it was changed.
        // Certain only when both sides were read whole and the translation holds nothing unread
        // that could carry the figure (certainty.ts); otherwise one step lower.
        weak: !certainlyLost(lost, instead, comparison, { source, target }) || (lost.soft && !instead && !vague && !countedWord(lost, source, target)) || converted || unsaid || whole || compound !== undefined,
      });
    }
  },
};
