import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain-Node builder script without type declarations
import { BuildError, findSpan, parseAnnotationText, parseFigure, placeInSentences } from '../scripts/eval-sets/figure-gold.mjs';
// @ts-expect-error — a plain-Node builder script without type declarations
import { escapeLine, markdown, paragraphsOf, slug } from '../scripts/eval-sets/validation-texts.mjs';
import { REPO, tmpProject } from './helpers/tmp.js';

// The builders of eval/figure-gold and eval/validation-texts (scripts/eval-sets/). The sets
// themselves are not read here; the end-to-end cases build from sources made in the test.

describe('figure-gold builder: an annotation line', () => {
  it('reads kind, value, unit, qualifier and note', () => {
    expect(parseFigure('über 10 Milliarden Euro | money | 10e9 | EUR | over # comment', 'x')).toEqual({ text: 'über 10 Milliarden Euro', kind: 'money', value: 10e9, currency: 'EUR', qualifier: 'over', note: 'comment' });
    expect(parseFigure('14 Jahre alte | quantity | 14 | yr', 'x')).toEqual({ text: '14 Jahre alte', kind: 'quantity', value: 14, unit: 'yr', qualifier: 'exact' });
    expect(parseFigure('etwa zehnmal | number | 10 | | approx', 'x')).toMatchObject({ value: 10, qualifier: 'approx' });
    expect(parseFigure('etwa zehnmal | number | 10 | | approx', 'x').unit).toBeUndefined();
  });

  it('reads ranges of numbers, of money and of dates, times and percentage points', () => {
    expect(parseFigure('zwischen 11.000 und 22.500 US-Dollar | range | 11000..22500 | USD', 'x')).toMatchObject({ min: 11000, max: 22500, currency: 'USD' });
    expect(parseFigure('120-160 Kubikmeter | range | 120..160 | m³', 'x')).toMatchObject({ min: 120, max: 160, unit: 'm³' });
    expect(parseFigure('3. bis 5. Mai 2020 | range | 2020-05-03..2020-05-05', 'x')).toMatchObject({ date: '2020-05-03', endDate: '2020-05-05' });
    expect(parseFigure('17. September 2007 | date | 2007-09-17', 'x')).toMatchObject({ kind: 'date', date: '2007-09-17' });
    expect(parseFigure('gegen 9:30 Uhr | time | 09:30 | | approx', 'x')).toMatchObject({ time: '09:30', qualifier: 'approx' });
    expect(parseFigure('2 Prozentpunkte | percent | 2 | pp', 'x')).toMatchObject({ unit: '%', percentPoints: true });
  });

  it('refuses a malformed line, naming where it is', () => {
    expect(() => parseFigure('zwölf | numbr | 12', 'de.ann:4')).toThrow(BuildError);
    expect(() => parseFigure('zwölf | numbr | 12', 'de.ann:4')).toThrow(/de\.ann:4: unknown kind "numbr"/);
    expect(() => parseFigure('zwölf | number | zwölf', 'de.ann:4')).toThrow(/is not a number/);
    expect(() => parseFigure('9 Uhr | time | 9', 'de.ann:4')).toThrow(/not a time/);
    expect(() => parseFigure('bis 9 | number | 9 | | upto', 'de.ann:4')).toThrow(/unknown qualifier/);
    expect(() => parseFigure('10-12 | range | 10', 'de.ann:4')).toThrow(/min\.\.max/);
  });

  it('keeps text headers, sentence pins and comment lines apart from figures', () => {
    const blocks = parseAnnotationText(['erste | ordinal | 1', '# a comment', '# text: testsets/deu-eng/newstest2019.deu 3-4', '# sentence: 2', '14 Jahre | quantity | 14 | yr'].join('\n'), 'de-news.ann');
    expect(blocks).toHaveLength(2);
    expect(blocks[0].figures.map((f: { figure: { text: string } }) => f.figure.text)).toEqual(['erste']);
    expect(blocks[1].source).toEqual({ path: 'testsets/deu-eng/newstest2019.deu', first: 3, last: 4 });
    expect(blocks[1].figures[0]).toMatchObject({ pin: 2, where: 'de-news.ann:5' });
  });
});

describe('figure-gold builder: placing figures in sentences', () => {
  const sentences = ['Kein Wert hier.', 'Er kam als erster, 3 Tage später.', 'Nichts.', 'Der erste von 3 Läufern.'];
  const fig = (text: string, extra: object = {}) => ({ figure: { text, kind: 'number', value: 1, qualifier: 'exact' }, where: `t:${text}`, ...extra });

  it('finds each figure from the sentence of the one before, one document per sentence with figures', () => {
    const { documents, dropped } = placeInSentences([fig('erster'), fig('3 Tage'), fig('erste'), fig('3')], sentences, 'p', 'f');
    expect(dropped).toEqual([]);
    expect(documents.map((d: { id: string; figures: unknown[] }) => [d.id, d.figures.length])).toEqual([
      ['p-2', 2],
      ['p-4', 2],
    ]);
  });

  it('a later figure is not placed before the one ahead of it in the same sentence', () => {
    // "3" after "erste" in sentence 4 is the 3 of "3 Läufern", not a 3 earlier in the text
    const { documents } = placeInSentences([fig('erste'), fig('3')], sentences, 'p', 'f');
    expect(documents).toHaveLength(1);
    expect(documents[0].id).toBe('p-2');
  });

  it('a pin places the figure in the named sentence; a span found nowhere is dropped and named', () => {
    const { documents, dropped } = placeInSentences([fig('erste', { pin: 4 }), fig('fehlt')], sentences, 'p', 'f');
    expect(documents.map((d: { id: string }) => d.id)).toEqual(['p-4']);
    expect(dropped).toEqual(['t:fehlt `fehlt`']);
    expect(() => placeInSentences([fig('fehlt', { pin: 1 })], sentences, 'p', 'f')).toThrow(/not in sentence 1 of f/);
  });

  it('a typed space matches the text’s no-break space, and the span takes the text’s own characters', () => {
    expect(findSpan('autour de 9\u00a0h\u00a030 heure', 'autour de 9 h 30')).toEqual({ pos: 0, text: 'autour de 9\u00a0h\u00a030' });
    expect(findSpan('120 m (3 ft)', '(3 ft)')).toEqual({ pos: 6, text: '(3 ft)' });
    expect(findSpan('nichts', 'etwas')).toBeUndefined();
  });

  it('builds the JSON files end to end from sources made in the test, and --check compares them', () => {
    const dir = tmpProject();
    const flores = join(dir, 'flores');
    const newstest = join(dir, 'newstest');
    mkdirSync(flores);
    mkdirSync(join(newstest, 'testsets/deu-eng'), { recursive: true });
    writeFileSync(join(flores, 'deu.dev'), 'Erster Satz.\nEr lief 3 Kilometer in 10 Minuten.\n');
    writeFileSync(join(newstest, 'testsets/deu-eng/newstest2019.deu'), 'Titel\nDer 14 Jahre alte Schüler\nSchluss\n');
    writeFileSync(join(dir, 'lat.txt'), 'Sex et quattuor sunt decem.\n');
    mkdirSync(join(dir, 'ann'));
    writeFileSync(join(dir, 'ann/de.ann'), '3 Kilometer | quantity | 3 | km\n10 Minuten | quantity | 10 | min\n');
    writeFileSync(join(dir, 'ann/de-news.ann'), '# text: testsets/deu-eng/newstest2019.deu 1-3\n14 Jahre alte | quantity | 14 | yr\n');
    writeFileSync(join(dir, 'ann/la.ann'), 'Sex | number | 6\n');
    const run = (...extra: string[]) =>
      spawnSync('node', [join(REPO, 'scripts/eval-sets/figure-gold.mjs'), '--annotations', join(dir, 'ann'), '--flores', flores, '--newstest', newstest, '--latin', join(dir, 'lat.txt'), '--out', join(dir, 'out'), ...extra], { encoding: 'utf8' });
    const built = run();
    expect(built.stderr).toBe('');
    expect(built.stdout).toContain('2 languages, 4 figures written');
    const de = JSON.parse(readFileSync(join(dir, 'out/de.json'), 'utf8'));
    expect(de.documents.map((d: { id: string }) => d.id)).toEqual(['newstest2019.deu:1-3', 'flores-dev-deu-2']);
    expect(de.documents[0].text).toBe('Titel\nDer 14 Jahre alte Schüler\nSchluss');
    expect(de.documents[1].figures[1]).toEqual({ text: '10 Minuten', kind: 'quantity', value: 10, unit: 'min', qualifier: 'exact' });
    expect(run('--check').status).toBe(0);
    writeFileSync(join(dir, 'ann/la.ann'), 'Sex | number | 6\nquattuor | number | 4\n');
    const check = run('--check');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('la.json differs from the build');
    writeFileSync(join(dir, 'ann/la.ann'), 'Sex | numbr | 6\n');
    const bad = run();
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('figure-gold: la.ann:1: unknown kind "numbr"');
  });
});

describe('validation-texts builder', () => {

  it('writes front matter with a quoted title, and escapes text that markdown would read as markup', () => {
    expect(markdown({ title: 'Wirecard: "Flucht"  nach vorne', lang: 'de', date: '2020-07-31', body: 'Text.' })).toBe('---\ntitle: "Wirecard: \\"Flucht\\" nach vorne"\nlang: de\ndate: 2020-07-31\n---\n\nText.\n');
    expect(escapeLine('- 5 Grad am Morgen')).toBe('\\- 5 Grad am Morgen');
    expect(escapeLine('1. FC Köln gewinnt')).toBe('1\\. FC Köln gewinnt');
    expect(escapeLine('# Antártida')).toBe('\\# Antártida');
    expect(escapeLine('Ein Satz - mit Strich')).toBe('Ein Satz - mit Strich');
  });

  it('names a text by a slug newsdesk accepts', () => {
    expect(slug('Osthessen-news.de-Buergermeisterwahl')).toBe('osthessen-news-de-buergermeisterwahl');
    expect(slug('correio24horas.com.br-PMS')).toBe('correio24horas-com-br-pms');
    expect(slug('.a..b-')).toBe('a-b');
  });

  it('takes the blocks of an article in order, a nested paragraph once', () => {
    expect(paragraphsOf('<div><h2>Zwischentitel</h2><p>Eins  zwei</p><ul><li>Punkt</li></ul><blockquote><p>Zitat</p></blockquote></div>')).toEqual([
      { tag: 'H2', text: 'Zwischentitel' },
      { tag: 'P', text: 'Eins zwei' },
      { tag: 'LI', text: 'Punkt' },
      { tag: 'P', text: 'Zitat' },
    ]);
  });
});
