import { describe, expect, it } from 'vitest';
import { planBatches, splitInHalf, textBytes } from '../src/translate/batching.js';
import { EngineError } from '../src/translate/errors.js';
import { Limiter } from '../src/translate/pool.js';
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter, withRetries } from '../src/translate/transport.js';
import { fakeClock } from './helpers/loopback/clock.js';

describe('batching', () => {
  const items = (n: number, text = 'Ein Satz.') => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, text }));

  it('120 segments at 50 per request are 3 requests, in order', () => {
    const plan = planBatches(items(120), { maxSegmentsPerRequest: 50, maxBytesPerRequest: 1_000_000 });
    expect(plan.batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(plan.batches.flat().map((s) => s.id)).toEqual(items(120).map((s) => s.id));
  });

  it('counts JSON-escaped UTF-8 bytes', () => {
    expect(textBytes('ab')).toBe(5); // "ab" and a comma
    expect(textBytes('ä"')).toBe(7); // "ä\"" is 6 bytes, plus the comma
    const plan = planBatches(items(10, 'x'.repeat(97)), { maxSegmentsPerRequest: 50, maxBytesPerRequest: 300 });
    expect(plan.batches.map((b) => b.length)).toEqual([3, 3, 3, 1]);
  });

  it('sets apart a segment that can never fit', () => {
    const plan = planBatches([{ id: 'a', text: 'kurz' }, { id: 'b', text: 'x'.repeat(500) }, { id: 'c', text: 'kurz' }], { maxSegmentsPerRequest: 5, maxBytesPerRequest: 100 });
    expect(plan.oversize.map((s) => s.id)).toEqual(['b']);
    expect(plan.batches).toEqual([[{ id: 'a', text: 'kurz' }, { id: 'c', text: 'kurz' }]]);
  });

  it('halves keep order', () => {
    expect(splitInHalf([1, 2, 3, 4, 5])).toEqual([[1, 2, 3], [4, 5]]);
  });
});

describe('Retry-After and backoff', () => {
  const now = Date.UTC(2024, 7, 2, 12, 0, 0);

  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(new Date(now + 12_000).toUTCString(), now)).toBe(12_000);
    expect(parseRetryAfter('Fri, 02 Aug 2024 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('full jitter under a doubling, capped ceiling', () => {
    const policy = { ...DEFAULT_RETRY, baseDelayMs: 500, maxDelayMs: 3000 };
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(n, policy, () => 1))).toEqual([500, 1000, 2000, 3000, 3000]);
    expect(backoffDelay(3, policy, () => 0.25)).toBe(750);
  });

  it('retries what is retryable and waits at least Retry-After', async () => {
    const { clock, sleeps } = fakeClock();
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls += 1;
        if (calls === 1) throw new EngineError('t', 'rate-limit', 'slow down', { status: 429, retryAfter: '9' });
        if (calls === 2) throw new EngineError('t', 'server', 'oops', { status: 503 });
        return 'ok';
      },
      { policy: DEFAULT_RETRY, clock, random: () => 0.5 },
    );
    expect(result).toBe('ok');
    expect(sleeps).toEqual([9000, 500]);
  });

  it('never retries auth or quota, and gives up when Retry-After is absurd', async () => {
    const { clock, sleeps } = fakeClock();
    for (const error of [new EngineError('t', 'auth', 'no'), new EngineError('t', 'quota', 'empty'), new EngineError('t', 'rate-limit', 'later', { retryAfter: '86400' })]) {
      let calls = 0;
      await expect(withRetries(async () => (calls++, Promise.reject(error)), { policy: DEFAULT_RETRY, clock, random: () => 0.5 })).rejects.toBe(error);
      expect(calls).toBe(1);
    }
    expect(sleeps).toEqual([]);
  });
});

describe('Limiter', () => {
  it('never runs more than its size at once, and runs everything', async () => {
    const limiter = new Limiter(2);
    let active = 0;
    let most = 0;
    const done = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        limiter.run(async () => {
          active += 1;
          most = Math.max(most, active);
          await new Promise((r) => setTimeout(r, 5));
          active -= 1;
          return i;
        }),
      ),
    );
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(most).toBe(2);
  });
});
