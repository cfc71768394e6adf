// Shapes of the publish stage: one checked language version of an article, what a target
// returns for it, and the small interface every target (static site, Strapi, git) implements.

import type { Article, Credits } from '../article/types.js';
import type { LanguageCode } from '../lang/codes.js';
import type { RenderedLanguage } from '../render/index.js';
import type { PublishRecord } from '../store/index.js';
import type { FigureValueFields } from '../article/types.js';

/** A figure as sent to a CMS: its value, never its source spelling or position. */
export interface FigureValue extends FigureValueFields {
  id: string;
}

/** A claim as sent to a CMS, its sentence in the version's language when it is translated. */
export interface ClaimValue {
  id: string;
  text: string;
  figures: string[];
  entities: string[];
  attribution?: { speaker: string; role?: string };
}

export type HeldReason = 'validation' | 'translation' | 'qa';

/** One language version of an article, complete and checked, or held back with a reason. */
export interface LanguageVersion {
  lang: LanguageCode;
  /** The article's source language (the CMS document is created in it first). */
  sourceLang: LanguageCode;
  title: string;
  slug: string;
  /** Markdown with localized front matter. */
  markdown: string;
  /** The full, sanitized HTML page. */
  html: string;
  /** The body of the page only (what a CMS shows inside its own layout). */
  bodyHtml: string;
  /** The markdown body without front matter. */
  bodyMarkdown: string;
  /** The first paragraph of the body as plain text. */
  summary: string;
  /** ISO date (YYYY-MM-DD) from the front matter, when it has one. */
  datePublished?: string;
  credits: Credits;
  claims: ClaimValue[];
  figures: FigureValue[];
  /** schema.org NewsArticle JSON-LD. */
  jsonld: Record<string, unknown>;
  /** sha256 over everything a target receives: equal digest, nothing to send. */
  digest: string;
  publishable: boolean;
  heldReason?: HeldReason;
  /** One line saying why the version is held (missing keys, blocking validation errors). */
  heldDetail?: string;
  /** The renderer's output, for targets that lay out pages themselves (the static site). */
  rendered?: RenderedLanguage;
}

/**
 * What happened to one language version at one target in one publish. `unpublished`: it was
 * held (or the article withdrawn) after it had been published, and the target took it off.
 */
export type PublishAction = 'created' | 'updated' | 'unchanged' | 'held' | 'unpublished';

export interface PublishOutcome {
  target: string;
  lang: LanguageCode;
  action: PublishAction;
  /** The target's id of the version (Strapi documentId, a site path, a file in a git tree). */
  remoteId: string | null;
  digest: string;
  /** ISO time the target confirmed the version (for `unchanged`: when it was last sent). */
  at: string | null;
  heldReason?: HeldReason;
  heldDetail?: string;
}

/** What a target is told beside the versions: what the state store last recorded. */
export interface PublishContext {
  /** Every version of the article, held and unchanged ones included (a site links them all). */
  all: readonly LanguageVersion[];
  /** The last record per language at this target, when there is one. */
  previous: ReadonlyMap<LanguageCode, PublishRecord>;
  /**
   * Called as soon as one version is confirmed by the target (written and read back), so a
   * failure later in the run never loses what was already published, and nothing
   * unconfirmed is recorded.
   */
  confirm(outcome: PublishOutcome): void;
  /** Progress and warnings, one line each, never credentials (a function: targets keep it). */
  log: (line: string) => void;
}

/** An article as a target knows it when taking versions off: it may be gone from content/. */
export interface ArticleRef {
  slug: string;
  /** newsdesk's id of the article at the CMS (`externalId`). */
  externalId: string;
}

/** A version to take off a target: its language and the id the last record holds. */
export interface Withdrawal {
  lang: LanguageCode;
  remoteId: string | null;
  /** Digest of the version that was published (recorded again with the withdrawal). */
  digest: string;
}

/**
 * A publish target. `publish` receives the versions that changed since the last record
 * (all publishable ones when forced); it sends them, confirms each through the context and
 * returns the outcomes. Operational failures are thrown as NewsdeskErrors (exit 2).
 */
export interface PublishTarget {
  /** The configured name (`publish.targets.<name>`), used as the key of the records. */
  readonly name: string;
  /** The kind of target: static, strapi, git. */
  readonly type: string;
  publish(article: Article, versions: readonly LanguageVersion[], context: PublishContext): Promise<PublishOutcome[]>;
  /**
   * Take published versions off (unpublish, or set to draft where the CMS has no other way),
   * confirming each with action `unpublished`. A version the target no longer holds counts
   * as taken off.
   */
  unpublish(article: ArticleRef, withdrawals: readonly Withdrawal[], context: PublishContext): Promise<PublishOutcome[]>;
  /** Called once after every article of a run was published (the static site writes its index). */
  finish?(): Promise<void>;
}
