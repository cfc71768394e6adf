// `newsdesk publish <article…> [--target NAME] [--force] [--json]`: send the complete,
// checked language versions of articles to a publish target; exit 0 when every publishable
// language is there, 1 when a language was held back, 2 on configuration or connection errors.

import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { loadGlossary } from '../../claims/index.js';
import { Errors, fail } from '../../errors/index.js';
import { readArticle } from '../../ingest/index.js';
import { buildVersions } from '../../pipeline/index.js';
import { createTarget, publishArticle, writeOutputs, type ArticlePublishResult } from '../../publish/index.js';
import { openStore, stateFile } from '../../store/index.js';
import type { Command } from '../io.js';

export const command: Command = {
  name: 'publish',
  summary: 'send complete, checked language versions to the static site, Strapi or a git site',
  usage: `Usage: newsdesk publish <article>… [--target NAME] [--force] [--json]

Builds the language versions of each article (validated and rendered from locales/), writes
output/<slug>/<lng>.md, .html, .ninjs.json and .jsonld, and sends the versions that changed
since the last publish to the target. Languages that are incomplete, or blocked by
validation or QA, are held back and listed; one that was published before is unpublished
(or set to draft) at the target. One process publishes an article at a time.

  --target NAME  a target of pipeline/config.yaml \`publish.targets\` (default \`publish.target\`):
                 static (output/site), strapi (STRAPI_URL, STRAPI_TOKEN), directus
                 (DIRECTUS_URL, DIRECTUS_TOKEN), wordpress (WORDPRESS_URL, WORDPRESS_USER,
                 WORDPRESS_APP_PASSWORD), git (a site's work tree)
  --force        send every publishable version, even unchanged ones
  --json         print the outcomes as JSON

Exit: 0 every publishable language is at the target, 1 some language was held back,
2 configuration or connection errors.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { target: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' } });
    if (positionals.length === 0) fail(Errors.Usage, 'publish: give an article path or slug');
    const config = loadConfig(io.cwd);
    const name = values.target ?? config.publish.target;
    const target = createTarget(config, name, { env: io.env });
    const settings = (config.publish.targets[name] ?? {}) as Record<string, unknown>;
    const baseUrl = typeof settings.baseUrl === 'string' ? settings.baseUrl : undefined;
    const glossary = loadGlossary(config, undefined, io.cwd);
    const articles = positionals.map((ref) => readArticle(ref, config, io.cwd));
    const store = openStore(stateFile(config));
    // Retries and other progress on a terminal only: a script reads one line per failure.
    const log = (line: string) => {
      if (io.isTTY) io.stderr(`${line}\n`);
    };
    const results: ArticlePublishResult[] = [];
    try {
      for (const article of articles) {
        const { versions } = buildVersions(article, config, { cwd: io.cwd, glossary, ...(baseUrl ? { baseUrl } : {}) });
        writeOutputs(config, article, versions, { glossary });
        const result = await publishArticle(article, versions, target, { store, force: values.force ?? false, log });
        results.push(result);
        if (!values.json) io.stdout(describe(result));
      }
      await target.finish?.();
    } finally {
      store.close();
    }
    if (values.json) io.stdout(`${JSON.stringify({ target: target.name, type: target.type, articles: results }, null, 2)}\n`);
    return results.some((r) => r.exitCode === 1) ? 1 : 0;
  },
};

function describe(result: ArticlePublishResult): string {
  const count = (action: string) => result.outcomes.filter((o) => o.action === action).length;
  const lines = [
    `${result.article} → ${result.target}: ${result.outcomes.length} languages, ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${result.held} held${result.unpublished ? ` (${result.unpublished} unpublished)` : ''}`,
  ];
  for (const outcome of result.outcomes) {
    if (outcome.action === 'held' || outcome.action === 'unpublished') {
      lines.push(`  ${outcome.lang}  ${outcome.action === 'unpublished' ? 'held and unpublished' : 'held'} (${outcome.heldReason ?? 'not publishable'}): ${outcome.heldDetail ?? ''}`.trimEnd());
    }
    else if (outcome.action !== 'unchanged') lines.push(`  ${outcome.lang}  ${outcome.action}  ${outcome.remoteId ?? ''}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}
