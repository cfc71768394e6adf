// Conversions in brackets ("90 °F (32 °C)", "200 million euros ($230 million)"): a translation
// may drop or add one without changing what the text says, so a conversion left over with
// nothing in its place is a warning; a changed conversion or a changed main figure is an error.

import { describe, expect, it } from 'vitest';
import { EMPTY_GLOSSARY } from '../src/claims/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { qaPair } from '../src/qa/index.js';

function figures(from: LanguageCode, to: LanguageCode, source: string, target: string) {
  const outcome = qaPair({ from, to, source, target, glossary: EMPTY_GLOSSARY });
  return { ok: outcome.ok, found: outcome.messages.filter((m) => m.ruleId.startsWith('qa/figure-')).map((m) => `${m.severity} ${m.ruleId}`) };
}

describe('conversions in brackets', () => {
  it('a conversion the translation leaves out is a warning', () => {
    expect(figures('en', 'it', 'It was 95 °F (35 °C) in the shade.', "All'ombra c'erano 95 °F.")).toEqual({ ok: true, found: ['warning qa/figure-lost'] });
    expect(figures('de', 'en', 'Der Sturm erreichte bis zu 200 km/h (124 mph; 56 m/s).', 'The storm reached up to 200 km/h.')).toEqual({ ok: true, found: ['warning qa/figure-lost', 'warning qa/figure-lost'] });
  });

  it('a conversion the translator adds is a warning', () => {
    expect(figures('de', 'en', 'Der Verein erhielt 150 Millionen Euro.', 'The club received 150 million euros ($170 million).')).toEqual({ ok: true, found: ['warning qa/figure-added'] });
  });

  it('a conversion with a changed value, or a main figure lost beside it, is an error', () => {
    expect(figures('en', 'de', 'It was 95 °F (35 °C) in the shade.', 'Im Schatten waren es 95 °F (37 °C).').ok).toBe(false);
    expect(figures('en', 'de', 'It was 95 °F (35 °C) in the shade.', 'Im Schatten waren es 35 °C.').ok).toBe(false);
    expect(figures('en', 'de', 'It was 95 °F (35 °C) in the shade.', 'Im Schatten waren es 97 °F (35 °C).').ok).toBe(false);
  });

  it('a figure in brackets of the same unit is no conversion', () => {
    expect(figures('en', 'de', 'Sales rose to 40 million euros (30 million euros a year earlier).', 'Der Umsatz stieg auf 40 Millionen Euro.').ok).toBe(false);
  });
});
