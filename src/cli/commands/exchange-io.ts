// What the exchange verbs (xliff, po, tmx, tbx) share: writing a file or standard output,
// printing an import's messages, and newsdesk's version for the files' headers.

import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Message } from '../../article/types.js';
import { writeFileAtomic } from '../../localize/index.js';
import type { CliIO } from '../io.js';

let version: string | undefined;

/** newsdesk's version (package.json), for the creation tool named in exported files. */
export function newsdeskVersion(): string {
  if (version === undefined) {
    try {
      version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0';
    } catch {
      version = '0';
    }
  }
  return version;
}

/** Write an export to `-o FILE` (atomically) or standard output; says what was written on stderr. */
export function writeExport(io: CliIO, output: string | undefined, text: string, what: string): void {
  if (output === undefined || output === '-') {
    io.stdout(text);
    return;
  }
  const path = resolve(io.cwd, output);
  writeFileAtomic(path, text);
  io.stderr(`${what} → ${relative(io.cwd, path) || path}\n`);
}

/** One line per message: `file:line:column  severity  message  rule`. */
export function printMessages(io: CliIO, messages: readonly Message[], shown: string): void {
  for (const m of messages) io.stdout(`${m.file ?? shown}:${m.line}:${m.column}  ${m.severity}  ${m.message}  ${m.ruleId}\n`);
}
