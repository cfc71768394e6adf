// qa/length-ratio: a translation far shorter or longer than a translation into that
// language usually is (a dropped clause, a sentence translated twice, an engine's comment
// appended). Expected length = source length × factor(target) / factor(source), the factors
// in src/lang/<code>/qa.ts; a warning only, and only for sentences long enough to judge.

import { qaLanguage } from '../language.js';
import type { QaCheck } from '../types.js';


/** `\s` of a regular expression: every white space and line terminator. */
const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || (code >= 128 && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff));

/** Code points of the text without its spaces (`[...text.replace(/\s+/gu, '')].length`, without the copies). */
export function lengthOf(text: string): number {
  let count = 0;
  let afterHigh = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    // A low surrogate after a high one (spaces removed) closes one code point.
    if (afterHigh && code >= 0xdc00 && code <= 0xdfff) {
      afterHigh = false;
      continue;
    }
    count++;
    afterHigh = code >= 0xd800 && code <= 0xdbff;
  }
  return count;
}

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
