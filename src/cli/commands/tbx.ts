// `newsdesk tbx export [-o file]` and `newsdesk tbx import <file>`: content/glossary.yaml as a
// TBX-Basic term base, for CAT tools' term bases (OmegaT, memoQ, MultiTerm).

import { relative } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { loadGlossary } from '../../claims/index.js';
import { loadConfig, projectPath } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import { exportTbx, importTbx } from '../../translate/workflow/index.js';
import type { CliIO, Command } from '../io.js';
import { importFile, newsdeskVersion, printMessages, writeExport } from './exchange-io.js';

const USAGE = `Usage: newsdesk tbx export [-o FILE]
       newsdesk tbx import <FILE> [--json]

export   content/glossary.yaml as TBX-Basic: one <termEntry id="<entity id>"> per entity (its
         type as subjectField), per language the name as preferred term, accepted variants as
         admitted terms, known wrong ones as deprecated terms with their note.
import   merges a term base into content/glossary.yaml: preferred terms replace names, new
         variants are added (deprecated ones as known errors), entries with a name in every
         language and a subjectField become new entities. Comments and layout of the YAML are
         kept; it is written only when something changed and the result is a valid glossary.

Exit codes: 0 done, 2 usage or input errors (a file that is not TBX, or a merge that would
leave an invalid glossary, with its position).`;

export const command: Command = {
  name: 'tbx',
  summary: 'export content/glossary.yaml as TBX-Basic, or merge a CAT tool’s term base into it (-o, --json)',
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'export') return exportCommand(rest, io);
    if (sub === 'import') return importCommand(rest, io);
    fail(Errors.Usage, sub ? `tbx: unknown subcommand \`${sub}\` (export, import)` : 'tbx: give a subcommand: export or import');
  },
};

function glossaryPath(io: CliIO) {
  const config = loadConfig(io.cwd);
  const path = projectPath(config, config.paths.content, 'glossary.yaml');
  return { config, path, shown: relative(io.cwd, path) || path };
}

async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { output: { type: 'string', short: 'o' } });
  if (positionals.length > 0) fail(Errors.Usage, `tbx export: unexpected argument \`${positionals[0]}\``);
  const { config, path, shown } = glossaryPath(io);
  const glossary = loadGlossary(config, path, io.cwd);
  writeExport(io, values.output, exportTbx(glossary, { source: shown, version: newsdeskVersion() }), `${shown}: ${glossary.entities.length} entries`);
  return 0;
}

async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
  const { text, shown: shownFile } = importFile(io, 'tbx import', positionals, 'a TBX file');
  const { path, shown } = glossaryPath(io);
  const result = importTbx(text, shownFile, path, shown);
  if (values.json) io.stdout(`${JSON.stringify({ names: result.names, variants: result.variants, added: result.added, unchanged: result.unchanged, wrote: result.wrote, messages: result.messages.map(({ source: _s, ...m }) => m) }, null, 2)}\n`);
  else {
    printMessages(io, result.messages, shownFile);
    io.stdout(`${shown}: ${result.names.length} entit${result.names.length === 1 ? 'y' : 'ies'} renamed, ${result.variants} variant${result.variants === 1 ? '' : 's'} added, ${result.added.length} new, ${result.unchanged} unchanged\n`);
  }
  return 0;
}
