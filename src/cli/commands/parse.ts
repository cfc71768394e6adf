// `newsdesk parse <article>`: read and check one article, print its front matter.

import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { readArticle } from '../../ingest/index.js';
import { Errors, fail } from '../../errors/index.js';
import type { Command } from '../io.js';

export const command: Command = {
  name: 'parse',
  summary: 'check that an article parses; print its front matter',
  usage: `Usage: newsdesk parse <article> [--json]

Reads the article (a markdown file, a folder with index.md, or a slug under content/),
checks its front matter and prints it with the pipeline's defaults applied.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    const ref = positionals[0];
    if (!ref) fail(Errors.Usage, 'parse: give an article path or slug');
    const config = loadConfig(io.cwd);
    const article = readArticle(ref, config, io.cwd);
    if (values.json) io.stdout(`${JSON.stringify({ slug: article.slug, frontmatter: article.frontmatter }, null, 2)}\n`);
    else io.stdout(`${article.path}: ${article.slug} (${article.frontmatter.lang}) “${article.frontmatter.title}”\n`);
    return 0;
  },
};
