// Provision a freshly started Strapi 5 for newsdesk's e2e tests through its admin API:
// the first admin (POST /admin/register-admin), a session (POST /admin/login), the
// locales of the 14 languages (POST /i18n/locales; Latin is not in Strapi's ISO list and is
// registered by the fixture app at start-up instead), and two custom API tokens
// (POST /admin/api-tokens): the least that publishes — find, findOne, create, update and
// unpublish on articles, find on i18n locales; no delete — written to the file named by the
// second argument, and a read-only one (find on articles) for the check of what is missing,
// written beside it with `.readonly` appended (mode 0600); prints nothing secret.
//
//   node scripts/e2e-strapi-setup.mjs <strapi-url> <token-file>

import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const [base, tokenFile] = process.argv.slice(2);
if (!base || !tokenFile) {
  console.error('usage: e2e-strapi-setup.mjs <strapi-url> <token-file>');
  process.exit(2);
}

/** newsdesk language → Strapi locale code and name; `la` comes from the fixture's bootstrap. */
const LOCALES = [
  ['zh', 'Chinese (zh)'],
  ['ru', 'Russian (ru)'],
  ['en', 'English (en)'],
  ['fr', 'French (fr)'],
  ['id', 'Indonesian (id)'],
  ['sa', 'Sanskrit (sa)'],
  ['ja', 'Japanese (ja)'],
  ['de', 'German (de)'],
  ['pt', 'Portuguese (pt)'],
  ['el', 'Greek (el)'],
  ['es', 'Spanish (es)'],
  ['it', 'Italian (it)'],
  ['fi', 'Finnish (fi)'],
];

async function call(method, path, body, token) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${json?.error?.message ?? text.slice(0, 200)}`);
  return json;
}

const email = 'e2e@newsdesk.test';
const password = `Nd-${randomBytes(12).toString('hex')}-A1`;
await call('POST', '/admin/register-admin', { firstname: 'newsdesk', lastname: 'e2e', email, password });
const login = await call('POST', '/admin/login', { email, password });
const admin = login.data.token;

const existing = new Set((await call('GET', '/i18n/locales', undefined, admin)).map((l) => l.code));
for (const [code, name] of LOCALES) {
  if (!existing.has(code)) await call('POST', '/i18n/locales', { code, name, isDefault: code === 'de' }, admin);
}
const codes = (await call('GET', '/i18n/locales', undefined, admin)).map((l) => l.code).sort();

/** What newsdesk needs, and nothing more (the README lists the same). */
export const PUBLISH_PERMISSIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::article.article.create',
  'api::article.article.update',
  'api::article.article.unpublish',
  'plugin::i18n.locales.listLocales',
];
const token = async (name, permissions) =>
  (await call('POST', '/admin/api-tokens', { name: `${name}-${Date.now()}`, description: 'newsdesk e2e', type: 'custom', permissions, lifespan: null }, admin)).data.accessKey;
writeFileSync(tokenFile, await token('newsdesk-publish', PUBLISH_PERMISSIONS), { mode: 0o600 });
writeFileSync(`${tokenFile}.readonly`, await token('newsdesk-readonly', ['api::article.article.find']), { mode: 0o600 });
console.log(`strapi: admin, ${codes.length} locales (${codes.join(' ')}), custom API tokens (publish: ${PUBLISH_PERMISSIONS.join(', ')}; read-only)`);
