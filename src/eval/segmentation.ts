// Evaluation of the sentence segmenter on the "Golden Rules" of pragmatic_segmenter and pySBD
// (MIT, in ../shared/eval/segmentation): exact match of the sentence list per case, per language,
// for the golden files and for `more/` separately. The data is read in place, never copied.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLanguageCode, type LanguageCode } from '../lang/codes.js';
import { segmentText } from '../segment/index.js';
import type { EvalOptions, EvalSection } from './index.js';

interface Case {
  text: string;
  sentences: string[];
}

interface Score {
  lang: LanguageCode;
  passed: number;
  total: number;
}

/** Targets of the brief: share of cases that must match exactly. */
const TARGETS: Array<{ set: string; lang: LanguageCode | 'all'; share: number }> = [
  { set: 'golden', lang: 'all', share: 0.97 },
  { set: 'golden', lang: 'de', share: 1 },
  { set: 'more', lang: 'de', share: 0.95 },
];

function readCases(file: string): Case[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected an array of cases`);
  return data as Case[];
}

/** The README's comparison: trim every segment, drop empty ones, compare the lists exactly. */
function matches(actual: string[], expected: string[]): boolean {
  const got = actual.map((s) => s.trim()).filter(Boolean);
  return got.length === expected.length && got.every((s, i) => s === expected[i]);
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}、。「」（）';
const WRAP_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'gu');

/**
 * For the cases that assume the source's text cleaning: hard-wrapped lines are joined (without a
 * space between CJK characters), paragraphs stay apart, runs of spaces become one.
 */
function normalise(text: string): string {
  return text
    .replace(WRAP_BETWEEN_CJK, '')
    .split(/\n[ \t]*\n\s*/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function score(dir: string, suffix: string, options: EvalOptions, normalised = false): Score[] {
  if (!existsSync(dir)) return [];
  const scores: Score[] = [];
  for (const name of readdirSync(dir).sort()) {
    const lang = name.slice(0, -suffix.length);
    if (!name.endsWith(suffix) || !isLanguageCode(lang)) continue;
    const result: Score = { lang, passed: 0, total: 0 };
    for (const item of readCases(join(dir, name))) {
      const input = normalised ? normalise(item.text) : item.text;
      const expected = normalised ? item.sentences.map(normalise) : item.sentences;
      const actual = segmentText(input, lang);
      result.total++;
      if (matches(actual, expected)) result.passed++;
      else if (options.verbose) {
        process.stdout.write(`  ✗ ${lang} ${JSON.stringify(item.text.slice(0, 160))}\n`);
        process.stdout.write(`      expected ${JSON.stringify(expected)}\n      got      ${JSON.stringify(actual)}\n`);
      }
    }
    scores.push(result);
  }
  return scores;
}

const percent = (passed: number, total: number) => (total === 0 ? '–' : `${((100 * passed) / total).toFixed(1)} %`);

function report(set: string, scores: Score[]): void {
  if (scores.length === 0) return;
  let passed = 0;
  let total = 0;
  for (const s of scores) {
    process.stdout.write(`  ${set.padEnd(11)} ${s.lang}  ${`${s.passed}/${s.total}`.padStart(7)}  ${percent(s.passed, s.total).padStart(7)}\n`);
    passed += s.passed;
    total += s.total;
  }
  process.stdout.write(`  ${set.padEnd(11)} all ${`${passed}/${total}`.padStart(7)}  ${percent(passed, total).padStart(7)}\n\n`);
}

function checkTargets(results: Record<string, Score[]>): void {
  for (const target of TARGETS) {
    const scores = (results[target.set] ?? []).filter((s) => target.lang === 'all' || s.lang === target.lang);
    const passed = scores.reduce((n, s) => n + s.passed, 0);
    const total = scores.reduce((n, s) => n + s.total, 0);
    const met = total > 0 && passed / total >= target.share;
    process.stdout.write(`  target ${target.set} ${target.lang} ≥ ${target.share * 100} %: ${percent(passed, total)} ${met ? 'met' : 'MISSED'}\n`);
    if (!met) process.exitCode = 1;
  }
}

export const segmentationSection: EvalSection = {
  name: 'segmentation (Golden Rules, pragmatic_segmenter / pySBD, MIT)',
  async run(sharedDir, options) {
    const dir = join(sharedDir, 'segmentation');
    if (!existsSync(dir)) {
      process.stdout.write(`  ${dir} not found — skipped\n`);
      return;
    }
    const results: Record<string, Score[]> = {
      golden: score(dir, '.json', options),
      more: score(join(dir, 'more'), '.json', options),
      // qualitative: these cases assume the source's text cleaning (see the folder's README)
      normalized: score(join(dir, 'more'), '.normalized.json', options, true),
    };
    report('golden', results.golden ?? []);
    report('more', results.more ?? []);
    report('normalized', results.normalized ?? []);
    checkTargets(results);
  },
};
