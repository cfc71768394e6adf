// qa/figure-weekday through the rule tester: the translation names the source's weekdays.

import { describe, expect, it } from 'vitest';
import { check, weekdaysIn } from '../../src/qa/checks/figure-weekday.js';
import { qaRuleTester } from '../helpers/rule-tester.js';

qaRuleTester(check, {
  valid: [
    { from: 'en', to: 'de', source: 'The vote is on Friday.', target: 'Die Abstimmung ist am Freitag.' },
    { from: 'de', to: 'ja', source: 'Am Montag begann der Prozess.', target: '裁判は月曜に始まった。' },
    { from: 'en', to: 'fi', source: 'They met on Tuesday.', target: 'He tapasivat tiistaina.' },
    { from: 'en', to: 'pt', source: 'The market opens on Monday.', target: 'O mercado abre na segunda-feira.' },
    // a weekday on one side only: the translation may give the date instead
    { from: 'en', to: 'fr', source: 'The report came out on Thursday.', target: 'Le rapport est paru le 4 juillet.' },
    // "τρίτη" is also "third": no weekday for certain
    { from: 'en', to: 'el', source: 'On Monday the third team arrived.', target: 'Τη Δευτέρα έφτασε η τρίτη ομάδα.' },
  ],
  invalid: [
    { from: 'en', to: 'de', source: 'after Tuesday’s meeting', target: 'nach dem Treffen am Mittwoch', errors: [{ severity: 'error', message: /`Mittwoch` is another weekday than the source's `Tuesday` \(tuesday\)/ }] },
    { from: 'en', to: 'ja', source: 'Beyond Sunday’s race, she skied twice.', target: '土曜日のレースの後、彼女は2回滑った。', errors: [{ severity: 'error' }] },
    { from: 'de', to: 'es', source: 'Das Spiel ist am Samstag.', target: 'El partido es el domingo.', errors: [{ severity: 'error' }] },
  ],
});

describe('weekday names', () => {
  it('finds inflected and short forms', () => {
    expect(weekdaysIn('Sie kommt dienstags.', 'de').map((w) => w.day)).toEqual([2]);
    expect(weekdaysIn('金曜日と土曜', 'ja').map((w) => w.day)).toEqual([5, 6]);
    expect(weekdaysIn('dua minggu kemudian', 'id')).toEqual([]);
  });
});
