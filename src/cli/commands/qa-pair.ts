// `newsdesk qa-pair --from L1 --to L2 --source TEXT --target TEXT [--date D] [--json]`: run
// the QA checks on one text and its translation; exit 1 when an error is found.

import { parseCommandArgs } from '../args.js';
import { loadGlossary } from '../../claims/index.js';
import { loadConfig } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import { isLanguageCode } from '../../lang/codes.js';
import { checkRuleIds, CHECKS, formatQaJson, formatQaTerminal, qaPair } from '../../qa/index.js';
import type { Command } from '../io.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const command: Command = {
  name: 'qa-pair',
  summary: 'check one translation against its source: every figure by value (--json)',
  usage: `Usage: newsdesk qa-pair --from L1 --to L2 --source TEXT --target TEXT [--date YYYY-MM-DD] [--json]

Checks a translation the way \`newsdesk qa\` checks an article's locale files: every figure read
by each language's own rules and compared by value (15.000 de = 15,000 en = 1.5万 zh), no figure
lost or added, qualifiers, units and precision kept; placeholders and tags, untranslated
text, script, glossary names (content/glossary.yaml), quotation marks and length.

  --from, --to   source and target language: zh ru en fr id sa ja de pt el es it fi la
  --source       the source text (\`-\` reads it from standard input)
  --target       the translation (\`-\` reads it from standard input)
  --date         publication date: the year of a date written without one ("26. Juli")
  --json         print {"ok": …, "messages": [...]}; positions are line:column in the target

Exit codes: 0 no error, 1 an error was found, 2 usage or input errors.

Checks:
${CHECKS.map((check) => `  ${check.meta.id.padEnd(20)} ${check.meta.defaultSeverity.padEnd(8)} ${check.meta.description}`).join('\n')}`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { from: { type: 'string' }, to: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' } }
    );
    if (positionals.length > 0) fail(Errors.Usage, `qa-pair takes no positional arguments (got \`${positionals[0]}\`): use --source and --target`);
    const { from, to, date } = values;
    if (from === undefined || to === undefined) fail(Errors.Usage, 'qa-pair needs --from and --to');
    if (!isLanguageCode(from)) fail(Errors.UnknownLanguage, `unknown language \`${from}\``);
    if (!isLanguageCode(to)) fail(Errors.UnknownLanguage, `unknown language \`${to}\``);
    if (values.source === undefined || values.target === undefined) fail(Errors.Usage, 'qa-pair needs --source and --target');
    if (values.source === '-' && values.target === '-') fail(Errors.Usage, 'only one of --source and --target can read standard input');
    if (date !== undefined && !ISO_DATE.test(date)) fail(Errors.Usage, `--date must be YYYY-MM-DD, not \`${date}\``);
    const stdin = values.source === '-' || values.target === '-' ? (await io.readStdin()).replace(/^\uFEFF/, '').replace(/\r?\n$/, '') : '';
    const source = values.source === '-' ? stdin : values.source;
    const target = values.target === '-' ? stdin : values.target;
    const config = loadConfig(io.cwd);
    checkRuleIds(config.rules);
    const glossary = loadGlossary(config, undefined, io.cwd);
    const outcome = qaPair({ from, to, source, target, glossary, referenceDate: date, rules: config.rules });
    io.stdout(values.json ? formatQaJson(outcome.messages) : formatQaTerminal(outcome.messages));
    return outcome.ok ? 0 : 1;
  },
};
