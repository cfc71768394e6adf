// Reading translations back: the figures of the sample article as the 14 languages write them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFigures } from '../src/figures/index.js';
import { REPO } from './helpers/tmp.js';

const REFERENCE = { referenceDate: '2024-08-02' };
const values = (text: string, lang: string) =>
  readFigures(text, lang, REFERENCE).map((f) => [f.kind, f.value ?? f.date ?? [f.min, f.max], f.unit ?? f.currency, f.qualifier]);

describe('figures: reading the other languages', () => {
  it('Russian', () => {
    expect(values('около 15\u202f000 шкафов, до 40\u00a0000 P, 26 июля, 26 %, шесть лабораторий, 4,2 млрд евро', 'ru')).toEqual([
      ['quantity', 15000, 'шкафов', 'approx'],
      ['quantity', 40000, 'P', 'max'],
      ['date', '2024-07-26', undefined, 'exact'],
      ['percent', 26, undefined, 'exact'],
      ['quantity', 6, 'лабораторий', 'exact'],
      ['money', 4.2e9, 'EUR', 'exact'],
    ]);
  });

  it('Greek', () => {
    expect(values('περίπου 15.000 ντουλάπια, έως 40.000 P, στις 26 Ιουλίου, 26%, έξι εργαστήρια', 'el')).toEqual([
      ['quantity', 15000, 'ντουλάπια', 'approx'],
      ['quantity', 40000, 'P', 'max'],
      ['date', '2024-07-26', undefined, 'exact'],
      ['percent', 26, undefined, 'exact'],
      ['quantity', 6, 'εργαστήρια', 'exact'],
    ]);
  });

  it('Finnish', () => {
    expect(values('noin 15\u00a0000 kaappia, 26. heinäkuuta, 26 prosenttia, kuusi laboratoriota, kaksikymmentäyksi', 'fi')).toEqual([
      ['quantity', 15000, 'kaappia', 'approx'],
      ['date', '2024-07-26', undefined, 'exact'],
      ['percent', 26, undefined, 'exact'],
      ['quantity', 6, 'laboratoriota', 'exact'],
      ['number', 21, undefined, 'exact'],
    ]);
  });

  it('Indonesian', () => {
    expect(values('sekitar 15.000 lemari, 26 Juli, 26 persen, enam laboratorium, dua puluh satu, 4,2 miliar euro', 'id')).toEqual([
      ['quantity', 15000, 'lemari', 'approx'],
      ['date', '2024-07-26', undefined, 'exact'],
      ['percent', 26, undefined, 'exact'],
      ['quantity', 6, 'laboratorium', 'exact'],
      ['number', 21, undefined, 'exact'],
      ['money', 4.2e9, 'EUR', 'exact'],
    ]);
  });

  it('Latin, with the project’s own separators (15.000; 0,7449)', () => {
    expect(values('circiter 15.000 armaria, usque ad 40.000 P, 26 Iulii, 26 per centum, sex laboratoria, 0,7449', 'la')).toEqual([
      ['quantity', 15000, 'armaria', 'approx'],
      ['quantity', 40000, 'P', 'max'],
      ['date', '2024-07-26', undefined, 'exact'],
      ['percent', 26, undefined, 'exact'],
      ['quantity', 6, 'laboratoria', 'exact'],
      ['number', 0.7449, undefined, 'exact'],
    ]);
  });

  it('Sanskrit, in Devanagari digits', () => {
    expect(values('प्रायः १५,००० स्तम्भाः, २६ जुलाई, २६%, षट् प्रयोगशालाः, १,५०,०००', 'sa')).toEqual([
      ['quantity', 15000, 'स्तम्भाः', 'approx'],
      ['date', '2024-07-26', undefined, 'exact'],
      ['percent', 26, undefined, 'exact'],
      ['quantity', 6, 'प्रयोगशालाः', 'exact'],
      ['number', 150000, undefined, 'exact'],
    ]);
    // "on the 26th day of the month of July"; "up to" written after the figure.
    expect(values('योजना जुलाईमासस्य २६ दिनाङ्के प्रकाशिता।', 'sa')).toEqual([['date', '2024-07-26', undefined, 'exact']]);
    // "the first phase": the ordinal is a figure too.
    expect(values('प्रथमः चरणः ४०,००० P पर्यन्तं समर्थयति।', 'sa')).toEqual([['ordinal', 1, undefined, 'exact'], ['quantity', 40000, 'P', 'max']]);
    expect(values('सूचकाङ्कः ०.७४४९ अस्ति।', 'sa')).toEqual([['number', 0.7449, undefined, 'exact']]);
  });

  it('number words in every lexicon language', () => {
    const six: Record<string, string> = { de: 'sechs', en: 'six', fr: 'six', es: 'seis', it: 'sei', pt: 'seis', ru: 'шесть', el: 'έξι', fi: 'kuusi', id: 'enam', la: 'sex', sa: 'षट्' };
    for (const [lang, word] of Object.entries(six)) expect([lang, readFigures(`${word} `, lang)[0]?.value]).toEqual([lang, 6]);
    const twelve: Record<string, string> = { de: 'zwölf', en: 'twelve', fr: 'douze', es: 'doce', it: 'dodici', pt: 'doze', ru: 'двенадцать', el: 'δώδεκα', fi: 'kaksitoista', id: 'dua belas', la: 'duodecim', sa: 'द्वादश' };
    for (const [lang, word] of Object.entries(twelve)) expect([lang, readFigures(word, lang)[0]?.value]).toEqual([lang, 12]);
  });
});

// Chinese and Japanese are read by src/figures/cjk.ts (another engineer's reader); the entry
// point only hands them over.
const cjk = existsSync(join(REPO, 'src/figures/cjk.ts'));
describe.skipIf(!cjk)('figures: Chinese and Japanese go to the CJK reader', () => {
  it('reads 万 and 年', () => {
    expect(readFigures('约1.5万个标准机柜', 'zh', REFERENCE)[0]).toMatchObject({ value: 15000, qualifier: 'approx' });
    expect(readFigures('2024年', 'ja', REFERENCE)[0]).toMatchObject({ text: '2024年' });
  });
});
