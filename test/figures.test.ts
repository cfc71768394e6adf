import { describe, expect, it } from 'vitest';
import { readFigures, readNumberValues, scanNumbers } from '../src/figures/index.js';
import type { FigureReading } from '../src/figures/types.js';

const REFERENCE = { referenceDate: '2024-08-02' };

/** The fields a reader of the figure cares about, without the ones left undefined. */
function shape(figure: FigureReading): Partial<FigureReading> {
  const { start: _start, end: _end, ambiguous: _ambiguous, qualifierText: _q, ...rest } = figure;
  return rest;
}

function read(text: string, lang: string): Array<Partial<FigureReading>> {
  return readFigures(text, lang, REFERENCE).map(shape);
}

describe('figures: German', () => {
  it('reads the figures of the sample article by value, unit and qualifier', () => {
    expect(read('Berichten zufolge beträgt die Gesamtkapazität etwa 15.000 Standardschränke.', 'de')).toEqual([
      { text: 'etwa 15.000 Standardschränke', kind: 'quantity', value: 15000, unit: 'Standardschränke', qualifier: 'approx' },
    ]);
    expect(read('eine Rechenleistungsskala von bis zu 40.000 P unterstützen', 'de')).toEqual([
      { text: 'bis zu 40.000 P', kind: 'quantity', value: 40000, unit: 'P', qualifier: 'max' },
    ]);
    expect(read('dass der Gesamtumfang 20.000 P überschritten hat.', 'de')).toEqual([
      { text: '20.000 P überschritten', kind: 'quantity', value: 20000, unit: 'P', qualifier: 'over' },
    ]);
    expect(read('mit umfassenden Indizes von 1,0000, 0,7449 bzw. 0,6266 unter den ersten drei.', 'de')).toEqual([
      { text: '1,0000', kind: 'number', value: 1, decimals: 4, qualifier: 'exact' },
      { text: '0,7449', kind: 'number', value: 0.7449, decimals: 4, qualifier: 'exact' },
      { text: '0,6266', kind: 'number', value: 0.6266, decimals: 4, qualifier: 'exact' },
      { text: 'drei', kind: 'number', value: 3, qualifier: 'exact' },
    ]);
  });

  it('reads number words, compounds and counted nouns', () => {
    expect(read('Peking verfügt über sechs nationale Schlüssellabore und drei nationale technische Forschungszentren.', 'de')).toEqual([
      { text: 'sechs nationale Schlüssellabore', kind: 'quantity', value: 6, unit: 'Schlüssellabore', qualifier: 'exact' },
      { text: 'drei nationale technische Forschungszentren', kind: 'quantity', value: 3, unit: 'Forschungszentren', qualifier: 'exact' },
    ]);
    expect(read('sechs Labore', 'de')).toEqual([{ text: 'sechs Labore', kind: 'quantity', value: 6, unit: 'Labore', qualifier: 'exact' }]);
    expect(read('zwölf und einundzwanzig und zweihundertsechsundfünfzig', 'de').map((f) => f.value)).toEqual([12, 21, 256]);
    expect(read('Eine Million dreihundertneunundneunzigtausendfuenfhundertneun', 'de').map((f) => f.value)).toEqual([1_399_509]);
    expect(read('zweieinhalb Stunden, anderthalb Millionen, ein halbes Dutzend', 'de').map((f) => f.value)).toEqual([2.5, 1_500_000, 6]);
  });

  it('does not read articles or vague plurals as figures; ordinal words are ranks', () => {
    expect(read('Der Reporter durchforstete eine Reihe von Berichten über Tausende von Branchen.', 'de')).toEqual([]);
    expect(read('Ein Hochland, die erste Staffel, an erster Stelle.', 'de')).toEqual([
      { text: 'erste', kind: 'ordinal', value: 1, qualifier: 'exact' },
      { text: 'erster', kind: 'ordinal', value: 1, qualifier: 'exact' },
    ]);
    // "verfügt über": a preposition, not "more than", before a number in words.
    expect(read('dass Peking über sechs Labore verfügt', 'de')[0]?.qualifier).toBe('exact');
    expect(read('über 100 Menschen', 'de')[0]?.qualifier).toBe('over');
  });

  it('applies scales and reads money with its ISO code', () => {
    expect(read('4,2 Milliarden Euro', 'de')).toEqual([{ text: '4,2 Milliarden Euro', kind: 'money', value: 4_200_000_000, currency: 'EUR', decimals: 1, qualifier: 'exact' }]);
    expect(read('283,82 €', 'de')).toEqual([{ text: '283,82 €', kind: 'money', value: 283.82, currency: 'EUR', decimals: 2, qualifier: 'exact' }]);
    expect(read('rund 2,5 Mio. USD', 'de')).toEqual([{ text: 'rund 2,5 Mio. USD', kind: 'money', value: 2_500_000, currency: 'USD', decimals: 1, qualifier: 'approx' }]);
    expect(read('Hast du mal einen Euro für mich?', 'de')).toEqual([{ text: 'einen Euro', kind: 'money', value: 1, currency: 'EUR', qualifier: 'exact' }]);
  });

  it('reads percents and keeps percentage points distinct', () => {
    expect(read('um durchschnittlich 26 % gestiegen', 'de')).toEqual([{ text: '26 %', kind: 'percent', value: 26, qualifier: 'exact' }]);
    expect(read('26 Prozent', 'de')[0]).toEqual({ text: '26 Prozent', kind: 'percent', value: 26, qualifier: 'exact' });
    expect(read('Diese 15 Prozentpunkte', 'de')[0]).toEqual({ text: '15 Prozentpunkte', kind: 'percent', value: 15, percentPoints: true, qualifier: 'exact' });
  });

  it('reads ranges, sharing unit and scale between their ends', () => {
    expect(read('von 0 bis 1', 'de')).toEqual([{ text: '0 bis 1', kind: 'range', min: 0, max: 1, qualifier: 'exact' }]);
    expect(read('(2024–2025)', 'de')).toEqual([{ text: '2024–2025', kind: 'range', min: 2024, max: 2025, qualifier: 'exact' }]);
    expect(read('zwischen 3 und 5 Prozent', 'de')).toEqual([{ text: 'zwischen 3 und 5 Prozent', kind: 'range', min: 3, max: 5, unit: '%', qualifier: 'exact' }]);
    expect(read('ca. 100 bis 300 Milliarden Sterne', 'de')).toEqual([{ text: 'ca. 100 bis 300 Milliarden Sterne', kind: 'range', min: 1e11, max: 3e11, unit: 'Sterne', qualifier: 'approx' }]);
    expect(read('mehr als 10 und weniger als 20', 'de')).toEqual([{ text: 'mehr als 10 und weniger als 20', kind: 'range', min: 10, max: 20, qualifier: 'exact' }]);
    // A telephone number is no range.
    expect(read('+1-222-2222', 'de').some((f) => f.kind === 'range')).toBe(false);
  });

  it('reads dates with the year of the reference date', () => {
    expect(read('Am 26. Juli veröffentlichte Peking', 'de')).toEqual([{ text: '26. Juli', kind: 'date', date: '2024-07-26', inferred: 'year', qualifier: 'exact' }]);
    expect(read('am 20. Februar', 'de')[0]?.date).toBe('2024-02-20');
    // Published in January, "28. Dezember" is the December before.
    expect(readFigures('am 28. Dezember', 'de', { referenceDate: '2024-01-10' })[0]?.date).toBe('2023-12-28');
    expect(read('von Januar bis Juli 2017', 'de')).toEqual([{ text: 'von Januar bis Juli 2017', kind: 'date', date: '2017-01', endDate: '2017-07', qualifier: 'exact' }]);
    expect(read('26.07.2024', 'de')[0]?.date).toBe('2024-07-26');
    expect(readFigures('am 26. Juli', 'de')[0]?.date).toBe('--07-26');
  });

  it('marks ambiguous forms and says why', () => {
    const [figure] = readFigures('Das sind 1,000 Tonnen.', 'de');
    expect(figure?.value).toBe(1);
    expect(figure?.ambiguous).toMatch(/1,000.*decimal mark.*1000/);
    expect(readFigures('1.111,11', 'de')[0]?.ambiguous).toBeUndefined();
  });

  it('gives exact spans', () => {
    const text = 'Am 26. Juli 2024 kamen etwa 15.000 Gäste.';
    for (const figure of readFigures(text, 'de')) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    expect(readFigures(text, 'de').map((f) => [f.start, f.end])).toEqual([[3, 16], [23, 40]]);
  });
});

describe('figures: English', () => {
  it('reads scales, money and number words', () => {
    expect(read('a $1.153 billion deal', 'en')).toEqual([{ text: '$1.153 billion', kind: 'money', value: 1_153_000_000, currency: 'USD', decimals: 3, qualifier: 'exact' }]);
    expect(read('half a million people', 'en')[0]).toEqual({ text: 'half a million people', kind: 'quantity', value: 500_000, unit: 'people', qualifier: 'exact' });
    expect(read('six labs and twenty-one trillion', 'en').map((f) => f.value)).toEqual([6, 21e12]);
    expect(read('more than $ 247 million in receipts', 'en')[0]).toEqual({ text: 'more than $ 247 million', kind: 'money', value: 247e6, currency: 'USD', qualifier: 'over' });
    expect(read('they sold 10k units and 2.5bn shares', 'en').map((f) => f.value)).toEqual([10_000, 2.5e9]);
  });

  it('reads qualifiers before and after', () => {
    expect(read('up to 700 workers', 'en')[0]?.qualifier).toBe('max');
    expect(read('at least 30', 'en')[0]?.qualifier).toBe('min');
    expect(read('about 18 %', 'en')[0]).toEqual({ text: 'about 18 %', kind: 'percent', value: 18, qualifier: 'approx' });
    expect(read('500 or more', 'en')[0]).toEqual({ text: '500 or more', kind: 'number', value: 500, qualifier: 'min' });
  });

  it('does not read pronouns, articles or identifiers', () => {
    expect(read('Which one do you prefer? The one you mentioned.', 'en')).toEqual([]);
    expect(read('I was a current student', 'en')).toEqual([]);
    expect(read('One of the largest centres', 'en')).toEqual([]);
    expect(read('about 15,000 standard cabinets', 'en')[0]).toEqual({ text: 'about 15,000 standard cabinets', kind: 'quantity', value: 15000, unit: 'cabinets', qualifier: 'approx' });
    expect(read('COVID-19 and A4 paper', 'en')).toEqual([]);
    expect(read('see https://example.org/a?q=30%25%2020%', 'en')).toEqual([]);
  });

  it('reads units from the catalogue, glued or spelled out', () => {
    expect(read('Bei 500Km ist Pause.', 'de')).toEqual([{ text: '500Km', kind: 'quantity', value: 500, unit: 'km', qualifier: 'exact' }]);
    expect(read('a 3-inch thickness', 'en')[0]).toEqual({ text: '3-inch', kind: 'quantity', value: 3, unit: 'in', qualifier: 'exact' });
    expect(read('he is 5 feet 2 inches', 'en')[0]?.value).toBeCloseTo(5 + 2 / 12, 10);
    expect(read('July 26, 2024', 'en')[0]).toEqual({ text: 'July 26, 2024', kind: 'date', date: '2024-07-26', qualifier: 'exact' });
  });

  it('marks "1.000" as ambiguous in English', () => {
    const [figure] = readFigures('We counted 1.000 votes.', 'en');
    expect(figure?.value).toBe(1);
    expect(figure?.ambiguous).toMatch(/1\.000.*1000/);
  });
});

describe('figures: French, Spanish, Italian, Portuguese', () => {
  it('French', () => {
    expect(read('environ 15 000 armoires', 'fr')[0]).toEqual({ text: 'environ 15 000 armoires', kind: 'quantity', value: 15000, unit: 'armoires', qualifier: 'approx' });
    expect(read('15\u202f000 armoires', 'fr')[0]?.value).toBe(15000);
    expect(read('quatre-vingt-dix-neuf, soixante et onze, cinq', 'fr').map((f) => f.value)).toEqual([99, 71, 5]);
    expect(read('4,2 milliards d’euros', 'fr')[0]).toEqual({ text: '4,2 milliards d’euros', kind: 'money', value: 4.2e9, currency: 'EUR', decimals: 1, qualifier: 'exact' });
    expect(read('plus de 26 pour cent', 'fr')[0]).toEqual({ text: 'plus de 26 pour cent', kind: 'percent', value: 26, qualifier: 'over' });
    expect(read('le 26 juillet', 'fr')[0]?.date).toBe('2024-07-26');
    expect(read('un billion', 'fr')[0]?.value).toBe(1e12);
    expect(read('une voiture', 'fr')).toEqual([]);
    expect(readFigures('jusqu’à 40 000 P', 'fr')[0]).toMatchObject({ qualifier: 'max', qualifierText: 'jusqu’à', value: 40000, unit: 'P' });
  });

  it('Spanish', () => {
    expect(read('4200 millones de euros', 'es')[0]).toEqual({ text: '4200 millones de euros', kind: 'money', value: 4.2e9, currency: 'EUR', qualifier: 'exact' });
    expect(read('nueve', 'es')[0]?.value).toBe(9);
    expect(read('unos 30 por ciento', 'es')[0]).toEqual({ text: 'unos 30 por ciento', kind: 'percent', value: 30, qualifier: 'approx' });
    expect(read('dos mil millones', 'es')[0]?.value).toBe(2e9);
    expect(read('más de 500 personas', 'es')[0]).toEqual({ text: 'más de 500 personas', kind: 'quantity', value: 500, unit: 'personas', qualifier: 'over' });
    expect(read('el 26 de julio de 2024', 'es')[0]?.date).toBe('2024-07-26');
    expect(read('entre 3 y 5', 'es')[0]).toEqual({ text: 'entre 3 y 5', kind: 'range', min: 3, max: 5, qualifier: 'exact' });
  });

  it('Italian', () => {
    expect(read('duemilaventiquattro e ventitré', 'it').map((f) => f.value)).toEqual([2024, 23]);
    expect(read('circa 1,5 miliardi di euro', 'it')[0]).toEqual({ text: 'circa 1,5 miliardi di euro', kind: 'money', value: 1.5e9, currency: 'EUR', decimals: 1, qualifier: 'approx' });
    expect(read('fino a 40.000 P', 'it')[0]).toEqual({ text: 'fino a 40.000 P', kind: 'quantity', value: 40000, unit: 'P', qualifier: 'max' });
  });

  it('Portuguese', () => {
    expect(read('seis laboratórios', 'pt')[0]).toEqual({ text: 'seis laboratórios', kind: 'quantity', value: 6, unit: 'laboratórios', qualifier: 'exact' });
    expect(read('cento e vinte e três', 'pt')[0]?.value).toBe(123);
    expect(read('cerca de 10 mil reais', 'pt')[0]).toEqual({ text: 'cerca de 10 mil reais', kind: 'money', value: 10000, currency: 'BRL', qualifier: 'approx' });
    expect(read('26 de julho', 'pt')[0]?.date).toBe('2024-07-26');
  });
});

describe('scanNumbers: exact spans for placeholders', () => {
  it('reads grouping, decimals, years and attached percent signs', () => {
    expect(scanNumbers('etwa 15.000 Schränke, 26 %, 0,7449 und 2024', 'de')).toEqual([
      { start: 5, end: 11, text: '15.000', value: 15000, decimals: 0, grouped: true, year: false, percent: false },
      { start: 22, end: 26, text: '26 %', value: 26, decimals: 0, grouped: false, year: false, percent: true },
      { start: 28, end: 34, text: '0,7449', value: 0.7449, decimals: 4, grouped: false, year: false, percent: false },
      { start: 39, end: 43, text: '2024', value: 2024, decimals: 0, grouped: false, year: true, percent: false },
    ]);
  });

  it('reads narrow and no-break spaces, Devanagari digits and Indian grouping', () => {
    expect(scanNumbers('15\u202f000 et 26\u00a0%', 'fr').map((t) => [t.text, t.value, t.percent])).toEqual([
      ['15\u202f000', 15000, false],
      ['26\u00a0%', 26, true],
    ]);
    expect(scanNumbers('15\u202f000', 'ru')[0]?.value).toBe(15000);
    expect(scanNumbers('१५,००० और १,५०,०००', 'sa').map((t) => [t.text, t.value, t.grouped])).toEqual([
      ['१५,०००', 15000, true],
      ['१,५०,०००', 150000, true],
    ]);
  });

  it('keeps identifiers and web addresses out', () => {
    expect(scanNumbers('COVID-19, A4, www.example.org/2024 und 2022-2023', 'de').map((t) => t.text)).toEqual(['2022', '2023']);
  });

  it('marks the other convention as ambiguous', () => {
    expect(scanNumbers('1,000', 'de')[0]?.ambiguous).toMatch(/decimal mark/);
    expect(scanNumbers('1.000', 'en')[0]?.ambiguous).toMatch(/decimal mark/);
    expect(scanNumbers('1.111,11', 'en')[0]).toMatchObject({ value: 1111.11, grouped: true, ambiguous: expect.stringMatching(/grouped with `\.`/) });
    expect(scanNumbers('1,000', 'en')[0]?.ambiguous).toBeUndefined();
  });

  it('reads the minus sign but not a dash between numbers', () => {
    expect(scanNumbers('-5 Grad', 'de')[0]).toMatchObject({ text: '-5', value: -5 });
    expect(scanNumbers('2022-2023', 'de').map((t) => t.value)).toEqual([2022, 2023]);
  });
});

describe('readNumberValues: the number level', () => {
  it('reads every number expression once', () => {
    expect(readNumberValues('Die Summe aus 2 und 6 ist acht.', 'de').map((n) => n.value)).toEqual([2, 6, 8]);
    expect(readNumberValues('423 0000 wird als zwei Nummern erkannt.', 'de').map((n) => n.value)).toEqual([423, 0, 2]);
    expect(readNumberValues('the 180ml liquid', 'en')).toEqual([{ start: 4, end: 7, text: '180', value: 180, glued: true, ordinal: false }]);
  });
});
