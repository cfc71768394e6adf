// Sentence starts by UAX #29 read in windows (V8's iterator is quadratic on one long text):
// the same starts as one pass over the whole text, also around a sentence longer than a window.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unicodeSentenceStarts } from '../src/segment/candidates.js';
import { REPO } from './helpers/tmp.js';

const whole = (segmenter: Intl.Segmenter, text: string) => [...segmenter.segment(text)].map((piece) => piece.index);

describe('unicodeSentenceStarts', () => {
  const sample = readFileSync(join(REPO, 'content', 'ki-stadt', 'index.md'), 'utf8');
  const cases: Array<[string, string, string]> = [
    ['de', 'the sample, five times (71 KB)', sample.repeat(5)],
    ['de', 'a 10,000-letter sentence between others', `Vorher. ${'x'.repeat(10_000)}. Und dann. ${sample}`],
    ['de', '3,000 short lines', Array.from({ length: 3000 }, (_, i) => `Zeile ${i} hier.`).join('\n')],
    ['de', 'leading spaces', '  Vorne Leerzeichen. Dann mehr.'],
    ['en', 'closing quotes and spaces at window edges', Array.from({ length: 800 }, (_, i) => `He said "stop${i}."   ${i % 2 ? 'then' : 'Then'} left.)`).join(' ')],
    ['ja', 'Japanese without spaces', '東京は晴れ。大阪は雨。'.repeat(900)],
  ];
  for (const [lang, name, text] of cases) {
    it(`${lang}: ${name}`, () => {
      const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
      expect([...unicodeSentenceStarts(segmenter, text)]).toEqual(whole(segmenter, text));
    });
  }
});
