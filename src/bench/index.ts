// `npm run bench`: the offline pipeline on a generated corpus shaped like the sample.
//   parse → segment → render 14 languages, against a bare unified parse + stringify of the
//   same corpus done 14 times (the ratio target is ≤ 3), then the figure and claim
//   extraction on top (target: ≤ +50 %). Each measurement runs in its own process so its
//   peak RSS is its own; a second corpus 5× larger shows whether memory stays flat
//   (articles are streamed one at a time, never all held).
// Wall-clock seconds on a shared machine swing with its load, so each child also reports the
// CPU seconds it used (all its threads: the work itself, GC and JIT included), and the ratios
// are printed for both; `--runs N` repeats the measurements of the first corpus, interleaved,
// and keeps each mode's best.
// Usage: npm run bench [-- --articles 1000 --scale 5 --runs 1 --keep]

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
  /** User + system CPU seconds of the timed loop. */
  cpuSeconds: number;
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
  const cpuStart = process.cpuUsage();
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
  const cpu = process.cpuUsage(cpuStart);
  return { mode, articles: files.length, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024 };
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
  const { values } = parseArgs({ options: { child: { type: 'string' }, dir: { type: 'string' }, articles: { type: 'string', default: '1000' }, scale: { type: 'string', default: '5' }, runs: { type: 'string', default: '1' }, keep: { type: 'boolean' } } });
  if (values.child) {
    process.stdout.write(`${JSON.stringify(measure(values.child as Mode, values.dir!))}\n`);
    return;
  }
  const count = Number(values.articles);
  const scale = Number(values.scale);
  const runs = Math.max(1, Number(values.runs) || 1);
  const rows: string[][] = [];
  const results: Measurement[] = [];
  for (const n of scale > 1 ? [count, count * scale] : [count]) {
    const started = Date.now();
    process.stderr.write(`building a corpus of ${n} articles × ${LANGUAGES.length} locale files …\n`);
    const dir = buildCorpus(n);
    process.stderr.write(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s (${dir})\n`);
    try {
      const modes = n === count ? (['baseline', 'offline', 'extract'] as const) : (['offline'] as const); // the large corpus checks memory only
      const best = new Map<Mode, Measurement>();
      // Interleaved (baseline, offline, extract, baseline, …): a change of load hits every mode alike.
      for (let run = 0; run < (n === count ? runs : 1); run++) {
        for (const mode of modes) {
          process.stderr.write(`  ${mode}${runs > 1 && n === count ? ` (run ${run + 1}/${runs})` : ''} …\n`);
          const m = child(mode, dir);
          const known = best.get(mode);
          best.set(mode, known ? { ...m, seconds: Math.min(known.seconds, m.seconds), cpuSeconds: Math.min(known.cpuSeconds, m.cpuSeconds), peakRssMb: Math.max(known.peakRssMb, m.peakRssMb) } : m);
        }
      }
      for (const m of best.values()) {
        results.push(m);
        rows.push([String(m.articles), m.mode, m.seconds.toFixed(2), m.cpuSeconds.toFixed(2), (m.articles / m.seconds).toFixed(1), m.peakRssMb.toFixed(0)]);
      }
    } finally {
      if (!values.keep) rmSync(dir, { recursive: true, force: true });
    }
  }
  process.stdout.write(formatTable(['articles', 'run', 'seconds', 'CPU s', 'articles/s', 'peak RSS MB'], rows));
  const at = (mode: Mode, n: number) => results.find((m) => m.mode === mode && m.articles === n);
  const base = at('baseline', count);
  const offline = at('offline', count);
  const extract = at('extract', count);
  const large = scale > 1 ? at('offline', count * scale) : undefined; // not the first corpus compared with itself
  const wallAndCpu = (a: Measurement, b: Measurement, show: (x: number) => string) => `${show(a.seconds / b.seconds)} wall, ${show(a.cpuSeconds / b.cpuSeconds)} CPU`;
  const ratio = (x: number) => x.toFixed(2);
  const added = (x: number) => `${((x - 1) * 100).toFixed(0)} %`;
  if (base && offline) process.stdout.write(`\nratio offline / bare unified parse+stringify ×14: ${wallAndCpu(offline, base, ratio)} (target ≤ 3)\n`);
  if (offline && extract) process.stdout.write(`extraction adds: ${wallAndCpu(extract, offline, added)} (target ≤ 50 %)\n`);
  if (offline && large) process.stdout.write(`peak RSS ${count}: ${offline.peakRssMb.toFixed(0)} MB, ${count * scale}: ${large.peakRssMb.toFixed(0)} MB (target: the same)\n`);
}

main();
