// What the exchange verbs (xliff, po, tmx, tbx) share: writing a file or standard output,
// printing an import's messages, and newsdesk's version for the files' headers.

import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Message } from '../../article/types.js';
import { Errors, fail, type ErrorData } from '../../errors/index.js';
import { readExchangeFile, type ImportResult } from '../../translate/workflow/index.js';
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

/** The one file an import verb reads: its text (checked as UTF-8) and how to show its name. */
export function importFile(io: CliIO, verb: string, positionals: readonly string[], what: string, door: { error: ErrorData; what: string } = { error: Errors.InvalidExchangeFile, what: `the ${verb.split(' ')[0]!.toUpperCase()} file` }): { text: string; shown: string } {
  const ref = positionals[0];
  if (!ref) fail(Errors.Usage, `${verb}: give ${what}`);
  if (positionals.length > 1) fail(Errors.Usage, `${verb}: one file at a time (got ${positionals.length})`);
  const path = resolve(io.cwd, ref);
  const shown = relative(io.cwd, path) || path;
  return { text: readExchangeFile(path, shown, door), shown };
}

/** What an XLIFF or PO import did, as JSON or lines; exit 1 when it was refused. */
export function reportImport(io: CliIO, result: ImportResult, shown: string, json: boolean | undefined): number {
  const errors = result.messages.filter((m) => m.severity === 'error');
  if (json) {
    io.stdout(`${JSON.stringify({ article: result.article, lang: result.lang, imported: errors.length === 0, edited: result.edited, reviewed: result.reviewed, unchanged: result.unchanged, kept: result.kept, notes: result.notes, messages: result.messages.map(({ source: _s, ...m }) => m) }, null, 2)}\n`);
  } else {
    printMessages(io, result.messages, shown);
    if (errors.length > 0) io.stdout(`${shown}: import refused, nothing written (${errors.length} problem${errors.length === 1 ? '' : 's'})\n`);
    else io.stdout(`${result.article} ${result.lang}: ${result.edited.length} edited, ${result.reviewed.length} reviewed, ${result.unchanged} unchanged${result.kept.length ? `, ${result.kept.length} kept from changed sentences` : ''}${result.notes.length ? `, ${result.notes.length} note${result.notes.length === 1 ? '' : 's'}` : ''}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}
