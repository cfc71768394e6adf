// `newsdesk po export <article> --lang fr [-o file]` and `newsdesk po import <file>`: gettext
// PO for Weblate, Pootle, Poedit and translate-toolkit.

import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import { isLanguageCode } from '../../lang/codes.js';
import { exportPo, importPo, loadArticleSource, localesDirOf } from '../../translate/workflow/index.js';
import type { CliIO, Command } from '../io.js';
import { importFile, newsdeskVersion, reportImport, writeExport } from './exchange-io.js';

const USAGE = `Usage: newsdesk po export <article> --lang fr [-o FILE]
       newsdesk po import <FILE> [--article SLUG] [--json]

export   one entry per key: msgctxt = the key, msgid = the source value, msgstr = the
         translation, placeholders and tags kept as in the locale files and flagged
         (#, i18next-format); #. extracted comments give the key's state and each figure's
         source text, value written for the language, unit and qualifier; machine, stale and
         broken values are fuzzy, a stale one with #| msgid "<the source it was written for>";
         a translator's note is a # comment.
import   a non-fuzzy msgstr that differs from the locale value becomes edited; fuzzy entries
         count only when changed; # comments become the key's note. Figures or tags that
         differ from the source refuse the whole import, each at its line; nothing is written.
         The header names the article (X-Newsdesk-Article) and language (Language); give
         --article for a PO file without it.

Exit codes: 0 done, 1 the import was refused (problems listed), 2 usage or input errors.`;

export const command: Command = {
  name: 'po',
  summary: 'export an article language as gettext PO (Weblate, Poedit), or import one back (--lang, -o, --json)',
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'export') return exportCommand(rest, io);
    if (sub === 'import') return importCommand(rest, io);
    fail(Errors.Usage, sub ? `po: unknown subcommand \`${sub}\` (export, import)` : 'po: give a subcommand: export or import');
  },
};

async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { lang: { type: 'string' }, output: { type: 'string', short: 'o' } });
  const ref = positionals[0];
  if (!ref) fail(Errors.Usage, 'po export: give an article path or slug');
  if (positionals.length > 1) fail(Errors.Usage, `po export: unexpected argument \`${positionals[1]}\``);
  const lang = values.lang;
  if (!lang) fail(Errors.Usage, 'po export: give --lang');
  if (!isLanguageCode(lang)) fail(Errors.UnknownLanguage, `unknown language \`${lang}\` in --lang`);
  const config = loadConfig(io.cwd);
  const source = loadArticleSource(ref, config, io.cwd);
  if (lang === source.lang) fail(Errors.Usage, `po export: ${lang} is the source language of ${source.slug}`);
  writeExport(io, values.output, exportPo(source, lang, localesDirOf(config), newsdeskVersion()), `${source.slug} ${lang}: ${source.keys.length} entries`);
  return 0;
}

async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, article: { type: 'string' } });
  const { text, shown } = importFile(io, 'po import', positionals, 'a PO file');
  const config = loadConfig(io.cwd);
  return reportImport(io, importPo(text, shown, config, io.cwd, localesDirOf(config), undefined, values.article !== undefined ? { article: values.article } : {}), shown, values.json);
}
