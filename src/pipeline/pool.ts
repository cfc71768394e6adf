// Worker threads for `newsdesk run --jobs N`: N workers (worker.ts), each running whole
// articles; the main thread plans, publishes and reports in article order, so a run's
// results do not depend on how many workers made them. A worker that dies takes only its
// article with it (reported as failed); a fresh one takes its place.

import { Worker } from 'node:worker_threads';
import type { PipelineConfig } from '../config/index.js';
import { Errors, NewsdeskError, type ErrorData } from '../errors/index.js';
import type { LanguageCode } from '../lang/codes.js';
import type { ArticleResult } from './result.js';
import { recordWorkerUsage, type ThreadUsage } from './clock.js';

export interface WorkerInit {
  config: PipelineConfig;
  cwd: string;
  languages?: readonly LanguageCode[];
  force?: boolean;
  /** Send the article and its versions back (a publish target needs them). */
  withVersions: boolean;
  /** Keep a stage clock of the thread's own CPU and send its usage with each result (the bench). */
  clock?: boolean;
}

export interface WorkRequest {
  index: number;
  ref: string;
  only?: LanguageCode[];
}

export interface SerializedError {
  message: string;
  /** A NewsdeskError's catalogue name and place. */
  name?: string;
  place?: NewsdeskError['place'];
  stack?: string;
}

export type WorkResponse = ({ index: number; result: ArticleResult; error?: undefined } | { index: number; error: SerializedError; result?: undefined }) & { usage?: ThreadUsage };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof NewsdeskError) return { message: error.message, name: error.data.name, place: error.place };
  if (error instanceof Error) return { message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { message: String(error) };
}

const CATALOGUE = new Map<string, ErrorData>(Object.values(Errors).map((data) => [data.name, data]));

/** The error as the main thread would have seen it: a NewsdeskError stays one (one line, its exit code). */
export function deserializeError(error: SerializedError): Error {
  const data = error.name ? CATALOGUE.get(error.name) : undefined;
  if (data) return new NewsdeskError(data, error.message, error.place ?? {});
  const plain = new Error(error.message);
  if (error.stack) plain.stack = error.stack;
  return plain;
}

/** The compiled worker: beside this file when running from dist/, else the build's (tests run the TypeScript). */
function workerUrl(): URL {
  if (import.meta.url.endsWith('.js')) return new URL('./worker.js', import.meta.url);
  return new URL('../../dist/pipeline/worker.js', import.meta.url);
}

interface Slot {
  worker: Worker;
  pending: { request: WorkRequest; resolve: (response: WorkResponse) => void } | undefined;
}

export class ArticlePool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<{ request: WorkRequest; resolve: (response: WorkResponse) => void }> = [];
  private closed = false;

  constructor(
    readonly size: number,
    private readonly init: WorkerInit,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(workerUrl(), { workerData: this.init }), pending: undefined };
    slot.worker.on('message', (response: WorkResponse) => {
      if (response.usage) recordWorkerUsage(response.usage);
      const pending = slot.pending;
      slot.pending = undefined;
      pending?.resolve(response);
      this.next(slot);
    });
    const lost = (error: Error) => {
      const pending = slot.pending;
      slot.pending = undefined;
      if (this.closed) return;
      pending?.resolve({ index: pending.request.index, error: serializeError(error) });
      // A fresh worker in its place, for the articles still to come.
      const index = this.slots.indexOf(slot);
      if (index >= 0) {
        this.slots[index] = this.spawn();
        this.next(this.slots[index]!);
      }
    };
    slot.worker.on('error', lost);
    slot.worker.on('exit', (code) => {
      if (slot.pending) lost(new Error(`a worker thread stopped (exit code ${code}) while running this article`));
    });
    return slot;
  }

  private next(slot: Slot): void {
    if (slot.pending) return;
    const job = this.waiting.shift();
    if (!job) return;
    slot.pending = job;
    slot.worker.postMessage(job.request);
  }

  /** Run one article on the first free worker. */
  run(request: WorkRequest): Promise<WorkResponse> {
    return new Promise((resolve) => {
      this.waiting.push({ request, resolve });
      const free = this.slots.find((slot) => !slot.pending);
      if (free) this.next(free);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
