// segmentArticle on the sample article and on markdown with inline markup; segmentKey stability.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.js';
import { loadConfig } from '../src/config/index.js';
import { parseArticle } from '../src/ingest/index.js';
import { segmentArticle, segmentKey, segmentKeys } from '../src/segment/index.js';
import { REPO } from './helpers/tmp.js';

const config = loadConfig(REPO);
const SAMPLE = readFileSync(join(REPO, 'content/ki-stadt/index.md'), 'utf8');
const article = (text: string): Article => parseArticle(text, 'a.md', config);

describe('segmentArticle: the sample article (German, machine-translated)', () => {
  const sample = article(SAMPLE);
  const segments = segmentArticle(sample);
  const texts = segments.map((s) => s.text);

  it('finds 64 sentences in 26 blocks and sets article.segments', () => {
    expect(segments).toHaveLength(64);
    expect(sample.segments).toBe(segments);
    expect(new Set(segments.map((s) => s.block)).size).toBe(26);
    expect(segments.filter((s) => s.blockType === 'heading').map((s) => s.text)).toEqual([
      'Peking, Shanghai und Shenzhen konkurrieren um die „KI-Stadt“, um die Branche anzuführen und „0 bis 100“ zu erreichen.',
      'Peking, Shanghai und Shenzhen bleiben in der ersten Staffel',
      'Die drei Städte haben offensichtlich unterschiedliche Vorteile',
      '„Von 0 auf 100“ Künstliche Intelligenz entwickeln',
    ]);
  });

  it('every span is the sentence as written in the source', () => {
    for (const s of segments) expect(sample.source.slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it('does not split after the ordinal in "Am 26. Juli"; ends the sentence after the nested quotation closing with .“', () => {
    // The quotation „die Führung … zu machen.“ ends with a full stop and is followed by a capital:
    // it ends the sentence. "Anwendung mit globalem Einfluss." is a fragment the machine
    // translation left outside the quotation; it stays a segment of its own, as written.
    expect(segments[3]).toMatchObject({
      block: 2,
      index: 1,
      blockType: 'paragraph',
      text: 'Am 26. Juli veröffentlichte Peking den „Beijing Action Plan to Promote „Artificial Intelligence +“ (2024–2025)“, in dem vorgeschlagen wird, „die Führung beim Aufbau einer KI-eigenen Stadt zu übernehmen und diese Stadt zu einer Quelle für Innovationen im Bereich der künstlichen Intelligenz zu machen.“',
      position: { line: 18, column: 154, endLine: 18, endColumn: 455 },
    });
    expect(segments[4]).toMatchObject({ index: 2, text: 'Anwendung mit globalem Einfluss.', position: { line: 18, column: 456, endLine: 18, endColumn: 488 } });
  });

  it('keeps decimal commas and "bzw." inside one sentence', () => {
    const s = segments.find((segment) => segment.text.includes('0,7449'));
    expect(s).toMatchObject({
      block: 11,
      index: 1,
      text: 'Shenzhen und Shanghai landeten mit umfassenden Indizes von 1,0000, 0,7449 bzw. 0,6266 unter den ersten drei.',
      position: { line: 36, column: 327, endLine: 36, endColumn: 435 },
    });
  });

  it('segments what is there: missing sentence breaks stay, a quotation followed by “ ,” continues', () => {
    expect(texts).toContain(
      'Die Zahl des im Bereich künstliche Intelligenz tätigen F&E-Personals ist in den letzten drei Jahren um durchschnittlich 26 % gestiegen und liegt damit an der Spitze Entsprechend dem Talent hat Peking einen absoluten Vorsprung bei der Anzahl gültiger Erfindungspatente und der Anzahl der Zitate von Patenten für künstliche Intelligenz.',
    );
    expect(texts).toContain(
      '„Als Spitzenreiter der chinesischen Industrie für künstliche Intelligenz zeichnen sich Peking, Shanghai und Shenzhen durch starke politische Unterstützung, ein starkes industrielles Fundament, breite Anwendungsszenarien und reiche Talentreserven aus.“ , wurde von einem Reporter der Securities Times interviewt, wie die Zeit zeigt.',
    );
    expect(texts).toContain('„Peking macht Dinge von 0 bis 1, Shanghai macht Dinge von 10 bis 10 und Shenzhen macht Dinge von 10 bis 100.“');
  });

  it('positions headings after their markers, 1-based', () => {
    expect(segments[0]?.position).toEqual({ line: 14, column: 3, endLine: 14, endColumn: 120 });
    expect(segments.find((s) => s.text.startsWith('Peking, Shanghai und Shenzhen bleiben'))?.position).toEqual({ line: 24, column: 4, endLine: 24, endColumn: 63 });
    expect(segments.at(-1)?.position).toEqual({ line: 64, column: 1055, endLine: 64, endColumn: 1287 });
  });

  it('gives readable, unique keys', () => {
    expect(segments[1]?.id).toMatch(/^kuenstliche-intelligenz-ki-ist-[0-9a-f]{6}$/);
    expect(segments[3]?.id).toMatch(/^am-26-juli-veroeffentlichte-[0-9a-f]{6}$/);
    expect(new Set(segments.map((s) => s.id)).size).toBe(64);
  });
});

describe('segmentArticle: markdown blocks and inline markup', () => {
  const md = [
    '---',
    'title: Probe',
    'lang: de',
    '---',
    '',
    '# Titel mit *Betonung*. Zweiter Teil.',
    '',
    'Das ist **fett** und *kursiv*. Ein [Link](https://example.org/a.b) folgt. Code `a. B` hier.',
    '',
    '> Zitat eins. Zitat',
    '> zwei.',
    '',
    '- Punkt eins. Punkt zwei.',
    '- Punkt drei',
    '',
    '| Kopf | Zelle |',
    '|---|---|',
    '| Eins. Zwei. | Drei |',
    '',
    '```js',
    'code. Not.',
    '```',
    '',
    '<div>Kein Text. Hier.</div>',
    '',
    'Zeile eins\\',
    'Zeile zwei &amp; drei.',
    '',
  ].join('\n');
  const doc = article(md);
  const segments = segmentArticle(doc);
  const rows = segments.map((s) => [s.block, s.index, s.blockType, s.text]);

  it('walks headings, paragraphs, quotes, list items and table cells in order; skips front matter, code and html', () => {
    expect(rows).toEqual([
      [0, 0, 'heading', 'Titel mit Betonung.'],
      [0, 1, 'heading', 'Zweiter Teil.'],
      [1, 0, 'paragraph', 'Das ist fett und kursiv.'],
      [1, 1, 'paragraph', 'Ein Link folgt.'],
      [1, 2, 'paragraph', 'Code a. B hier.'],
      [2, 0, 'blockquote', 'Zitat eins.'],
      [2, 1, 'blockquote', 'Zitat zwei.'],
      [3, 0, 'listItem', 'Punkt eins.'],
      [3, 1, 'listItem', 'Punkt zwei.'],
      [4, 0, 'listItem', 'Punkt drei'],
      [5, 0, 'tableCell', 'Kopf'],
      [6, 0, 'tableCell', 'Zelle'],
      [7, 0, 'tableCell', 'Eins.'],
      [7, 1, 'tableCell', 'Zwei.'],
      [8, 0, 'tableCell', 'Drei'],
      [9, 0, 'paragraph', 'Zeile eins'],
      [9, 1, 'paragraph', 'Zeile zwei & drei.'],
    ]);
  });

  it('maps plain-text offsets back through emphasis, links, code, quote prefixes and references', () => {
    const source = (i: number) => {
      const s = segments[i];
      return s ? doc.source.slice(s.span.start, s.span.end) : undefined;
    };
    expect(source(0)).toBe('Titel mit *Betonung*.');
    expect(source(2)).toBe('Das ist **fett** und *kursiv*.');
    expect(source(3)).toBe('Ein [Link](https://example.org/a.b) folgt.');
    expect(source(4)).toBe('Code `a. B` hier.');
    expect(source(6)).toBe('Zitat\n> zwei.');
    expect(source(16)).toBe('Zeile zwei &amp; drei.');
    expect(segments[1]?.position).toEqual({ line: 6, column: 25, endLine: 6, endColumn: 38 });
    expect(segments[3]?.position).toEqual({ line: 8, column: 32, endLine: 8, endColumn: 74 });
    expect(segments[6]?.position).toEqual({ line: 10, column: 15, endLine: 11, endColumn: 8 });
    expect(segments[14]?.position).toEqual({ line: 18, column: 17, endLine: 18, endColumn: 21 });
  });

  it('uses --lang over the front matter when asked', () => {
    const ja = article('---\ntitle: t\nlang: ja\n---\n\n今日は晴れです。明日は雨です。\n');
    expect(segmentArticle(ja).map((s) => s.text)).toEqual(['今日は晴れです。', '明日は雨です。']);
    expect(segmentArticle(article('---\ntitle: t\nlang: en\n---\n\nSie kam am 3. Mai.\n'), { lang: 'de' }).map((s) => s.text)).toEqual(['Sie kam am 3. Mai.']);
  });
});

describe('segmentKey', () => {
  it('is an ASCII slug of the first four words and 6 hex digits of sha256 of the normalised text', () => {
    const text = 'Künstliche Intelligenz (KI) ist als wichtiger Motor.';
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 6);
    expect(segmentKey(text)).toBe(`kuenstliche-intelligenz-ki-ist-${hash}`);
    expect(segmentKey('Ça coûte 15.000 €, Straße.')).toMatch(/^ca-coute-15-000-strasse-[0-9a-f]{6}$/);
  });

  it('ignores how whitespace is laid out', () => {
    expect(segmentKey(' Ein  Satz\nmit Umbruch. ')).toBe(segmentKey('Ein Satz mit Umbruch.'));
  });

  it('uses `s` for text that does not start in Latin script', () => {
    expect(segmentKey('今日は晴れです。')).toMatch(/^s-[0-9a-f]{6}$/);
    expect(segmentKey('Καλημέρα σας.')).toMatch(/^s-[0-9a-f]{6}$/);
  });

  it('numbers repeated sentences in document order', () => {
    const [a, b, c, d] = segmentKeys(['Ja.', 'Nein.', 'Ja.', 'Ja.']);
    expect([b, c, d]).toEqual([segmentKey('Nein.'), `${a}-2`, `${a}-3`]);
    expect(a).toBe(segmentKey('Ja.'));
  });

  it('editing one sentence of the sample changes only that sentence’s key', () => {
    const before = segmentArticle(article(SAMPLE)).map((s) => s.id);
    const edited = SAMPLE.replace('Hinter dem Aufbau einer starken Infrastruktur', 'Hinter dem Ausbau einer starken Infrastruktur');
    const after = segmentArticle(article(edited)).map((s) => s.id);
    expect(after).toHaveLength(before.length);
    const changed = after.map((id, i) => (id === before[i] ? -1 : i)).filter((i) => i !== -1);
    expect(changed).toEqual([21]);
    expect(after[21]).toMatch(/^hinter-dem-ausbau-einer-[0-9a-f]{6}$/);
  });

  it('adding a paragraph keeps every other key', () => {
    const before = segmentArticle(article(SAMPLE)).map((s) => s.id);
    const added = SAMPLE.replace('## Peking, Shanghai', 'Ein neuer Absatz. Mit zwei Sätzen.\n\n## Peking, Shanghai');
    const after = segmentArticle(article(added)).map((s) => s.id);
    expect(after).toHaveLength(66);
    expect(after.filter((id) => !before.includes(id))).toHaveLength(2);
  });
});
