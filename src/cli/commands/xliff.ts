// `newsdesk xliff export <article> --lang fr [-o file]` and `newsdesk xliff import <file>`:
// XLIFF 1.2 for CAT tools (OmegaT, memoQ, Trados).

import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import { isLanguageCode } from '../../lang/codes.js';
import { exportXliff, importXliff, loadArticleSource, localesDirOf } from '../../translate/workflow/index.js';
import type { CliIO, Command } from '../io.js';
import { importFile, reportImport, writeExport } from './exchange-io.js';

const USAGE = `Usage: newsdesk xliff export <article> --lang fr [--version 1.2|2.0] [--targets values|source] [-o FILE]
       newsdesk xliff import <FILE> [--article SLUG] [--json]

export   writes the article's sentences in one language as XLIFF 1.2 (default) or 2.0 (to
         FILE, or standard output): one unit per key with its source and target, the state
         (1.2: needs-translation, needs-review-translation for machine, stale and broken
         values, translated, final; 2.0: initial, translated, final with subState
         newsdesk:<state>). Figures are protected codes that carry the source text and the
         value written for the target (1.2 equiv-text, 2.0 equiv/disp), with a note listing
         each figure's value, unit and qualifier; markup and inline code are codes too.
         Translators' notes travel as <note from="translator"> (2.0: category="translator").
  --targets source   a copy of the source in every <target> (OmegaT 3.6's XLIFF filter
                     translates what stands there); give OmegaT the translations as a project
                     TM: newsdesk tmx export --lang L
import   reads it back (1.2 or 2.0): a target that differs from the locale value and from
         the source becomes edited (reviewed when final, signed-off or approved); an
         unchanged file changes nothing. A target whose figures or tags differ from the
         source refuses the whole import, each problem at its line and column; nothing is
         written. translate-toolkit's po2xliff output is read too (its units name their key
         in a PO location; non-fuzzy counts as translated, fuzzy as needing review); give
         --article when no <file original> names the article (po2xliff without -t).

Exit codes: 0 done, 1 the import was refused (problems listed), 2 usage or input errors
(unreadable or malformed XLIFF, unknown article).`;

export const command: Command = {
  name: 'xliff',
  summary: 'export an article language as XLIFF 1.2 or 2.0 for a CAT tool, or import one back (--lang, --version, -o, --json)',
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'export') return exportCommand(rest, io);
    if (sub === 'import') return importCommand(rest, io);
    fail(Errors.Usage, sub ? `xliff: unknown subcommand \`${sub}\` (export, import)` : 'xliff: give a subcommand: export or import');
  },
};

async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { lang: { type: 'string' }, output: { type: 'string', short: 'o' }, version: { type: 'string' }, targets: { type: 'string' } });
  const version = values.version ?? '1.2';
  if (version !== '1.2' && version !== '2.0') fail(Errors.Usage, `xliff export: --version is 1.2 or 2.0 (got \`${version}\`)`);
  const targets = values.targets ?? 'values';
  if (targets !== 'values' && targets !== 'source') fail(Errors.Usage, `xliff export: --targets is values or source (got \`${targets}\`)`);
  const ref = positionals[0];
  if (!ref) fail(Errors.Usage, 'xliff export: give an article path or slug');
  if (positionals.length > 1) fail(Errors.Usage, `xliff export: unexpected argument \`${positionals[1]}\``);
  const lang = values.lang;
  if (!lang) fail(Errors.Usage, 'xliff export: give --lang');
  if (!isLanguageCode(lang)) fail(Errors.UnknownLanguage, `unknown language \`${lang}\` in --lang`);
  const config = loadConfig(io.cwd);
  const source = loadArticleSource(ref, config, io.cwd);
  if (lang === source.lang) fail(Errors.Usage, `xliff export: ${lang} is the source language of ${source.slug}`);
  writeExport(io, values.output, exportXliff(source, lang, localesDirOf(config), { version, targets }), `${source.slug} ${lang}: ${source.keys.length} units`);
  return 0;
}

async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, article: { type: 'string' } });
  const { text, shown } = importFile(io, 'xliff import', positionals, 'an XLIFF file', { error: Errors.InvalidXliff, what: 'the XLIFF file' });
  const config = loadConfig(io.cwd);
  return reportImport(io, importXliff(text, shown, config, io.cwd, localesDirOf(config), undefined, values.article !== undefined ? { article: values.article } : {}), shown, values.json);
}
