// qa/length-ratio: a translation far shorter or longer than a translation into that
// language usually is (a dropped clause, a sentence translated twice, an engine's comment
// appended). Expected length = source length × factor(target) / factor(source), the factors
// in src/lang/<code>/qa.ts; a warning only, and only for sentences long enough to judge.

import { qaLanguage } from '../language.js';
import type { QaCheck } from '../types.js';


const lengthOf = (text: string) => [...text.replace(/\s+/gu, '')].length;

export const check: QaCheck = {
  meta: {
    id: 'qa/length-ratio',
    type: 'suggestion',
    description: 'the translation has about the expected length',
    docs: 'Compares the length of the translation (characters, spaces not counted) with the length expected for the language pair (per-language factors measured on news translations: German 1.15 × English, Chinese 0.3 × …). A warning outside half to twice the expected length (options `low`, `high`), for source sentences of at least 40 characters (`minSourceLength`).',
    defaultSeverity: 'warning',
    messages: {},
    schema: {
      minSourceLength: { type: 'number', default: 40, minimum: 1, description: 'shorter source sentences vary too much to judge (characters, spaces not counted)' },
      low: { type: 'number', default: 0.5, minimum: 0, maximum: 1, description: 'shortest acceptable translation, as a share of the expected length' },
      high: { type: 'number', default: 2, minimum: 1, description: 'longest acceptable translation, as a multiple of the expected length' },
    },
  },
  check(context) {
    const { source, target } = context.unit;
    const { minSourceLength, low: LOW, high: HIGH } = context.options as { minSourceLength: number; low: number; high: number };
    const sourceLength = lengthOf(source.text);
    if (sourceLength < minSourceLength) return;
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
