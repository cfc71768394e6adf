// The claims stage behind the real ones before it: ingest → segment → figures → claims,
// on small German and English fixtures and on the sample article.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.js';
import { extractClaims, loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import { extractArticleFigures } from '../src/figures/index.js';
import { readArticle } from '../src/ingest/index.js';
import { segmentArticle } from '../src/segment/index.js';
import { REPO } from './helpers/tmp.js';

const config = loadConfig(REPO);
const glossary = loadGlossary(config);

function run(path: string): Article {
  const article = readArticle(join(REPO, path), config);
  segmentArticle(article);
  extractArticleFigures(article);
  extractClaims(article, glossary);
  return article;
}

const summary = (article: Article) =>
  article.claims.map(({ id, text, figures, entities, attribution, ranking, line, column }) => ({
    id, start: text.slice(0, 24), figures, entities, line, column, ...(attribution ? { attribution } : {}), ...(ranking ? { ranking } : {}),
  }));

describe('claims through the pipeline: small fixtures', () => {
  it('German', () => {
    const article = run('test/fixtures/claims-de/index.md');
    expect(article.figures.map((figure) => `${figure.id} ${figure.text}`)).toEqual([
      'f1 drei Städten', 'f2 etwa 15.000 Standardschränke', 'f3 20.000 P überschritten', 'f4 erster', 'f5 0,7449', 'f6 0,6266', 'f7 drei', 'f8 26 %',
    ]);
    const tang = { speaker: 'Tang Jianguo', role: 'Chefökonom des Beijing Municipal Bureau of Economy and Information Technology' };
    expect(summary(article)).toEqual([
      { id: 'c1', start: 'Rechenleistung in drei S', figures: ['f1'], entities: [], line: 7, column: 3 },
      { id: 'c2', start: '„KI-Rechenleistung wird ', figures: [], entities: ['Li Ya', 'Boda Data'], line: 9, column: 1, attribution: { speaker: 'Li Ya', role: 'Vizepräsident von Boda Data' } },
      { id: 'c3', start: 'Die geplante Gesamtkapaz', figures: ['f2'], entities: ['Boda Data', 'Qianhai'], line: 9, column: 109 },
      { id: 'c4', start: 'Tang Jianguo, Chefökonom', figures: ['f3'], entities: ['Tang Jianguo', 'Pekinger Stadtbüro für Wirtschaft und Informationstechnologie', 'Peking'], line: 11, column: 1, attribution: tang },
      { id: 'c5', start: 'Er betonte, dass Peking ', figures: ['f4'], entities: ['Peking'], line: 11, column: 172, attribution: tang, ranking: { text: 'an erster Stelle', count: 1 } },
      { id: 'c6', start: 'Shenzhen und Shanghai la', figures: ['f5', 'f6', 'f7'], entities: ['Shenzhen', 'Shanghai'], line: 11, column: 220, ranking: { text: 'unter den ersten drei', count: 3 } },
      { id: 'c7', start: 'Zhao Gang glaubt, dass S', figures: [], entities: ['Zhao Gang', 'Shenzhen'], line: 13, column: 1, attribution: { speaker: 'Zhao Gang' }, ranking: { text: 'führend' } },
      { id: 'c8', start: 'Dem „Research Report“ zu', figures: ['f8'], entities: ['Forschungsbericht zur Wettbewerbsfähigkeit chinesischer Städte im Bereich künstliche Intelligenz'], line: 13, column: 104, attribution: { speaker: 'Research Report' } },
    ]);
  });

  it('English', () => {
    const article = run('test/fixtures/claims-en/index.md');
    const liYa = { speaker: 'Li Ya', role: 'vice president of Boda Data' };
    const zhao = { speaker: 'Zhao Gang', role: 'director of the Saizhi Industrial Research Institute' };
    expect(summary(article)).toEqual([
      { id: 'c1', start: 'Computing power in three', figures: ['f1'], entities: [], line: 7, column: 3 },
      { id: 'c2', start: '“Computing power will be', figures: [], entities: ['Li Ya', 'Boda Data'], line: 9, column: 1, attribution: liYa },
      { id: 'c3', start: '“It is a turnkey service', figures: [], entities: [], line: 9, column: 95, attribution: liYa },
      { id: 'c4', start: 'The planned capacity is ', figures: ['f2'], entities: ['Boda Data'], line: 9, column: 122, attribution: { speaker: 'Boda Data' } },
      { id: 'c5', start: 'Zhao Gang, director of t', figures: [], entities: ['Zhao Gang', 'Saizhi Industrial Research Institute', 'Shenzhen'], line: 11, column: 1, attribution: zhao, ranking: { text: 'leading' } },
      { id: 'c6', start: 'Beijing, Shanghai and Sh', figures: ['f3'], entities: ['Beijing', 'Shanghai', 'Shenzhen'], line: 11, column: 121, ranking: { text: 'top three', count: 3 } },
      { id: 'c7', start: 'He said Beijing has six ', figures: ['f4'], entities: ['Beijing'], line: 11, column: 193, attribution: zhao },
    ]);
    expect(article.figures.find((figure) => figure.id === 'f2')!.text).toMatch(/^about 15,000/);
  });
});

describe('claims through the pipeline: the sample article', () => {
  const article = run('content/ki-stadt/index.md');
  const byStart = (start: string) => {
    const claim = article.claims.find((candidate) => candidate.text.startsWith(start));
    if (!claim) throw new Error(`no claim starting “${start}”`);
    return claim;
  };
  const figureId = (text: string) => {
    const figure = article.figures.find((candidate) => candidate.text === text);
    if (!figure) throw new Error(`no figure “${text}”`);
    return figure.id;
  };

  it('names every speaker with the role the text gives', () => {
    expect(article.claims.filter((claim) => claim.attribution).map((claim) => [claim.text.slice(0, 20), claim.attribution])).toEqual([
      ['Li Ya, Vizepräsident', { speaker: 'Li Ya', role: 'Vizepräsident von Boda Data' }],
      ['„Durch die Rechenlei', { speaker: 'Li Ya' }],
      ['Tang Jianguo, Chefök', { speaker: 'Tang Jianguo', role: 'Chefökonom des Beijing Municipal Bureau of Economy and Information Technology' }],
      ['Bu Anxun, Präsident ', { speaker: 'Bu Anxun', role: 'Präsident der Nanjing Enterprise Digital Transformation Research Association' }],
      ['Dem „Research Report', { speaker: 'Research Report' }],
      ['„Shanghai ist ein In', { speaker: 'Zhao Gang', role: 'Direktor des Saizhi Industrial Research Institute' }],
      ['Cao Qingfeng, Postdo', { speaker: 'Cao Qingfeng', role: 'Postdoktorand am Institut für Finanzstrategie der Chinesischen Akademie der Sozialwissenschaften' }],
      ['Dem „Research Report', { speaker: 'Research Report' }],
      ['Zhao Gang glaubt, da', { speaker: 'Zhao Gang' }],
      ['Cao Qingfeng sagte, ', { speaker: 'Cao Qingfeng' }],
      ['Mit Blick auf die dr', { speaker: 'Zhao Gang' }],
    ]);
  });

  it('ties figures, entities and rankings to their sentences', () => {
    const capacity = byStart('Berichten zufolge beträgt');
    // "die erste Phase" between them: a rank, an ordinal figure of the sentence (issue 11).
    expect(capacity.figures).toEqual([figureId('etwa 15.000 Standardschränke'), expect.any(String), figureId('bis zu 40.000 P')]);
    expect(article.figures.find((figure) => figure.id === capacity.figures[1])).toMatchObject({ text: 'erste', kind: 'ordinal', value: 1 });
    expect(capacity.entities).toEqual(['Boda Data', 'Shenzhen', 'Qianhai']);
    expect(byStart('Tang Jianguo').figures).toEqual([figureId('20.000 P überschritten')]);
    expect(byStart('Shenzhen und Shanghai landeten')).toMatchObject({
      figures: [figureId('1,0000'), figureId('0,7449'), figureId('0,6266'), expect.any(String)],
      ranking: { text: 'unter den ersten drei', count: 3 },
    });
    expect(byStart('Dem „Research Report“ zufolge liegt Shenzhen').ranking).toEqual({ text: 'landesweit an erster Stelle', count: 1 });
    expect(byStart('Das typischste Beispiel').entities).toEqual(['China', 'Moonshot AI', 'Zhipu AI', 'Baichuan Intelligence', '01.AI', 'Peking', 'MiniMax', 'Shanghai', 'Shenzhen']);
    expect(byStart('Shanghai hat den „Computing Power River“').entities).toEqual(['Shanghai', 'Computing Power Pujiang', 'SenseTime', 'Lingang', 'Asien']);
  });

  it('claims are numbered in order, point at their segment, and cover every sentence with a figure', () => {
    expect(article.claims.map((claim) => claim.id)).toEqual(article.claims.map((_, i) => `c${i + 1}`));
    const segments = new Map(article.segments.map((segment) => [segment.id, segment]));
    for (const claim of article.claims) {
      const segment = segments.get(claim.segment)!;
      expect(claim.text).toBe(segment.text);
      expect([claim.line, claim.column]).toEqual([segment.position.line, segment.position.column]);
      for (const id of claim.figures) expect(article.figures.find((figure) => figure.id === id)?.segment).toBe(claim.segment);
    }
    const withFigures = new Set(article.figures.map((figure) => figure.segment));
    expect(new Set(article.claims.filter((claim) => claim.figures.length > 0).map((claim) => claim.segment))).toEqual(withFigures);
  });
});
