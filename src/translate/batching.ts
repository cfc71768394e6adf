// Cut a list of segments into requests that fit an engine's limits: at most N texts and B
// bytes of (JSON-escaped, UTF-8) text per request, in document order. A segment that alone
// exceeds the byte limit cannot be sent at all and is returned apart.

import type { EngineLimits } from './engine.js';

export interface SizedText {
  text: string;
}

/** Bytes a text adds to a JSON request body: the escaped string and its separator. */
export function textBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text), 'utf8') + 1;
}

export interface BatchPlan<T> {
  batches: T[][];
  oversize: T[];
}

export function planBatches<T extends SizedText>(items: readonly T[], limits: Pick<EngineLimits, 'maxSegmentsPerRequest' | 'maxBytesPerRequest'>): BatchPlan<T> {
  const batches: T[][] = [];
  const oversize: T[] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = textBytes(item.text);
    if (size > limits.maxBytesPerRequest) {
      oversize.push(item);
      continue;
    }
    if (current.length > 0 && (current.length >= limits.maxSegmentsPerRequest || bytes + size > limits.maxBytesPerRequest)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return { batches, oversize };
}

/** Halve a batch the service refused or cut short; the halves keep document order. */
export function splitInHalf<T>(items: readonly T[]): [T[], T[]] {
  const middle = Math.ceil(items.length / 2);
  return [items.slice(0, middle), items.slice(middle)];
}
