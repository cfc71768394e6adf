// qa/figure-qualifier: "bis zu 40.000" is not "40,000", and "more than" is not "up to". The
// qualifiers are compared by class (exact, approximate, lower bound, upper bound): "mehr
// als" and "at least" are both lower bounds, "about" and "nearly" both approximate. Any
// change of class is an error: "about 40" is not "40", nor is "up to 40".

import { describe, qualifierWord } from '../describe.js';
import { convertedRoughly, rangeOfTen, type QaFigure, type QualifierClass, qualifierClass, readingPairs } from '../compare.js';
import type { QaCheck } from '../types.js';
import { qualifiersNear } from '../../figures/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import { packOf } from '../../lang/index.js';
import type { Qualifier } from '../../article/types.js';
import { doubted } from '../certainty.js';

/**
 * Number words keep their qualifier too ("etwa fünf" is not "fünf", "mindestens zwei" not "höchstens
 * zwei"); "one" and "first" are left alone: "a" and "one", "first" and "the beginning" trade freely.
 */
const qualifiable = (figure: QaFigure) => !figure.soft || (figure.class !== 'ordinal' && Math.abs(figure.value ?? figure.reading.max ?? 0) >= 2);

/** A share in words ("half", "ein Drittel"): only a bound turned around is certain ("more than half" / "less than half"). */
const share = (figure: QaFigure) => figure.soft && figure.class !== 'ordinal' && figure.value !== undefined && Math.abs(figure.value) > 0 && Math.abs(figure.value) < 1;
const turned = (a: QaFigure, b: QaFigure) => (a.qualifier === 'lower' && b.qualifier === 'upper') || (a.qualifier === 'upper' && b.qualifier === 'lower');

/** The bounds of two ranges when one is a lower and the other an upper bound, else undefined. */
function turnedRangeBound(source: QaFigure, target: QaFigure): [QualifierClass, QualifierClass] | undefined {
  const ranged = (figure: QaFigure) => figure.role === 'min' || figure.role === 'max';
  if (!ranged(source) || !ranged(target)) return undefined;
  const bounds: [QualifierClass, QualifierClass] = [qualifierClass(source.reading.qualifier), qualifierClass(target.reading.qualifier)];
  const opposite = (bounds[0] === 'lower' && bounds[1] === 'upper') || (bounds[0] === 'upper' && bounds[1] === 'lower');
  return opposite ? bounds : undefined;
}

/**
 * A figure read as exact is certainly exact only when no qualifier word of its language stands
 * near it unread: a form the reader does not take ("einer ungefähren Geschwindigkeit von
 * 17.500"), a qualifier cut from its phrase ("least six"), one beyond a garbled sign. Such a word
 * of the class the other side has makes the difference uncertain; one of another class does not
 * ("least six" against "al massimo sei" is still turned).
 */
function unreadQualifier(figure: QaFigure, other: QaFigure, text: string, lang: LanguageCode, figures: readonly QaFigure[]): boolean {
  if (figure.qualifier !== 'exact') return false;
  const others = figures.map((f) => f.reading).filter((reading) => reading !== figure.reading);
  const near = [...qualifiersNear(text, lang, figure.reading.start, figure.reading.end, others)];
  const preceding = text.slice(0, figure.reading.start);
  const before = [digitQualifierBefore(preceding, lang), qualifierOneWordBefore(preceding, lang)].filter((q): q is Qualifier => q !== undefined);
  return [...near, ...before].some((qualifier) => qualifierClass(qualifier) === other.qualifier);
}

interface WordData {
  digitQualifiers: readonly string[];
  qualifiers: Readonly<Record<string, Qualifier>>;
  articles: readonly string[];
}

/** Per language, built once: QA asks for it for every exact figure it compares. */
const wordDataByLang = new Map<LanguageCode, WordData>();

/** The word reader's qualifier data of a language (empty for Chinese and Japanese). */
function wordData(lang: LanguageCode): WordData {
  let data = wordDataByLang.get(lang);
  if (data === undefined) {
    const figures = packOf(lang).figures;
    if (figures.reader !== 'words') data = { digitQualifiers: [], qualifiers: {}, articles: [] };
    else {
      const { digitQualifiers = [], qualifiers, articles = [], indefinite } = figures.numbers;
      data = { digitQualifiers, qualifiers, articles: [...articles, ...indefinite] };
    }
    wordDataByLang.set(lang, data);
  }
  return data;
}

/**
 * A figure in words read with a bound word the reader otherwise takes only before digits, an
 * article allowed after it ("Over an eight month period": during it, or more than eight months),
 * against an exact figure: not certainly bounded. Against another bound or "about" it is a
 * change either way.
 */
function digitOnlyBound(figure: QaFigure, other: QaFigure, lang: LanguageCode): boolean {
  if (other.qualifier !== 'exact' || /\p{Nd}/u.test(figure.reading.text)) return false;
  const { digitQualifiers, articles } = wordData(lang);
  // the articles, definite and indefinite ("over a two-week period")
  const words = figure.reading.qualifierText?.toLowerCase().match(/[\p{L}\p{M}'’]+/gu) ?? [];
  const [word, article, ...rest] = words;
  return word !== undefined && digitQualifiers.includes(word) && rest.length === 0 && (article === undefined || articles.includes(article));
}

/** A qualifier phrase of the data as a regex source: spaces as any space, `*` a stem's letters. */
const phraseSource = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*/g, '[\\p{L}\\p{M}]*').replace(/\s+/g, '\\s+');

/** Per language: its qualifier phrases followed by one word and the end of the text, or null. */
const oneWordBefore = new Map<LanguageCode, RegExp | null>();

/**
 * A qualifier phrase of the language one word before the figure ("circa altri 50 bus": about 50
 * other buses; "more than the 20.4 million"), which the reader does not take across the word.
 */
function qualifierOneWordBefore(before: string, lang: LanguageCode): Qualifier | undefined {
  const { qualifiers } = wordData(lang);
  let pattern = oneWordBefore.get(lang);
  if (pattern === undefined) {
    const phrases = Object.keys(qualifiers)
      .filter((phrase) => /\p{L}{3}/u.test(phrase))
      .sort((a, b) => b.length - a.length)
      .map(phraseSource);
    pattern = phrases.length ? new RegExp(`(?<![\\p{L}\\p{M}])(${phrases.join('|')})\\s+[\\p{L}\\p{M}'’]+\\s*$`, 'iu') : null;
    oneWordBefore.set(lang, pattern);
  }
  const phrase = pattern?.exec(before.slice(-80))?.[1];
  if (phrase === undefined) return undefined;
  const key = Object.keys(qualifiers).find((k) => new RegExp(`^${phraseSource(k)}$`, 'iu').test(phrase));
  return key === undefined ? undefined : qualifiers[key];
}

/**
 * A bound word the reader takes only before digits (the language's `digitQualifiers`: "over",
 * "under", „über“, "до"), standing right before a figure written in words, an article allowed
 * between ("over fifty", "under five years"): it bounds the figure or is a preposition ("over two
 * days", "under one roof"); the reader cannot tell, so the figure is not certainly exact.
 */
function digitQualifierBefore(before: string, lang: LanguageCode): Qualifier | undefined {
  const { digitQualifiers, qualifiers, articles } = wordData(lang);
  const words = before.toLowerCase().match(/[\p{L}\p{M}'’]+/gu) ?? [];
  if (!/[\p{L}\p{M}'’]\s*$/u.test(before)) return undefined;
  const [last, previous] = [words.at(-1), words.at(-2)];
  const word = last !== undefined && articles.includes(last) ? previous : last;
  if (word === undefined || !digitQualifiers.includes(word)) return undefined;
  return qualifiers[word];
}

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-qualifier',
    type: 'problem',
    description: 'figures keep their qualifier: about, up to, more than, at least',
    docs: 'For each figure matched by value, compares the qualifier classes: exact, approximate (etwa, about, nearly, около, 约), lower bound (mehr als, mindestens, more than, 超过), upper bound (bis zu, up to, 最多). A change of class is an error, on number words too („etwa fünf“ is not „fünf“), except one and first, which translations trade for an article or a word. A bound read from a word that may not bound (emphasis: „ganze 20 Prozent“; „until“ with a duration: „hingga 40 tahun“) is uncertain: its change is reported one step lower.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const comparison = context.figures();
    for (const { source, target } of readingPairs(comparison.pairs)) {
      // A range keeps only "about" on its ends ("bis zu 10 bis 20" says no more than "10 bis 20"),
      // but a bound turned on it is a change: "at least 100 to 250" is not "at most 100 to 250".
      const rangeBounds = turnedRangeBound(source, target);
      if (rangeBounds) {
        context.report({ message: `${describe(target)} is ${qualifierWord(rangeBounds[1])}, but the source figure ${describe(source)} is ${qualifierWord(rangeBounds[0])}`, start: target.start, end: target.end, actual: rangeBounds[1], expected: rangeBounds[0], ...(doubted(source, target, ['name', 'label']) ? { weak: true } : {}) });
        continue;
      }
      if (source.qualifier === target.qualifier) continue;
      if ((!qualifiable(source) || !qualifiable(target)) && !(share(source) && share(target) && turned(source, target))) continue;
      // "5 ft 6 in" and "about 1.7 m": a figure converted into other units is rounded, so exact and about are one.
      const classes = new Set([source.qualifier, target.qualifier]);
      if (classes.has('exact') && classes.has('approx') && convertedRoughly(source, target)) continue;
      // "от 20-ти до 30-ти лет" and "une vingtaine", "20 多岁": the first ten of a range of ten said roughly.
      const tens = (range: QaFigure, other: QaFigure) => rangeOfTen(range) && range.role === 'min' && other.role === 'value' && (other.qualifier === 'approx' || other.qualifier === 'lower');
      if (tens(source, target) || tens(target, source)) continue;
      context.report({
        message: `${describe(target)} is ${qualifierWord(target.qualifier)}, but the source figure ${describe(source)} is ${qualifierWord(source.qualifier)}`,
        start: target.start,
        end: target.end,
        actual: target.qualifier,
        expected: source.qualifier,
        // "ganze 20 Prozent" / "20 %", "hingga 40 tahun" / "40 Jahre": a word that may not bound the
        // figure was read as a bound; "einer ungefähren Geschwindigkeit von 17.500": the side read
        // as exact has a qualifier word near the figure that was not read with it. Either way the
        // change is not certain.
        ...(doubted(source, target, ['name', 'label']) || source.reading.qualifierUncertain || target.reading.qualifierUncertain || digitOnlyBound(source, target, context.unit.source.lang) || digitOnlyBound(target, source, context.unit.target.lang) || unreadQualifier(source, target, context.unit.source.text, context.unit.source.lang, comparison.source) || unreadQualifier(target, source, context.unit.target.text, context.unit.target.lang, comparison.target) ? { weak: true } : {}),
      });
    }
  },
};
