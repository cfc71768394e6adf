// Stage `publish`: complete, checked language versions to a target (the static site, a
// Strapi 5 CMS, a git content folder), idempotently. The state store keeps one record per
// target, article and language (remote id, digest, time): a version whose digest equals the
// last record is not sent again, a changed one updates the remote document instead of
// creating a second one. A version is recorded only once the target confirmed it.

import { join } from 'node:path';
import type { Article } from '../article/types.js';
import type { Glossary } from '../claims/index.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import type { LanguageCode } from '../lang/codes.js';
import type { PublishRecord, Store } from '../store/index.js';
import { syncDir, writeRegenerable } from '../fs/atomic.js';
import { exchangeFiles } from './exchange.js';
import type { LanguageVersion, PublishContext, PublishOutcome, PublishTarget } from './types.js';

export type { ClaimValue, FigureValue, HeldReason, LanguageVersion, PublishAction, PublishContext, PublishOutcome, PublishTarget } from './types.js';
export { articleId, canonicalJson, firstParagraph, versionDigest, versionsFromRendered } from './versions.js';
export { createTarget, TARGET_TYPES, type TargetType } from './targets/index.js';
export { createStrapiTarget, strapiData, type StrapiArticleData, type StrapiSettings } from './targets/strapi.js';
export { createGitTarget, gitFile, layoutPath, type GitSettings } from './targets/git.js';
export { createStaticTarget } from './targets/static.js';
export { exchangeFiles, mentionedEntities, ninjsOf, writeExchangeFiles, NINJS_SCHEMA, type Ninjs, type NinjsOptions } from './exchange.js';

export interface PublishOptions {
  /** Where records are read and written; without one every version is sent and nothing is recorded. */
  store?: Store;
  /** Send every publishable version, even those whose digest equals the last record. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface ArticlePublishResult {
  article: string;
  target: string;
  /** One per version, in the order of the versions. */
  outcomes: PublishOutcome[];
  /** Versions sent this time (created or updated). */
  sent: number;
  held: number;
  /** 0: every publishable version is at the target; 1: some language was held back. */
  exitCode: 0 | 1;
}

/** Publish one article's versions to one target. Operational failures throw (exit 2). */
export async function publishArticle(article: Article, versions: readonly LanguageVersion[], target: PublishTarget, options: PublishOptions = {}): Promise<ArticlePublishResult> {
  const { store } = options;
  const log = options.log ?? (() => {});
  const previous = new Map<LanguageCode, PublishRecord>();
  if (store) {
    for (const version of versions) {
      const record = store.lastPublish(target.name, article.slug, version.lang);
      if (record) previous.set(version.lang, record);
    }
  }
  const confirmed = new Map<LanguageCode, PublishOutcome>();
  const context: PublishContext = {
    all: versions,
    previous,
    log,
    confirm(outcome) {
      confirmed.set(outcome.lang, outcome);
      const last = previous.get(outcome.lang);
      const news = outcome.action === 'created' || outcome.action === 'updated' || last?.digest !== outcome.digest || last?.remoteId !== outcome.remoteId;
      if (store && news) {
        const record = store.recordPublish({ target: target.name, article: article.slug, lang: outcome.lang, remoteId: outcome.remoteId, digest: outcome.digest, ...(outcome.at ? { at: new Date(outcome.at) } : {}) });
        previous.set(outcome.lang, record);
      }
    },
  };

  const changed = versions.filter((v) => v.publishable && (options.force || !store || previous.get(v.lang)?.digest !== v.digest));
  if (changed.length > 0) await target.publish(article, changed, context);

  const outcomes = versions.map((version): PublishOutcome => {
    if (!version.publishable) {
      const last = previous.get(version.lang);
      return {
        target: target.name,
        lang: version.lang,
        action: 'held',
        remoteId: last?.remoteId ?? null,
        digest: version.digest,
        at: last?.at ?? null,
        ...(version.heldReason ? { heldReason: version.heldReason } : {}),
        ...(version.heldDetail ? { heldDetail: version.heldDetail } : {}),
      };
    }
    const done = confirmed.get(version.lang);
    if (done) return done;
    const last = previous.get(version.lang);
    return { target: target.name, lang: version.lang, action: 'unchanged', remoteId: last?.remoteId ?? null, digest: version.digest, at: last?.at ?? null };
  });
  // A target that returned without confirming a version it was given has not published it.
  const missing = changed.filter((v) => !confirmed.has(v.lang));
  if (missing.length > 0) throw new Error(`publish target ${target.name} did not confirm ${missing.map((v) => v.lang).join(', ')}`);
  const held = outcomes.filter((o) => o.action === 'held').length;
  return {
    article: article.slug,
    target: target.name,
    outcomes,
    sent: outcomes.filter((o) => o.action === 'created' || o.action === 'updated').length,
    held,
    exitCode: held > 0 ? 1 : 0,
  };
}

/**
 * What every target shares, by file name in output/<slug>/: <lng>.md and .html, and beside
 * them the exchange formats (<lng>.ninjs.json, <lng>.jsonld), for each complete language —
 * also one held by validation or QA, as the preview an editor reads before deciding.
 */
export function outputFiles(article: Article, versions: readonly LanguageVersion[], options: { glossary?: Glossary; now?: Date } = {}): Array<{ name: string; content: string }> {
  const files: Array<{ name: string; content: string }> = [];
  for (const version of versions) {
    if (!version.rendered?.publishable) continue;
    files.push({ name: `${version.lang}.md`, content: version.rendered.markdown }, { name: `${version.lang}.html`, content: version.rendered.html });
  }
  files.push(...exchangeFiles(article, versions, options));
  return files;
}

/** Write `outputFiles` into output/<slug>/, each atomically, the folder made durable once. */
export function writeOutputs(config: PipelineConfig, article: Article, versions: readonly LanguageVersion[], options: { glossary?: Glossary; now?: Date } = {}): string[] {
  const dir = join(projectPath(config, config.paths.output), article.slug);
  const written = outputFiles(article, versions, options).map(({ name, content }) => {
    const path = join(dir, name);
    writeRegenerable(path, content);
    return path;
  });
  if (written.length > 0) syncDir(dir);
  return written;
}
