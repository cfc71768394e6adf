#!/usr/bin/env node
// newsdesk's schema for Directus 11, created through Directus's own REST API with an admin
// token: the collections `languages` (code, name, direction), `articles` (status, external_id
// unique, translations) and the junction `articles_translations` that Directus's translations
// interface edits (one row per language: status, title, slug, body, body_markdown, summary,
// date_published, credits, claims, figures, jsonld, digest). Then the 14 languages, and —
// with --user — a policy with the least permissions newsdesk needs (read languages; create,
// read and update articles and articles_translations; nothing else, no app access), a role
// holding it, a user with that role and a static token, written to --token-file.
// Re-running it changes nothing that is there already.
//
//   node setup.mjs --url https://cms.example.org --admin-token $DIRECTUS_ADMIN_TOKEN \
//        [--user newsdesk@example.org --token-file ./newsdesk.token] [--default-language de]
//
// Plain fetch, no dependencies: copy this file anywhere Node 18+ runs.

import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'admin-token': { type: 'string' },
    user: { type: 'string' },
    'token-file': { type: 'string' },
    'default-language': { type: 'string', default: 'de' },
  },
});
const base = (values.url ?? '').replace(/\/+$/, '');
const admin = values['admin-token'] ?? process.env.DIRECTUS_ADMIN_TOKEN ?? '';
if (!base || !admin || (values.user && !values['token-file'])) {
  console.error('usage: setup.mjs --url URL --admin-token TOKEN [--user EMAIL --token-file FILE] [--default-language de]');
  process.exit(2);
}

export const LANGUAGES = [
  ['zh', 'Chinese', 'ltr'], ['ru', 'Russian', 'ltr'], ['en', 'English', 'ltr'], ['fr', 'French', 'ltr'], ['id', 'Indonesian', 'ltr'],
  ['sa', 'Sanskrit', 'ltr'], ['ja', 'Japanese', 'ltr'], ['de', 'German', 'ltr'], ['pt', 'Portuguese', 'ltr'], ['el', 'Greek', 'ltr'],
  ['es', 'Spanish', 'ltr'], ['it', 'Italian', 'ltr'], ['fi', 'Finnish', 'ltr'], ['la', 'Latin', 'ltr'],
];

async function call(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', accept: 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${json?.errors?.[0]?.message ?? text.slice(0, 200)}`);
  return json?.data;
}

const input = (extra = {}) => ({ interface: 'input', ...extra });
const text = (field, note) => ({ field, type: 'text', meta: { interface: 'input-multiline', note } });
const json = (field, note) => ({ field, type: 'json', meta: { special: ['cast-json'], interface: 'input-code', options: { language: 'JSON' }, note } });
const statusField = (note) => ({
  field: 'status',
  type: 'string',
  schema: { default_value: 'draft', is_nullable: false },
  meta: { interface: 'select-dropdown', width: 'half', note, options: { choices: [{ text: 'Published', value: 'published' }, { text: 'Draft', value: 'draft' }, { text: 'Archived', value: 'archived' }] } },
});
const updated = { field: 'date_updated', type: 'timestamp', meta: { special: ['date-updated'], readonly: true, hidden: true, interface: 'datetime' } };

const COLLECTIONS = [
  {
    collection: 'languages',
    meta: { icon: 'translate', note: 'Languages of the versions newsdesk publishes' },
    schema: {},
    fields: [
      { field: 'code', type: 'string', schema: { is_primary_key: true, length: 16 }, meta: input({ note: 'newsdesk language code (or the code mapped in publish.targets.<name>.languages)' }) },
      { field: 'name', type: 'string', meta: input() },
      { field: 'direction', type: 'string', schema: { default_value: 'ltr' }, meta: { interface: 'select-dropdown', options: { choices: [{ text: 'Left to right', value: 'ltr' }, { text: 'Right to left', value: 'rtl' }] } } },
    ],
  },
  {
    collection: 'articles',
    meta: { icon: 'article', note: 'One newsdesk article; its language versions are its translations', archive_field: 'status', archive_value: 'archived', unarchive_value: 'draft' },
    schema: {},
    fields: [
      { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true }, meta: { hidden: true, readonly: true } },
      statusField('published while any language is published'),
      { field: 'external_id', type: 'string', schema: { is_unique: true, is_nullable: false }, meta: input({ readonly: true, note: "newsdesk's article id (front matter `id`, else the slug)" }) },
      updated,
    ],
  },
  {
    collection: 'articles_translations',
    meta: { hidden: true, icon: 'import_export', note: 'One language version of an article (edited through the translations interface)' },
    schema: {},
    fields: [
      { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true }, meta: { hidden: true } },
      { field: 'articles_id', type: 'integer', schema: {}, meta: { hidden: true } },
      { field: 'languages_code', type: 'string', schema: { length: 16 }, meta: { hidden: true } },
      statusField('published or draft, per language'),
      { field: 'title', type: 'string', schema: { max_length: 1000 }, meta: input() },
      { field: 'slug', type: 'string', meta: input() },
      text('body', 'the sanitized HTML body'),
      { field: 'body_markdown', type: 'text', meta: { interface: 'input-rich-text-md' } },
      text('summary', 'the first paragraph as plain text'),
      { field: 'date_published', type: 'date', meta: { interface: 'datetime' } },
      json('credits', 'editor, proofreading, …'),
      json('claims', 'claims with their figures, entities and attribution'),
      json('figures', 'every figure by value (never its spelling)'),
      json('jsonld', 'schema.org NewsArticle'),
      { field: 'digest', type: 'string', meta: input({ readonly: true, note: 'sha256 of what newsdesk sent' }) },
      updated,
    ],
  },
];

const existing = new Set((await call('GET', '/collections?limit=-1')).map((c) => c.collection));
for (const collection of COLLECTIONS) {
  if (!existing.has(collection.collection)) await call('POST', '/collections', collection);
}
const articleFields = new Set((await call('GET', '/fields/articles')).map((f) => f.field));
if (!articleFields.has('translations')) {
  await call('POST', '/fields/articles', {
    field: 'translations',
    type: 'alias',
    meta: { special: ['translations'], interface: 'translations', options: { languageField: 'name', defaultLanguage: values['default-language'], userLanguage: true } },
  });
}
const relations = new Set((await call('GET', '/relations/articles_translations')).map((r) => r.field));
if (!relations.has('articles_id')) {
  await call('POST', '/relations', {
    collection: 'articles_translations',
    field: 'articles_id',
    related_collection: 'articles',
    meta: { one_field: 'translations', junction_field: 'languages_code', sort_field: null, one_deselect_action: 'delete' },
    schema: { on_delete: 'CASCADE' },
  });
}
if (!relations.has('languages_code')) {
  await call('POST', '/relations', {
    collection: 'articles_translations',
    field: 'languages_code',
    related_collection: 'languages',
    meta: { one_field: null, junction_field: 'articles_id', sort_field: null },
    schema: { on_delete: 'SET NULL' },
  });
}
const codes = new Set((await call('GET', '/items/languages?limit=-1&fields=code')).map((l) => l.code));
const missing = LANGUAGES.filter(([code]) => !codes.has(code)).map(([code, name, direction]) => ({ code, name, direction }));
if (missing.length > 0) await call('POST', '/items/languages', missing);
console.log(`directus: collections articles, articles_translations, languages; ${LANGUAGES.length} languages`);

if (values.user) {
  // The least that works: newsdesk reads languages, and finds, creates and updates articles
  // and their translations. It never deletes, and has no access to the app or system data.
  const PERMISSIONS = [
    ['languages', 'read'],
    ['articles', 'read'], ['articles', 'create'], ['articles', 'update'],
    ['articles_translations', 'read'], ['articles_translations', 'create'], ['articles_translations', 'update'],
  ];
  const policies = await call('GET', `/policies?filter[name][_eq]=newsdesk&limit=1`);
  const policy = policies[0]?.id ?? (await call('POST', '/policies', { name: 'newsdesk', icon: 'smart_toy', description: 'newsdesk publishing: least permissions', admin_access: false, app_access: false })).id;
  const granted = new Set((await call('GET', `/permissions?filter[policy][_eq]=${policy}&limit=-1`)).map((p) => `${p.collection}:${p.action}`));
  const todo = PERMISSIONS.filter(([collection, action]) => !granted.has(`${collection}:${action}`)).map(([collection, action]) => ({ policy, collection, action, fields: ['*'], permissions: {}, validation: {} }));
  if (todo.length > 0) await call('POST', '/permissions', todo);
  const roles = await call('GET', `/roles?filter[name][_eq]=newsdesk&limit=1`);
  const role = roles[0]?.id ?? (await call('POST', '/roles', { name: 'newsdesk', icon: 'smart_toy', policies: [{ policy }] })).id;
  const token = randomBytes(24).toString('base64url');
  const users = await call('GET', `/users?filter[email][_eq]=${encodeURIComponent(values.user)}&limit=1`);
  if (users[0]) await call('PATCH', `/users/${users[0].id}`, { token, role });
  else await call('POST', '/users', { email: values.user, first_name: 'newsdesk', role, token, status: 'active' });
  writeFileSync(values['token-file'], token, { mode: 0o600 });
  console.log(`directus: policy and role "newsdesk" (${PERMISSIONS.map(([c, a]) => `${a} ${c}`).join(', ')}), user ${values.user} with a static token`);
}
