// The Strapi 5 target: one localized document per article in a collection type
// (`api::article.article`, REST `/api/articles`), one locale per language version.
//
// - The CMS address and API token come from the environment (STRAPI_URL, STRAPI_TOKEN by
//   default; `urlEnv`/`tokenEnv` in the target's settings name others). The token is never
//   written anywhere.
// - Before anything is written, the CMS's locales (GET /api/i18n/locales) must include every
//   language's locale code: Strapi stores a document under a locale it does not know.
// - The document is found by `externalId` (filters[externalId][$eq], drafts included), so a
//   retried publish never creates a second one. Strapi 5 dropped `locale=all`; `locale=*`
//   (the Document Service's "every locale") answers on 5.54, and per-locale look-ups follow
//   when it finds nothing, for servers that do not understand it.
//   It is created in the source language (POST ?locale=de) and every other language is
//   written with PUT /api/articles/:documentId?locale=xx (create-or-update of that locale).
// - Every write is read back (status=published) and its digest and title compared before
//   the version is confirmed; only confirmed versions are recorded as published.

import type { Article } from '../../article/types.js';
import { Errors, fail, NewsdeskError } from '../../errors/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import { HttpFailure, toNewsdeskError, type JsonResponse } from '../http.js';
import type { LanguageVersion, PublishContext, PublishOutcome, PublishTarget } from '../types.js';
import { articleId } from '../versions.js';
import { checkKeys, cmsClient, cmsUrl, secret, str, type CmsTargetOptions } from './settings.js';

export const STRAPI_SETTINGS = ['url', 'urlEnv', 'tokenEnv', 'collection', 'locales', 'timeoutMs', 'retries', 'retryDelayMs'] as const;

export interface StrapiSettings {
  /** Base URL of the CMS when the environment does not give one. */
  url?: string;
  /** Environment variable holding the base URL (default STRAPI_URL). */
  urlEnv?: string;
  /** Environment variable holding the API token (default STRAPI_TOKEN). */
  tokenEnv?: string;
  /** Plural API id of the collection type (default `articles`). */
  collection?: string;
  /** newsdesk language → Strapi locale code, where they differ (`zh: zh-Hans`). */
  locales?: Partial<Record<LanguageCode, string>>;
  timeoutMs?: number;
  retries?: number;
  /** Base of the exponential backoff between retries (default 500 ms). */
  retryDelayMs?: number;
}

export type StrapiOptions = CmsTargetOptions;

/** The fields of `api::article.article` newsdesk writes (all localized). */
export interface StrapiArticleData {
  title: string;
  slug: string;
  body: string;
  bodyMarkdown: string;
  summary: string;
  datePublished: string | null;
  credits: Record<string, unknown>;
  claims: unknown[];
  figures: unknown[];
  jsonld: Record<string, unknown>;
  externalId: string;
  digest: string;
}

interface StrapiEntry {
  id?: number;
  documentId?: string;
  locale?: string;
  title?: string;
  digest?: string;
  externalId?: string;
  publishedAt?: string | null;
  updatedAt?: string;
}

export function strapiData(version: LanguageVersion, externalId: string): StrapiArticleData {
  return {
    title: version.title,
    slug: version.slug,
    body: version.bodyHtml,
    bodyMarkdown: version.bodyMarkdown,
    summary: version.summary,
    datePublished: version.datePublished ?? null,
    credits: { ...version.credits },
    claims: version.claims,
    figures: version.figures,
    jsonld: version.jsonld,
    externalId,
    digest: version.digest,
  };
}

export function createStrapiTarget(name: string, settings: Record<string, unknown>, options: StrapiOptions = {}): PublishTarget {
  checkKeys(name, settings, STRAPI_SETTINGS);
  const env = options.env ?? process.env;
  const baseUrl = cmsUrl(name, settings, env, 'STRAPI_URL');
  const token = secret(name, settings, env, 'tokenEnv', 'STRAPI_TOKEN', 'API token', 'a Strapi API token with find, create, update and unpublish on articles and find on i18n locales');
  const collection = str(name, settings, 'collection') ?? 'articles';
  if (!/^[a-z0-9-]+$/.test(collection)) fail(Errors.InvalidConfig, `${name}: \`collection\` must be a plural API id like \`articles\``);
  const localeMap = (settings.locales ?? {}) as Record<string, unknown>;
  if (typeof localeMap !== 'object' || Array.isArray(localeMap)) fail(Errors.InvalidConfig, `${name}: \`locales\` must map languages to Strapi locale codes`);
  const localeOf = (lng: LanguageCode): string => (typeof localeMap[lng] === 'string' ? (localeMap[lng] as string) : lng);
  let log: (line: string) => void = () => {};

  const client = cmsClient(name, settings, baseUrl, { token }, options, () => log);
  const api = `/api/${collection}`;

  async function call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, beforeRetry?: () => Promise<JsonResponse | undefined>): Promise<JsonResponse> {
    try {
      return await client.request(method, path, body, beforeRetry ? { beforeRetry } : {});
    } catch (error) {
      if (error instanceof HttpFailure) throw toNewsdeskError(error, name);
      throw error;
    }
  }

  async function cmsLocales(): Promise<Set<string>> {
    const { json } = await call('GET', '/api/i18n/locales');
    const list = Array.isArray(json) ? json : (json as { data?: unknown } | undefined)?.data;
    if (!Array.isArray(list)) fail(Errors.Service, `${name}: GET /api/i18n/locales did not return a list of locales — is the i18n feature on and the token allowed to read locales?`);
    return new Set(list.map((entry) => (entry as { code?: unknown }).code).filter((code): code is string => typeof code === 'string'));
  }

  /** Documents holding this externalId in one locale (drafts included: every document has one). */
  async function findByExternalId(externalId: string, locale: string): Promise<StrapiEntry[]> {
    const query = new URLSearchParams({
      'filters[externalId][$eq]': externalId,
      locale,
      status: 'draft',
      'fields[0]': 'externalId',
      'fields[1]': 'digest',
      sort: 'id:asc',
      'pagination[pageSize]': '100',
    });
    const { json } = await call('GET', `${api}?${query}`);
    const data = (json as { data?: unknown } | undefined)?.data;
    return Array.isArray(data) ? (data as StrapiEntry[]) : [];
  }

  async function findDocument(externalId: string, locales: readonly string[]): Promise<string | undefined> {
    for (const locale of locales) {
      const found = await findByExternalId(externalId, locale);
      const ids = [...new Set(found.map((entry) => entry.documentId).filter((id): id is string => typeof id === 'string'))];
      if (ids.length > 1) log(`${name}: ${ids.length} documents carry externalId ${externalId} (${ids.join(', ')}); updating the oldest, ${ids[0]}`);
      if (ids[0]) return ids[0];
    }
    return undefined;
  }

  /** The published (or draft) version of one locale, or undefined when the document has none. */
  async function readLocale(documentId: string, locale: string, status: 'published' | 'draft' = 'published'): Promise<StrapiEntry | undefined> {
    const query = new URLSearchParams({ locale, status, 'fields[0]': 'title', 'fields[1]': 'digest', 'fields[2]': 'externalId', 'fields[3]': 'updatedAt', 'fields[4]': 'publishedAt' });
    try {
      const { json } = await client.request('GET', `${api}/${encodeURIComponent(documentId)}?${query}`);
      return (json as { data?: StrapiEntry } | undefined)?.data ?? undefined;
    } catch (error) {
      if (error instanceof HttpFailure && error.kind === 'not-found') return undefined;
      if (error instanceof HttpFailure) throw toNewsdeskError(error, name);
      throw error;
    }
  }

  function entryOf(response: JsonResponse): StrapiEntry {
    const data = (response.json as { data?: StrapiEntry } | undefined)?.data;
    if (!data || typeof data.documentId !== 'string') fail(Errors.Service, `${name}: the CMS answered a write without a document (no data.documentId)`);
    return data;
  }

  async function confirmWrite(documentId: string, version: LanguageVersion, locale: string, action: 'created' | 'updated', context: PublishContext): Promise<PublishOutcome> {
    const stored = await readLocale(documentId, locale);
    if (!stored) fail(Errors.Service, `${name}: ${version.lang} was written but the CMS has no published ${locale} version of ${documentId} — check the content type's draft & publish setting`);
    if (stored.digest !== version.digest || stored.title !== version.title) {
      fail(Errors.Service, `${name}: ${version.lang} read back differs from what was sent (${stored.digest !== version.digest ? 'digest' : 'title'}) in document ${documentId}`);
    }
    const outcome: PublishOutcome = { target: name, lang: version.lang, action, remoteId: documentId, digest: version.digest, at: new Date().toISOString() };
    context.confirm(outcome);
    return outcome;
  }

  return {
    name,
    type: 'strapi',
    /**
     * POST /api/articles/:documentId/unpublish?locale=xx, the route of the shipped schema
     * (src/publish/cms/strapi): Strapi 5's REST API has no unpublish of its own. The draft
     * stays for the editors; the published version is read back to be gone.
     */
    async unpublish(ref, withdrawals, context: PublishContext): Promise<PublishOutcome[]> {
      log = context.log;
      const outcomes: PublishOutcome[] = [];
      for (const w of withdrawals) {
        const locale = localeOf(w.lang);
        const documentId = w.remoteId ?? (await findDocument(ref.externalId, ['*', locale]));
        if (documentId) {
          try {
            await client.request('POST', `${api}/${encodeURIComponent(documentId)}/unpublish?locale=${encodeURIComponent(locale)}`, {});
          } catch (error) {
            if (!(error instanceof HttpFailure)) throw error;
            if (error.kind !== 'not-found') throw toNewsdeskError(error, name);
            // No route, or no such document: which one the read tells.
            if (await readLocale(documentId, locale, 'draft')) {
              throw new NewsdeskError(
                { ...Errors.Service, hint: `copy src/publish/cms/strapi/api/article into the Strapi project's src/api/article (it adds POST ${api}/:id/unpublish) and allow "unpublish" to the token` },
                `${name}: the CMS has no unpublish route for ${collection} (${error.message})`,
              );
            }
          }
          if (await readLocale(documentId, locale)) fail(Errors.Service, `${name}: ${w.lang} of document ${documentId} is still published after unpublish`);
        }
        const outcome: PublishOutcome = { target: name, lang: w.lang, action: 'unpublished', remoteId: documentId ?? null, digest: w.digest, at: new Date().toISOString() };
        context.confirm(outcome);
        outcomes.push(outcome);
      }
      return outcomes;
    },
    async publish(article: Article, versions: readonly LanguageVersion[], context: PublishContext): Promise<PublishOutcome[]> {
      log = context.log;
      const outcomes: PublishOutcome[] = [];
      const sendable = versions.filter((v) => v.publishable);
      if (sendable.length === 0) return outcomes;
      const externalId = articleId(article);

      const known = await cmsLocales();
      const unknown = sendable.filter((v) => !known.has(localeOf(v.lang)));
      if (unknown.length > 0) {
        const list = unknown.map((v) => (localeOf(v.lang) === v.lang ? v.lang : `${v.lang} (as ${localeOf(v.lang)})`)).join(', ');
        throw new NewsdeskError(
          { ...Errors.InvalidConfig, hint: `add the locales in Strapi (Settings → Internationalization) or map them under publish.targets.${name}.locales` },
          `${name}: the CMS has no locale for ${list}; it has ${[...known].sort().join(' ') || 'none'}`,
        );
      }

      // The source language first: it creates the document when there is none.
      const src = article.frontmatter.lang;
      const ordered = [...sendable].sort((a, b) => Number(b.lang === src) - Number(a.lang === src));
      const recorded = [...context.previous.values()].filter((r) => r.remoteId).map((r) => r.lang as LanguageCode);
      const lookupOrder = ['*', ...new Set([...recorded, src, ...ordered.map((v) => v.lang)].map(localeOf))];
      let documentId = await findDocument(externalId, lookupOrder);

      for (const version of ordered) {
        const locale = localeOf(version.lang);
        const data = strapiData(version, externalId);
        if (documentId) {
          const current = await readLocale(documentId, locale);
          if (current && current.digest === version.digest && current.title === version.title) {
            // Already there (a publish that stopped before recording): confirm, send nothing.
            const outcome: PublishOutcome = { target: name, lang: version.lang, action: 'unchanged', remoteId: documentId, digest: version.digest, at: current.updatedAt ?? null };
            context.confirm(outcome);
            outcomes.push(outcome);
            continue;
          }
          const id: string = documentId;
          await call('PUT', `${api}/${encodeURIComponent(id)}?locale=${encodeURIComponent(locale)}`, { data });
          outcomes.push(await confirmWrite(id, version, locale, current ? 'updated' : 'created', context));
        } else {
          // A POST whose answer was lost may have created the document: look before resending.
          const response = await call('POST', `${api}?locale=${encodeURIComponent(locale)}`, { data }, async () => {
            const id = await findDocument(externalId, [locale]);
            return id ? { status: 200, json: { data: { documentId: id } } } : undefined;
          });
          documentId = entryOf(response).documentId!;
          outcomes.push(await confirmWrite(documentId, version, locale, 'created', context));
        }
      }
      return outcomes;
    },
  };
}
