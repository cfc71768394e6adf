// Where a run's CPU time goes: a per-stage CPU clock for `npm run bench` (and anyone who asks).
// Off by default, so a normal run pays one boolean test per stage. When on, entering a stage
// charges the CPU time since the last switch to the stage that was running, so nested stages
// are counted once (self time) and the total of all stages is the run's CPU time.
// process.cpuUsage() is the whole process: the figures are exact for a run on the main
// thread (`--jobs 1`); with worker threads each thread's clock would see the others' work,
// so workers do not keep one.

export const STAGES = ['parse', 'segment', 'figures', 'claims', 'validate', 'localize', 'render', 'qa', 'write', 'other'] as const;
export type Stage = (typeof STAGES)[number];

export type StageTimes = Record<Stage, number>;

function cpuMicros(): number {
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
