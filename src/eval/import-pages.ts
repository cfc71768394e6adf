// The text-page importer on a development set of real scraped pages in many languages
// (../shared/eval/import-pages: pages/<id>/page.txt as a scraper kept it, clean.txt cleaned by
// hand, meta.json with title and date; built and documented in that folder's README). Per
// page: is the title right, is the date right (or rightly absent), and word precision and
// recall of the body (multiset of words; CJK characters count one by one).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockText } from '../ingest/import/page.js';
import { readTextPage } from '../ingest/import/text.js';
import type { EvalOptions, EvalSection } from './index.js';

const TARGET = 0.97;

interface Meta {
  lang: string;
  title: string;
  date: string | null;
}

/** Words of a text: letters and digits, each CJK character on its own. */
export function bodyWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}_]+/gu) ?? []);
}

export function wordOverlap(truth: string, predicted: string): { precision: number; recall: number } {
  const expected = new Map<string, number>();
  for (const word of bodyWords(truth)) expected.set(word, (expected.get(word) ?? 0) + 1);
  const got = bodyWords(predicted);
  let common = 0;
  for (const word of got) {
    const left = expected.get(word) ?? 0;
    if (left > 0) {
      common++;
      expected.set(word, left - 1);
    }
  }
  const truthCount = bodyWords(truth).length;
  return { precision: got.length ? common / got.length : truthCount ? 0 : 1, recall: truthCount ? common / truthCount : 1 };
}

const norm = (text: string | undefined | null) => (text ?? '').replace(/\s+/gu, ' ').trim();

export const importPagesSection: EvalSection = {
  set: 'import-pages',
  name: 'import of scraped text pages (development set, eval/import-pages)',
  async run(sharedDir, options: EvalOptions) {
    const dir = join(sharedDir, 'import-pages', 'pages');
    if (!existsSync(dir)) {
      process.stdout.write(`  ${dir} not found — skipped\n`);
      return;
    }
    let titles = 0;
    let dates = 0;
    let precision = 0;
    let recall = 0;
    const ids = readdirSync(dir).sort();
    const languages = new Set<string>();
    for (const id of ids) {
      const meta = JSON.parse(readFileSync(join(dir, id, 'meta.json'), 'utf8')) as Meta;
      languages.add(meta.lang);
      const page = readFileSync(join(dir, id, 'page.txt'), 'utf8');
      const clean = readFileSync(join(dir, id, 'clean.txt'), 'utf8');
      const { page: read } = readTextPage(page);
      const body = read.blocks.map(blockText).join('\n\n');
      const score = wordOverlap(clean, body);
      const titleOk = norm(read.title) === norm(meta.title);
      const dateOk = (read.date ?? null) === meta.date;
      titles += titleOk ? 1 : 0;
      dates += dateOk ? 1 : 0;
      precision += score.precision;
      recall += score.recall;
      const flag = (ok: boolean) => (ok ? '✓' : '✗');
      if (options.verbose || !titleOk || !dateOk || score.precision < TARGET || score.recall < TARGET) {
        process.stdout.write(`  ${id.padEnd(28)} title ${flag(titleOk)} date ${flag(dateOk)} P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}`);
        if (!titleOk) process.stdout.write(`  title=${JSON.stringify(read.title ?? null)}`);
        if (!dateOk) process.stdout.write(`  date=${read.date ?? null} (want ${meta.date})`);
        process.stdout.write('\n');
      }
    }
    const n = ids.length;
    const p = precision / n;
    const r = recall / n;
    process.stdout.write(`  ${n} pages in ${languages.size} languages (${[...languages].sort().join(' ')}): titles ${titles}/${n}, dates ${dates}/${n}, body word precision ${p.toFixed(3)}, recall ${r.toFixed(3)}\n`);
    const met = titles === n && dates === n && p >= TARGET && r >= TARGET;
    process.stdout.write(`  target: every title and date, precision and recall ≥ ${TARGET}: ${met ? 'met' : 'MISSED'}\n`);
    if (!met) process.exitCode = 1;
  },
};
