// Stage `publish`: complete, checked language versions to a target (the static site, a
// Strapi 5, Directus 11 or WordPress CMS, a git content folder), idempotently, one process
// per article at a time (a publish lock in the state store). The state store keeps one record per
// target, article and language (remote id, digest, time): a version whose digest equals the
// last record is not sent again, a changed one updates the remote document instead of
// creating a second one. A version is recorded only once the target confirmed it.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../article/types.js';
import type { Glossary } from '../claims/index.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { withPublishLock, type PublishLockOptions, type PublishRecord, type Store } from '../store/index.js';
import { syncDir, writeRegenerable } from '../fs/atomic.js';
import { exchangeFiles, type NinjsOptions } from './exchange.js';
import type { ArticleRef, LanguageVersion, PublishContext, PublishOutcome, PublishTarget, Withdrawal } from './types.js';
import { articleId } from './versions.js';

export type { ArticleRef, ClaimValue, FigureValue, HeldReason, LanguageVersion, PublishAction, PublishContext, PublishOutcome, PublishTarget, Withdrawal } from './types.js';
export { articleId, canonicalJson, firstParagraph, versionDigest, versionsFromRendered } from './versions.js';
export { createTarget, TARGET_TYPES, type TargetType } from './targets/index.js';
export { createStrapiTarget, strapiData, type StrapiArticleData, type StrapiSettings } from './targets/strapi.js';
export { createGitTarget, gitFile, layoutPath, type GitSettings } from './targets/git.js';
export { createStaticTarget } from './targets/static.js';
export { createDirectusTarget, directusTranslation, type DirectusOptions, type DirectusTranslation } from './targets/directus.js';
export { createWordPressTarget, wordpressMeta, type WordPressOptions } from './targets/wordpress.js';
export { exchangeFiles, mentionedEntities, ninjsOf, writeExchangeFiles, NINJS_SCHEMA, type Ninjs, type NinjsOptions } from './exchange.js';

export interface PublishOptions {
  /** Where records are read and written; without one every version is sent and nothing is recorded. */
  store?: Store;
  /** Send every publishable version, even those whose digest equals the last record. */
  force?: boolean;
  log?: (line: string) => void;
  /** Waiting for another process publishing the same article (tests shorten it). */
  lock?: PublishLockOptions;
}

export interface ArticlePublishResult {
  article: string;
  target: string;
  /** One per version, in the order of the versions. */
  outcomes: PublishOutcome[];
  /** Versions sent this time (created or updated). */
  sent: number;
  held: number;
  /** Versions taken off the target this time (held after they had been published). */
  unpublished: number;
  /** 0: every publishable version is at the target; 1: some language was held back. */
  exitCode: 0 | 1;
}

/** The records of an article at a target, and a confirm that writes new ones as targets report them. */
function recordKeeper(target: PublishTarget, slug: string, langs: readonly LanguageCode[], options: PublishOptions) {
  const { store } = options;
  const previous = new Map<LanguageCode, PublishRecord>();
  if (store) {
    for (const lang of langs) {
      const record = store.lastPublish(target.name, slug, lang);
      if (record) previous.set(lang, record);
    }
  }
  const confirmed = new Map<LanguageCode, PublishOutcome>();
  const confirm = (outcome: PublishOutcome): void => {
    confirmed.set(outcome.lang, outcome);
    const last = previous.get(outcome.lang);
    const state = outcome.action === 'unpublished' ? 'unpublished' : 'published';
    const news = outcome.action === 'created' || outcome.action === 'updated' || last?.digest !== outcome.digest || last?.remoteId !== outcome.remoteId || last?.state !== state;
    if (store && news) {
      const record = store.recordPublish({ target: target.name, article: slug, lang: outcome.lang, remoteId: outcome.remoteId, digest: outcome.digest, state, ...(outcome.at ? { at: new Date(outcome.at) } : {}) });
      previous.set(outcome.lang, record);
    }
  };
  return { previous, confirmed, confirm };
}

/** Run `fn` holding the article's publish lock when there is a store (two processes never publish one article at once). */
function locked<T>(slug: string, options: PublishOptions, fn: () => Promise<T>): Promise<T> {
  const log = options.log ?? (() => {});
  if (!options.store) return fn();
  return withPublishLock(options.store, slug, fn, { ...options.lock, onWait: (holder) => log(`${slug}: waiting for newsdesk (pid ${holder.pid}) publishing it since ${holder.since}`) });
}

/**
 * Publish one article's versions to one target, holding the article's publish lock. A
 * version held now that was published before is taken off the target. Operational failures
 * throw (exit 2).
 */
export function publishArticle(article: Article, versions: readonly LanguageVersion[], target: PublishTarget, options: PublishOptions = {}): Promise<ArticlePublishResult> {
  return locked(article.slug, options, () => publishLocked(article, versions, target, options));
}

async function publishLocked(article: Article, versions: readonly LanguageVersion[], target: PublishTarget, options: PublishOptions): Promise<ArticlePublishResult> {
  const { store } = options;
  const log = options.log ?? (() => {});
  const { previous, confirmed, confirm } = recordKeeper(target, article.slug, versions.map((v) => v.lang), options);
  const context: PublishContext = { all: versions, previous, log, confirm };

  const live = (lang: LanguageCode) => previous.get(lang)?.state === 'published';
  const changed = versions.filter((v) => v.publishable && (options.force || !store || !live(v.lang) || previous.get(v.lang)?.digest !== v.digest));
  if (changed.length > 0) await target.publish(article, changed, context);
  // Held now, published before: take it off (its record says where it is).
  const withdrawals: Withdrawal[] = versions.filter((v) => !v.publishable && live(v.lang)).map((v) => ({ lang: v.lang, remoteId: previous.get(v.lang)!.remoteId, digest: previous.get(v.lang)!.digest }));
  if (withdrawals.length > 0) await target.unpublish({ slug: article.slug, externalId: articleId(article) }, withdrawals, context);

  const outcomes = versions.map((version): PublishOutcome => {
    const last = previous.get(version.lang);
    if (!version.publishable) {
      const done = confirmed.get(version.lang);
      return {
        target: target.name,
        lang: version.lang,
        action: done?.action === 'unpublished' ? 'unpublished' : 'held',
        remoteId: last?.remoteId ?? null,
        digest: version.digest,
        at: done?.at ?? last?.at ?? null,
        ...(version.heldReason ? { heldReason: version.heldReason } : {}),
        ...(version.heldDetail ? { heldDetail: version.heldDetail } : {}),
      };
    }
    const done = confirmed.get(version.lang);
    if (done) return done;
    return { target: target.name, lang: version.lang, action: 'unchanged', remoteId: last?.remoteId ?? null, digest: version.digest, at: last?.at ?? null };
  });
  // A target that returned without confirming a version it was given has not published it.
  const missing = [...changed.map((v) => v.lang), ...withdrawals.map((w) => w.lang)].filter((lang) => !confirmed.has(lang));
  if (missing.length > 0) throw new Error(`publish target ${target.name} did not confirm ${missing.join(', ')}`);
  const held = outcomes.filter((o) => o.action === 'held' || o.action === 'unpublished').length;
  return {
    article: article.slug,
    target: target.name,
    outcomes,
    sent: outcomes.filter((o) => o.action === 'created' || o.action === 'updated').length,
    held,
    unpublished: outcomes.filter((o) => o.action === 'unpublished').length,
    exitCode: held > 0 ? 1 : 0,
  };
}

export interface WithdrawResult {
  article: string;
  target: string;
  /** One per language the target had published. */
  outcomes: PublishOutcome[];
}

/**
 * Take every published language of an article off one target (`newsdesk withdraw`), by the
 * records of the state store, holding the article's publish lock. The article may be gone
 * from content/: `ref.externalId` is what the CMS knows it by.
 */
export function withdrawArticle(ref: ArticleRef, target: PublishTarget, store: Store, options: Omit<PublishOptions, 'store' | 'force'> = {}): Promise<WithdrawResult> {
  const withStore = { ...options, store };
  return locked(ref.slug, withStore, async () => {
    const records = store.articleRecords(ref.slug).filter((r) => r.target === target.name && r.state === 'published');
    const langs = records.map((r) => r.lang as LanguageCode);
    const { previous, confirmed, confirm } = recordKeeper(target, ref.slug, langs, withStore);
    const withdrawals: Withdrawal[] = records.map((r) => ({ lang: r.lang as LanguageCode, remoteId: r.remoteId, digest: r.digest }));
    if (withdrawals.length > 0) await target.unpublish(ref, withdrawals, { all: [], previous, log: options.log ?? (() => {}), confirm });
    const missing = langs.filter((lang) => !confirmed.has(lang));
    if (missing.length > 0) throw new Error(`publish target ${target.name} did not confirm the withdrawal of ${missing.join(', ')}`);
    return { article: ref.slug, target: target.name, outcomes: langs.map((lang) => confirmed.get(lang)!) };
  });
}

/** What a language leaves in output/<slug>/: removed when the language is not rendered. */
const LANGUAGE_OUTPUTS = ['md', 'html', 'ninjs.json', 'jsonld'];

/** Remove what an earlier run wrote for languages not rendered now, so nothing stale looks current. */
export function removeUnrenderedOutputs(articleDir: string, versions: readonly LanguageVersion[]): void {
  for (const version of versions) {
    if (version.rendered?.publishable) continue;
    for (const suffix of LANGUAGE_OUTPUTS) rmSync(join(articleDir, `${version.lang}.${suffix}`), { force: true });
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A held language's preview says so at its top, and asks not to be indexed. */
export function markHeldPreview(html: string, detail: string): string {
  const banner = `<p class="newsdesk-held" role="alert"><strong>Held, not published:</strong> ${escapeHtml(detail)}</p>`;
  const withMeta = html.replace(/<head([^>]*)>/i, '<head$1>\n<meta name="robots" content="noindex">\n<meta name="newsdesk-held" content="' + escapeHtml(detail) + '">');
  return /<body[^>]*>/i.test(withMeta) ? withMeta.replace(/<body([^>]*)>/i, `<body$1>\n${banner}`) : `${banner}\n${withMeta}`;
}

/**
 * What every target shares, by file name in output/<slug>/: <lng>.md and .html, and beside
 * them the exchange formats (<lng>.ninjs.json, <lng>.jsonld), for each complete language —
 * also one held by validation or QA, as the preview an editor reads before deciding, marked
 * held at its top.
 */
export function* outputFiles(article: Article, versions: readonly LanguageVersion[], options: NinjsOptions = {}): Generator<{ name: string; content: string }> {
  // One file at a time: the writer holds one text, not all of them.
  for (const version of versions) {
    if (!version.rendered?.publishable) continue;
    yield { name: `${version.lang}.md`, content: version.rendered.markdown };
    yield { name: `${version.lang}.html`, content: version.publishable ? version.rendered.html : markHeldPreview(version.rendered.html, version.heldDetail ?? 'held') };
  }
  yield* exchangeFiles(article, versions, options);
}

/**
 * Write `outputFiles` into output/<slug>/, each atomically, the folder made durable once. A
 * language that could not be rendered (missing or broken translations) leaves nothing
 * behind: the outputs of an earlier run are removed, so nothing stale looks current.
 */
export function writeOutputs(config: PipelineConfig, article: Article, versions: readonly LanguageVersion[], options: { glossary?: Glossary; now?: Date } = {}): string[] {
  const dir = join(projectPath(config, config.paths.output), article.slug);
  removeUnrenderedOutputs(dir, versions);
  const written = Array.from(outputFiles(article, versions, options), ({ name, content }) => {
    const path = join(dir, name);
    writeRegenerable(path, content);
    return path;
  });
  if (written.length > 0) syncDir(dir);
  return written;
}
