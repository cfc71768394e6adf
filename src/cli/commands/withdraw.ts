// `newsdesk withdraw <slug>… [--target NAME] [--json]`: take an article off every target it
// was published to (unpublished, or set to draft where the CMS has no other way), by the
// records of the state store, and record the withdrawal there. The article may already be
// gone from content/: the records know where it went.

import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import { readArticle } from '../../ingest/index.js';
import { articleId, createTarget, withdrawArticle, type WithdrawResult } from '../../publish/index.js';
import { openStore, stateFile } from '../../store/index.js';
import type { Command } from '../io.js';

export const command: Command = {
  name: 'withdraw',
  summary: 'take an article off every target it was published to (--target, --json)',
  usage: `Usage: newsdesk withdraw <slug>… [--target NAME] [--json]

Unpublishes every language of the article that the state store records as published, at
every target (or only --target NAME): Strapi and Directus versions are unpublished (drafts
kept), WordPress posts set to draft, static pages removed, git files marked \`draft: true\`.
The withdrawal is recorded; a later \`publish\` puts the article back.

Exit: 0 done (also when nothing was published), 2 configuration or connection errors.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { target: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length === 0) fail(Errors.Usage, 'withdraw: give the slug of an article');
    const config = loadConfig(io.cwd);
    const store = openStore(stateFile(config));
    const results: WithdrawResult[] = [];
    const log = (line: string) => {
      if (io.isTTY) io.stderr(`${line}\n`);
    };
    try {
      for (const slug of positionals) {
        if (!/^[^/\\]+$/.test(slug)) fail(Errors.Usage, `withdraw: \`${slug}\` is not a slug (the folder name under content/)`);
        let externalId = slug;
        try {
          externalId = articleId(readArticle(slug, config, io.cwd));
        } catch {
          // Gone from content/: the CMS knows it by its slug, unless it had an `id` (then the records' remote ids still lead to it).
        }
        const targets = [...new Set(store.articleRecords(slug).filter((r) => r.state === 'published').map((r) => r.target))].filter((t) => !values.target || t === values.target);
        if (targets.length === 0 && !values.json) io.stdout(`${slug}: not published${values.target ? ` at ${values.target}` : ''}, nothing to withdraw\n`);
        for (const name of targets) {
          const target = createTarget(config, name, { env: io.env });
          const result = await withdrawArticle({ slug, externalId }, target, store, { log });
          await target.finish?.();
          results.push(result);
          if (!values.json) io.stdout(`${slug} → ${name}: ${result.outcomes.length} language${result.outcomes.length === 1 ? '' : 's'} unpublished (${result.outcomes.map((o) => o.lang).join(' ')})\n`);
        }
      }
    } finally {
      store.close();
    }
    if (values.json) io.stdout(`${JSON.stringify({ articles: results }, null, 2)}\n`);
    return 0;
  },
};
