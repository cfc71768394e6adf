// qa/length-ratio: a translation far shorter or longer than a translation into that
// language usually is (a dropped clause, a sentence translated twice, an engine's comment
// appended). Expected length = source length × factor(target) / factor(source), the factors
// in src/lang/<code>/qa.ts; a warning only, and only for sentences long enough to judge.

import { qaLanguage } from '../language.js';
import type { QaCheck } from '../types.js';

/** Shorter source sentences vary too much to judge. */
const MIN_SOURCE_LENGTH = 40;
/** The band around the expected length, as factors. */
const LOW = 0.5;
const HIGH = 2;

const lengthOf = (text: string) => [...text.replace(/\s+/gu, '')].length;

export const check: QaCheck = {
  meta: {
    id: 'qa/length-ratio',
    description: 'the translation has about the expected length',
    docs: 'Compares the length of the translation (characters, spaces not counted) with the length expected for the language pair (per-language factors measured on news translations: German 1.15 × English, Chinese 0.3 × …). A warning outside half to twice the expected length, for source sentences of at least 40 characters.',
    defaultSeverity: 'warning',
  },
  check(context) {
    const { source, target } = context.unit;
    const sourceLength = lengthOf(source.text);
    if (sourceLength < MIN_SOURCE_LENGTH) return;
    const targetLength = lengthOf(target.text);
    const expected = (sourceLength * qaLanguage(target.lang).lengthFactor) / qaLanguage(source.lang).lengthFactor;
    const ratio = targetLength / expected;
    if (ratio >= LOW && ratio <= HIGH) return;
    context.report({
      start: 0,
      end: target.text.length,
      message: `the translation has ${targetLength} characters; about ${Math.round(expected)} are expected for ${sourceLength} in ${source.lang} (${ratio < 1 ? `${Math.round((1 - ratio) * 100)}% shorter` : `${ratio.toFixed(1)} times as long`}): is anything missing or repeated?`,
      actual: String(targetLength),
      expected: `${Math.round(expected * LOW)}–${Math.round(expected * HIGH)}`,
    });
  },
};
