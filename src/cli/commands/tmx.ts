// `newsdesk tmx export [--from de] [--lang fr,ja] [-o file]` and `newsdesk tmx import <file>`:
// the translation memory as TMX 1.4b, for CAT tools' memories (OmegaT's tm/, memoQ, Trados).

import { listOption, parseCommandArgs } from '../args.js';
import { loadConfig, projectPath } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { articleLang, articleSlugs, exportTmx, importTmx, localesDirOf } from '../../translate/workflow/index.js';
import type { CliIO, Command } from '../io.js';
import { importFile, newsdeskVersion, printMessages, writeExport } from './exchange-io.js';

const USAGE = `Usage: newsdesk tmx export [--from de] [--lang fr,ja] [-o FILE]
       newsdesk tmx import <FILE> [--json]

export   the translation memory as TMX 1.4b: every value under locales/<lng>/ with the source
         it translates (one <tu> per source and language), its review state and article#key
         as <prop>s; figures and tags as codes carrying their native form. --from: the source
         language (default: the articles' language, when they share one); --lang: the target languages
         (default: all the others).
import   a CAT tool's memory (TMX 1.4, or 1.1 like OmegaT's project_save.tmx) into
         locales/tm/<from>-<to>.json, which \`translate\` reuses for exact matches and suggests
         from for near ones. Units whose figures or tags do not match their source are
         skipped with a warning.

Exit codes: 0 done, 2 usage or input errors (a file that is not TMX, with its position).`;

export const command: Command = {
  name: 'tmx',
  summary: 'export the translation memory as TMX 1.4b, or import a CAT tool’s memory (--from, --lang, -o)',
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'export') return exportCommand(rest, io);
    if (sub === 'import') return importCommand(rest, io);
    fail(Errors.Usage, sub ? `tmx: unknown subcommand \`${sub}\` (export, import)` : 'tmx: give a subcommand: export or import');
  },
};

async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { from: { type: 'string' }, lang: { type: 'string' }, output: { type: 'string', short: 'o' } });
  if (positionals.length > 0) fail(Errors.Usage, `tmx export: unexpected argument \`${positionals[0]}\``);
  const config = loadConfig(io.cwd);
  const contentDir = projectPath(config, config.paths.content);
  // Default: the language the articles are written in, when they share one.
  const written = [...new Set(articleSlugs(config).map((slug) => articleLang(contentDir, slug)))];
  const from = values.from ?? (written.length === 1 ? written[0] : undefined);
  if (from === undefined) fail(Errors.Usage, `tmx export: give --from (the articles are written in ${written.join(', ') || 'no language yet'})`);
  if (!isLanguageCode(from)) fail(Errors.UnknownLanguage, `unknown language \`${from}\` in --from`);
  const langs = listOption(values.lang) ?? config.languages.filter((l) => l !== from);
  for (const code of langs) if (!isLanguageCode(code)) fail(Errors.UnknownLanguage, `unknown language \`${code}\` in --lang`);
  const { tmx, units } = exportTmx({ localesDir: localesDirOf(config), contentDir, from, to: langs as LanguageCode[], version: newsdeskVersion() });
  writeExport(io, values.output, tmx, `translation memory ${from} → ${langs.join(',')}: ${units} units`);
  return 0;
}

async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
  const { text, shown: shown } = importFile(io, 'tmx import', positionals, 'a TMX file');
  const config = loadConfig(io.cwd);
  const result = importTmx(text, shown, localesDirOf(config));
  if (values.json) io.stdout(`${JSON.stringify({ from: result.from, added: result.added, unchanged: result.unchanged, messages: result.messages.map(({ source: _s, ...m }) => m) }, null, 2)}\n`);
  else {
    printMessages(io, result.messages, shown);
    const added = Object.entries(result.added).filter(([, n]) => n > 0).map(([lang, n]) => `${n} ${result.from}→${lang}`);
    io.stdout(`${shown}: ${added.length ? added.join(', ') : 'nothing'} added to the memory, ${result.unchanged} already known\n`);
  }
  return 0;
}
