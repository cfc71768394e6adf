// QA on decades, now read as the range of their years ("1980s", "años 80", "1980-luvulla",
// "80年代"): a decade kept in another form is no finding, a changed decade is an error, and a
// decade whose other side the reader does not take as one (its first year or its tens written
// in a form it does not know) is never certainly lost: its last year is never written.

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { qaPair } from '../src/qa/index.js';
import { REPO } from './helpers/tmp.js';

const glossary = loadGlossary(loadConfig(REPO), undefined, REPO);

function errors(from: LanguageCode, to: LanguageCode, source: string, target: string): string[] {
  const { messages } = qaPair({ from, to, source, target, glossary, referenceDate: '2024-08-02' });
  return messages.filter((m) => m.severity === 'error').map((m) => m.ruleId);
}

describe('a decade kept in another form is no error', () => {
  it.each([
    ['en', 'es', 'In the 1980s, prices rose sharply.', 'En la década de 1980, los precios subieron mucho.'],
    ['en', 'es', 'In the 1980s, prices rose sharply.', 'En los años ochenta, los precios subieron mucho.'],
    ['en', 'fr', 'In the 1980s, prices rose sharply.', 'Dans les années 80, les prix ont fortement augmenté.'],
    ['de', 'fi', 'In den 80er Jahren stiegen die Preise stark.', '1980-luvulla hinnat nousivat jyrkästi.'],
    ['de', 'id', 'In den 1980er Jahren stiegen die Preise stark.', 'Pada tahun 1980-an harga naik tajam.'],
    ['en', 'ja', 'In the 1980s, prices rose sharply.', '1980年代、価格は急騰した。'],
    ['en', 'zh', 'In the 1980s, prices rose sharply.', '20世纪80年代，价格急剧上涨。'],
    ['en', 'ru', 'In the 1980s, prices rose sharply.', 'В 1980-х годах цены резко выросли.'],
    // the reader takes "1980 दशके" as 1980 decades: the decade's first year is there, its last never written
    ['en', 'sa', 'In the 1980s, prices rose sharply.', '1980 दशके मूल्यानि वर्धितानि।'],
  ] as const)('%s → %s: %s', (from, to, source, target) => {
    expect(errors(from, to, source, target)).toEqual([]);
  });
});

describe('a changed decade is an error', () => {
  it.each([
    ['en', 'es', 'In the 1980s, prices rose sharply.', 'En los años noventa, los precios subieron mucho.'],
    ['en', 'de', 'In the 1980s, prices rose sharply.', 'In den 90er Jahren stiegen die Preise stark.'],
    ['de', 'fi', 'In den 80er Jahren stiegen die Preise stark.', '1970-luvulla hinnat nousivat jyrkästi.'],
  ] as const)('%s → %s: %s', (from, to, source, target) => {
    expect(errors(from, to, source, target)).toContain('qa/figure-lost');
  });
});
