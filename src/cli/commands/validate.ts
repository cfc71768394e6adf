// `newsdesk validate <article> [--json] [--fix] [--report]`: run the validation rules on an
// article and print positioned findings; exit 1 when an error is not acknowledged.

import { join, relative, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { parseCommandArgs } from '../args.js';
import { loadConfig, projectPath } from '../../config/index.js';
import { readArticle } from '../../ingest/index.js';
import { Errors, fail } from '../../errors/index.js';
import { applyFixes, RULES, validateArticle, writeFileAtomic, type ValidationResult } from '../../validate/index.js';
import { prepareArticle } from '../../validate/prepare.js';
import { formatJson, formatTerminal, renderReportHtml } from '../../validate/reporters/index.js';
import type { Article } from '../../article/types.js';
import type { Command } from '../io.js';

/** ESLint applies fixes in up to 10 passes: a fix can make room for the next. */
const MAX_FIX_PASSES = 10;

export const command: Command = {
  name: 'validate',
  summary: 'check an article as a careful editor would; exit 1 on unacknowledged errors',
  usage: `Usage: newsdesk validate <article> [--json] [--fix] [--report]

Runs the validation rules on an article (a markdown file, a folder with index.md, or a slug
under content/) and prints every finding with its position.

  --json     print {"messages": [...]} instead of the terminal report
  --fix      apply the fixes rules offer (spaces, quote marks, glossary spellings), then report
             what is left; the article is rewritten atomically
  --report   also write output/<slug>/report.html, the page for editors

Severities and options: \`rules:\` in pipeline/config.yaml. Accepted findings:
content/<slug>/review.yaml (- rule: <id>, line: <n> or text: "…", reason: …, by: …).
Exit codes: 0 no open errors, 1 an error nobody acknowledged, 2 usage or input errors.

Rules:
${RULES.map((rule) => `  ${rule.meta.id.padEnd(26)} ${rule.meta.defaultSeverity.padEnd(8)} ${rule.meta.description}`).join('\n')}`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, fix: { type: 'boolean' }, report: { type: 'boolean' } });
    const ref = positionals[0];
    if (!ref) fail(Errors.Usage, 'validate: give an article path or slug');
    if (positionals.length > 1) fail(Errors.Usage, `validate: one article at a time (got ${positionals.length})`);
    const config = loadConfig(io.cwd);

    const check = (): { article: Article; result: ValidationResult } => {
      const article = readArticle(ref, config, io.cwd);
      const { glossary } = prepareArticle(article, config, io.cwd);
      return { article, result: validateArticle(article, config, { glossary, cwd: io.cwd }) };
    };

    let { article, result } = check();
    let fixed: number | undefined;
    if (values.fix) {
      fixed = 0;
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const { output, applied } = applyFixes(article.source, result.messages.filter((m) => m.file === undefined || m.file === article.path));
        if (applied.length === 0 || output === article.source) break;
        writeFileAtomic(resolve(io.cwd, article.path), output);
        fixed += applied.length;
        ({ article, result } = check());
      }
      if (!values.json) io.stderr(`${article.path}: fixed ${fixed} problem${fixed === 1 ? '' : 's'}\n`);
    }

    if (values.report) {
      const dir = projectPath(config, config.paths.output, article.slug);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'report.html');
      writeFileAtomic(file, renderReportHtml(article, result.messages, { acknowledgements: result.acknowledgements, generatedAt: new Date().toISOString() }));
      io.stderr(`report: ${relative(io.cwd, file) || file}\n`);
    }

    if (values.json) io.stdout(formatJson(article, result.messages, result.blocking, fixed));
    else io.stdout(formatTerminal(result.messages, { color: io.isTTY, file: article.path }));
    return result.blocking ? 1 : 0;
  },
};
