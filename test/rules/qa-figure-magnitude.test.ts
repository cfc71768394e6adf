// qa/figure-magnitude through the rule tester: vague amounts keep their order of magnitude.

import { describe, expect, it } from 'vitest';
import { vagueMagnitudes } from '../../src/figures/index.js';
import { check } from '../../src/qa/checks/figure-magnitude.js';
import { qaRuleTester } from '../helpers/rule-tester.js';

qaRuleTester(check, {
  valid: [
    { from: 'en', to: 'de', source: 'Thousands of fans waited outside.', target: 'Tausende Fans warteten draußen.' },
    { from: 'en', to: 'fr', source: 'hundreds of thousands of visitors', target: 'des centaines de milliers de visiteurs' },
    { from: 'en', to: 'ja', source: 'tens of thousands of years', target: '数万年' },
    { from: 'de', to: 'zh', source: 'Millionen Menschen sahen zu.', target: '数百万人观看了比赛。' },
    { from: 'en', to: 'es', source: 'billions of dollars', target: 'miles de millones de dólares' },
    { from: 'en', to: 'ru', source: 'hundreds of birds', target: 'сотни птиц' },
    // an order on one side only: the other may give a figure or leave it out
    { from: 'en', to: 'it', source: 'Thousands of people came.', target: 'Sono venute 3000 persone.' },
    { from: 'en', to: 'pt', source: 'about 3 million people', target: 'cerca de 3 milhões de pessoas' },
  ],
  invalid: [
    { from: 'en', to: 'fr', source: 'Thousands of houses were flooded.', target: 'Des centaines de maisons ont été inondées.', errors: [{ severity: 'error', message: /`centaines` \(10\^2\) is another order of magnitude than the source's `Thousands` \(10\^3\)/ }] },
    { from: 'de', to: 'es', source: 'mehrere Millionen Impfdosen', target: 'varios billones de dosis', errors: [{ severity: 'error', message: /`billones` \(10\^12\)/ }] },
    { from: 'en', to: 'zh', source: 'thousands of years ago', target: '几百年前', errors: [{ severity: 'error', message: /`几百` \(10\^2\)/ }] },
    { from: 'en', to: 'id', source: 'thousands of workers', target: 'ratusan pekerja', errors: [{ severity: 'error' }] },
    { from: 'en', to: 'el', source: 'millions of files', target: 'δισεκατομμύρια αρχεία', errors: [{ severity: 'error' }] },
  ],
});

describe('orders of magnitude are read without a count only', () => {
  it('chains orders and leaves counted scales to the figure reader', () => {
    expect(vagueMagnitudes('hundreds of thousands of people and 3 millions', 'en').map((m) => m.value)).toEqual([1e5]);
    expect(vagueMagnitudes('drei Millionen, aber Tausende', 'de').map((m) => m.value)).toEqual([1e3]);
    expect(vagueMagnitudes('数十万人', 'ja').map((m) => m.value)).toEqual([1e5]);
    expect(vagueMagnitudes('puluhan ribu orang', 'id').map((m) => m.value)).toEqual([1e4]);
  });
});
