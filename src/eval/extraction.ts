// Main-content extraction on the public article-extraction benchmark (181 real news and blog
// pages with hand-written bodies, MIT, in ../shared/eval/article-extraction, read in place):
// newsdesk's body text per page, scored as the benchmark's evaluate.py scores (4-word
// shingles, per-page precision and recall averaged, F1 of the means), beside the published
// predictions of other extractors scored the same way. Predictions are written under output/.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readHtmlPage } from '../ingest/import/html/index.js';
import { blockText } from '../ingest/import/page.js';
import { scoreExtraction, type ExtractionScore } from './extraction-score.js';
import { projectRoot, type EvalOptions, type EvalSection } from './index.js';

const TARGET_F1 = 0.97;

type Bodies = Record<string, { articleBody: string }>;

/** The body newsdesk imports from a page, as plain text: title left out, blocks one per paragraph. */
export function extractBody(html: string): string {
  const { page } = readHtmlPage(html);
  return page.blocks.map(blockText).join('\n\n');
}

function readPublished(dir: string): Array<{ name: string; version: string; bodies: Bodies }> {
  const out: Array<{ name: string; version: string; bodies: Bodies }> = [];
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Bodies | { version?: string; output: Bodies };
    const wrapped = 'output' in data && typeof data.output === 'object';
    out.push({ name: file.replace(/\.json$/u, ''), version: wrapped ? String((data as { version?: string }).version ?? '') : '', bodies: wrapped ? (data as { output: Bodies }).output : (data as Bodies) });
  }
  return out;
}

const row = (name: string, version: string, score: ExtractionScore) =>
  `  ${name.padEnd(16)} ${version.padEnd(10)} F1 ${score.f1.toFixed(3)}  precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}\n`;

export const extractionSection: EvalSection = {
  name: 'article extraction (scrapinghub article-extraction-benchmark, 181 pages, MIT)',
  async run(sharedDir, options: EvalOptions) {
    const dir = join(sharedDir, 'article-extraction');
    if (!existsSync(join(dir, 'ground-truth.json'))) {
      process.stdout.write(`  ${dir} not found — skipped\n`);
      return;
    }
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
    const predictions: Bodies = {};
    for (const id of Object.keys(truth)) {
      const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
      let body = '';
      try {
        body = extractBody(html);
      } catch (error) {
        if (options.verbose) process.stdout.write(`  ✗ ${id}: ${(error as Error).message}\n`);
      }
      predictions[id] = { articleBody: body };
    }
    const outDir = join(projectRoot(), 'output', 'eval', 'article-extraction');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'newsdesk.json'), `${JSON.stringify(predictions, null, 1)}\n`);

    const ours = scoreExtraction(truth, predictions);
    const rows = readPublished(join(dir, 'output')).map((other) => ({ ...other, score: scoreExtraction(truth, other.bodies) }));
    rows.push({ name: 'newsdesk', version: 'this run', bodies: predictions, score: ours });
    rows.sort((a, b) => b.score.f1 - a.score.f1);
    for (const entry of rows) process.stdout.write(row(entry.name, entry.version, entry.score));
    if (options.verbose) {
      const worst = Object.entries(ours.perPage).sort((a, b) => a[1].f1 - b[1].f1).slice(0, 15);
      for (const [id, page] of worst) process.stdout.write(`  ${id.slice(0, 12)} F1 ${page.f1.toFixed(3)} P ${page.precision.toFixed(3)} R ${page.recall.toFixed(3)} ${truth[id]?.url ?? ''}\n`);
    }
    process.stdout.write(`  predictions: ${join(outDir, 'newsdesk.json')}\n`);
    const met = ours.f1 >= TARGET_F1;
    process.stdout.write(`  target F1 ≥ ${TARGET_F1}: ${ours.f1.toFixed(3)} ${met ? 'met' : 'MISSED'}\n`);
    if (!met) process.exitCode = 1;
  },
};
