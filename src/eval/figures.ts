// Evaluation of the figure reader on the Microsoft Recognizers-Text spec cases (MIT, in
// ../shared/eval/recognizers-text, read in place, never copied). A case passes when the set
// of values read equals the set the spec expects: numbers for NumberModel, the percent shown
// for PercentModel, min..max for NumberRangeModel (open ends for "more than", "up to"; the
// spec's open/closed brackets are not compared: news ranges do not say), value and unit for
// DimensionModel and CurrencyModel. Spec entries without a value ("the dollar") are not
// figures and are left out. Cases that contradict news usage are excluded in exclusions.ts;
// exclusions beyond 5 % of a file count as failures.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENCIES, readFigures, readNumberValues, unitFromName, unitIdOf, UNITS } from '../figures/index.js';
import type { FigureReading } from '../figures/types.js';
import { EXCLUSIONS } from './exclusions.js';
import type { EvalOptions, EvalSection } from './index.js';

const LANGUAGES: Record<string, string> = {
  German: 'de', English: 'en', French: 'fr', Spanish: 'es', Italian: 'it', Portuguese: 'pt', Chinese: 'zh', Japanese: 'ja',
};
const MODELS = ['Number/NumberModel', 'Number/PercentModel', 'Number/NumberRangeModel', 'NumberWithUnit/DimensionModel', 'NumberWithUnit/CurrencyModel'] as const;
type Model = (typeof MODELS)[number];

/** Targets of the brief: Number files of German and English ≥ 95 %, Chinese and Japanese ≥ 80 %, others ≥ 90 %. */
const TARGETS: Record<string, { number: number; unit: number }> = {
  de: { number: 0.95, unit: 0.9 },
  en: { number: 0.95, unit: 0.9 },
  zh: { number: 0.8, unit: 0.8 },
  ja: { number: 0.8, unit: 0.8 },
};

function targetOf(lang: string, model: Model): number {
  const target = TARGETS[lang] ?? { number: 0.9, unit: 0.9 };
  return model.startsWith('Number/') ? target.number : target.unit;
}

interface SpecResult {
  TypeName?: string;
  Resolution?: { value?: string | null; unit?: string };
}

interface SpecCase {
  Input: string;
  Results?: SpecResult[];
}

/** One expected or read value: a key to compare, and the unit names it may go by. */
interface Entry {
  value: string;
  units: string[];
}

/** Numbers compare by value, to 12 significant digits (the spec rounds to 15). */
function canonical(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(12)));
}

function specNumber(text: string): number | undefined {
  const value = Number(text.replace(/%$/, '').replace(',', '.'));
  return Number.isNaN(value) ? undefined : value;
}

/** "(20,35]" → "20..35", "(,5)" → "..5". */
function specInterval(text: string): string | undefined {
  const match = /^[[(]\s*([^,]*?)\s*,\s*([^,]*?)\s*[\])]$/.exec(text.trim());
  if (!match) return undefined;
  const low = match[1] ? specNumber(match[1]) : undefined;
  const high = match[2] ? specNumber(match[2]) : undefined;
  return `${low === undefined ? '' : canonical(low)}..${high === undefined ? '' : canonical(high)}`;
}

/**
 * The spec names units in English ("Kilometer", "United States dollar", the family "Dollar")
 * or in the language of the file ("dollar canadien", "pieds"): both resolve to catalogue ids.
 */
function specUnitKeys(name: string, model: Model, lang: string): string[] {
  const lower = name.toLowerCase();
  if (model === 'NumberWithUnit/CurrencyModel') {
    const keys: string[] = [];
    for (const [code, currency] of Object.entries(CURRENCIES)) {
      if (currency.name.toLowerCase() === lower) keys.push(code);
      if (currency.family?.toLowerCase() === lower) keys.push(`family:${lower}`);
    }
    const local = unitFromName(name, lang).currency;
    if (local) keys.push(local);
    return keys.length ? [...new Set(keys)] : [lower];
  }
  const english = Object.entries(UNITS).filter(([, unit]) => unit.name.toLowerCase() === lower).map(([id]) => id);
  const local = unitFromName(name, lang).unit;
  const keys = [...english, ...(local ? [local] : [])];
  return keys.length ? [...new Set(keys)] : [lower];
}

function expectedOf(model: Model, spec: SpecCase, lang: string): Entry[] {
  const entries: Entry[] = [];
  for (const result of spec.Results ?? []) {
    const raw = result.Resolution?.value;
    if (raw === undefined || raw === null || raw === 'null') continue;
    if (model === 'Number/NumberRangeModel') {
      const interval = specInterval(raw);
      if (interval) entries.push({ value: interval, units: [] });
      continue;
    }
    const value = specNumber(raw);
    if (value === undefined) continue;
    const unit = model.startsWith('NumberWithUnit/') ? result.Resolution?.unit ?? '' : '';
    entries.push({ value: canonical(value), units: unit ? specUnitKeys(unit, model, lang) : [] });
  }
  return entries;
}

const endsOf = (figure: FigureReading): number[] =>
  figure.value !== undefined ? [figure.value] : [figure.min, figure.max].filter((v): v is number => v !== undefined);

function actualOf(model: Model, text: string, lang: string): Entry[] {
  if (model === 'Number/NumberModel') {
    return readNumberValues(text, lang, { inCodes: true }).filter((n) => !n.glued && !n.ordinal).map((n) => ({ value: canonical(n.value), units: [] }));
  }
  const figures = readFigures(text, lang);
  const entries: Entry[] = [];
  for (const figure of figures) {
    if (model === 'Number/PercentModel') {
      if (figure.kind === 'percent' || (figure.kind === 'range' && figure.unit === '%')) entries.push(...endsOf(figure).map((v) => ({ value: canonical(v), units: [] })));
    } else if (model === 'Number/NumberRangeModel') {
      const interval = intervalOf(figure);
      if (interval) entries.push({ value: interval, units: [] });
    } else if (model === 'NumberWithUnit/DimensionModel') {
      const unit = figure.unit !== undefined ? unitIdOf(figure.unit) : undefined;
      // The spec's dimensions are physical: durations and points are figures of other models.
      if (unit && UNITS[unit]?.dimension !== false && (figure.kind === 'quantity' || figure.kind === 'range')) entries.push(...endsOf(figure).map((v) => ({ value: canonical(v), units: [unit] })));
    } else if (figure.kind === 'money' || (figure.kind === 'range' && (figure.currency ?? (figure.unit && CURRENCIES[figure.unit])))) {
      const code = figure.currency ?? figure.unit ?? '';
      const currency = CURRENCIES[code];
      const units = currency ? [code, ...(currency.family ? [`family:${currency.family.toLowerCase()}`] : [])] : [];
      entries.push(...endsOf(figure).map((v) => ({ value: canonical(v), units })));
    }
  }
  return entries;
}

function intervalOf(figure: FigureReading): string | undefined {
  if (figure.kind === 'date' || figure.kind === 'ordinal') return undefined;
  if (figure.kind === 'range' && figure.min !== undefined && figure.max !== undefined) return `${canonical(figure.min)}..${canonical(figure.max)}`;
  if (figure.value === undefined) return undefined;
  const v = canonical(figure.value);
  switch (figure.qualifier) {
    case 'over':
    case 'min':
      return `${v}..`;
    case 'under':
    case 'max':
      return `..${v}`;
    case 'exact':
      // Only an explicit "equal to" makes a single value a range of the spec.
      return figure.qualifierText ? `${v}..${v}` : undefined;
    default:
      return undefined;
  }
}

/** Set equality; a unit matches when the expected name is one of the names read. */
function sameSet(expected: Entry[], actual: Entry[]): boolean {
  const key = (e: Entry) => `${e.value}|${e.units.join('/')}`;
  const exp = [...new Map(expected.map((e) => [key(e), e])).values()];
  const act = [...new Map(actual.map((e) => [key(e), e])).values()];
  const covers = (a: Entry, e: Entry) => a.value === e.value && (e.units.length === 0 || e.units.some((u) => a.units.includes(u)));
  return exp.every((e) => act.some((a) => covers(a, e))) && act.every((a) => exp.some((e) => covers(a, e)));
}

interface FileScore {
  file: string;
  lang: string;
  cases: number;
  excluded: number;
  /** Exclusions beyond 5 % of the file, counted as failures. */
  overBudget: number;
  counted: number;
  passed: number;
  target: number;
}

function readSpec(path: string): SpecCase[] {
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return JSON.parse(text) as SpecCase[];
}

function scoreFile(dir: string, language: string, model: Model, options: EvalOptions): FileScore | undefined {
  const [group, name] = model.split('/') as [string, string];
  const file = `${group}/${language}/${name}.json`;
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  const lang = LANGUAGES[language]!;
  const cases = readSpec(path);
  const excludedInputs = new Set(EXCLUSIONS.filter((e) => e.file === file).map((e) => e.input));
  const budget = Math.floor(cases.length * 0.05);
  let excluded = 0;
  let overBudget = 0;
  let passed = 0;
  for (const spec of cases) {
    if (excludedInputs.has(spec.Input)) {
      if (excluded < budget) {
        excluded++;
        continue;
      }
      overBudget++;
    }
    const expected = expectedOf(model, spec, lang);
    const actual = actualOf(model, spec.Input, lang);
    if (sameSet(expected, actual) && !excludedInputs.has(spec.Input)) passed++;
    else if (options.verbose) {
      const show = (entries: Entry[]) => entries.map((e) => e.value + (e.units.length ? ` ${e.units[0]}` : '')).join(', ');
      process.stdout.write(`  FAIL ${file}: ${JSON.stringify(spec.Input).slice(0, 160)}\n       expected [${show(expected)}] read [${show(actual)}]\n`);
    }
  }
  return { file, lang, cases: cases.length, excluded, overBudget, counted: cases.length - excluded, passed, target: targetOf(lang, model) };
}

export const figuresSection: EvalSection = {
  name: 'figures (Recognizers-Text specs: number, percent, range, dimension, currency)',
  async run(sharedDir, options) {
    const dir = join(sharedDir, 'recognizers-text');
    if (!existsSync(dir)) {
      process.stdout.write(`  ${dir} not found — skipped\n`);
      return;
    }
    const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
    const scores: FileScore[] = [];
    for (const language of Object.keys(LANGUAGES)) {
      for (const model of MODELS) {
        if (only && !`${model}/${language}`.toLowerCase().includes(only.toLowerCase()) && !`${language}`.toLowerCase().includes(only.toLowerCase())) continue;
        const score = scoreFile(dir, language, model, options);
        if (score) scores.push(score);
      }
    }
    const rows = scores.map((s) => {
      const accuracy = s.counted ? s.passed / s.counted : 1;
      const ok = accuracy >= s.target;
      if (!ok) process.exitCode = 1;
      return [s.file, String(s.cases), s.overBudget ? `${s.excluded} (+${s.overBudget} failed)` : String(s.excluded), `${s.passed}/${s.counted}`, `${(accuracy * 100).toFixed(1)} %`, `≥ ${(s.target * 100).toFixed(0)} %`, ok ? 'ok' : 'MISSED'];
    });
    const header = ['file', 'cases', 'excluded', 'passed', 'accuracy', 'target', ''];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}\n`;
    process.stdout.write(line(header));
    for (const row of rows) process.stdout.write(line(row));
  },
};
