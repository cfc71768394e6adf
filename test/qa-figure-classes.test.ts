// Classes of figure changes that passed QA: a bound turned on a range, a fraction changed,
// "several million" turned into billions, and the readings they need (ages in Finnish,
// Latin "how many times", fractions in two words, "or older", "run around").

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import { readFigures } from '../src/figures/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { qaPair } from '../src/qa/index.js';
import { REPO } from './helpers/tmp.js';

const glossary = loadGlossary(loadConfig(REPO), undefined, REPO);

const errors = (from: LanguageCode, to: LanguageCode, source: string, target: string) =>
  qaPair({ from, to, source, target, glossary, referenceDate: '2024-08-02' }).messages.filter((m) => m.severity === 'error').map((m) => `${m.ruleId} ${m.message}`);

const read = (text: string, lang: LanguageCode) => readFigures(text, lang, { referenceDate: '2024-08-02' }).map((f) => ({ text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier, kind: f.kind }));

describe('changes that are errors', () => {
  it('a lower bound turned into an upper bound on a range', () => {
    expect(errors('en', 'de', 'The rooms are at least 20 to 30 metres long.', 'Die Räume sind höchstens 20 bis 30 Meter lang.')).toEqual([expect.stringMatching(/^qa\/figure-qualifier .* is an upper bound .* is a lower bound/)]);
    expect(errors('de', 'en', 'Die Räume sind mindestens 20 bis 30 Meter lang.', 'The rooms are at least 20 to 30 metres long.')).toEqual([]);
    // a bound on one side only says nothing more about a range
    expect(errors('de', 'en', 'bis zu 20 bis 30 Meter', '20 to 30 metres')).toEqual([]);
  });

  it('a fraction changed into another', () => {
    expect(errors('de', 'es', 'Etwa die Hälfte der Schüler kam.', 'Vino aproximadamente la tercera parte de los alumnos.')).toEqual([expect.stringMatching(/^qa\/figure-(lost|added)/), expect.stringMatching(/^qa\/figure-(lost|added)/)]);
    expect(errors('de', 'es', 'Etwa die Hälfte der Schüler kam.', 'Vino aproximadamente la mitad de los alumnos.')).toEqual([]);
  });

  it('"several million" turned into billions', () => {
    expect(errors('en', 'es', 'Several million doses were promised.', 'Se prometieron varios billones de dosis.')).toEqual([expect.stringMatching(/^qa\/figure-magnitude/)]);
    expect(errors('en', 'es', 'Several million doses were promised.', 'Se prometieron varios millones de dosis.')).toEqual([]);
  });

  it('a Latin "how many times" changed', () => {
    expect(errors('en', 'la', 'She writes to him twice a month.', 'Ei ter in mense scribit.')).toEqual(expect.arrayContaining([expect.stringMatching(/^qa\/figure-(lost|added)/)]));
    expect(errors('en', 'la', 'She writes to him twice a month.', 'Ei bis in mense scribit.')).toEqual([]);
  });
});

describe('readings', () => {
  it('Finnish ages are years', () => {
    expect(read('12-vuotias poika ja 40-vuotiaat naiset', 'fi')).toEqual([
      expect.objectContaining({ value: 12, unit: 'yr' }),
      expect.objectContaining({ value: 40, unit: 'yr' }),
    ]);
  });

  it('fractions in two words, while the ordinal alone stays an ordinal', () => {
    expect(read('la tercera parte de la gente', 'es')).toEqual([expect.objectContaining({ value: 1 / 3, kind: 'number' })]);
    expect(read('la tercera vez', 'es')).toEqual([expect.objectContaining({ value: 3, kind: 'ordinal' })]);
    expect(read('la quarta parte del bilancio', 'it')).toEqual([expect.objectContaining({ value: 1 / 4 })]);
    expect(read('a terça parte dos votos', 'pt')).toEqual([expect.objectContaining({ value: 1 / 3 })]);
    expect(read('Die Hälfte der Stimmen', 'de')).toEqual([expect.objectContaining({ value: 0.5 })]);
  });

  it('"or older" is a lower bound; "run around" is no "about"', () => {
    expect(read('visitors aged 65 or older', 'en')).toEqual([expect.objectContaining({ value: 65, qualifier: 'min' })]);
    expect(read('the dogs run around three times', 'en')).toEqual([expect.objectContaining({ value: 3, qualifier: 'exact' })]);
  });

  it('Latin multiples', () => {
    expect(read('bis in anno', 'la')).toEqual([expect.objectContaining({ value: 2 })]);
    expect(read('ter quotidie', 'la')).toEqual([expect.objectContaining({ value: 3 })]);
  });
});
