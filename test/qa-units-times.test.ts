// Translations that convert units into another system and round ("5 feet 6 inches" for „1,68
// Meter"), and clock times said with a name or with a word and a day half ("at noon", "a las
// diez de la noche"): correct translations pass, changed values are still caught.

import { describe, expect, it } from 'vitest';
import { EMPTY_GLOSSARY } from '../src/claims/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { qaPair } from '../src/qa/index.js';
import { figureRows } from './helpers/figure-rows.js';

function errors(from: LanguageCode, to: LanguageCode, source: string, target: string): string[] {
  return qaPair({ from, to, source, target, glossary: EMPTY_GLOSSARY, referenceDate: '2024-08-02' })
    .messages.filter((m) => m.severity === 'error')
    .map((m) => `${m.ruleId} ${m.message}`);
}

describe('units converted into another system', () => {
  it('a converted and rounded figure matches', () => {
    expect(errors('de', 'en', 'Sie ist 1,68 Meter groß.', 'She is 5 feet 6 inches tall.')).toEqual([]);
    expect(errors('en', 'fr', 'The storm moved 100 miles inland.', "La tempête s'est déplacée de 160 km à l'intérieur des terres.")).toEqual([]);
    expect(errors('en', 'es', 'It was 90 °F.', 'Hacía 32 °C.')).toEqual([]);
    expect(errors('en', 'it', 'The fish weighed 10 pounds.', 'Il pesce pesava circa 4,5 chili.')).toEqual([]);
    expect(errors('en', 'pt', 'a 6-foot wall', 'um muro de 2 metros')).toEqual([]);
  });

  it('a value kept with another unit, or converted wrongly, is an error', () => {
    expect(errors('en', 'de', 'The tower is 100 meters tall.', 'Der Turm ist 100 Fuß hoch.')).not.toEqual([]);
    expect(errors('en', 'fr', 'The storm moved 100 miles inland.', "La tempête s'est déplacée de 100 km à l'intérieur des terres.")).not.toEqual([]);
    expect(errors('en', 'es', 'It was 90 °F.', 'Hacía 38 °C.')).not.toEqual([]);
    expect(errors('de', 'en', 'Sie ist 1,68 Meter groß.', 'She is 6 feet 6 inches tall.')).not.toEqual([]);
  });
});

describe('what the other side wrote differently', () => {
  it('a year written into a date on the other side, digits inside a compound', () => {
    expect(errors('en', 'la', 'I was born on January 2 in 1968.', 'Die secundo mensis Ianuarii, anni MCMLXVIII natus sum.')).toEqual([]);
    expect(errors('de', 'en', 'Sie leiden an Typ-1-Diabetes.', 'They have type 1 diabetes.')).toEqual([]);
    expect(errors('de', 'en', 'Sie leiden an Typ-1-Diabetes.', 'They have type 2 diabetes.')).not.toEqual([]);
  });

  it('qualifiers and clock times said with number words are compared', () => {
    expect(errors('en', 'la', 'He waited two hours.', 'Circiter duas horas exspectavit.')).not.toEqual([]);
    expect(errors('en', 'la', 'He waited about two hours.', 'Circiter duas horas exspectavit.')).toEqual([]);
    expect(errors('en', 'de', 'more than three times', 'mehr als dreimal')).toEqual([]);
    expect(errors('en', 'la', "He came at ten o'clock.", 'Hora undecima venit.')).not.toEqual([]);
    expect(errors('en', 'la', "He came at ten o'clock.", 'Hora decima venit.')).toEqual([]);
  });
});

describe('clock times said with words', () => {
  it('reads noon and midnight, not inside compounds', () => {
    expect(figureRows('The polls close at midnight.', 'en')).toEqual([['time', '00:00', undefined, 'exact']]);
    expect(figureRows('à midi', 'fr')).toEqual([['time', '12:00', undefined, 'exact']]);
    expect(figureRows("dans l'après-midi", 'fr')).toEqual([]);
    expect(figureRows('a mezzanotte', 'it')).toEqual([['time', '00:00', undefined, 'exact']]);
    expect(figureRows('ao meio-dia', 'pt')).toEqual([['time', '12:00', undefined, 'exact']]);
    expect(figureRows('at 12 noon', 'en')).toEqual([['time', '12:00', undefined, 'exact']]);
  });

  it('an hour word with a day half after a marker is a time', () => {
    expect(figureRows('a las diez de la noche', 'es')).toEqual([['time', '22:00', undefined, 'exact']]);
    expect(figureRows('à huit heures du soir', 'fr')).toEqual([['time', '20:00', undefined, 'exact']]);
  });

  it('matches the same time across languages, catches a changed one', () => {
    expect(errors('en', 'de', 'at noon', 'um 12 Uhr')).toEqual([]);
    expect(errors('en', 'es', 'at 10 p.m.', 'a las diez de la noche')).toEqual([]);
    expect(errors('en', 'es', 'at 10 p.m.', 'a las nueve de la noche')).not.toEqual([]);
    expect(errors('de', 'it', 'um Mitternacht', 'a mezzanotte')).toEqual([]);
  });
});
