// `newsdesk extract <article> [--json]`: the figures of an article as its source language
// reads them (design.md contract). Claims are added by src/claims; until then `claims` is [].

import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { readArticle } from '../../ingest/index.js';
import { segmentArticle } from '../../segment/index.js';
import { extractArticleFigures } from '../../figures/index.js';
import { Errors, fail } from '../../errors/index.js';
import type { Figure } from '../../article/types.js';
import type { Command } from '../io.js';

/** The contract's field order: id, segment, text, kind, the value fields, then the rest. */
function printable(figure: Figure): Record<string, unknown> {
  const { id, segment, text, kind, value, min, max, date, endDate, unit, currency, qualifier, decimals, percentPoints, line, column, endLine, endColumn, span } = figure;
  const out: Record<string, unknown> = { id, segment, text, kind };
  for (const [key, field] of Object.entries({ value, min, max, date, endDate, unit, currency })) if (field !== undefined) out[key] = field;
  out.qualifier = qualifier;
  if (decimals !== undefined) out.decimals = decimals;
  if (percentPoints) out.percentPoints = true;
  Object.assign(out, { line, column, endLine, endColumn, span });
  return out;
}

function valueText(figure: Figure): string {
  if (figure.date) return figure.endDate ? `${figure.date}..${figure.endDate}` : figure.date;
  if (figure.value !== undefined) return String(figure.value);
  return `${figure.min ?? ''}..${figure.max ?? ''}`;
}

function table(figures: Figure[]): string {
  const rows = figures.map((f) => [f.id, `${f.line}:${f.column}`, f.kind, valueText(f), f.currency ?? f.unit ?? '', f.qualifier === 'exact' ? '' : f.qualifier, f.text]);
  const header = ['id', 'at', 'kind', 'value', 'unit', 'qualifier', 'text'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
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
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, 'extract');
    const ref = positionals[0];
    if (!ref) fail(Errors.Usage, 'extract: give an article path or slug');
    const config = loadConfig(io.cwd);
    const article = readArticle(ref, config, io.cwd);
    segmentArticle(article);
    const figures = extractArticleFigures(article);
    for (const message of article.messages.filter((m) => m.source === 'figures')) {
      io.stderr(`${article.path}:${message.line}:${message.column}-${message.endLine}:${message.endColumn}  ${message.severity}  ${message.message}  ${message.ruleId}\n`);
    }
    if (values.json) {
      const output = { article: article.slug, lang: article.frontmatter.lang, figures: figures.map(printable), claims: [] };
      io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    } else {
      io.stdout(`${article.path}: ${figures.length} figures (${article.frontmatter.lang})\n${table(figures)}\n`);
    }
    return 0;
  },
};
