// Where a run's CPU time goes: a per-stage CPU clock for `npm run bench` (and anyone who asks).
// Off by default, so a normal run pays one boolean test per stage. When on, entering a stage
// charges the CPU time since the last switch to the stage that was running, so nested stages
// are counted once (self time) and the total of all stages is the run's CPU time.
// The time is the calling thread's own CPU time where the system says it (Linux:
// /proc/thread-self/schedstat), so each worker thread of `--jobs N` keeps an exact clock of
// its own and reports it with its results (`threadUsage`); elsewhere it is the process's
// (process.cpuUsage()), exact for a run on the main thread (`--jobs 1`) only.

export const STAGES = ['parse', 'segment', 'figures', 'claims', 'validate', 'localize', 'render', 'qa', 'write', 'other'] as const;
export type Stage = (typeof STAGES)[number];

export type StageTimes = Record<Stage, number>;

import { closeSync, openSync, readSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

/** This thread's schedstat, opened once per thread (the path names the thread that opens it). */
let schedstat: number | null | undefined;
const buffer = Buffer.alloc(64);

/** CPU microseconds of this thread alone; undefined where the system does not tell. */
export function threadCpuMicros(): number | undefined {
  if (schedstat === undefined) {
    try {
      schedstat = openSync('/proc/thread-self/schedstat', 'r');
    } catch {
      schedstat = null;
    }
  }
  if (schedstat === null) return undefined;
  try {
    const read = readSync(schedstat, buffer, 0, buffer.length, 0);
    const nanos = Number(buffer.toString('latin1', 0, read).split(' ')[0]);
    return Number.isFinite(nanos) ? nanos / 1000 : undefined;
  } catch {
    closeSync(schedstat);
    schedstat = null;
    return undefined;
  }
}

function cpuMicros(): number {
  const own = threadCpuMicros();
  if (own !== undefined) return own;
  const { user, system } = process.cpuUsage();
  return user + system;
}

const totals: StageTimes = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as StageTimes;
let enabled = false;
let current: Stage = 'other';
let last = 0;

function switchTo(stage: Stage): Stage {
  const now = cpuMicros();
  totals[current] += now - last;
  last = now;
  const previous = current;
  current = stage;
  return previous;
}

/** Start counting (time from now on is charged to `other` until a stage runs). */
export function startStageClock(): void {
  enabled = true;
  current = 'other';
  last = cpuMicros();
}

export function stageClockRunning(): boolean {
  return enabled;
}

/** Run `work` as `stage`; what it calls in other stages is charged to those. */
export function timed<T>(stage: Stage, work: () => T): T {
  if (!enabled) return work();
  const previous = switchTo(stage);
  try {
    return work();
  } finally {
    switchTo(previous);
  }
}

/** CPU seconds per stage so far (the running stage brought up to date). */
export function stageTimes(): StageTimes {
  if (enabled) switchTo(current);
  return Object.fromEntries(STAGES.map((stage) => [stage, totals[stage] / 1e6])) as StageTimes;
}

/** What one thread of a run spent: its CPU seconds, those before its first article, and its stage clock. */
export interface ThreadUsage {
  thread: number;
  cpuSeconds: number;
  /** CPU seconds the thread had spent when it started its first article (loading, set-up). */
  startupSeconds: number;
  stages: StageTimes;
}

let firstWork: number | undefined;

/** Mark that this thread starts its first article (once; later calls do nothing). */
export function markFirstWork(): void {
  firstWork ??= cpuMicros();
}

/** This thread's usage so far (a worker sends it with each result while the clock runs). */
export function threadUsage(): ThreadUsage {
  const now = cpuMicros();
  return { thread: threadId, cpuSeconds: now / 1e6, startupSeconds: (firstWork ?? now) / 1e6, stages: stageTimes() };
}

/** The main thread's record of its workers (the latest usage of each) and of when it ran them. */
const workers = new Map<number, ThreadUsage>();
const parallel: { start?: number; end?: number } = {};

export function recordWorkerUsage(usage: ThreadUsage): void {
  workers.set(usage.thread, usage);
}

/** The main thread starts handing articles to workers (`start`) or has all their results (`end`). */
export function markParallel(edge: 'start' | 'end'): void {
  if (enabled) parallel[edge] = cpuMicros() / 1e6;
}

export interface RunThreads {
  /** This (main) thread's CPU seconds: in all, before its workers started, after their last result. */
  main: { cpuSeconds: number; beforeWorkers?: number; afterWorkers?: number };
  workers: ThreadUsage[];
}

export function runThreads(): RunThreads {
  const now = cpuMicros() / 1e6;
  return {
    main: { cpuSeconds: now, ...(parallel.start !== undefined ? { beforeWorkers: parallel.start } : {}), ...(parallel.end !== undefined ? { afterWorkers: now - parallel.end } : {}) },
    workers: [...workers.values()].sort((a, b) => a.thread - b.thread),
  };
}
