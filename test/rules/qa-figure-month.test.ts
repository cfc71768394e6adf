// qa/figure-month through the rule tester: the translation names the source's months.

import { describe, expect, it } from 'vitest';
import { check, monthsIn } from '../../src/qa/checks/figure-month.js';
import { qaRuleTester } from '../helpers/rule-tester.js';

qaRuleTester(check, {
  valid: [
    { from: 'en', to: 'fi', source: 'Warren is up for re-election in November.', target: 'Warren on uudelleen ehdolla marraskuussa.' },
    { from: 'en', to: 'id', source: 'Human trials are planned for July or August 2020.', target: 'Pengujian pada manusia direncanakan pada bulan Juli atau Agustus 2020.' },
    { from: 'de', to: 'fr', source: 'Der Vertrag läuft im März aus.', target: 'Le contrat expire en mars.' },
    // "may" is a verb, "Mars" a planet: no months
    { from: 'en', to: 'de', source: 'It may rain on the 5th.', target: 'Es könnte im Juni am 5. regnen.' },
    { from: 'fr', to: 'de', source: 'Mars est visible le 3 juin.', target: 'Der Mars ist im März am 3. Juni sichtbar.' },
    // a month on one side only: the translation may give it with digits
    { from: 'en', to: 'zh', source: 'The talks resume in July.', target: '会谈于7月恢复。' },
  ],
  invalid: [
    { from: 'en', to: 'fi', source: 'Warren is up for re-election in November.', target: 'Warren on uudelleen ehdolla joulukuussa.', errors: [{ severity: 'error', message: /`joulukuussa` is another month than the source's `November` \(month 11\)/ }] },
    { from: 'en', to: 'id', source: 'Human trials are planned for July or August 2020.', target: 'Pengujian pada manusia direncanakan pada bulan Juni atau Agustus 2020.', errors: [{ severity: 'error', message: /`Juni`/ }] },
    { from: 'de', to: 'ru', source: 'Die Wahl findet im Mai statt.', target: 'Выборы пройдут в марте.', errors: [{ severity: 'error' }] },
  ],
});

describe('month names', () => {
  it('are read in the case the language writes months in', () => {
    expect(monthsIn('He may come in June, they march in March.', 'en').map((m) => m.month)).toEqual([6, 3]);
    expect(monthsIn('Mars est visible en mars.', 'fr').map((m) => m.month)).toEqual([3]);
    expect(monthsIn('May the results come in May.', 'en').map((m) => m.month)).toEqual([5]);
    expect(monthsIn('会谈于7月恢复。', 'zh')).toEqual([]);
  });
});
