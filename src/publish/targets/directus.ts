// The Directus 11 target, on the official SDK (@directus/sdk): one item per article in
// `articles` (external_id unique), one row per language in the junction
// `articles_translations` that Directus's translations interface edits, each row with its
// own status (published / draft). The schema and a least-privilege user come from
// src/publish/cms/directus/setup.mjs.
//
// - Address and token from the environment: DIRECTUS_URL, DIRECTUS_TOKEN (`urlEnv`,
//   `tokenEnv` name others); `languages` maps a newsdesk language to another language code.
// - The languages collection must hold every language before anything is written.
// - The article is found by external_id before it is created (a unique field, so two
//   creates can never both succeed), its rows by language; a create whose answer was lost is
//   looked up before it is sent again. Every write is read back (digest, title, status).
// - Unpublishing sets the language's row to draft (the article to draft when no language
//   is left published).
// Every request goes through the shared retry helper: network failures, timeouts, 429 with
// Retry-After, 5xx and answers that are not JSON are retried.

import { createDirectus, createItem, readItems, rest, staticToken, updateItem, type RestCommand } from '@directus/sdk';
import type { Article } from '../../article/types.js';
import { Errors, fail, NewsdeskError, shownValue } from '../../errors/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import { systemClock, withRetries } from '../../net/retry.js';
import { HttpFailure, kindOf, toNewsdeskError } from '../http.js';
import type { LanguageVersion, PublishContext, PublishOutcome, PublishTarget } from '../types.js';
import { articleId } from '../versions.js';
import { checkKeys, cmsUrl, num, retryPolicy, secret, str, type CmsTargetOptions } from './settings.js';

export const DIRECTUS_SETTINGS = ['url', 'urlEnv', 'tokenEnv', 'collection', 'translations', 'languagesCollection', 'languages', 'timeoutMs', 'retries', 'retryDelayMs'] as const;

export type DirectusOptions = CmsTargetOptions;

/** One row of the translations junction, as newsdesk writes it. */
export interface DirectusTranslation {
  languages_code: string;
  status: 'published' | 'draft';
  title: string;
  slug: string;
  body: string;
  body_markdown: string;
  summary: string;
  date_published: string | null;
  credits: Record<string, unknown>;
  claims: unknown[];
  figures: unknown[];
  jsonld: Record<string, unknown>;
  digest: string;
}

interface Row {
  id: number;
  articles_id?: number;
  languages_code: string;
  status?: string;
  title?: string;
  digest?: string;
  date_updated?: string | null;
}

export function directusTranslation(version: LanguageVersion, code: string): DirectusTranslation {
  return {
    languages_code: code,
    status: 'published',
    title: version.title,
    slug: version.slug,
    body: version.bodyHtml,
    body_markdown: version.bodyMarkdown,
    summary: version.summary,
    date_published: version.datePublished ?? null,
    credits: { ...version.credits },
    claims: version.claims,
    figures: version.figures,
    jsonld: version.jsonld,
    digest: version.digest,
  };
}

/** A thrown SDK error (`{ errors, response }`) or a fetch failure, as the HttpFailure the retry helper reads. */
function failureOf(error: unknown, what: string, timeoutMs: number, origin: string): HttpFailure {
  if (error instanceof HttpFailure) return error;
  const sdk = error as { errors?: unknown; response?: Response } | undefined;
  if (sdk && typeof sdk === 'object' && 'response' in sdk && sdk.response) {
    const status = sdk.response.status;
    const errors = sdk.errors;
    const message = Array.isArray(errors) ? shownValue((errors[0] as { message?: unknown } | undefined)?.message ?? '') : errors instanceof Error ? errors.message : shownValue(errors ?? '');
    const kind = kindOf(status) ?? 'bad-response';
    const detail = kind === 'bad-response' ? `answered with something that is not JSON (${message.slice(0, 120)})` : message || '(no message)';
    return new HttpFailure(kind, `${what}: HTTP ${status} ${detail}`, status, sdk.response.headers.get('retry-after') ?? undefined);
  }
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return new HttpFailure('timeout', `${what}: no answer from ${origin} within ${timeoutMs} ms`);
  const cause = e?.cause;
  const reason = cause ? `${cause.code && !String(cause.message).includes(cause.code) ? `${cause.code} ` : ''}${cause.message ?? ''}` : (e?.message ?? String(error));
  return new HttpFailure('network', `${what}: cannot reach ${origin} (${reason})`);
}

export function createDirectusTarget(name: string, settings: Record<string, unknown>, options: DirectusOptions = {}): PublishTarget {
  checkKeys(name, settings, DIRECTUS_SETTINGS);
  const env = options.env ?? process.env;
  const baseUrl = cmsUrl(name, settings, env, 'DIRECTUS_URL');
  const token = secret(name, settings, env, 'tokenEnv', 'DIRECTUS_TOKEN', 'access token (a Directus user with the newsdesk policy, see src/publish/cms/directus/setup.mjs)');
  const collection = str(name, settings, 'collection') ?? 'articles';
  const junction = str(name, settings, 'translations') ?? `${collection}_translations`;
  const languagesCollection = str(name, settings, 'languagesCollection') ?? 'languages';
  const foreignKey = `${collection}_id`;
  for (const [key, value] of [['collection', collection], ['translations', junction], ['languagesCollection', languagesCollection]] as const) {
    if (!/^[A-Za-z0-9_-]+$/.test(value)) fail(Errors.InvalidConfig, `publish.targets.${name}: \`${key}\` must be a collection name like \`articles\``, { file: 'pipeline/config.yaml' });
  }
  const codes = (settings.languages ?? {}) as Record<string, unknown>;
  if (typeof codes !== 'object' || codes === null || Array.isArray(codes)) fail(Errors.InvalidConfig, `publish.targets.${name}: \`languages\` maps newsdesk languages to Directus language codes`, { file: 'pipeline/config.yaml' });
  const codeOf = (lng: LanguageCode): string => (typeof codes[lng] === 'string' ? (codes[lng] as string) : lng);
  const timeoutMs = num(name, settings, 'timeoutMs') ?? 15_000;
  const policy = retryPolicy(name, settings, options.retry);
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const fetchImpl = options.fetch ?? ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => fetch(input, init));
  const origin = new URL(baseUrl).origin;
  let log: (line: string) => void = () => {};

  // Every request of the SDK gets a timeout; the SDK itself neither times out nor retries.
  const timedFetch = (input: Parameters<typeof fetch>[0], init: Parameters<typeof fetch>[1] = {}) => fetchImpl(input, { ...init, signal: init.signal ?? AbortSignal.timeout(timeoutMs) });
  const client = createDirectus(baseUrl, { globals: { fetch: timedFetch as typeof fetch } }).with(staticToken(token)).with(rest());

  /** One SDK command through the shared retry helper; failures become one line. */
  async function send<T>(what: string, command: () => RestCommand<T, never>, settle?: () => Promise<T | undefined>): Promise<T> {
    try {
      return await withRetries(
        async () => {
          try {
            const result = await client.request(command());
            // A success answer that is not JSON reaches us as its text.
            if (typeof result === 'string') throw new HttpFailure('bad-response', `${what}: HTTP 200 answered with something that is not JSON (${result.replace(/\s+/g, ' ').slice(0, 120)})`, 200);
            return result as T;
          } catch (error) {
            throw failureOf(error, what, timeoutMs, origin);
          }
        },
        {
          policy,
          clock,
          random,
          classify: (error) => (error instanceof HttpFailure && error.transient ? { retry: true, retryAfter: error.retryAfter } : { retry: false }),
          onRetry: ({ attempt, delayMs, error }) => log(`${name}: ${what} failed (${(error as HttpFailure).status ?? (error as HttpFailure).kind}), retry ${attempt} in ${delayMs} ms`),
          onGiveUp: ({ attempts, error }) => {
            if (error instanceof HttpFailure) error.attempts = attempts;
          },
          ...(settle ? { settle } : {}),
        },
      );
    } catch (error) {
      if (error instanceof HttpFailure) {
        if (error.status === 403) {
          throw new NewsdeskError(
            { ...Errors.Auth, hint: `give the token's user the newsdesk policy: read ${languagesCollection}; create, read and update ${collection} and ${junction} (src/publish/cms/directus/setup.mjs)` },
            `${name}: the token was refused (${error.message})`,
          );
        }
        throw toNewsdeskError(error, name);
      }
      throw error;
    }
  }

  async function knownLanguages(): Promise<Set<string>> {
    const rows = await send(`GET /items/${languagesCollection}`, () => readItems(languagesCollection as never, { fields: ['code'], limit: -1 } as never) as RestCommand<Array<{ code: string }>, never>);
    if (!Array.isArray(rows)) fail(Errors.Service, `${name}: GET /items/${languagesCollection} did not answer a list`);
    return new Set(rows.map((r) => r.code));
  }

  async function findArticle(externalId: string): Promise<{ id: number; status?: string } | undefined> {
    const rows = await send(`GET /items/${collection}`, () =>
      readItems(collection as never, { filter: { external_id: { _eq: externalId } }, fields: ['id', 'status'], sort: ['id'], limit: 10 } as never) as RestCommand<Array<{ id: number; status?: string }>, never>,
    );
    if (rows.length > 1) log(`${name}: ${rows.length} items carry external_id ${externalId}; updating the oldest, ${rows[0]!.id}`);
    return rows[0];
  }

  async function rowsOf(articleIdValue: number): Promise<Map<string, Row>> {
    const rows = await send(`GET /items/${junction}`, () =>
      readItems(junction as never, { filter: { [foreignKey]: { _eq: articleIdValue } }, fields: ['id', 'languages_code', 'status', 'title', 'digest', 'date_updated'], sort: ['id'], limit: -1 } as never) as RestCommand<Row[], never>,
    );
    const byCode = new Map<string, Row>();
    for (const row of rows) if (!byCode.has(row.languages_code)) byCode.set(row.languages_code, row);
    return byCode;
  }

  async function readRow(id: number): Promise<Row> {
    const rows = await send(`GET /items/${junction}`, () =>
      readItems(junction as never, { filter: { id: { _eq: id } }, fields: ['id', 'languages_code', 'status', 'title', 'digest', 'date_updated'], limit: 1 } as never) as RestCommand<Row[], never>,
    );
    if (!rows[0]) fail(Errors.Service, `${name}: ${junction} row ${id} was written but cannot be read back`);
    return rows[0];
  }

  async function ensureArticle(externalId: string): Promise<{ id: number; status?: string }> {
    const found = await findArticle(externalId);
    if (found !== undefined) return found;
    return send(
      `POST /items/${collection}`,
      () => createItem(collection as never, { external_id: externalId, status: 'published' } as never, { fields: ['id', 'status'] } as never) as RestCommand<{ id: number; status?: string }, never>,
      () => findArticle(externalId),
    );
  }

  function confirmRow(row: Row, version: LanguageVersion, action: 'created' | 'updated', context: PublishContext): PublishOutcome {
    if (row.digest !== version.digest || row.title !== version.title || row.status !== 'published') {
      const what = row.digest !== version.digest ? 'digest' : row.title !== version.title ? 'title' : `status ${row.status}`;
      fail(Errors.Service, `${name}: ${version.lang} read back differs from what was sent (${what}) in ${junction} row ${row.id}`);
    }
    const outcome: PublishOutcome = { target: name, lang: version.lang, action, remoteId: String(row.id), digest: version.digest, at: new Date().toISOString() };
    context.confirm(outcome);
    return outcome;
  }

  return {
    name,
    type: 'directus',
    async publish(article: Article, versions: readonly LanguageVersion[], context: PublishContext): Promise<PublishOutcome[]> {
      log = context.log;
      const sendable = versions.filter((v) => v.publishable);
      if (sendable.length === 0) return [];
      const known = await knownLanguages();
      const unknown = sendable.filter((v) => !known.has(codeOf(v.lang)));
      if (unknown.length > 0) {
        throw new NewsdeskError(
          { ...Errors.InvalidConfig, hint: `add them to the ${languagesCollection} collection or map them under publish.targets.${name}.languages` },
          `${name}: Directus has no language ${unknown.map((v) => (codeOf(v.lang) === v.lang ? v.lang : `${v.lang} (as ${codeOf(v.lang)})`)).join(', ')}; it has ${[...known].sort().join(' ') || 'none'}`,
        );
      }
      const externalId = articleId(article);
      const { id: item, status } = await ensureArticle(externalId);
      const rows = await rowsOf(item);
      const outcomes: PublishOutcome[] = [];
      for (const version of sendable) {
        const code = codeOf(version.lang);
        const row = rows.get(code);
        const data = directusTranslation(version, code);
        if (row && row.digest === version.digest && row.title === version.title && row.status === 'published') {
          // Already there (a publish that stopped before recording): confirm, send nothing.
          const outcome: PublishOutcome = { target: name, lang: version.lang, action: 'unchanged', remoteId: String(row.id), digest: version.digest, at: row.date_updated ?? null };
          context.confirm(outcome);
          outcomes.push(outcome);
          continue;
        }
        if (row) {
          await send(`PATCH /items/${junction}/${row.id}`, () => updateItem(junction as never, row.id, data as never, { fields: ['id'] } as never) as RestCommand<{ id: number }, never>);
          outcomes.push(confirmRow(await readRow(row.id), version, 'updated', context));
        } else {
          const created = await send(
            `POST /items/${junction}`,
            () => createItem(junction as never, { ...data, [foreignKey]: item } as never, { fields: ['id'] } as never) as RestCommand<{ id: number }, never>,
            async () => {
              const again = (await rowsOf(item)).get(code);
              return again ? { id: again.id } : undefined;
            },
          );
          outcomes.push(confirmRow(await readRow(created.id), version, 'created', context));
        }
      }
      // A withdrawn article published again: the item is published with its languages.
      if (status !== 'published') await send(`PATCH /items/${collection}/${item}`, () => updateItem(collection as never, item, { status: 'published' } as never, { fields: ['id'] } as never) as RestCommand<{ id: number }, never>);
      return outcomes;
    },
    async unpublish(ref, withdrawals, context: PublishContext): Promise<PublishOutcome[]> {
      log = context.log;
      const item = (await findArticle(ref.externalId))?.id;
      const rows = item === undefined ? new Map<string, Row>() : await rowsOf(item);
      const outcomes: PublishOutcome[] = [];
      for (const w of withdrawals) {
        const row = rows.get(codeOf(w.lang));
        if (row && row.status !== 'draft') {
          await send(`PATCH /items/${junction}/${row.id}`, () => updateItem(junction as never, row.id, { status: 'draft' } as never, { fields: ['id'] } as never) as RestCommand<{ id: number }, never>);
          const after = await readRow(row.id);
          if (after.status !== 'draft') fail(Errors.Service, `${name}: ${w.lang} (${junction} row ${row.id}) is still ${after.status} after it was set to draft`);
          row.status = 'draft';
        }
        const outcome: PublishOutcome = { target: name, lang: w.lang, action: 'unpublished', remoteId: row ? String(row.id) : w.remoteId, digest: w.digest, at: new Date().toISOString() };
        context.confirm(outcome);
        outcomes.push(outcome);
      }
      if (item !== undefined && ![...rows.values()].some((r) => r.status === 'published')) {
        await send(`PATCH /items/${collection}/${item}`, () => updateItem(collection as never, item, { status: 'draft' } as never, { fields: ['id'] } as never) as RestCommand<{ id: number }, never>);
      }
      return outcomes;
    },
  };
}
