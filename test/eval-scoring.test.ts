import { describe, expect, it } from 'vitest';
import { canonicalUnitFor } from '../src/eval/gold.js';
import { readJsonLines, runPairs, summarisePairs, pairDetails, type PairOutcome } from '../src/eval/pairs.js';
import { locateGold, messagePattern, rates, recallPrecision, sameKindValue, sameStrict, scoreGold, topPatterns, type GoldFigure, type ReadFigure } from '../src/eval/scoring.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const read = (fields: Partial<ReadFigure> & Pick<ReadFigure, 'start' | 'end' | 'kind'>): ReadFigure => ({ text: '', qualifier: 'exact', ...fields });
const noUnits = (unit: string) => (['km', 'kg', '°C'].includes(unit) ? unit : unit === 'Kilometer' ? 'km' : undefined);

describe('locateGold', () => {
  it('finds each span after the one before, so a repeated figure gets its own place', () => {
    const text = 'Am 3. Mai kamen 3 Gäste, am 4. Mai 3 weitere.';
    const gold: GoldFigure[] = [
      { text: '3. Mai', kind: 'date', date: '2024-05-03', qualifier: 'exact' },
      { text: '3', kind: 'number', value: 3, qualifier: 'exact' },
      { text: '4. Mai', kind: 'date', date: '2024-05-04', qualifier: 'exact' },
      { text: '3', kind: 'number', value: 3, qualifier: 'exact' },
    ];
    expect(locateGold(text, gold).map((g) => g.start)).toEqual([3, 16, 28, 35]);
  });

  it('names the figure that is not in the text', () => {
    expect(() => locateGold('zwei Labore', [{ text: 'drei', kind: 'number', value: 3, qualifier: 'exact' }], 'de.json d1')).toThrow(/de\.json d1: figure 1 `drei` not found/);
  });
});

describe('agreement levels', () => {
  const gold: GoldFigure = { text: 'etwa 15 km', kind: 'quantity', value: 15, unit: 'km', qualifier: 'approx' };

  it('kind+value: number and quantity are one kind, the value decides', () => {
    expect(sameKindValue(gold, read({ start: 0, end: 10, kind: 'number', value: 15 }))).toBe(true);
    expect(sameKindValue(gold, read({ start: 0, end: 10, kind: 'quantity', value: 1.5 }))).toBe(false);
    expect(sameKindValue(gold, read({ start: 0, end: 10, kind: 'percent', value: 15 }))).toBe(false);
  });

  it('kind+value: a clock time compares HH:MM, never a decimal; a date compares the ISO date', () => {
    const time: GoldFigure = { text: '12.40 Uhr', kind: 'time', time: '12:40', qualifier: 'exact' };
    expect(sameKindValue(time, read({ start: 0, end: 9, kind: 'quantity', value: 12.4 }))).toBe(false);
    expect(sameKindValue(time, read({ start: 0, end: 9, kind: 'time', time: '12:40' }))).toBe(true);
    const date: GoldFigure = { text: '16.3.', kind: 'date', date: '2020-03-16', qualifier: 'exact' };
    expect(sameKindValue(date, read({ start: 0, end: 5, kind: 'date', date: '2020-03-16' }))).toBe(true);
    expect(sameKindValue(date, read({ start: 0, end: 5, kind: 'date', date: '2020-16-03' }))).toBe(false);
  });

  it('kind+value: a range compares both ends', () => {
    const range: GoldFigure = { text: '5 bis 15', kind: 'range', min: 5, max: 15, qualifier: 'exact' };
    expect(sameKindValue(range, read({ start: 0, end: 8, kind: 'range', min: 5, max: 15 }))).toBe(true);
    expect(sameKindValue(range, read({ start: 0, end: 8, kind: 'range', min: 5, max: 16 }))).toBe(false);
  });

  it('strict: unit through the catalogue, qualifier, currency and percentage points must agree', () => {
    expect(sameStrict(gold, read({ start: 0, end: 10, kind: 'quantity', value: 15, unit: 'Kilometer', qualifier: 'approx' }), noUnits)).toBe(true);
    expect(sameStrict(gold, read({ start: 0, end: 10, kind: 'quantity', value: 15, unit: 'km', qualifier: 'exact' }), noUnits)).toBe(false);
    expect(sameStrict(gold, read({ start: 0, end: 10, kind: 'quantity', value: 15, unit: 'kg', qualifier: 'approx' }), noUnits)).toBe(false);
    const count: GoldFigure = { text: '15 Menschen', kind: 'quantity', value: 15, qualifier: 'exact' };
    // a counted noun is no unit: the reader may keep it, it is not compared
    expect(sameStrict(count, read({ start: 0, end: 11, kind: 'quantity', value: 15, unit: 'Menschen' }), noUnits)).toBe(true);
    const money: GoldFigure = { text: '$1.2bn', kind: 'money', value: 1.2e9, currency: 'USD', qualifier: 'exact' };
    expect(sameStrict(money, read({ start: 0, end: 6, kind: 'money', value: 1.2e9, currency: 'USD' }), noUnits)).toBe(true);
    expect(sameStrict(money, read({ start: 0, end: 6, kind: 'money', value: 1.2e9, currency: 'AUD' }), noUnits)).toBe(false);
    const points: GoldFigure = { text: '3 Prozentpunkte', kind: 'percent', value: 3, percentPoints: true, qualifier: 'exact' };
    expect(sameStrict(points, read({ start: 0, end: 15, kind: 'percent', value: 3 }), noUnits)).toBe(false);
    expect(sameStrict(points, read({ start: 0, end: 15, kind: 'percent', value: 3, percentPoints: true }), noUnits)).toBe(true);
  });

  it('strict: a range of percentages needs `%` on both sides', () => {
    const range: GoldFigure = { text: 'between 30 and 43 percent', kind: 'range', min: 30, max: 43, unit: '%', qualifier: 'exact' };
    expect(sameStrict(range, read({ start: 0, end: 25, kind: 'range', min: 30, max: 43, unit: '%' }), noUnits)).toBe(true);
    expect(sameStrict(range, read({ start: 0, end: 25, kind: 'range', min: 30, max: 43 }), noUnits)).toBe(false);
    const plain: GoldFigure = { text: '30 to 43', kind: 'range', min: 30, max: 43, qualifier: 'exact' };
    expect(sameStrict(plain, read({ start: 0, end: 8, kind: 'range', min: 30, max: 43, unit: '%' }), noUnits)).toBe(false);
  });

  it('the canonical unit of a reading goes through the catalogue and the language’s unit words', () => {
    const de = canonicalUnitFor('de');
    expect(de('km')).toBe('km');
    expect(de('Kilometer')).toBe('km');
    expect(de('Labore')).toBeUndefined();
  });
});

describe('scoreGold', () => {
  const text = 'Rund 40 Prozent von 2.000 Menschen, am 3. Mai.';
  const gold = locateGold(text, [
    { text: 'Rund 40 Prozent', kind: 'percent', value: 40, qualifier: 'approx' },
    { text: '2.000 Menschen', kind: 'quantity', value: 2000, qualifier: 'exact' },
    { text: '3. Mai', kind: 'date', date: '2024-05-03', qualifier: 'exact' },
  ]);

  it('matches one to one by overlap and counts each level', () => {
    const readings = [
      read({ start: 5, end: 15, kind: 'percent', value: 40, qualifier: 'exact' }), // qualifier lost: kind+value only
      read({ start: 5, end: 7, kind: 'number', value: 40 }), // a second reading of the same span: spurious
      read({ start: 20, end: 34, kind: 'quantity', value: 2000, unit: 'Menschen' }), // strict
      read({ start: 39, end: 40, kind: 'number', value: 3 }), // the date read as a number
    ];
    const score = scoreGold(gold, readings, noUnits);
    expect(score).toMatchObject({ gold: 3, read: 4, kindValue: 2, strict: 1 });
    expect(score.missed).toEqual([]);
    expect(score.spurious.map((r) => r.start)).toEqual([5]);
    expect(recallPrecision(score, 'strict')).toEqual({ recall: 1 / 3, precision: 1 / 4 });
    expect(recallPrecision(score, 'kindValue')).toEqual({ recall: 2 / 3, precision: 2 / 4 });
  });

  it('a gold figure no reading overlaps is missed; nothing read is perfect precision', () => {
    const score = scoreGold(gold, [], noUnits);
    expect(score.missed).toHaveLength(3);
    expect(recallPrecision(score, 'strict')).toEqual({ recall: 0, precision: 1 });
  });
});

describe('rates and patterns', () => {
  it('counts flagged items per key, keys sorted', () => {
    const items = [{ l: 'fi', f: true }, { l: 'de', f: false }, { l: 'fi', f: false }];
    expect([...rates(items, (i) => i.l, (i) => i.f)]).toEqual([['de', { flagged: 0, total: 1 }], ['fi', { flagged: 1, total: 2 }]]);
  });

  it('a pattern hides quoted figures and numbers, so one cause counts once', () => {
    const a = messagePattern('qa/figure-added', '`12.40 Uhr` (12.4) is not in the source');
    const b = messagePattern('qa/figure-added', '`7.55` (7.55) is not in the source');
    expect(a).toBe(b);
    expect(a).toBe('qa/figure-added: `…` (N) is not in the source');
    const top = topPatterns(['x', 'y', 'x', 'z', 'x', 'y'], (s) => s, 2, 1);
    expect(top).toEqual([{ pattern: 'x', count: 3, examples: ['x'] }, { pattern: 'y', count: 2, examples: ['y'] }]);
  });
});

describe('QA on pairs', () => {
  const root = resolve(import.meta.dirname, '..');

  it('reads JSON lines and refuses a line without the fields, naming file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-pairs-'));
    const file = join(dir, 'pairs.jsonl');
    writeFileSync(file, '{"id":"p1","from":"de","to":"en","source":"a","target":"b"}\n\n{"id":"p2","from":"de","to":"xx","source":"a","target":"b"}\n');
    expect(() => readJsonLines(file)).toThrow(/pairs\.jsonl:3: needs id, from, to/);
  });

  it('a changed percentage is caught; the correct pair raises no error; rates per language and class', () => {
    const source = 'Der Umsatz stieg im Jahr 2019 um 40 Prozent.';
    const correct = runPairs([{ id: 'p1', from: 'de', to: 'en', source, target: 'Sales rose by 40 percent in 2019.' }], root);
    const corrupt = runPairs([{ id: 'c1', pair: 'p1', class: 'value', from: 'de', to: 'en', source, target: 'Sales rose by 50 percent in 2019.' }], root);
    expect(correct[0]!.flagged).toBe(false);
    expect(corrupt[0]!.flagged).toBe(true);
    const summary = summarisePairs(correct, corrupt);
    expect(summary.perLanguage.en).toMatchObject({ pairs: 1, falseAlarms: 0, corruptions: 1, caught: 1, recall: 1 });
    expect(summary.perClass.value).toEqual({ corruptions: 1, caught: 1, recall: 1 });
  });

  it('details list each false alarm with its errors and each missed corruption with its class', () => {
    const alarm: PairOutcome = { record: { id: 'p9', from: 'de', to: 'fi', source: 's', target: 't' }, flagged: true, messages: [{ ruleId: 'qa/figure-added', severity: 'error', message: '`7.55` is not in the source' }, { ruleId: 'qa/length-ratio', severity: 'warning', message: 'long' }] };
    const miss: PairOutcome = { record: { id: 'c9', from: 'de', to: 'fi', source: 's', target: 't', class: 'time', edit: '7.55 → 8.55' }, flagged: false, messages: [] };
    const details = pairDetails([alarm], [miss]) as { falseAlarms: Array<{ id: string; errors: unknown[] }>; missedCorruptions: Array<{ id: string; class: string }>; falseAlarmPatterns: Record<string, Array<{ pattern: string; count: number }>> };
    expect(details.falseAlarms).toHaveLength(1);
    expect(details.falseAlarms[0]!.errors).toHaveLength(1);
    expect(details.missedCorruptions[0]).toMatchObject({ id: 'c9', class: 'time' });
    expect(details.falseAlarmPatterns.fi).toEqual([{ pattern: 'qa/figure-added: `…` is not in the source', count: 1, examples: ['p9: `7.55` is not in the source'] }]);
  });
});
