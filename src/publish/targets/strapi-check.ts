// `newsdesk cms check strapi`: what a live Strapi 5 lacks for newsdesk, and how to fix each
// gap — the locales of the configured languages, the content type (draft & publish, i18n,
// every field with its type, localized), and the API token's permissions — found with
// requests that write nothing: reads, and writes Strapi must refuse (a body it cannot
// validate, a document that does not exist), told apart by their status.

import { HttpFailure, createJsonClient, type JsonClient } from '../http.js';
import type { LanguageCode } from '../../lang/codes.js';
import type { RetryPolicy } from '../../net/retry.js';
import { STRAPI_FIELDS } from './strapi-schema.js';

export interface CheckFinding {
  ok: boolean;
  /** What was checked, one line. */
  check: string;
  /** For a gap: what to do. */
  fix?: string;
}

export interface StrapiCheckOptions {
  baseUrl: string;
  token: string;
  name: string;
  collection: string;
  /** The languages newsdesk publishes and the Strapi locale code of each. */
  locales: ReadonlyArray<{ lang: LanguageCode; locale: string }>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  retry?: RetryPolicy;
}

const NOWHERE = 'newsdesk-check-no-such-document';
const SHIPPED = 'src/publish/cms/strapi/api/article';

/** Status of a request, or the failure's; a network failure is thrown. */
async function statusOf(client: JsonClient, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<{ status: number; message: string; json?: unknown }> {
  try {
    const response = await client.request(method, path, body);
    return { status: response.status, message: '', json: response.json };
  } catch (error) {
    if (error instanceof HttpFailure && error.status !== undefined && !error.transient) return { status: error.status, message: error.message };
    throw error;
  }
}

export async function checkStrapi(options: StrapiCheckOptions): Promise<CheckFinding[]> {
  const client = createJsonClient({
    baseUrl: options.baseUrl,
    token: options.token,
    service: options.name,
    timeoutMs: options.timeoutMs ?? 15_000,
    retry: options.retry ?? { retries: 2, baseDelayMs: 500, maxDelayMs: 5000, maxRetryAfterMs: 30_000 },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const api = `/api/${options.collection}`;
  const singular = options.collection.replace(/s$/, '');
  const uid = `api::${singular}.${singular}`;
  const findings: CheckFinding[] = [];
  const add = (ok: boolean, check: string, fix?: string) => findings.push(ok ? { ok, check } : { ok, check, ...(fix ? { fix } : {}) });

  // The token itself, and the locales.
  const locales = await statusOf(client, 'GET', '/api/i18n/locales');
  if (locales.status === 401) {
    add(false, 'the API token is accepted', 'create an API token (Settings → API Tokens) and export it as STRAPI_TOKEN');
    return findings;
  }
  if (locales.status === 403) add(false, 'the token may list locales (i18n: Locale → find)', 'allow "find" under Internationalization → Locale in the token\'s permissions');
  else if (locales.status !== 200) add(false, `GET /api/i18n/locales answers (HTTP ${locales.status})`, 'turn on the Internationalization plugin');
  else {
    const list = Array.isArray(locales.json) ? locales.json : [];
    const have = new Set(list.map((l) => (l as { code?: string }).code));
    const missing = options.locales.filter((l) => !have.has(l.locale));
    add(
      missing.length === 0,
      `Strapi has a locale for each of the ${options.locales.length} languages`,
      `add the locale${missing.length === 1 ? '' : 's'} ${missing.map((l) => (l.lang === l.locale ? l.lang : `${l.locale} (for ${l.lang})`)).join(', ')} in Settings → Internationalization (a code Strapi's list lacks, like Latin \`la\`, is added by a bootstrap: see test/e2e/strapi/src/index.js), or map the languages under publish.targets.${options.name}.locales`,
    );
  }

  // The content type: read by the content-type builder when the token may, else probed field by field.
  const type = await statusOf(client, 'GET', `/api/content-type-builder/content-types/${encodeURIComponent(uid)}`);
  const schema = (type.json as { data?: { schema?: { draftAndPublish?: boolean; pluginOptions?: { i18n?: { localized?: boolean } }; attributes?: Record<string, { type?: string; pluginOptions?: { i18n?: { localized?: boolean } } }> } } } | undefined)?.data?.schema;
  if (type.status === 200 && schema) {
    add(true, `content type ${uid} exists`);
    add(schema.draftAndPublish === true, `${uid} has draft & publish`, `turn on "Draft & publish" for ${uid} (the shipped schema: ${SHIPPED})`);
    add(schema.pluginOptions?.i18n?.localized === true, `${uid} is localized`, `turn on "Internationalization" for ${uid}`);
    for (const [field, expected] of Object.entries(STRAPI_FIELDS)) {
      const attribute = schema.attributes?.[field];
      if (!attribute) add(false, `field ${field} (${expected})`, `add the ${expected} field \`${field}\`, localized (copy ${SHIPPED})`);
      else if (attribute.type !== expected) add(false, `field ${field} is ${expected}`, `\`${field}\` is ${attribute.type}: make it ${expected}`);
      else add(attribute.pluginOptions?.i18n?.localized === true, `field ${field} (${expected}, localized)`, `turn on "Enable localization for this field" for \`${field}\``);
    }
  } else {
    const probe = await statusOf(client, 'GET', `${api}?${new URLSearchParams({ status: 'draft', 'pagination[pageSize]': '1', ...Object.fromEntries(Object.keys(STRAPI_FIELDS).map((field, i) => [`fields[${i}]`, field])) })}`);
    if (probe.status === 404) {
      add(false, `content type with the REST path ${api}`, `copy ${SHIPPED} into the Strapi project's src/api/article and restart Strapi (or set publish.targets.${options.name}.collection)`);
    } else if (probe.status === 400) {
      const field = /Invalid key (\w+)/.exec(probe.message)?.[1];
      add(false, `every field newsdesk writes exists${field ? ` (${field} does not)` : ''}`, `add the missing field${field ? ` \`${field}\` (${STRAPI_FIELDS[field as keyof typeof STRAPI_FIELDS] ?? 'see the schema'})` : 's'}, localized (copy ${SHIPPED})`);
    } else if (probe.status === 200) {
      add(true, `content type ${api} exists with every field newsdesk writes (their types and localization are readable with the content-type builder's getContentType permission)`);
    }
  }

  // The token's permissions, by requests Strapi refuses for another reason when allowed.
  const permission = async (action: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<{ status: number; message: string }> => {
    const result = await statusOf(client, method, path, body);
    add(result.status !== 403, `the token may ${action} ${options.collection}`, `allow "${action}" under ${singular[0]!.toUpperCase()}${singular.slice(1)} in the token's permissions (Settings → API Tokens)`);
    return result;
  };
  const invalid = { data: { title: { not: 'a string' } } };
  await permission('find', 'GET', `${api}?pagination[pageSize]=1`);
  await permission('findOne', 'GET', `${api}/${NOWHERE}`);
  await permission('create', 'POST', `${api}?locale=${encodeURIComponent(options.locales[0]?.locale ?? 'en')}`, invalid);
  await permission('update', 'PUT', `${api}/${NOWHERE}?locale=${encodeURIComponent(options.locales[0]?.locale ?? 'en')}`, invalid);
  const unpublish = await statusOf(client, 'POST', `${api}/${NOWHERE}/unpublish?locale=${encodeURIComponent(options.locales[0]?.locale ?? 'en')}`, {});
  if (unpublish.status === 403) add(false, `the token may unpublish ${options.collection}`, `allow "unpublish" under ${singular} in the token's permissions`);
  else if (unpublish.status === 404 && !/no \S+ version of document/.test(unpublish.message)) add(false, `the unpublish route POST ${api}/:id/unpublish exists`, `copy ${SHIPPED}/routes/01-unpublish.js and controllers/article.js into the Strapi project (Strapi 5's REST API has no unpublish of its own)`);
  else add(true, `the token may unpublish ${options.collection}`);
  // Least privilege: newsdesk never deletes.
  const remove = await statusOf(client, 'DELETE', `${api}/${NOWHERE}`);
  add(remove.status === 403 || remove.status === 405, `the token may not delete ${options.collection} (newsdesk never deletes)`, 'use a custom token without "delete" (a full-access token can do anything)');
  return findings;
}
