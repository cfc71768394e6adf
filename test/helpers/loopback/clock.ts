// A clock for retry tests: sleeping advances it instantly and records how long was asked,
// so backoff and Retry-After are asserted exactly while HTTP stays real.

import type { Clock } from '../../../src/translate/index.js';

export interface FakeClock {
  clock: Clock;
  /** Every sleep asked for, in milliseconds. */
  sleeps: number[];
  now(): number;
}

/** Starts on a whole second, so HTTP dates (1 s resolution) convert exactly. */
export function fakeClock(start = Date.UTC(2024, 7, 2, 12, 0, 0)): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    clock: {
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    },
    sleeps,
    now: () => now,
  };
}
