// Next-run arithmetic and the missed-run policy, on a fake clock: every instant is given.

import { describe, expect, it } from 'vitest';
import { catchUpDecision, nextRun, nextRuns, scheduleProblem } from '../src/schedule/index.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('schedule: next run from a cron expression and a time zone', () => {
  it('the inbox job: every 15 minutes from 06:00 to 22:45 Berlin time', () => {
    // 22:40 Berlin summer time (UTC+2) → 22:45, then 06:00 the next morning.
    expect(iso(nextRuns('*/15 6-22 * * *', 'Europe/Berlin', new Date('2024-08-02T20:40:00Z'), 3))).toEqual([
      '2024-08-02T20:45:00.000Z',
      '2024-08-03T04:00:00.000Z',
      '2024-08-03T04:15:00.000Z',
    ]);
    // In winter the same wall times are an hour later in UTC.
    expect(nextRun('*/15 6-22 * * *', 'Europe/Berlin', new Date('2024-12-02T21:50:00Z'))?.toISOString()).toBe('2024-12-03T05:00:00.000Z');
  });

  it('strictly after the instant, in whole seconds, with a leading seconds field', () => {
    expect(nextRun('*/15 6-22 * * *', 'Europe/Berlin', new Date('2024-08-03T04:00:00Z'))?.toISOString()).toBe('2024-08-03T04:15:00.000Z');
    expect(iso(nextRuns('*/1 * * * * *', 'UTC', new Date('2024-08-02T10:00:00.400Z'), 2))).toEqual(['2024-08-02T10:00:01.000Z', '2024-08-02T10:00:02.000Z']);
    expect(nextRun('30 */10 * * * *', 'UTC', new Date('2024-08-02T10:00:31Z'))?.toISOString()).toBe('2024-08-02T10:10:30.000Z');
  });

  it('day fields decided by node-cron: last day of month, weekdays, months', () => {
    expect(nextRun('0 3 L * *', 'UTC', new Date('2024-02-01T00:00:00Z'))?.toISOString()).toBe('2024-02-29T03:00:00.000Z');
    expect(nextRun('0 9 * * mon-fri', 'Asia/Tokyo', new Date('2024-08-02T01:00:00Z'))?.toISOString()).toBe('2024-08-05T00:00:00.000Z');
    expect(nextRun('0 0 1 1 *', 'America/New_York', new Date('2024-02-01T00:00:00Z'))?.toISOString()).toBe('2025-01-01T05:00:00.000Z');
  });

  it('across daylight saving time, as node-cron fires: a skipped wall time is skipped, a repeated one runs once', () => {
    // 31 March 2024, Berlin: 02:00 → 03:00, so 02:30 does not exist that day.
    expect(nextRun('30 2 * * *', 'Europe/Berlin', new Date('2024-03-30T12:00:00Z'))?.toISOString()).toBe('2024-04-01T00:30:00.000Z');
    // 27 October 2024, Berlin: 03:00 → 02:00, so 02:30 happens twice; it runs at the second.
    expect(iso(nextRuns('30 2 * * *', 'Europe/Berlin', new Date('2024-10-26T12:00:00Z'), 2))).toEqual(['2024-10-27T01:30:00.000Z', '2024-10-28T01:30:00.000Z']);
  });

  it('explains an invalid expression', () => {
    expect(scheduleProblem('*/15 6-22 * * *')).toBeUndefined();
    expect(scheduleProblem('*/1 * * * * *')).toBeUndefined();
    expect(scheduleProblem('61 * * * *')).toBe('61 is an invalid expression for minute');
    expect(scheduleProblem('* * *')).toBe('expected 5 or 6 fields but got 3');
    expect(scheduleProblem('0 0 30 2 *')).toMatch(/impossible day of month/);
  });
});

describe('schedule: the missed-run policy (catch up once)', () => {
  const job = { schedule: '*/15 6-22 * * *', timezone: 'Europe/Berlin', catchUp: true };
  const last = (start: string, outcome = 'ok') => ({ id: 7, start, outcome });

  it('runs once when a scheduled time passed since the last run, with the first missed slot', () => {
    // Last run 20:45 Berlin; the daemon was down until 08:07 the next morning.
    const decision = catchUpDecision(job, last('2024-08-02T18:45:00.120Z'), new Date('2024-08-03T06:07:00Z'));
    expect(decision).toEqual({ reason: 'missed', slot: new Date('2024-08-02T19:00:00Z') });
  });

  it('does nothing when no scheduled time passed (down overnight, back before 06:00)', () => {
    expect(catchUpDecision(job, last('2024-08-02T20:45:00.050Z'), new Date('2024-08-03T03:59:59Z'))).toBeNull();
    expect(catchUpDecision(job, last('2024-08-02T20:45:00.050Z'), new Date('2024-08-03T04:00:00Z'))).toEqual({ reason: 'missed', slot: new Date('2024-08-03T04:00:00Z') });
  });

  it('resumes a run that did not finish', () => {
    expect(catchUpDecision(job, last('2024-08-03T04:00:00Z', 'crashed'), new Date('2024-08-03T04:00:05Z'))).toEqual({ reason: 'unfinished', runId: 7 });
    expect(catchUpDecision(job, last('2024-08-03T04:00:00Z', 'interrupted'), new Date('2024-08-03T04:00:05Z'))).toEqual({ reason: 'unfinished', runId: 7 });
  });

  it('waits for the next slot when the job never ran, is running elsewhere, or opts out', () => {
    expect(catchUpDecision(job, undefined, new Date('2024-08-03T06:07:00Z'))).toBeNull();
    expect(catchUpDecision(job, last('2024-08-01T00:00:00Z', 'running'), new Date('2024-08-03T06:07:00Z'))).toBeNull();
    expect(catchUpDecision({ ...job, catchUp: false }, last('2024-08-01T00:00:00Z'), new Date('2024-08-03T06:07:00Z'))).toBeNull();
  });
});
