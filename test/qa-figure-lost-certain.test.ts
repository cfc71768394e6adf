// qa/figure-lost on number words: a count the translation certainly lacks is an error like a
// lost digit figure; where the translation may still carry it (a compound, "both", the items
// named, a name, another script) it stays a warning.

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import { itemsListed, tracesValue } from '../src/figures/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { qaPair } from '../src/qa/index.js';
import { REPO } from './helpers/tmp.js';

const glossary = loadGlossary(loadConfig(REPO), undefined, REPO);

/** The severity of the qa/figure-lost finding, or undefined when there is none. */
function lost(from: LanguageCode, to: LanguageCode, source: string, target: string): string | undefined {
  const { messages } = qaPair({ from, to, source, target, glossary, referenceDate: '2024-08-02' });
  return messages.find((m) => m.ruleId === 'qa/figure-lost')?.severity;
}

describe('a counted number word the translation certainly lacks is an error', () => {
  it.each([
    ['de', 'en', 'Das Dorf hat vier Brunnen.', 'The village has wells.'],
    ['en', 'es', 'The farm keeps five horses.', 'La granja tiene caballos.'],
    ['en', 'fr', 'She wrote nine novels.', 'Elle a écrit des romans.'],
    ['de', 'pt', 'Der Verein hat zwölf Mitglieder.', 'O clube tem membros.'],
    ['en', 'it', 'The museum bought six paintings.', 'Il museo ha comprato dei quadri.'],
    ['en', 'la', 'The wolf has three cubs.', 'Lupus catulos habet.'],
    ['en', 'ja', 'The school has seven classrooms.', 'その学校には教室があります。'],
    ['en', 'ru', 'They built eight bridges.', 'Они построили мосты.'],
    // the other "two" is still there: one of the two counts is gone
    ['en', 'pt', 'Two rivers flooded and two others dried up.', 'Rios transbordaram e dois outros secaram.'],
  ] as const)('%s → %s: %s', (from, to, source, target) => {
    expect(lost(from, to, source, target)).toBe('error');
  });
});

describe('a number word the translation may still carry stays a warning', () => {
  it.each([
    // the items named instead of counted
    ['de', 'en', 'Die drei Städte konkurrieren.', 'Beijing, Shanghai and Shenzhen compete.'],
    ['en', 'es', 'The year has four seasons: spring, summer, autumn and winter.', 'El año tiene estaciones: primavera, verano, otoño y invierno.'],
    // "a pair of" in Sanskrit (द्वय)
    ['en', 'sa', 'It rained for two hours.', 'घटिका द्वय वृष्टिः अभवत्।'],
    // a compound word of the target begins with the number
    ['de', 'ru', 'Die Epoche der drei Reiche war blutig.', 'Эпоха Троецарствия была кровавой.'],
    ['en', 'zh', 'The species evolved in two generations.', '这个物种只进化了两代。'],
    // "both" for a two
    ['en', 'fi', 'Mix the two powders.', 'Sekoita molemmat jauheet.'],
    // a name, a compound in the source
    ['en', 'de', 'The caves are called the Seven Sisters.', 'Die Höhlen heißen die Schwestern.'],
    ['en', 'es', 'It ended a five-match losing streak.', 'Terminó una racha de derrotas.'],
    // the number in words of another script ("Three Kingdoms" in a Sanskrit sentence)
    ['de', 'sa', 'Die Zeit der drei Königreiche war blutig.', 'Three Kingdoms इति युगम् आसीत्।'],
    // no counted noun: what the number counts is not known
    ['en', 'fr', 'He came back at nine.', 'Il est revenu le soir.'],
  ] as const)('%s → %s: %s', (from, to, source, target) => {
    expect(lost(from, to, source, target)).toBe('warning');
  });
});

describe('traces of a number and lists of names', () => {
  it('finds a number inside a longer word, not in an unrelated one', () => {
    expect(tracesValue('Эпоха Троецарствия', 'ru', 3)).toBe(true);
    expect(tracesValue('Эпоха царствия', 'ru', 3)).toBe(false);
    expect(tracesValue('ein dreistöckiges Haus', 'de', 3)).toBe(true);
    expect(tracesValue('二つの個体群', 'ja', 2)).toBe(true);
    expect(tracesValue('個体群', 'ja', 2)).toBe(false);
    // the span of a figure already matched does not count
    expect(tracesValue('drei Häuser', 'de', 3, [{ start: 0, end: 4 }])).toBe(false);
  });

  it('reads Sanskrit case forms written with the anusvara', () => {
    expect(tracesValue('द्वाभ्यां पादाभ्यां चलन्ति', 'sa', 2)).toBe(true);
  });

  it('reads the Latin spelling septemdecim (17) beside septendecim', () => {
    expect(tracesValue('Amicus meus septemdecim annos natus est.', 'la', 17)).toBe(true);
  });

  it('counts the items of a list', () => {
    expect(itemsListed('Beijing, Shanghai and Shenzhen compete.', 'en')).toBe(3);
    expect(itemsListed('solid, liquid, gas, and plasma', 'en')).toBe(4);
    expect(itemsListed('I went home and slept.', 'en')).toBe(0);
    expect(itemsListed('北京、上海、深圳', 'zh')).toBe(3);
    expect(itemsListed('Berlin und Paris', 'de')).toBe(2);
    expect(itemsListed('Die drei Städte konkurrieren.', 'de')).toBe(0);
  });
});
