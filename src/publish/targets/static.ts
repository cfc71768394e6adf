// The static-site target (the default): a thin adapter over the render stage's renderSite.
// The site's index lists every article, so the articles already on the site (folders under
// output/site/ whose article still exists) are rendered again beside the ones published now.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../article/types.js';
import { projectPath, type PipelineConfig } from '../../config/index.js';
import { readArticle } from '../../ingest/index.js';
import { renderSite, type RenderedLanguage, type SiteArticle } from '../../render/index.js';
import type { PublishContext, PublishOutcome, PublishTarget } from '../types.js';
import { buildVersions } from '../versions.js';

export interface StaticSettings {
  /** Absolute base URL of the site, for canonical and hreflang links. */
  baseUrl?: string;
  /** Title of the index page. */
  title?: string;
}

function renderedOf(versions: readonly { publishable: boolean; rendered?: RenderedLanguage }[]): RenderedLanguage[] {
  return versions.filter((v) => v.publishable && v.rendered).map((v) => v.rendered!);
}

export function createStaticTarget(name: string, settings: Record<string, unknown>, config: PipelineConfig): PublishTarget {
  const outputDir = projectPath(config, config.paths.output);
  const siteDir = join(outputDir, 'site');
  const baseUrl = typeof settings.baseUrl === 'string' ? settings.baseUrl : undefined;
  const title = typeof settings.title === 'string' ? settings.title : undefined;
  const published = new Map<string, SiteArticle>();
  let others: Map<string, SiteArticle> | undefined;

  /** Articles already on the site, rendered again (their pages are rewritten unchanged). */
  function existing(): Map<string, SiteArticle> {
    if (others) return others;
    others = new Map();
    if (!existsSync(siteDir)) return others;
    for (const slug of readdirSync(siteDir)) {
      if (published.has(slug) || !statSync(join(siteDir, slug)).isDirectory()) continue;
      let article: Article;
      try {
        article = readArticle(slug, config, config.root);
      } catch {
        continue; // an article that is gone stays off the index
      }
      const { versions } = buildVersions(article, config, { ...(baseUrl ? { baseUrl } : {}) });
      others.set(slug, { article, versions: renderedOf(versions) });
    }
    return others;
  }

  return {
    name,
    type: 'static',
    async publish(article, _versions, context: PublishContext): Promise<PublishOutcome[]> {
      // The site links every published version of the article to the others: all of them.
      published.set(article.slug, { article, versions: renderedOf(context.all) });
      const all = new Map(existing());
      for (const [slug, entry] of published) all.set(slug, entry);
      renderSite(outputDir, [...all.values()], { ...(baseUrl ? { baseUrl } : {}), ...(title ? { title } : {}) });
      const at = new Date().toISOString();
      return _versions
        .filter((v) => v.publishable)
        .map((v) => {
          const outcome: PublishOutcome = { target: name, lang: v.lang, action: context.previous.has(v.lang) ? 'updated' : 'created', remoteId: `site/${article.slug}/${v.lang}.html`, digest: v.digest, at };
          context.confirm(outcome);
          return outcome;
        });
    },
  };
}
