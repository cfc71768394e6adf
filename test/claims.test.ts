// extractClaims on small German and English articles whose segments and figures are given
// (the segment and figure stages are tested on their own; the sample runs them all in
// test/claims-sample.test.ts).

import { describe, expect, it } from 'vitest';
import type { Article, Figure, Segment } from '../src/article/types.js';
import { extractClaims, findAttribution, findRanking, loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { REPO } from './helpers/tmp.js';

const glossary = loadGlossary(loadConfig(REPO));

/** An article of blocks of sentences; `figures` are [sentence number, figure text]. */
function articleOf(lang: LanguageCode, blocks: string[][], figures: Array<[number, string]>): Article {
  const segments: Segment[] = [];
  blocks.forEach((sentences, block) => {
    let column = 1;
    sentences.forEach((text, index) => {
      const line = block * 2 + 1;
      segments.push({ id: `s${segments.length}`, block, index, blockType: 'paragraph', text, span: { start: 0, end: 0 }, position: { line, column, endLine: line, endColumn: column + text.length } });
      column += text.length + 1;
    });
  });
  const figureList: Figure[] = figures.map(([n, text], i) => {
    const segment = segments[n]!;
    const at = segment.text.indexOf(text);
    if (at === -1) throw new Error(`figure text ${text} not in sentence ${n}`);
    const column = segment.position.column + at;
    return { id: `f${i + 1}`, segment: segment.id, text, kind: 'number', qualifier: 'exact', line: segment.position.line, column, endLine: segment.position.line, endColumn: column + text.length, span: { start: 0, end: 0 } };
  });
  return {
    path: 'fixture.md', slug: 'fixture', source: '', bodyOffset: 0, digest: '',
    frontmatter: { title: 'Fixture', lang, languages: [lang], credits: {}, extra: {} },
    tree: { type: 'root', children: [] }, segments, figures: figureList, claims: [], messages: [],
  };
}

const summary = (article: Article) => article.claims.map(({ id, segment, figures, entities, attribution, ranking }) => ({ id, segment, figures, entities, ...(attribution ? { attribution } : {}), ...(ranking ? { ranking } : {}) }));

describe('claims: a German article', () => {
  const article = articleOf(
    'de',
    [
      [
        '„KI-Rechenleistung wird zu einer Ressource wie Wasser und Strom“, sagte Li Ya, Vizepräsident von Boda Data.',
        'Die geplante Gesamtkapazität des Broad Data Qianhai Intelligent Computing Center beträgt etwa 15.000 Standardschränke.',
      ],
      [
        'Tang Jianguo, Chefökonom des Beijing Municipal Bureau of Economy and Information Technology, gab kürzlich bekannt, dass Pekings Rechenleistung 20.000 P überschritten hat.',
        'Er betonte, dass Peking an erster Stelle liege.',
        'Shenzhen und Shanghai landeten mit Indizes von 0,7449 bzw. 0,6266 unter den ersten drei.',
      ],
      [
        'Zhao Gang glaubt, dass Shenzhen bei KI-Hardware führend ist.',
        'Das ist ein Satz ohne Befund über Huawei.',
        'Dem „Research Report“ zufolge ist die Zahl des F&E-Personals um 26 % gestiegen.',
        'Mit Blick auf die drei Städte ist Zhao Gang der Ansicht, dass Peking die Grundlagenforschung stärken sollte.',
      ],
    ],
    [[1, 'etwa 15.000 Standardschränke'], [2, '20.000 P'], [4, '0,7449'], [4, '0,6266'], [4, 'drei'], [7, '26 %'], [8, 'drei']],
  );
  const claims = extractClaims(article, glossary);

  it('finds the sentences with figures, rankings or attributions, in order, and sets article.claims', () => {
    expect(article.claims).toBe(claims);
    expect(summary(article)).toEqual([
      { id: 'c1', segment: 's0', figures: [], entities: ['Li Ya', 'Boda Data'], attribution: { speaker: 'Li Ya', role: 'Vizepräsident von Boda Data' } },
      { id: 'c2', segment: 's1', figures: ['f1'], entities: ['Boda Data', 'Qianhai'] },
      {
        id: 'c3', segment: 's2', figures: ['f2'],
        entities: ['Tang Jianguo', 'Pekinger Stadtbüro für Wirtschaft und Informationstechnologie', 'Peking'],
        attribution: { speaker: 'Tang Jianguo', role: 'Chefökonom des Beijing Municipal Bureau of Economy and Information Technology' },
      },
      { id: 'c4', segment: 's3', figures: [], entities: ['Peking'], attribution: { speaker: 'Tang Jianguo', role: 'Chefökonom des Beijing Municipal Bureau of Economy and Information Technology' }, ranking: { text: 'an erster Stelle', count: 1 } },
      { id: 'c5', segment: 's4', figures: ['f3', 'f4', 'f5'], entities: ['Shenzhen', 'Shanghai'], ranking: { text: 'unter den ersten drei', count: 3 } },
      { id: 'c6', segment: 's5', figures: [], entities: ['Zhao Gang', 'Shenzhen'], attribution: { speaker: 'Zhao Gang' }, ranking: { text: 'führend' } },
      { id: 'c7', segment: 's7', figures: ['f6'], entities: ['Forschungsbericht zur Wettbewerbsfähigkeit chinesischer Städte im Bereich künstliche Intelligenz'], attribution: { speaker: 'Research Report' } },
      { id: 'c8', segment: 's8', figures: ['f7'], entities: ['Zhao Gang', 'Peking'], attribution: { speaker: 'Zhao Gang' } },
    ]);
  });

  it('gives each claim its sentence and position', () => {
    expect(claims[1]).toMatchObject({ text: article.segments[1]!.text, line: 1, column: article.segments[1]!.position.column });
    expect(claims[4]).toMatchObject({ line: 3, column: article.segments[4]!.position.column });
  });
});

describe('claims: an English article', () => {
  const article = articleOf(
    'en',
    [
      ['“Computing power will become a resource like water,” said Li Ya, vice president of Boda Data.', '“It is a turnkey service.”', 'The planned capacity is about 15,000 standard cabinets, according to Boda Data.'],
      [
        'Zhao Gang, director of the Saizhi Industrial Research Institute, believes Shenzhen is the leading city for AI hardware.',
        'Beijing, Shanghai and Shenzhen ranked in the top three in every report.',
        'He said Beijing has six national key laboratories.',
        'Dark Side of the Moon and Zero-One Wanshi come from Beijing.',
      ],
    ],
    [[2, 'about 15,000 standard cabinets'], [4, 'three'], [5, 'six national key laboratories']],
  );
  extractClaims(article, glossary);

  it('attributes quotes, reported speech and pronouns; reads rankings', () => {
    expect(summary(article)).toEqual([
      { id: 'c1', segment: 's0', figures: [], entities: ['Li Ya', 'Boda Data'], attribution: { speaker: 'Li Ya', role: 'vice president of Boda Data' } },
      { id: 'c2', segment: 's1', figures: [], entities: [], attribution: { speaker: 'Li Ya', role: 'vice president of Boda Data' } },
      { id: 'c3', segment: 's2', figures: ['f1'], entities: ['Boda Data'], attribution: { speaker: 'Boda Data' } },
      {
        id: 'c4', segment: 's3', figures: [], entities: ['Zhao Gang', 'Saizhi Industrial Research Institute', 'Shenzhen'],
        attribution: { speaker: 'Zhao Gang', role: 'director of the Saizhi Industrial Research Institute' }, ranking: { text: 'leading' },
      },
      { id: 'c5', segment: 's4', figures: ['f2'], entities: ['Beijing', 'Shanghai', 'Shenzhen'], ranking: { text: 'top three', count: 3 } },
      { id: 'c6', segment: 's5', figures: ['f3'], entities: ['Beijing'], attribution: { speaker: 'Zhao Gang', role: 'director of the Saizhi Industrial Research Institute' } },
    ]);
  });
});

describe('claims: attribution and ranking per language', () => {
  const cases: Array<[LanguageCode, string, { speaker: string; role?: string } | undefined]> = [
    ['de', 'Cao Qingfeng sagte, dass jede Stadt ihre Stärken verstehen sollte.', { speaker: 'Cao Qingfeng' }],
    ['de', 'Bu Anxun, Präsident der Nanjing Enterprise Digital Transformation Research Association, glaubt, dass die Faktoren neu sind.', { speaker: 'Bu Anxun', role: 'Präsident der Nanjing Enterprise Digital Transformation Research Association' }],
    ['de', 'Berichten zufolge beträgt die Kapazität etwa 15.000 Schränke.', undefined],
    ['de', 'Die drei Städte haben offensichtlich unterschiedliche Vorteile.', undefined],
    ['en', 'According to Zhao Gang, Shenzhen leads in hardware.', { speaker: 'Zhao Gang' }],
    ['en', '“Shanghai is an innovation centre,” Zhao Gang said.', { speaker: 'Zhao Gang' }],
    ['fr', '« Shanghai est un centre d’innovation », a déclaré Zhao Gang, directeur de l’institut Saizhi.', { speaker: 'Zhao Gang', role: 'directeur de l’institut Saizhi' }],
    ['fr', 'Selon Cao Qingfeng, chaque ville doit connaître ses forces.', { speaker: 'Cao Qingfeng' }],
    ['es', '«Shanghái es un centro de innovación», dijo Zhao Gang.', { speaker: 'Zhao Gang' }],
    ['es', 'Li Ya, vicepresidente de Boda Data, dijo que la empresa ofrece servicios.', { speaker: 'Li Ya', role: 'vicepresidente de Boda Data' }],
    ['it', '«Shanghai è un centro di innovazione», ha detto Zhao Gang.', { speaker: 'Zhao Gang' }],
    ['it', 'Secondo Cao Qingfeng, ogni città deve conoscere i propri punti di forza.', { speaker: 'Cao Qingfeng' }],
    ['pt', '«Xangai é um centro de inovação», disse Zhao Gang.', { speaker: 'Zhao Gang' }],
    ['pt', 'Segundo Cao Qingfeng, cada cidade deve conhecer os seus pontos fortes.', { speaker: 'Cao Qingfeng' }],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text.slice(0, 50)}`, () => expect(findAttribution(text, lang, glossary)?.attribution).toEqual(expected));
  }

  it('rankings with their count', () => {
    expect(findRanking('Peking, Shanghai und Shenzhen gehörten zu den ersten drei.', 'de')).toMatchObject({ text: 'zu den ersten drei', count: 3 });
    expect(findRanking('unter den fünf Startups mit den höchsten Bewertungen', 'de')).toMatchObject({ text: 'unter den fünf Startups mit den höchsten', count: 5 });
    expect(findRanking('Shenzhen liegt landesweit an erster Stelle.', 'de')).toMatchObject({ text: 'landesweit an erster Stelle', count: 1 });
    expect(findRanking('one of the largest computing centres in Asia', 'en')).toMatchObject({ text: 'one of the largest' });
    expect(findRanking('les trois villes sont parmi les trois premières', 'fr')).toMatchObject({ text: 'parmi les trois premières', count: 3 });
    expect(findRanking('entre las tres primeras ciudades', 'es')).toMatchObject({ count: 3 });
    expect(findRanking('tra i primi tre', 'it')).toMatchObject({ count: 3 });
    expect(findRanking('entre os três primeiros', 'pt')).toMatchObject({ count: 3 });
    expect(findRanking('Die Zahl ist um 26 % gestiegen.', 'de')).toBeUndefined();
    expect(findRanking('北京位居前三', 'zh')).toBeUndefined();
  });
});
