// `newsdesk extract <article> [--json]`: the figures of an article as its source language
// reads them, and the claims built on them (design.md contract; the same document as
// output/<slug>/claims.json).

import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { readArticle } from '../../ingest/index.js';
import { segmentArticle } from '../../segment/index.js';
import { extractArticleFigures } from '../../figures/index.js';
import { extractClaims, loadGlossary } from '../../claims/index.js';
import { claimsDocument } from '../../pipeline/index.js';
import { formatTable } from '../../pipeline/table.js';
import { Errors, fail } from '../../errors/index.js';
import type { Figure } from '../../article/types.js';
import type { Command } from '../io.js';

function valueText(figure: Figure): string {
  if (figure.date) return figure.endDate ? `${figure.date}..${figure.endDate}` : figure.date;
  if (figure.value !== undefined) return String(figure.value);
  return `${figure.min ?? ''}..${figure.max ?? ''}`;
}

function table(figures: Figure[]): string {
  const rows = figures.map((f) => [f.id, `${f.line}:${f.column}`, f.kind, valueText(f), f.currency ?? f.unit ?? '', f.qualifier === 'exact' ? '' : f.qualifier, f.text]);
  return formatTable(['id', 'at', 'kind', 'value', 'unit', 'qualifier', 'text'], rows);
}

export const command: Command = {
  name: 'extract',
  summary: 'the figures of an article: value, unit, qualifier, position (--json)',
  usage: `Usage: newsdesk extract <article> [--json]

Reads the article (a markdown file, a folder with index.md, or a slug under content/),
splits it into sentences and reads every figure as a native reader of its language does:
value (scale words applied), unit or currency, qualifier ("etwa", "bis zu"), date, range.
Ambiguous forms ("1.000" in English) are reported as warnings on stderr.
--json prints {article, lang, figures, claims}.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    const ref = positionals[0];
    if (!ref) fail(Errors.Usage, 'extract: give an article path or slug');
    const config = loadConfig(io.cwd);
    const article = readArticle(ref, config, io.cwd);
    segmentArticle(article);
    const figures = extractArticleFigures(article);
    extractClaims(article, loadGlossary(config, undefined, io.cwd));
    for (const message of article.messages.filter((m) => m.source === 'figures')) {
      io.stderr(`${article.path}:${message.line}:${message.column}-${message.endLine}:${message.endColumn}  ${message.severity}  ${message.message}  ${message.ruleId}\n`);
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(claimsDocument(article), null, 2)}\n`);
    } else {
      io.stdout(`${article.path}: ${figures.length} figures, ${article.claims.length} claims (${article.frontmatter.lang})\n${table(figures)}`);
    }
    return 0;
  },
};
