import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluateGold } from '../src/eval/gold.js';
import { evaluatePairs, type PairsSummary } from '../src/eval/pairs.js';
import { evaluateValidation } from '../src/eval/validation.js';

// The three real-material sections on small folders made here (never the shared data): they read
// their files, skip what is absent, leave reviewed pairs out, and set the exit code on a miss.

const root = resolve(import.meta.dirname, '..');
let shared: string;
let out: string[];

beforeEach(() => {
  shared = mkdtempSync(join(tmpdir(), 'eval-shared-'));
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const line = (record: object) => `${JSON.stringify(record)}\n`;

describe('pairs section', () => {
  it('skips with a message when the folder is absent', async () => {
    expect(await evaluatePairs(shared, root, { verbose: false, root })).toBeUndefined();
    expect(out.join('')).toMatch(/figure-pairs[/\\]pairs\.jsonl not found — skipped/);
  });

  it('counts false alarms and recall per language, leaves divergent pairs out; targets met: exit code untouched', async () => {
    const dir = join(shared, 'figure-pairs');
    mkdirSync(dir);
    const source = 'Der Umsatz stieg im Jahr 2019 um 40 Prozent.';
    writeFileSync(
      join(dir, 'pairs.jsonl'),
      line({ id: 'p1', from: 'de', to: 'en', source, target: 'Sales rose by 40 percent in 2019.' }) +
        line({ id: 'p2', from: 'de', to: 'en', source, target: 'Sales rose by 45 percent in 2019.', divergent: 'the reference says 45' })
    );
    writeFileSync(join(dir, 'corruptions.jsonl'), line({ id: 'p1~value', pair: 'p1', class: 'value', from: 'de', to: 'en', source, target: 'Sales rose by 50 percent in 2019.' }));
    const result = await evaluatePairs(shared, root, { verbose: false, root });
    const summary = result!.summary as PairsSummary;
    expect(summary.pairs).toBe(1);
    expect(summary.perLanguage.en).toMatchObject({ pairs: 1, falseAlarms: 0, corruptions: 1, caught: 1 });
    expect(out.join('')).toMatch(/1 pairs reviewed as divergent/);
    expect(process.exitCode).toBeUndefined();
  });
});

describe('gold section', () => {
  it('scores a hand-made gold and sets the exit code when strict recall is under target', async () => {
    const dir = join(shared, 'figure-gold');
    mkdirSync(dir);
    const text = 'Die Stadt hat 15 km Radwege und plant 30 weitere Kilometer bis 2030.';
    writeFileSync(
      join(dir, 'de.json'),
      JSON.stringify({
        lang: 'de',
        documents: [{ id: 'd1', text, figures: [
          { text: '15 km', kind: 'quantity', value: 15, unit: 'km', qualifier: 'exact' },
          { text: '30 weitere Kilometer', kind: 'quantity', value: 30, unit: 'km', qualifier: 'exact' },
          { text: '2030', kind: 'year', value: 2030, qualifier: 'exact' },
          // a figure no reader finds: the gold says so, recall drops under 95 %
          { text: 'Die Stadt', kind: 'number', value: 1, qualifier: 'exact', note: 'made up for the test' },
        ] }],
      })
    );
    // the last figure stands before the others in the text: the order check names it
    await expect(evaluateGold(shared, { verbose: false, root })).rejects.toThrow(/figure 4 `Die Stadt` not found/);
    writeFileSync(
      join(dir, 'de.json'),
      JSON.stringify({ lang: 'de', documents: [{ id: 'd1', text, figures: [
        { text: 'Die Stadt', kind: 'number', value: 1, qualifier: 'exact' },
        { text: '15 km', kind: 'quantity', value: 15, unit: 'km', qualifier: 'exact' },
      ] }] })
    );
    const result = await evaluateGold(shared, { verbose: false, root });
    const de = (result!.summary as Record<string, { gold: number; strict: { recall: number } }>).de!;
    expect(de.gold).toBe(2);
    expect(de.strict.recall).toBeLessThanOrEqual(0.5);
    expect(process.exitCode).toBe(1);
  });
});

describe('validation section', () => {
  it('runs validate on each markdown article, counts its error-severity findings, and names a text it cannot read in one line', async () => {
    const dir = join(shared, 'validation-texts', 'de');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ok.md'), '---\ntitle: "Ein Test"\nlang: de\ndate: 2024-08-02\n---\n\n# Ein Test\n\nDie Stadt hat 15 Kilometer Radwege.\n');
    writeFileSync(join(dir, 'bad.md'), '---\ntitle: "Noch ein Test"\nlang: de\ndate: 2024-08-02\n---\n\n# Noch ein Test\n\nDer Anteil liegt bei 140 Prozent aller Haushalte.\n');
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: "Kaputt"\nlang: de\nsourceLine: "a "quoted" word"\n---\n\nText.\n');
    const result = await evaluateValidation(shared, { verbose: false, root });
    const summary = result!.summary as { texts: number; errors: number; unreadable: number };
    expect(summary.texts).toBe(2);
    expect(summary.unreadable).toBe(1);
    expect(out.join('')).toMatch(/UNREADABLE .*broken\.md:\d+:\d+: /);
    expect(summary.errors).toBeGreaterThanOrEqual(1);
    expect(out.join('')).toMatch(/ERROR de[/\\]bad\.md:\d+:\d+ percent-bounds/);
    expect(process.exitCode).toBe(1);
  });
});

describe('--only', () => {
  it('selects a section by its key (pairs, gold) or by the start of its name', async () => {
    const { selected } = await import('../src/eval/index.js');
    expect(selected(['--only', 'pairs']).map((s) => s.key)).toEqual(['pairs']);
    expect(selected(['--only', 'pairs-check']).map((s) => s.key)).toEqual(['pairs-check']);
    expect(selected(['--only', 'pairs-news']).map((s) => s.key)).toEqual(['pairs-news']);
    expect(selected(['--only', 'pairs-fresh']).map((s) => s.key)).toEqual(['pairs-fresh']);
    expect(selected(['--only', 'translation']).map((s) => s.key)).toEqual(['pairs']);
    expect(selected(['--only', 'gold']).map((s) => s.key)).toEqual(['gold']);
    expect(selected(['--only', 'gold-check']).map((s) => s.key)).toEqual(['gold-check']);
    expect(selected(['--only', 'gold-2']).map((s) => s.key)).toEqual(['gold-2']);
    expect(selected(['--only', 'gold-3']).map((s) => s.key)).toEqual(['gold-3']);
    expect(selected(['--only', 'held-back']).map((s) => s.key)).toEqual(['pairs-check', 'gold-check']);
    expect(selected(['--only', 'article']).map((s) => s.key)).toEqual(['extraction']);
    expect(selected([]).length).toBeGreaterThan(3);
  });
});
