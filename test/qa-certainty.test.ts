// Severity by certainty (issue 11): a figure lost or added is an error only when both sides were
// read whole and the other side has a whole reading it became, or nothing unread that could carry
// it. A number the reader cut in pieces, digits glued to a word it did not take, free digits or a
// word for the value in a form the reader does not know: information (one step lower), never a block.

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { compareFigures } from '../src/qa/compare.js';
import { certainlyAdded, certainlyLost, mayCarry, readingFit } from '../src/qa/certainty.js';
import { qaPair } from '../src/qa/index.js';
import { REPO } from './helpers/tmp.js';

const glossary = loadGlossary(loadConfig(REPO), undefined, REPO);

/** The figure findings (lost, added, precision) with their severities. */
function findings(from: LanguageCode, to: LanguageCode, source: string, target: string): string[] {
  const { messages } = qaPair({ from, to, source, target, glossary, referenceDate: '2024-08-02' });
  return messages.filter((m) => /figure-(lost|added|precision)/.test(m.ruleId)).map((m) => `${m.severity} ${m.ruleId}`);
}

const errors = (list: string[]) => list.filter((f) => f.startsWith('error'));

describe('how a reading sits in its text', () => {
  const fit = (lang: LanguageCode, text: string, written: string) => {
    const { target } = compareFigures('', 'en', text, lang, { glossary });
    const figure = target.find((f) => f.reading.text === written);
    if (!figure) throw new Error(`no reading ${written} in ${text}: ${target.map((f) => f.reading.text).join(' | ')}`);
    return readingFit(figure, text, target);
  };
  it('a piece of a number the reader cut is split', () => {
    // Japanese minutes, seconds and hundredths in one run
    expect(fit('ja', 'タイムは3分12秒45だった。', '45')).toBe('split');
  });
  it('digits glued to a word the reader did not take', () => {
    expect(fit('ru', 'Это 5-тысячный город.', '5')).toBe('glued');
  });
  it('a number standing alone is whole', () => {
    expect(fit('de', 'Es kamen 12 Gäste.', '12 Gäste')).toBe('whole');
    expect(fit('en', 'It cost $40 in 2019.', '$40')).toBe('whole');
  });
});

describe('what could carry a figure the reader did not find', () => {
  const carried = (from: LanguageCode, to: LanguageCode, source: string, target: string) => {
    const comparison = compareFigures(source, from, target, to, { glossary });
    const lost = comparison.lost[0];
    if (!lost) throw new Error('nothing lost');
    return mayCarry(lost, target, to, comparison.target.filter((f) => !comparison.added.includes(f)).map((f) => f.reading));
  };
  it('a Roman numeral of the value', () => {
    expect(carried('de', 'en', 'Das geschah im 14 Jahrhundert.', 'It happened in the XIV century.')).toBe(true);
  });
  it('free digits of the same number written another way', () => {
    expect(carried('de', 'en', 'Der Zug fährt um 07:30 Uhr ab.', 'The train leaves at 7-30.')).toBe(true);
  });
  it('a word beginning with a number word for the value', () => {
    expect(carried('en', 'de', 'The building has 3 floors.', 'Das Gebäude ist dreistöckig.')).toBe(true);
  });
  it('nothing: the figure is gone', () => {
    expect(carried('en', 'fr', 'The bridge is 45 metres long.', 'Le pont est long.')).toBe(false);
  });
});

describe('lost and added are errors only when certain', () => {
  it.each([
    // a digit figure deleted from a sentence with nothing to carry it
    ['de', 'en', 'Die Brücke ist 312 Meter lang.', 'The bridge is long.'],
    ['en', 'it', 'The company hired 85 engineers.', "L'azienda ha assunto ingegneri."],
    // a value changed, both sides read whole
    ['en', 'fr', 'The tower is 324 metres tall.', 'La tour mesure 342 mètres.'],
    ['de', 'es', 'Es kamen 2.200.112 Besucher.', 'Vinieron 2.200.12 visitantes.'],
    // a scale changed, both sides read whole
    ['en', 'ru', 'The city has 17 million inhabitants.', 'В городе 17 миллиардов жителей.'],
  ] as const)('%s → %s: %s → %s is an error', (from, to, source, target) => {
    expect(errors(findings(from, to, source, target)).length).toBeGreaterThan(0);
  });

  it.each([
    // the same race time in the target language's notation, cut in pieces by its reader
    ['de', 'fi', 'Sie lief 4:41,30 und war damit Zweite.', 'Hän juoksi ajan 4.41,30 ja oli toinen.'],
    ['en', 'ja', 'She finished in 3:12.45 that day.', 'その日のタイムは3分12秒45だった。'],
    // a clock time written another way
    ['de', 'fi', 'Der Bus fährt um 07:30 Uhr ab.', 'Bussi lähtee 7.30.'],
    // the scale glued to the digits in a form the reader does not know
    ['en', 'ru', 'A country with 12 million inhabitants.', 'Страна с 12-миллионным населением.'],
    // a century as a Roman numeral the reader does not take
    ['de', 'en', 'Das geschah im 14 Jahrhundert.', 'It happened in the XIV century.'],
  ] as const)('%s → %s: %s → %s is no error', (from, to, source, target) => {
    expect(errors(findings(from, to, source, target))).toEqual([]);
  });

  it('the uncertain findings are still reported, one step lower', () => {
    expect(findings('de', 'fi', 'Der Bus fährt um 07:30 Uhr ab.', 'Bussi lähtee 7.30.')).toEqual(['warning qa/figure-lost', 'warning qa/figure-added']);
  });

  it('certainlyLost and certainlyAdded agree with the severities', () => {
    const sides = { source: { text: 'Die Brücke ist 312 Meter lang.', lang: 'de' as const }, target: { text: 'The bridge is 321 metres long.', lang: 'en' as const } };
    const comparison = compareFigures(sides.source.text, 'de', sides.target.text, 'en', { glossary });
    const [lost] = comparison.lost;
    const [added] = comparison.added;
    expect(lost && added).toBeTruthy();
    expect(certainlyLost(lost!, added, comparison, sides)).toBe(true);
    expect(certainlyAdded(added!, lost, comparison, sides)).toBe(true);
  });
});

describe('a qualifier mismatch is an error only when both sides were read with confidence', () => {
  const qualifier = (from: LanguageCode, to: LanguageCode, source: string, target: string) => {
    const { messages } = qaPair({ from, to, source, target, glossary, referenceDate: '2024-08-02' });
    return messages.find((m) => m.ruleId === 'qa/figure-qualifier')?.severity;
  };
  it('a qualifier word in a form the reader does not take, of the class the other side has, makes it uncertain', () => {
    // "ungefähren" (an inflected "ungefähr") three words before the figure
    expect(qualifier('en', 'de', 'The train ran at about 300 km/h.', 'Der Zug fuhr mit einer ungefähren Geschwindigkeit von 300 km/h.')).toBe('warning');
    // "least" cut from "at least"
    expect(qualifier('it', 'en', 'Sono arrivati almeno otto treni.', 'Least eight trains arrived.')).toBe('warning');
  });
  it('an unread qualifier word of another class leaves the change certain', () => {
    expect(qualifier('it', 'en', 'Sono arrivati al massimo otto treni.', 'Least eight trains arrived.')).toBe('error');
  });
  it('both sides read with confidence: an error', () => {
    expect(qualifier('de', 'fr', 'Es kamen etwa 40 Gäste.', 'Il est venu 40 invités.')).toBe('error');
    expect(qualifier('en', 'es', 'Up to 40 people came.', 'Vinieron más de 40 personas.')).toBe('error');
    expect(qualifier('en', 'zh', 'About 40 people came.', '来了40人。')).toBe('error');
  });
});
