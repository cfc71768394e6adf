// Cron arithmetic for status and catch-up: validation through node-cron, and the next
// scheduled time after any instant (a fake clock in tests, the real one in the daemon).
// node-cron only answers "next run from now", so the walk is ours; whether an instant
// matches is still node-cron's own `match`, so the two can never disagree on a schedule.

import cron from 'node-cron';

/** The fields of a cron expression with their ranges: 5 fields, or 6 with leading seconds. */
const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day of week', min: 0, max: 7 },
] as const;

/**
 * A step that cannot step (a step of 0) or steps past its field (every 61 minutes: node-cron
 * accepts it and runs once an hour, which is not what anyone who wrote it meant).
 */
function stepProblem(expression: string): string | undefined {
  const parts = expression.trim().split(/\s+/);
  const fields = parts.length === 6 ? FIELDS : FIELDS.slice(1);
  for (const [i, part] of parts.entries()) {
    const field = fields[i];
    if (!field) return undefined;
    for (const item of part.split(',')) {
      const [range, stepText] = item.split('/');
      if (stepText === undefined) continue;
      const step = Number(stepText);
      const [from, to] = range === '*' || range === undefined ? [field.min, field.max] : range.includes('-') ? range.split('-').map(Number) : [Number(range), field.max];
      const span = (to ?? field.max) - (from ?? field.min) + 1;
      if (!Number.isInteger(step) || step < 1 || (Number.isFinite(span) && step > span)) {
        return `the step \`/${stepText}\` in the ${field.name} field must be a whole number from 1 to ${Number.isFinite(span) && span > 0 ? span : field.max - field.min + 1}`;
      }
    }
  }
  return undefined;
}

/** The first problem with a cron expression, or undefined when node-cron accepts it. */
export function scheduleProblem(expression: string): string | undefined {
  const result = cron.validateDetailed(expression);
  if (result.valid && cron.validate(expression)) return stepProblem(expression);
  const first = result.errors[0];
  return first ? first.message.replace(' a invalid ', ' an invalid ') : `\`${expression}\` is not a cron expression`;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

interface Matcher {
  seconds: Set<number>;
  minutes: Set<number>;
  hours: Set<number>;
  months: Set<number>;
  match(date: Date): boolean;
  parts(time: number): { month: number; hour: number; minute: number; second: number };
}

const matchers = new Map<string, Matcher>();

function matcherFor(expression: string, timezone: string): Matcher {
  const key = `${timezone}\u0000${expression}`;
  const cached = matchers.get(key);
  if (cached) return cached;
  const fields = cron.parse(expression);
  // A task that is never started: only its matcher is used (destroyed at once, so it is not
  // left in node-cron's registry).
  const task = cron.createTask(expression, () => undefined, { timezone });
  void task.destroy();
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    month: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const matcher: Matcher = {
    seconds: new Set(fields.second),
    minutes: new Set(fields.minute),
    hours: new Set(fields.hour),
    months: new Set(fields.month),
    match: (date) => task.match(date),
    parts(time) {
      const out = { month: 0, hour: 0, minute: 0, second: 0 };
      for (const part of format.formatToParts(time)) {
        if (part.type === 'month' || part.type === 'hour' || part.type === 'minute' || part.type === 'second') out[part.type] = Number(part.value);
      }
      return out;
    },
  };
  matchers.set(key, matcher);
  return matcher;
}

/** Longest walk before giving up (a schedule that never fires within years). */
const MAX_STEPS = 200_000;

/**
 * The first scheduled time strictly after `after`, in whole seconds, or null if none within
 * the walk. Skips whole local days, hours and minutes that cannot match; node-cron's matcher
 * decides the day fields (`L`, `W`, `#` and friends).
 */
export function nextRun(expression: string, timezone: string, after: Date): Date | null {
  const m = matcherFor(expression, timezone);
  let t = Math.floor(after.getTime() / 1000) * 1000 + 1000;
  for (let step = 0; step < MAX_STEPS; step++) {
    const p = m.parts(t);
    const toNextMinute = (60 - p.second) * 1000;
    const toNextHour = (59 - p.minute) * 60_000 + toNextMinute;
    const toNextDay = (23 - p.hour) * 3_600_000 + toNextHour;
    if (!m.months.has(p.month)) t += toNextDay;
    else if (!m.hours.has(p.hour)) t += toNextHour;
    else if (!m.minutes.has(p.minute)) t += toNextMinute;
    else if (!m.seconds.has(p.second)) {
      let next = p.second + 1;
      while (next < 60 && !m.seconds.has(next)) next++;
      t += (next - p.second) * 1000;
    } else if (m.match(new Date(t))) {
      // A wall time repeated at a DST fall-back fires once, at its second occurrence, as
      // node-cron's runner does.
      const later = m.parts(t + 3_600_000);
      return new Date(later.hour === p.hour && later.minute === p.minute && later.second === p.second ? t + 3_600_000 : t);
    } else t += toNextDay;
  }
  return null;
}

/** The next `count` scheduled times after `after`. */
export function nextRuns(expression: string, timezone: string, after: Date, count: number): Date[] {
  const runs: Date[] = [];
  let from = after;
  for (let i = 0; i < count; i++) {
    const next = nextRun(expression, timezone, from);
    if (!next) break;
    runs.push(next);
    from = next;
  }
  return runs;
}

export type CatchUp = { reason: 'missed'; slot: Date } | { reason: 'unfinished'; runId: number } | null;

/**
 * The missed-run policy ("catch up once"): at daemon start, a job whose last run did not
 * finish (crashed or interrupted) or whose next scheduled time after its last run has
 * already passed runs once, immediately — however many slots were missed. A job that never
 * ran, or with `catchUp: false`, waits for its next slot.
 */
export function catchUpDecision(
  job: { schedule: string; timezone: string; catchUp: boolean },
  last: { id: number; start: string; outcome: string } | undefined,
  now: Date,
): CatchUp {
  if (!job.catchUp || !last) return null;
  if (last.outcome === 'crashed' || last.outcome === 'interrupted') return { reason: 'unfinished', runId: last.id };
  if (last.outcome === 'running') return null;
  const missed = nextRun(job.schedule, job.timezone, new Date(last.start));
  return missed && missed.getTime() <= now.getTime() ? { reason: 'missed', slot: missed } : null;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A time as a person in `timezone` reads it: `2024-08-02 22:45 Europe/Berlin (UTC+02:00)`,
 * so a Europe/Berlin job's next run is not shown in UTC.
 */
export function formatInZone(iso: string, timezone: string): string {
  let format = zoneFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' });
    zoneFormats.set(timezone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const offset = (parts.timeZoneName ?? 'GMT').replace(/^GMT$/, 'UTC+00:00').replace(/^GMT/, 'UTC');
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${timezone} (${offset})`;
}
