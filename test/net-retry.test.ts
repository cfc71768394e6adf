// The one retry helper (src/net/retry.ts) that the engines and the CMS targets share: what
// is transient is retried with backoff and at least Retry-After, what is not is thrown at
// once, and `settle` stops a write whose answer was lost from being sent twice.

import { describe, expect, it } from 'vitest';
import { withRetries, type RetryPolicy } from '../src/net/retry.js';
import { fakeClock } from './helpers/loopback/clock.js';

const policy: RetryPolicy = { retries: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };
class Transient extends Error {
  constructor(readonly retryAfter?: string) {
    super('transient');
  }
}
const classify = (error: unknown) => (error instanceof Transient ? { retry: true as const, retryAfter: error.retryAfter } : { retry: false as const });

describe('withRetries', () => {
  it('retries transient failures, waiting the larger of backoff and Retry-After', async () => {
    const { clock, sleeps } = fakeClock();
    let calls = 0;
    const value = await withRetries(
      async () => {
        calls += 1;
        if (calls === 1) throw new Transient('3');
        if (calls === 2) throw new Transient();
        return 'done';
      },
      { policy, classify, clock, random: () => 1 },
    );
    expect(value).toBe('done');
    expect(sleeps).toEqual([3000, 200]);
  });

  it('throws at once what is not transient, and gives up after the retries, telling how many attempts', async () => {
    const { clock } = fakeClock();
    const fatal = new Error('bad request');
    await expect(withRetries(() => Promise.reject(fatal), { policy, classify, clock })).rejects.toBe(fatal);
    let attempts = 0;
    await expect(withRetries(() => Promise.reject(new Transient()), { policy, classify, clock, onGiveUp: (info) => (attempts = info.attempts) })).rejects.toBeInstanceOf(Transient);
    expect(attempts).toBe(4);
    // A Retry-After beyond what the policy waits for fails at once.
    let calls = 0;
    await expect(withRetries(() => (calls++, Promise.reject(new Transient('3600'))), { policy, classify, clock })).rejects.toBeInstanceOf(Transient);
    expect(calls).toBe(1);
  });

  it('settle: a write whose answer was lost is looked up, not sent again', async () => {
    const { clock } = fakeClock();
    const stored: string[] = [];
    const result = await withRetries(
      async () => {
        stored.push('doc'); // applied…
        throw new Transient(); // …but the answer never came
      },
      { policy, classify, clock, settle: async () => (stored.length > 0 ? `found ${stored.length}` : undefined) },
    );
    expect(result).toBe('found 1');
    expect(stored).toEqual(['doc']);
  });
});
