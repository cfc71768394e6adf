// The `figure` formatter: every language's native form, the source precision kept.

import { describe, expect, it } from 'vitest';
import { LANGUAGES, type LanguageCode } from '../src/lang/codes.js';
import { classicalLatinDate, formatLatinDate, LATIN_MONTHS } from '../src/lang/la/locale.js';
import { formatFigure, formatFullDate, type FigureValue } from '../src/localize/figure.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const decimal = (value: number, decimals = 0): FigureValue => ({ style: 'decimal', value, decimals, text: '' });
const percent = (value: number, decimals = 0): FigureValue => ({ style: 'percent', value, decimals, text: '' });
const year = (value: number): FigureValue => ({ style: 'year', value, decimals: 0, text: '' });
const dayMonth: FigureValue = { style: 'date', date: '2024-07-26', parts: 'day-month', text: '26. Juli' };

// [15.000, 0,7449, 26 %, 2024, 26. Juli, 2 August 2024]
const NATIVE: Record<LanguageCode, [string, string, string, string, string, string]> = {
  zh: ['1.5万', '0.7449', '26%', '2024', '7月26日', '2024年8月2日'],
  ru: [`15${NBSP}000`, '0,7449', `26${NBSP}%`, '2024', '26 июля', '2 августа 2024 г.'],
  en: ['15,000', '0.7449', '26%', '2024', 'July 26', 'August 2, 2024'],
  fr: [`15${NNBSP}000`, '0,7449', `26${NBSP}%`, '2024', '26 juillet', '2 août 2024'],
  id: ['15.000', '0,7449', '26%', '2024', '26 Juli', '2 Agustus 2024'],
  sa: ['१५,०००', '०.७४४९', '२६%', '२०२४', 'जुलाईमासस्य २६', '२०२४ वर्षस्य अगस्तमासस्य २'],
  ja: ['15,000', '0.7449', '26%', '2024', '7月26日', '2024年8月2日'],
  de: ['15.000', '0,7449', `26${NBSP}%`, '2024', '26. Juli', '2. August 2024'],
  pt: ['15.000', '0,7449', '26%', '2024', '26 de julho', '2 de agosto de 2024'],
  el: ['15.000', '0,7449', '26%', '2024', '26 Ιουλίου', '2 Αυγούστου 2024'],
  es: ['15.000', '0,7449', `26${NBSP}%`, '2024', '26 de julio', '2 de agosto de 2024'],
  it: ['15.000', '0,7449', '26%', '2024', '26 luglio', '2 agosto 2024'],
  fi: [`15${NBSP}000`, '0,7449', `26${NBSP}%`, '2024', '26. heinäkuuta', '2. elokuuta 2024'],
  la: ['15.000', '0,7449', '26%', '2024', 'die 26 mensis Iulii', 'die 2 mensis Augusti 2024'],
};

describe('figure formatter: native forms', () => {
  for (const lng of LANGUAGES) {
    it(lng, () => {
      const [thousands, index, share, y, date, full] = NATIVE[lng];
      expect(formatFigure(decimal(15000), lng)).toBe(thousands);
      expect(formatFigure(decimal(0.7449, 4), lng)).toBe(index);
      expect(formatFigure(percent(26), lng)).toBe(share);
      expect(formatFigure(year(2024), lng)).toBe(y);
      expect(formatFigure(dayMonth, lng)).toBe(date);
      expect(formatFullDate('2024-08-02', lng)).toBe(full);
    });
  }

  it('keeps the written precision: no rounding, no dropped zeros', () => {
    expect(formatFigure(decimal(0.7449, 4), 'de')).toBe('0,7449');
    expect(formatFigure(decimal(1, 4), 'de')).toBe('1,0000');
    expect(formatFigure(decimal(1, 4), 'en')).toBe('1.0000');
    expect(formatFigure(decimal(0.6266, 4), 'fr')).toBe('0,6266');
    expect(formatFigure(percent(26.5, 1), 'en')).toBe('26.5%');
    expect(formatFigure(percent(26.5, 1), 'de')).toBe(`26,5${NBSP}%`);
    expect(formatFigure(decimal(1234.5678, 4), 'la')).toBe('1.234,5678');
  });

  it('writes years without grouping in every language', () => {
    for (const lng of LANGUAGES) expect(formatFigure(year(2022), lng)).toMatch(/^(2022|२०२२)$/);
  });

  it('writes Chinese myriads only when exact, Japanese always with digits', () => {
    expect(formatFigure(decimal(40000), 'zh')).toBe('4万');
    expect(formatFigure(decimal(1153000000), 'zh')).toBe('11.53亿');
    expect(formatFigure(decimal(15432), 'zh')).toBe('15,432');
    expect(formatFigure(decimal(9000), 'zh')).toBe('9,000');
    expect(formatFigure(decimal(40000), 'ja')).toBe('40,000');
  });

  it('writes Sanskrit with Devanagari digits and Indian grouping', () => {
    expect(formatFigure(decimal(150000), 'sa')).toBe('१,५०,०००');
  });

  it('dates keep the parts the source wrote', () => {
    expect(formatFigure({ style: 'date', date: '2024-07', parts: 'month-year', text: 'Juli 2024' }, 'en')).toBe('July 2024');
    expect(formatFigure({ style: 'date', date: '2024-07', parts: 'month-year', text: 'Juli 2024' }, 'la')).toBe('mense Iulio 2024');
    expect(formatFigure({ style: 'date', date: '2024-07-30', parts: 'day-month-year', text: '30. Juli 2024' }, 'fr')).toBe('30 juillet 2024');
    expect(formatFigure({ style: 'date', date: '--07-26', parts: 'day-month', text: '26. Juli' }, 'en')).toBe('July 26');
  });

  it('writes a date range as one figure', () => {
    const range: FigureValue = { style: 'date', date: '2024-07-26', endDate: '2024-07-30', parts: 'day-month', text: '26. bis 30. Juli' };
    expect(formatFigure(range, 'de')).toBe('26.–30. Juli');
    expect(formatFigure(range, 'en')).toBe('July 26\u2009–\u200930');
    expect(formatFigure(range, 'zh')).toBe('7月26日至7月30日');
    expect(formatFigure(range, 'ja')).toBe('7月26日～7月30日');
    expect(formatFigure(range, 'la')).toBe('die 26 mensis Iulii – die 30 mensis Iulii');
  });
});

describe('clock times', () => {
  const time = (value: string): FigureValue => ({ style: 'time', time: value, text: '' });
  it('writes a time in each language\'s news form, and every form reads back to the same value', async () => {
    const { readFigures } = await import('../src/figures/index.js');
    const forms: Partial<Record<LanguageCode, [string, string]>> = {
      de: ['15 Uhr', '12.40 Uhr'],
      en: ['3 p.m.', '12:40 p.m.'],
      fr: [`15${NBSP}h`, `12${NBSP}h${NBSP}40`],
      ru: ['15:00', '12:40'],
      ja: ['15:00', '12:40'],
      fi: ['15.00', '12.40'],
      la: ['15:00', '12:40'],
    };
    for (const [lng, [whole, minutes]] of Object.entries(forms) as Array<[LanguageCode, [string, string]]>) {
      expect(formatFigure(time('15:00'), lng), lng).toBe(whole);
      expect(formatFigure(time('12:40'), lng), lng).toBe(minutes);
    }
    // What the formatter writes, the reader reads back (with the marker a sentence gives it).
    const context: Partial<Record<LanguageCode, string>> = { de: 'um ', en: 'at ', fr: 'à ', ru: 'в ', fi: 'klo ', ja: '', la: 'hora ' };
    for (const [lng, before] of Object.entries(context) as Array<[LanguageCode, string]>) {
      const read = readFigures(`${before}${formatFigure(time('12:40'), lng)}`, lng).find((f) => f.kind === 'time');
      expect(read?.time, lng).toBe('12:40');
    }
  });
});

describe('Latin locale data', () => {
  it('has the month names a date needs', () => {
    expect(LATIN_MONTHS.genitive).toEqual(['Ianuarii', 'Februarii', 'Martii', 'Aprilis', 'Maii', 'Iunii', 'Iulii', 'Augusti', 'Septembris', 'Octobris', 'Novembris', 'Decembris']);
    expect(LATIN_MONTHS.ablative[6]).toBe('Iulio');
    expect(formatLatinDate('2024-12-31', 'day-month-year')).toBe('die 31 mensis Decembris 2024');
  });

  it('writes the classical Roman date on request', () => {
    expect(classicalLatinDate('2024-07-26')).toBe('a. d. VII Kal. Aug.');
    expect(classicalLatinDate('2024-07-30')).toBe('a. d. III Kal. Aug.');
    expect(classicalLatinDate('2024-07-31')).toBe('prid. Kal. Aug.');
    expect(classicalLatinDate('2024-08-01')).toBe('Kal. Aug.');
    expect(classicalLatinDate('2024-03-15')).toBe('Id. Mart.');
    expect(classicalLatinDate('2024-03-14')).toBe('prid. Id. Mart.');
    expect(classicalLatinDate('2024-01-05')).toBe('Non. Ian.');
    expect(classicalLatinDate('2024-01-02')).toBe('a. d. IV Non. Ian.');
    expect(classicalLatinDate('2024-12-25')).toBe('a. d. VIII Kal. Ian.');
    expect(classicalLatinDate('2024-02-24')).toBe('a. d. bis VI Kal. Mart.');
    expect(classicalLatinDate('2024-02-25')).toBe('a. d. VI Kal. Mart.');
    expect(classicalLatinDate('2023-02-24')).toBe('a. d. VI Kal. Mart.');
    expect(classicalLatinDate('2024-02-23')).toBe('a. d. VII Kal. Mart.');
  });
});
