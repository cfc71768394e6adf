// `npm run bench`: the main job as users run it, against the floor.
//   main job  `newsdesk run --force --publish none` (every stage, every output written), in
//             its own process, on a generated corpus shaped like the sample;
//   floor     a bare unified().use(remarkParse).use(remarkStringify) parse + stringify of the
//             same files, each done 14 times (once per language).
// On the first corpus (default 1,000 articles) also: the same job on 2 worker threads (the
// speed-up from 1 to 2 workers), a re-run with nothing changed, a re-run after one sentence of one locale file was edited, and
// the old subset figures (parse → segment → render; plus figures and claims) as extra rows.
// A second corpus (default 5× larger) runs the floor and the main job again: peak RSS must
// not grow with the corpus (articles are streamed, never all held).
// Each measurement is a child process. CPU seconds (every thread of the child: the work,
// workers, GC, JIT, start-up) are the primary figure: on a shared machine wall seconds swing
// with the load, which is printed with the results. `--runs N` repeats the floor and the
// main job N times, interleaved, and keeps the best of each.
// The desk's server times follow (src/bench/desk.ts; `-- --desk` runs that section alone).
// Usage: npm run bench [-- --articles 1000 --scale 5 --runs 1 --jobs 2 --keep] [-- --desk]

import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
import { STAGES } from '../pipeline/clock.js';
import { formatTable } from '../pipeline/table.js';
import { COMMON_NS, renderArticle } from '../render/index.js';
import { segmentArticle } from '../segment/index.js';
import { buildCorpus } from './corpus.js';
import type { ProcessUsage } from './usage.js';
import type { RunThreads } from '../pipeline/clock.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLI = fileURLToPath(new URL('../cli/bin.js', import.meta.url));
const USAGE_HOOK = new URL('./usage.js', import.meta.url).href;

/** In-process loops of the old benchmark, kept as extra rows (and the floor). */
type LoopMode = 'floor' | 'offline' | 'extract';

interface Measurement {
  label: string;
  articles: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  stages?: Record<string, number>;
  threads?: RunThreads;
}

function articleFiles(dir: string): string[] {
  return readdirSync(join(dir, 'content'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, 'content', entry.name, 'index.md'))
    .sort();
}

/** Runs inside a child process: one loop over the whole corpus, one article at a time. */
function loop(mode: LoopMode, dir: string): void {
  const config = loadConfig(dir);
  const files = articleFiles(dir);
  const processor = unified().use(remarkParse).use(remarkStringify).freeze();
  const glossary = mode === 'extract' ? loadGlossary(config, undefined, dir) : undefined;
  for (const file of files) {
    if (mode === 'floor') {
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
}

/** Run a node process with the usage hook; wall seconds measured here, the rest by the hook. */
function measureProcess(label: string, articles: number, args: string[], cwd: string): Measurement {
  const usageFile = join(cwd, `.bench-usage-${process.pid}.json`);
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', USAGE_HOOK, ...args], {
    cwd,
    env: { ...process.env, NEWSDESK_BENCH_USAGE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${label} exited ${child.status}: ${child.stderr.toString('utf8').split('\n').slice(-5).join('\n')}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as ProcessUsage;
  rmSync(usageFile, { force: true });
  // Each figure as soon as it is measured: a run stopped later still shows what it measured.
  process.stderr.write(`    ${label}: ${seconds.toFixed(2)} s wall, ${usage.cpuSeconds.toFixed(2)} CPU s, peak RSS ${(usage.peakRssMb).toFixed(0)} MB (load ${loadavg()[0]!.toFixed(2)})\n`);
  return { label, articles, seconds, cpuSeconds: usage.cpuSeconds, peakRssMb: usage.peakRssMb, stages: usage.stages, threads: usage.threads };
}

const loopRun = (mode: LoopMode, label: string, dir: string, articles: number) => measureProcess(label, articles, [fileURLToPath(import.meta.url), '--child', mode, '--dir', dir], dir);
const mainJob = (label: string, dir: string, articles: number, flags: string[]) => measureProcess(label, articles, [CLI, 'run', '--publish', 'none', ...flags], dir);

/** A translator's edit of one sentence: a no-break space typed into one French sentence. */
function editOneSentence(dir: string, slug: string): void {
  const file = join(dir, 'locales', 'fr', `${slug}.json`);
  const resource = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const key = Object.keys(resource).find((k) => !k.startsWith('meta.') && resource[k]!.includes(' '));
  if (!key) throw new Error(`${file}: no sentence to edit`);
  resource[key] = resource[key]!.replace(' ', '\u00a0');
  writeFileSync(file, `${JSON.stringify(resource, null, 2)}\n`);
}

/** Every file under output/ with what a rewrite changes (inode: outputs are replaced by rename; mtime; size). */
function snapshotOutputs(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (entry.isFile()) {
        const stat = statSync(path, { bigint: true });
        files.set(`${prefix}${entry.name}`, `${stat.ino}:${stat.mtimeNs}:${stat.size}`);
      }
    }
  };
  walk(join(dir, 'output'), '');
  return files;
}

/** What a run wrote: the output files that are new, replaced or gone since `before`. */
interface Rewritten {
  files: string[];
  articles: Set<string>;
  /** Languages of the per-language outputs rewritten (`<lng>.md`, `<lng>.html`, …). */
  languages: Set<string>;
}

function rewrittenSince(before: Map<string, string>, dir: string): Rewritten {
  const after = snapshotOutputs(dir);
  const files = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).sort();
  const articles = new Set(files.map((file) => file.split('/')[0]!).filter((top) => top !== 'site'));
  const languages = new Set(files.map((file) => /^[^/]+\/([a-z]{2})\.[a-z.]+$/.exec(file)?.[1]).filter((lang): lang is string => lang !== undefined && (LANGUAGES as readonly string[]).includes(lang)));
  return { files, articles, languages };
}

const describeRewritten = (r: Rewritten) =>
  r.files.length === 0 ? 'no output file rewritten' : `${r.files.length} output files rewritten in ${r.articles.size} article${r.articles.size === 1 ? '' : 's'} (${r.files.slice(0, 8).join(', ')}${r.files.length > 8 ? ', …' : ''}); languages rendered: ${[...r.languages].join(', ') || 'none'}`;

function best(runs: Measurement[]): Measurement {
  const first = runs[0]!;
  return runs.slice(1).reduce((a, m) => ({ ...a, seconds: Math.min(a.seconds, m.seconds), cpuSeconds: Math.min(a.cpuSeconds, m.cpuSeconds), peakRssMb: Math.max(a.peakRssMb, m.peakRssMb), ...(a.cpuSeconds <= m.cpuSeconds ? {} : { stages: m.stages }) }), first);
}

/**
 * The speed-up from 1 to N workers as the threads' own CPU says it: what the wall time would be
 * with a free core per thread. On a shared machine the wall time says how much CPU the run
 * was given (with the kernel's autogroup scheduling, a session's share of the cores does not
 * grow with its threads), not what the code can do. The critical path of a --jobs run is the
 * main thread's CPU before its workers got articles, the busiest worker's CPU, and the main
 * thread's CPU after the last result.
 */
function threadLines(one: Measurement, two: Measurement, jobs: number): string[] {
  const single = one.threads!.main.cpuSeconds;
  const { main, workers } = two.threads!;
  if (workers.length === 0) return [];
  const before = main.beforeWorkers ?? 0;
  const after = main.afterWorkers ?? 0;
  const busiest = Math.max(...workers.map((w) => w.cpuSeconds));
  const path = before + busiest + after;
  const together = workers.reduce((sum, w) => sum + w.cpuSeconds, 0);
  const s = (x: number) => x.toFixed(2);
  return [
    `per-thread CPU, --jobs 1: main thread ${s(single)} s (the rest of the process's ${s(one.cpuSeconds)} s: V8's GC and compiler threads, libuv)`,
    `per-thread CPU, --jobs ${jobs}: main thread ${s(main.cpuSeconds)} s (${s(before)} before the workers got articles, ${s(after)} after their last result); workers ${workers.map((w) => `${s(w.cpuSeconds)} (${s(w.startupSeconds)} before its first article)`).join(', ')}; other threads ${s(two.cpuSeconds - main.cpuSeconds - together)} s`,
    `${jobs} workers vs 1 on the critical path (per-thread CPU: ${s(single)} s / (${s(before)} + ${s(busiest)} + ${s(after)}) s): ${(single / path).toFixed(2)}× faster with ${jobs} free cores (target ≥ 1.7×: ${single / path >= 1.7 ? 'met' : 'MISSED'}); the workers together spent ${(together / single).toFixed(2)}× the single thread's CPU`,
  ];
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

function main(): void {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      dir: { type: 'string' },
      articles: { type: 'string', default: '1000' },
      scale: { type: 'string', default: '5' },
      runs: { type: 'string', default: '1' },
      jobs: { type: 'string', default: '2' },
      keep: { type: 'boolean' },
      desk: { type: 'boolean' },
    },
  });
  if (values.child) {
    loop(values.child as LoopMode, values.dir!);
    return;
  }
  // The desk's server times, in a process of their own (`--desk`: this section alone).
  const deskSection = () => {
    const child = spawnSync(process.execPath, [fileURLToPath(new URL('./desk.js', import.meta.url))], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (child.status !== 0) throw new Error(`desk bench exited ${child.status}`);
  };
  if (values.desk) {
    deskSection();
    return;
  }
  const count = Math.max(1, Number(values.articles) || 1000);
  const scale = Number(values.scale) || 1;
  const runs = Math.max(1, Number(values.runs) || 1);
  const jobs = Math.max(2, Number(values.jobs) || 2);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const loadBefore = load();
  log(`${availableParallelism()} cores; load average (1, 5, 15 min) ${loadBefore}`);

  const results: Measurement[] = [];
  const rows: string[][] = [];
  let stages: Measurement | undefined;
  let unchangedWrote: Rewritten | undefined;
  let editedWrote: Rewritten | undefined;
  let editedSlug = '';
  for (const n of scale > 1 ? [count, Math.round(count * scale)] : [count]) {
    const first = n === count;
    const started = Date.now();
    log(`building a corpus of ${n} articles × ${LANGUAGES.length} locale files …`);
    const dir = buildCorpus(ROOT, n);
    log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s (${dir})`);
    try {
      const floors: Measurement[] = [];
      const singles: Measurement[] = [];
      for (let run = 0; run < (first ? runs : 1); run++) {
        log(`  floor${runs > 1 && first ? ` (run ${run + 1}/${runs})` : ''} …`);
        floors.push(loopRun('floor', 'floor: unified parse + stringify ×14', dir, n));
        log(`  newsdesk run --force --publish none --jobs 1 …`);
        singles.push(mainJob('newsdesk run --force --publish none --jobs 1', dir, n, ['--force', '--jobs', '1']));
      }
      const measured = [best(floors), best(singles)];
      if (first) {
        stages = measured[1];
        log(`  newsdesk run --force --publish none --jobs ${jobs} …`);
        measured.push(mainJob(`newsdesk run --force --publish none --jobs ${jobs}`, dir, n, ['--force', '--jobs', String(jobs)]));
        log('  re-run, nothing changed …');
        let before = snapshotOutputs(dir);
        measured.push(mainJob('newsdesk run --publish none (nothing changed)', dir, n, []));
        unchangedWrote = rewrittenSince(before, dir);
        editedSlug = `bench-${String(Math.floor(n / 2)).padStart(5, '0')}`;
        editOneSentence(dir, editedSlug);
        log('  re-run after one sentence of one locale file changed …');
        before = snapshotOutputs(dir);
        measured.push(mainJob('newsdesk run --publish none (one sentence edited)', dir, n, []));
        editedWrote = rewrittenSince(before, dir);
        log('  old subset: parse → segment → render …');
        measured.push(loopRun('offline', '(subset) parse → segment → render', dir, n));
        log('  old subset: + figures and claims …');
        measured.push(loopRun('extract', '(subset) + figures and claims', dir, n));
      }
      const floor = measured[0]!;
      for (const m of measured) {
        results.push(m);
        rows.push([String(m.articles), m.label, m.seconds.toFixed(2), m.cpuSeconds.toFixed(2), (m.articles / m.seconds).toFixed(1), m.peakRssMb.toFixed(0), (m.cpuSeconds / floor.cpuSeconds).toFixed(2)]);
      }
    } finally {
      if (!values.keep) rmSync(dir, { recursive: true, force: true });
    }
  }
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(formatTable(['articles', 'run', 'wall s', 'CPU s', 'articles/s', 'peak RSS MB', 'CPU × floor'], rows).trimEnd());
  const find = (n: number, prefix: string) => results.find((m) => m.articles === n && m.label.startsWith(prefix));
  const floor = find(count, 'floor');
  const one = find(count, 'newsdesk run --force --publish none --jobs 1');
  const two = find(count, `newsdesk run --force --publish none --jobs ${jobs}`);
  const unchanged = find(count, 'newsdesk run --publish none (nothing');
  const edited = find(count, 'newsdesk run --publish none (one');
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  out();
  if (floor && one) {
    out(`main job / floor on ${count} articles: ${(one.cpuSeconds / floor.cpuSeconds).toFixed(2)}× CPU, ${(one.seconds / floor.seconds).toFixed(2)}× wall (target ≤ 3 CPU: ${verdict(one.cpuSeconds / floor.cpuSeconds <= 3)}; moonshot 1.5); ${((one.cpuSeconds / count) * 1000).toFixed(1)} CPU ms per article`);
  }
  if (one && two) out(`${jobs} workers vs 1: ${(one.seconds / two.seconds).toFixed(2)}× faster in wall time, ${(two.cpuSeconds / one.cpuSeconds).toFixed(2)}× the CPU (target ≥ 1.7× faster: ${verdict(one.seconds / two.seconds >= 1.7)}, with ${jobs} cores free; see the load below)`);
  if (one?.threads && two?.threads) for (const line of threadLines(one, two, jobs)) out(line);
  if (unchanged) out(`unchanged re-run of ${count} articles: ${unchanged.seconds.toFixed(2)} s wall, ${unchanged.cpuSeconds.toFixed(2)} CPU s (target < 2 s: ${verdict(unchanged.seconds < 2)}); ${unchangedWrote ? describeRewritten(unchangedWrote) : ''}`);
  if (edited && editedWrote) {
    const onlyThat = editedWrote.articles.size === 1 && editedWrote.articles.has(editedSlug) && editedWrote.languages.size === 1 && editedWrote.languages.has('fr');
    out(`re-run after one edited sentence (fr, ${editedSlug}): ${edited.seconds.toFixed(2)} s wall, ${edited.cpuSeconds.toFixed(2)} CPU s; ${describeRewritten(editedWrote)} (target: only that language of that article: ${verdict(onlyThat)})`);
  }
  const large = scale > 1 ? find(Math.round(count * scale), 'newsdesk run --force --publish none --jobs 1') : undefined;
  if (one && large) out(`peak RSS: ${one.peakRssMb.toFixed(0)} MB at ${count} articles, ${large.peakRssMb.toFixed(0)} MB at ${large.articles} (${(((large.peakRssMb - one.peakRssMb) / one.peakRssMb) * 100).toFixed(1)} %, target within 10 %: ${verdict(Math.abs(large.peakRssMb - one.peakRssMb) / one.peakRssMb <= 0.1)})`);
  if (stages?.stages) {
    const total = stages.cpuSeconds;
    const stageRows = STAGES.map((stage) => {
      const seconds = stages!.stages![stage] ?? 0;
      return [stage, seconds.toFixed(2), `${((seconds / total) * 100).toFixed(1)} %`, ((seconds / stages!.articles) * 1000).toFixed(2)];
    });
    const counted = STAGES.reduce((sum, stage) => sum + (stages!.stages![stage] ?? 0), 0);
    stageRows.push(['start-up, exit, threads outside the clock', (total - counted).toFixed(2), `${(((total - counted) / total) * 100).toFixed(1)} %`, (((total - counted) / stages.articles) * 1000).toFixed(2)]);
    // Beside it, the same stages summed over the workers of the --jobs run (each worker's own clock).
    const workers = two?.threads?.workers ?? [];
    if (workers.length > 0) {
      const sum = (stage: string) => workers.reduce((total, w) => total + (w.stages[stage as keyof typeof w.stages] ?? 0), 0);
      STAGES.forEach((stage, i) => stageRows[i]!.push(sum(stage).toFixed(2)));
      stageRows[STAGES.length]!.push('');
    }
    out();
    out(`CPU by stage, newsdesk run --force --publish none --jobs 1 on ${stages.articles} articles (main thread's own CPU where the system tells it${workers.length > 0 ? `; last column: the ${workers.length} workers of --jobs ${jobs} together` : ''}):`);
    out(formatTable(['stage', 'CPU s', 'share', 'ms/article', ...(workers.length > 0 ? [`--jobs ${jobs} CPU s`] : [])], stageRows).trimEnd());
  }
  out();
  out(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after, on ${availableParallelism()} cores`);
  deskSection();
}

main();
