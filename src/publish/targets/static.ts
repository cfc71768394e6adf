// The static-site target (the default): a thin adapter over the render stage's site writer.
// Publishing an article writes its pages (output/site/<slug>/<lng>.html) and the site's own
// manifest of it (output/site/<slug>/manifest.json: what the index shows of each published
// version). The index, written once when a run finishes, is built from those manifests, so
// publishing one article never re-runs the others. An article is on the index while its
// folder is under output/site/ (deleting the folder takes it off the site).

import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../article/types.js';
import { projectPath, type PipelineConfig } from '../../config/index.js';
import { syncDir, writeRegenerable } from '../../fs/atomic.js';
import { isLanguageCode } from '../../lang/codes.js';
import { siteEntry, writeSiteIndex, writeSitePages, type RenderedLanguage, type SiteEntry, type SiteIndexArticle } from '../../render/index.js';
import type { PublishContext, PublishOutcome, PublishTarget } from '../types.js';

export interface StaticSettings {
  /** Absolute base URL of the site, for canonical and hreflang links. */
  baseUrl?: string;
  /** Title of the index page. */
  title?: string;
}

const SITE_MANIFEST = 'manifest.json';

/** The site's record of one article: its published versions. */
interface SiteManifest {
  slug: string;
  date?: string;
  entries: SiteEntry[];
}

function readSiteManifest(file: string): SiteManifest | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<SiteManifest>;
    if (typeof data.slug !== 'string' || !Array.isArray(data.entries)) return undefined;
    const entries = data.entries.filter((e): e is SiteEntry => typeof e === 'object' && e !== null && isLanguageCode(String(e.lang)) && typeof e.title === 'string');
    return { slug: data.slug, ...(typeof data.date === 'string' ? { date: data.date } : {}), entries };
  } catch {
    return undefined; // missing or unreadable: the article is off the index until it is published again
  }
}

export function createStaticTarget(name: string, settings: Record<string, unknown>, config: PipelineConfig): PublishTarget {
  const outputDir = projectPath(config, config.paths.output);
  const siteDir = join(outputDir, 'site');
  const baseUrl = typeof settings.baseUrl === 'string' ? settings.baseUrl : undefined;
  const title = typeof settings.title === 'string' ? settings.title : undefined;
  const options = { ...(baseUrl ? { baseUrl } : {}), ...(title ? { title } : {}) };

  /** Every article on the site, from the site's manifests. */
  function indexArticles(): SiteIndexArticle[] {
    if (!existsSync(siteDir)) return [];
    const articles: SiteIndexArticle[] = [];
    for (const entry of readdirSync(siteDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const manifest = readSiteManifest(join(siteDir, entry.name, SITE_MANIFEST));
      if (!manifest || manifest.slug !== entry.name) continue;
      articles.push({ slug: manifest.slug, ...(manifest.date ? { date: manifest.date } : {}), entries: manifest.entries });
    }
    return articles.sort((a, b) => a.slug.localeCompare(b.slug));
  }

  /** Record the versions published now beside the ones published before (other languages). */
  function recordArticle(article: Article, published: readonly RenderedLanguage[]): void {
    const file = join(siteDir, article.slug, SITE_MANIFEST);
    const before = readSiteManifest(file);
    const entries = new Map((before?.entries ?? []).map((e) => [e.lang, e]));
    for (const version of published) entries.set(version.lang, siteEntry(version));
    const manifest: SiteManifest = {
      slug: article.slug,
      ...(article.frontmatter.date ? { date: article.frontmatter.date } : {}),
      entries: [...entries.values()],
    };
    writeRegenerable(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }

  return {
    name,
    type: 'static',
    async publish(article, versions, context: PublishContext): Promise<PublishOutcome[]> {
      const pages = versions.filter((v) => v.publishable && v.rendered?.page).map((v) => v.rendered!);
      writeSitePages(outputDir, article, pages, options);
      recordArticle(article, pages);
      syncDir(join(siteDir, article.slug)); // pages and manifest durable at once
      const at = new Date().toISOString();
      return versions
        .filter((v) => v.publishable)
        .map((v) => {
          const outcome: PublishOutcome = { target: name, lang: v.lang, action: context.previous.has(v.lang) ? 'updated' : 'created', remoteId: `site/${article.slug}/${v.lang}.html`, digest: v.digest, at };
          context.confirm(outcome);
          return outcome;
        });
    },
    /** The pages go, and their entries in the article's manifest (the index follows in finish). */
    async unpublish(ref, withdrawals, context: PublishContext): Promise<PublishOutcome[]> {
      const folder = join(siteDir, ref.slug);
      for (const w of withdrawals) rmSync(join(folder, `${w.lang}.html`), { force: true });
      const manifest = readSiteManifest(join(folder, SITE_MANIFEST));
      const gone = new Set<string>(withdrawals.map((w) => w.lang));
      const entries = (manifest?.entries ?? []).filter((e) => !gone.has(e.lang));
      if (entries.length === 0) rmSync(folder, { recursive: true, force: true });
      else writeRegenerable(join(folder, SITE_MANIFEST), `${JSON.stringify({ ...manifest, entries }, null, 2)}\n`);
      const at = new Date().toISOString();
      return withdrawals.map((w) => {
        const outcome: PublishOutcome = { target: name, lang: w.lang, action: 'unpublished', remoteId: w.remoteId, digest: w.digest, at };
        context.confirm(outcome);
        return outcome;
      });
    },
    async finish(): Promise<void> {
      writeSiteIndex(outputDir, indexArticles(), options);
    },
  };
}
