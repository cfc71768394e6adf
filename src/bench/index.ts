// `npm run bench`: the offline pipeline on a generated corpus shaped like the sample.
//   parse → segment → render 14 languages, against a bare unified parse + stringify of the
//   same corpus done 14 times (the ratio target is ≤ 3), then the figure and claim
//   extraction on top (target: ≤ +50 %). Each measurement runs in its own process so its
//   peak RSS is its own; a second corpus 5× larger shows whether memory stays flat
//   (articles are streamed one at a time, never all held).
// Usage: npm run bench [-- --articles 1000 --scale 5 --keep]

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { loadGlossary, extractClaims } from '../claims/index.js';
import { loadConfig } from '../config/index.js';
import { extractArticleFigures } from '../figures/index.js';
import { readArticle } from '../ingest/index.js';
import { LANGUAGES } from '../lang/codes.js';
import { loadResources } from '../localize/index.js';
import { COMMON_NS, renderArticle } from '../render/index.js';
import { segmentArticle } from '../segment/index.js';
import { formatTable } from '../pipeline/table.js';
import { loadSample, sampleKeyIndex, writeCommon, writeCorpusArticle } from './corpus.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
type Mode = 'baseline' | 'offline' | 'extract';

interface Measurement {
  mode: Mode;
  articles: number;
  seconds: number;
  peakRssMb: number;
}

function articleFiles(dir: string): string[] {
  return readdirSync(join(dir, 'content'))
    .sort()
    .map((slug) => join(dir, 'content', slug, 'index.md'));
}

/** Runs inside a child process: one mode over the whole corpus, one article at a time. */
function measure(mode: Mode, dir: string): Measurement {
  const config = loadConfig(dir);
  const files = articleFiles(dir);
  const processor = unified().use(remarkParse).use(remarkStringify).freeze();
  const glossary = mode === 'extract' ? loadGlossary(config, join(ROOT, 'content', 'glossary.yaml'), dir) : undefined;
  const start = process.hrtime.bigint();
  for (const file of files) {
    if (mode === 'baseline') {
      const text = readFileSync(file, 'utf8');
      for (let i = 0; i < LANGUAGES.length; i++) processor.stringify(processor.parse(text));
      continue;
    }
    const article = readArticle(file, config, dir);
    segmentArticle(article);
    if (mode === 'extract') {
      extractArticleFigures(article);
      extractClaims(article, glossary!);
    }
    const resources = loadResources(join(dir, 'locales'), LANGUAGES, [article.slug, COMMON_NS]);
    const versions = renderArticle(article, resources);
    const incomplete = versions.filter((v) => !v.publishable);
    if (incomplete.length > 0) throw new Error(`${article.slug}: ${incomplete.map((v) => `${v.lang} (${v.missing.slice(0, 3).join(', ')})`).join('; ')} incomplete`);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { mode, articles: files.length, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function buildCorpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
  cpSync(join(ROOT, 'pipeline'), join(dir, 'pipeline'), { recursive: true });
  const config = loadConfig(dir);
  const sample = loadSample(loadConfig(ROOT), 'ki-stadt', LANGUAGES);
  const keys = sampleKeyIndex(sample, config);
  writeCommon(dir, sample);
  for (let i = 0; i < count; i++) writeCorpusArticle(dir, sample, config, i, keys);
  return dir;
}

function child(mode: Mode, dir: string): Measurement {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, '--dir', dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measurement;
}

function main(): void {
  const { values } = parseArgs({ options: { child: { type: 'string' }, dir: { type: 'string' }, articles: { type: 'string', default: '1000' }, scale: { type: 'string', default: '5' }, keep: { type: 'boolean' } } });
  if (values.child) {
    process.stdout.write(`${JSON.stringify(measure(values.child as Mode, values.dir!))}\n`);
    return;
  }
  const count = Number(values.articles);
  const scale = Number(values.scale);
  const rows: string[][] = [];
  const results: Measurement[] = [];
  for (const n of scale > 1 ? [count, count * scale] : [count]) {
    const started = Date.now();
    process.stderr.write(`building a corpus of ${n} articles × ${LANGUAGES.length} locale files …\n`);
    const dir = buildCorpus(n);
    process.stderr.write(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s (${dir})\n`);
    try {
      for (const mode of ['baseline', 'offline', 'extract'] as const) {
        if (n !== count && mode !== 'offline') continue; // the large corpus checks memory only
        process.stderr.write(`  ${mode} …\n`);
        const m = child(mode, dir);
        results.push(m);
        rows.push([String(m.articles), m.mode, m.seconds.toFixed(2), (m.articles / m.seconds).toFixed(1), m.peakRssMb.toFixed(0)]);
      }
    } finally {
      if (!values.keep) rmSync(dir, { recursive: true, force: true });
    }
  }
  process.stdout.write(formatTable(['articles', 'run', 'seconds', 'articles/s', 'peak RSS MB'], rows));
  const at = (mode: Mode, n: number) => results.find((m) => m.mode === mode && m.articles === n);
  const base = at('baseline', count);
  const offline = at('offline', count);
  const extract = at('extract', count);
  const large = at('offline', count * scale);
  if (base && offline) process.stdout.write(`\nratio offline / bare unified parse+stringify ×14: ${(offline.seconds / base.seconds).toFixed(2)} (target ≤ 3)\n`);
  if (offline && extract) process.stdout.write(`extraction adds: ${(((extract.seconds - offline.seconds) / offline.seconds) * 100).toFixed(0)} % (target ≤ 50 %)\n`);
  if (offline && large) process.stdout.write(`peak RSS ${count}: ${offline.peakRssMb.toFixed(0)} MB, ${count * scale}: ${large.peakRssMb.toFixed(0)} MB (target: the same)\n`);
}

main();
