// Per-engine run state shared by every language translated with the same engine instance:
// the concurrency limit (requests in flight) and the stop flag set by an auth or quota
// failure, after which the engine sends nothing more in this process.

import type { FailureKind } from './errors.js';
import type { TranslationEngine } from './engine.js';

/** A counting semaphore: at most `size` tasks run at once, the rest wait in order. */
export class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter so no newcomer can overtake it.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}

export interface EngineStop {
  kind: FailureKind;
  reason: string;
}

interface EngineState {
  limiter: Limiter;
  stopped?: EngineStop;
}

const states = new WeakMap<TranslationEngine, EngineState>();

function stateOf(engine: TranslationEngine): EngineState {
  let state = states.get(engine);
  if (!state) {
    state = { limiter: new Limiter(engine.limits.concurrency) };
    states.set(engine, state);
  }
  return state;
}

export function limiterFor(engine: TranslationEngine): Limiter {
  return stateOf(engine).limiter;
}

export function stopEngine(engine: TranslationEngine, stop: EngineStop): void {
  const state = stateOf(engine);
  state.stopped ??= stop;
}

export function engineStop(engine: TranslationEngine): EngineStop | undefined {
  return stateOf(engine).stopped;
}
