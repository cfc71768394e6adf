// Argument parsing shared by all commands: node:util parseArgs, with errors turned into
// usage errors (exit 2) and `--help` handled once.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Errors, fail } from '../errors/index.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

type CommandArgsConfig<T extends Options> = { args: string[]; options: { help: { type: 'boolean'; short: 'h' } } & T; allowPositionals: true; strict: true };
/** What parseArgs returns for these options (named, so declarations can be emitted). */
export type CommandArgs<T extends Options> = ReturnType<typeof parseArgs<CommandArgsConfig<T>>>;

export function parseCommandArgs<T extends Options>(argv: string[], options: T): CommandArgs<T> {
  try {
    return parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    fail(Errors.Usage, (error as Error).message);
  }
}

/** Split a comma-separated list option (`--to fr,ja`). */
export function listOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}
