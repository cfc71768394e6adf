// The one fixer: applies the fixes rules offered as data ({range, text} into the source),
// never overlapping ones, and writes the file atomically (temp file + rename). Only
// `newsdesk validate --fix` calls it; rules never change text themselves.

import type { Message } from '../article/types.js';
import type { Fix } from './types.js';

export interface FixResult {
  output: string;
  applied: Message[];
  /** Overlapping an applied fix: a second run picks them up. */
  skipped: Message[];
}

export function applyFixes(source: string, messages: readonly Message[]): FixResult {
  const fixable = messages
    .filter((message): message is Message & { fix: Fix } => message.fix !== undefined && !message.acknowledged)
    .filter(({ fix }) => fix.range[0] >= 0 && fix.range[1] <= source.length && fix.range[0] <= fix.range[1])
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const applied: Message[] = [];
  const skipped: Message[] = [];
  const parts: string[] = [];
  let cursor = 0;
  for (const message of fixable) {
    const [start, end] = message.fix.range;
    if (start < cursor) {
      skipped.push(message);
      continue;
    }
    parts.push(source.slice(cursor, start), message.fix.text);
    cursor = end;
    applied.push(message);
  }
  parts.push(source.slice(cursor));
  return { output: parts.join(''), applied, skipped };
}

export { writeFileAtomic } from '../fs/atomic.js';
