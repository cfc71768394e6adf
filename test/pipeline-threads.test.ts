// The bench's per-thread clock: each thread's own CPU time, and a --jobs run's record of its
// workers (what each spent, before its first article and by stage) and of the main thread's
// CPU before and after them — what the bench's critical-path speed-up is computed from.

import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { runPipeline } from '../src/pipeline/index.js';
import { runThreads, startStageClock, STAGES, threadCpuMicros } from '../src/pipeline/clock.js';
import { addArticle, seedProject, SMALL_ARTICLE } from './e2e/support/project.js';
import { tmpProject } from './helpers/tmp.js';

const linux = existsSync('/proc/thread-self/schedstat');

describe.skipIf(!linux)('per-thread CPU clock', () => {
  it('counts the CPU of the calling thread, not the work of another thread', async () => {
    // A worker does a fixed amount of work while this thread waits for it (the compiled
    // clock of npm run build: a worker cannot load the TypeScript).
    const url = new URL('../dist/pipeline/clock.js', import.meta.url).href;
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       import(${JSON.stringify(url)}).then((clock) => {
         const start = clock.threadCpuMicros();
         let x = 0;
         for (let i = 0; i < 3e7; i++) x += Math.sqrt(i);
         parentPort.postMessage({ spent: clock.threadCpuMicros() - start, x });
       });`,
      { eval: true },
    );
    const mine = threadCpuMicros()!;
    const process0 = process.cpuUsage();
    const { spent } = await new Promise<{ spent: number }>((resolve) => worker.once('message', resolve));
    const waited = threadCpuMicros()! - mine;
    const all = process.cpuUsage(process0);
    await worker.terminate();
    expect(spent).toBeGreaterThan(10_000);
    // The process's clock saw the worker's work; this thread's did not.
    expect(all.user + all.system).toBeGreaterThanOrEqual(spent * 0.9);
    expect(waited).toBeLessThan(spent / 2);
  });
});

describe.skipIf(!linux)('a --jobs 2 run with the stage clock', () => {
  it("records each worker's CPU, its start-up and stages, and the main thread's CPU around them", async () => {
    const dir = tmpProject({}, { withConfig: false });
    seedProject(dir, ['de', 'en', 'fr'], 'languages: [de, en, fr]\n');
    for (let n = 0; n < 4; n++) addArticle(dir, `zentrum-${n}`, SMALL_ARTICLE.replace('title: Peking baut ein Rechenzentrum', `title: Zentrum ${n}\nslug: zentrum-${n}`), ['de', 'en', 'fr']);
    startStageClock();
    const summary = await runPipeline({ config: loadConfig(dir), cwd: dir, publish: 'none', jobs: 2 });
    expect(summary.failed).toEqual([]);
    expect(summary.results).toHaveLength(4);
    const { main, workers } = runThreads();
    expect(workers).toHaveLength(2);
    expect(new Set(workers.map((w) => w.thread)).size).toBe(2);
    for (const w of workers) {
      expect(w.startupSeconds).toBeGreaterThan(0);
      expect(w.cpuSeconds).toBeGreaterThan(w.startupSeconds);
      // The worker's own stage clock: some render and QA, and no more than the thread spent.
      expect(w.stages.render + w.stages.qa).toBeGreaterThan(0);
      expect(STAGES.reduce((sum, stage) => sum + w.stages[stage], 0)).toBeLessThanOrEqual(w.cpuSeconds + 0.01);
    }
    expect(main.beforeWorkers).toBeGreaterThan(0);
    expect(main.afterWorkers).toBeGreaterThanOrEqual(0);
    expect(main.cpuSeconds).toBeGreaterThanOrEqual(main.beforeWorkers! + main.afterWorkers!);
  }, 120_000);
});
