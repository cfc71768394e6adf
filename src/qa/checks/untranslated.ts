// qa/untranslated: the translation is still the source text (an engine that failed and
// echoed its input, a translator who skipped the sentence), or nearly so. A value that is
// only names and figures ("Boda Data", "Li Ya") may stay as it is.

import { normalizeSpace } from '../text.js';
import { derived } from '../memo.js';
import { maskedText, maskNames } from '../names.js';
import { qaLanguage } from '../language.js';
import type { QaCheck } from '../types.js';

/** Words of at least two letters, lower-cased (figures and punctuation are not words). */
function wordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(/[\p{L}\p{M}]{2,}/gu)].map((match) => match[0]);
}

/** Share of the target's words that the source has, and how many words were compared. */
function overlap(source: readonly string[], target: string): { share: number; words: number } {
  const pool = new Map<string, number>();
  for (const word of source) pool.set(word, (pool.get(word) ?? 0) + 1);
  const words = wordsOf(target);
  let same = 0;
  for (const word of words) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      same++;
      pool.set(word, left - 1);
    }
  }
  return { share: words.length === 0 ? 0 : same / words.length, words: words.length };
}

/** Proportion of target words found in the source above which the text is mostly untranslated. */
const MOSTLY = 0.9;
const MIN_WORDS = 8;

export const check: QaCheck = {
  meta: {
    id: 'qa/untranslated',
    type: 'problem',
    description: 'the translation is not the source text',
    docs: 'An error when the translation equals the source (spaces aside) and is more than names and figures; a warning when nearly every word of the translation (9 in 10, at least 8 words, names aside) is a word of the source: a sentence left half in the source language.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const { source, target } = context.unit;
    if (source.lang === target.lang) return;
    const sourceMasked = maskedText(source, context.glossary, context.names);
    const targetMasked = maskNames(target.text, target.lang, context.glossary, context.names);
    if (!/\p{L}/u.test(targetMasked)) return;
    if (derived(source, normalizeSpace, () => normalizeSpace(source.text)) === normalizeSpace(target.text)) {
      context.report({ start: 0, end: target.text.length, message: `the translation is the ${source.lang} source text`, actual: target.text });
      return;
    }
    if (qaLanguage(target.lang).unspaced || qaLanguage(source.lang).unspaced) return;
    // The source's words once per source side (and masked text), not once per language.
    const wordsByText = derived(source, wordsOf, () => new Map<string, string[]>());
    let sourceWords = wordsByText.get(sourceMasked);
    if (sourceWords === undefined) wordsByText.set(sourceMasked, (sourceWords = wordsOf(sourceMasked)));
    const { share, words } = overlap(sourceWords, targetMasked);
    if (words >= MIN_WORDS && share >= MOSTLY) {
      context.report({ start: 0, end: target.text.length, message: `${Math.round(share * 100)}% of the words of the translation are words of the ${source.lang} source: is it translated?`, actual: target.text, weak: true });
    }
  },
};
