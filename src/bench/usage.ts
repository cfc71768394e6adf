// Loaded with `node --import` into a process the benchmark measures (the real `newsdesk run`):
// when the process exits, its CPU seconds (every thread: the work, worker threads, GC and
// JIT), its peak RSS, the stage clock's CPU breakdown and each thread's own CPU are written to the file named by
// NEWSDESK_BENCH_USAGE. The process is the command as users run it; only this hook is added.

import { writeFileSync } from 'node:fs';
import { runThreads, startStageClock, stageTimes, type RunThreads } from '../pipeline/clock.js';

export interface ProcessUsage {
  cpuSeconds: number;
  peakRssMb: number;
  /** CPU seconds per stage (exact for a run on the main thread, `--jobs 1`). */
  stages: Record<string, number>;
  /** CPU seconds of the main thread and of each worker thread (`--jobs N`), with their stage clocks. */
  threads: RunThreads;
}

const file = process.env.NEWSDESK_BENCH_USAGE;
if (file) {
  startStageClock();
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    const usage: ProcessUsage = { cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024, stages: stageTimes(), threads: runThreads() };
    writeFileSync(file, `${JSON.stringify(usage)}\n`);
  });
}
