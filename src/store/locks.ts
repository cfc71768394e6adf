// Job locks: at most one run of a job at a time across processes on one machine (and across
// machines sharing the file, by heartbeat). A row per job holds the owner (host, PID, a
// random token), a heartbeat refreshed while the run lasts, and the last cron slot run.
//
// A lock is free when it has no owner, when its owner's process is gone (same host, PID not
// alive: a kill -9 frees it at once), or when its heartbeat is older than `staleMs` (another
// host, or a PID reused by an unrelated process). Taking over a dead owner's lock marks the
// run it left open as `crashed`. `last_slot` makes a scheduled slot run once even when two
// daemons fire it a few milliseconds apart: the later one finds the slot done.

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from './db.js';

export type LockResult =
  | { ok: true; token: string; tookOver?: { pid: number; host: string; runId: number | null } }
  | { ok: false; reason: 'locked'; holder: { pid: number; host: string; since: string } }
  | { ok: false; reason: 'already-run'; slot: string };

interface LockRow {
  job: string;
  owner: string | null;
  pid: number | null;
  host: string | null;
  run_id: number | null;
  acquired_at: string | null;
  heartbeat_at: string | null;
  last_slot: string | null;
}

/** Whether a process is alive. Unknowable for another host: then only the heartbeat counts. */
export function processAlive(pid: number, host: string): boolean | undefined {
  if (host !== hostname()) return undefined;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function locksApi(db: Db) {
  const get = db.prepare<[string], LockRow>('SELECT * FROM job_locks WHERE job = ?');
  const upsert = db.prepare<{ job: string; owner: string; pid: number; host: string; now: string; slot: string | null }>(
    `INSERT INTO job_locks (job, owner, pid, host, run_id, acquired_at, heartbeat_at, last_slot)
     VALUES (@job, @owner, @pid, @host, NULL, @now, @now, @slot)
     ON CONFLICT (job) DO UPDATE SET owner = @owner, pid = @pid, host = @host, run_id = NULL, acquired_at = @now,
       heartbeat_at = @now, last_slot = COALESCE(MAX(@slot, last_slot), @slot, last_slot)`,
  );
  const crash = db.prepare<[string, string, number]>("UPDATE runs SET outcome = 'crashed', ended_at = ?, error = ? WHERE id = ? AND outcome = 'running'");
  const setRun = db.prepare<[number, string, string]>('UPDATE job_locks SET run_id = ? WHERE job = ? AND owner = ?');
  const beat = db.prepare<[string, string, string]>('UPDATE job_locks SET heartbeat_at = ? WHERE job = ? AND owner = ?');
  const release = db.prepare<[string, string]>('UPDATE job_locks SET owner = NULL, pid = NULL, host = NULL, run_id = NULL WHERE job = ? AND owner = ?');
  const openRuns = db.prepare<[], { id: number; pid: number; host: string }>("SELECT id, pid, host FROM runs WHERE outcome = 'running'");

  const acquire = db.transaction((job: string, slot: string | null, staleMs: number, now: Date): LockResult => {
    const row = get.get(job);
    let tookOver: { pid: number; host: string; runId: number | null } | undefined;
    if (row?.owner && row.pid !== null && row.host !== null) {
      const alive = processAlive(row.pid, row.host);
      const beatAge = now.getTime() - Date.parse(row.heartbeat_at ?? row.acquired_at ?? '1970-01-01T00:00:00Z');
      const held = alive === false ? false : beatAge <= staleMs;
      if (held) return { ok: false, reason: 'locked', holder: { pid: row.pid, host: row.host, since: row.acquired_at ?? '' } };
      tookOver = { pid: row.pid, host: row.host, runId: row.run_id };
      if (row.run_id !== null) {
        crash.run(now.toISOString(), `process ${row.pid} on ${row.host} stopped during the run (${alive === false ? 'gone' : 'no heartbeat'})`, row.run_id);
      }
    }
    if (slot !== null && row?.last_slot && row.last_slot >= slot) return { ok: false, reason: 'already-run', slot: row.last_slot };
    const token = `${hostname()}:${process.pid}:${randomUUID()}`;
    upsert.run({ job, owner: token, pid: process.pid, host: hostname(), now: now.toISOString(), slot });
    return tookOver ? { ok: true, token, tookOver } : { ok: true, token };
  });

  return {
    /**
     * Take the lock of a job. `slot` (the cron time being run) makes the slot run once;
     * manual runs pass none. Runs in an IMMEDIATE transaction: two processes never both win.
     */
    acquireJobLock(job: string, options: { slot?: Date | null; staleMs?: number; now?: Date } = {}): LockResult {
      return acquire.immediate(job, options.slot ? options.slot.toISOString() : null, options.staleMs ?? 60_000, options.now ?? new Date());
    },
    attachRun(job: string, token: string, runId: number): void {
      setRun.run(runId, job, token);
    },
    /** Refresh the heartbeat; false when the lock was lost (taken over as stale). */
    heartbeat(job: string, token: string, now: Date = new Date()): boolean {
      return beat.run(now.toISOString(), job, token).changes === 1;
    },
    releaseJobLock(job: string, token: string): void {
      release.run(job, token);
    },
    /** Close runs left `running` by processes of this host that no longer exist. */
    reapCrashedRuns(now: Date = new Date()): number[] {
      const reaped: number[] = [];
      db.transaction(() => {
        for (const run of openRuns.all()) {
          if (processAlive(run.pid, run.host) === false) {
            crash.run(now.toISOString(), `process ${run.pid} on ${run.host} stopped during the run`, run.id);
            reaped.push(run.id);
          }
        }
      }).immediate();
      return reaped;
    },
  };
}

export type LocksApi = ReturnType<typeof locksApi>;
