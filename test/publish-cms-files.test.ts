// The files newsdesk ships for a newsroom's CMS stay in step with what the targets write:
// the Strapi content type (src/publish/cms/strapi) holds exactly the fields the Strapi target
// sends, each localized, with draft & publish, and the unpublish route; the WordPress plugin
// registers the meta the WordPress target writes; the Directus setup creates the junction
// fields the Directus target writes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRAPI_FIELDS } from '../src/publish/targets/strapi-schema.js';
import { directusTranslation, strapiData, wordpressMeta, type LanguageVersion } from '../src/publish/index.js';
import { REPO } from './helpers/tmp.js';

const CMS = join(REPO, 'src/publish/cms');
const version = { lang: 'fr', slug: 'x', title: 't', bodyHtml: '', bodyMarkdown: '', summary: '', credits: {}, claims: [], figures: [], jsonld: {}, digest: 'd' } as unknown as LanguageVersion;

describe('files shipped for the CMS', () => {
  it('Strapi: the content type has exactly the fields the target writes, with their types, all localized', () => {
    const schema = JSON.parse(readFileSync(join(CMS, 'strapi/api/article/content-types/article/schema.json'), 'utf8')) as {
      options: { draftAndPublish: boolean };
      pluginOptions: { i18n: { localized: boolean } };
      attributes: Record<string, { type: string; pluginOptions?: { i18n?: { localized?: boolean } } }>;
    };
    expect(schema.options.draftAndPublish).toBe(true);
    expect(schema.pluginOptions.i18n.localized).toBe(true);
    expect(Object.fromEntries(Object.entries(schema.attributes).map(([k, v]) => [k, v.type]))).toEqual(STRAPI_FIELDS);
    for (const [field, attribute] of Object.entries(schema.attributes)) expect(attribute.pluginOptions?.i18n?.localized, field).toBe(true);
    expect(Object.keys(strapiData(version, 'x')).sort()).toEqual(Object.keys(STRAPI_FIELDS).sort());
    const route = readFileSync(join(CMS, 'strapi/api/article/routes/01-unpublish.js'), 'utf8');
    expect(route).toContain("method: 'POST', path: '/articles/:id/unpublish', handler: 'article.unpublish'");
  });

  it('WordPress: the plugin registers every meta key the target writes, and the group filter', () => {
    const plugin = readFileSync(join(CMS, 'wordpress/newsdesk.php'), 'utf8');
    for (const key of Object.keys(wordpressMeta('x', version))) expect(plugin).toContain(`'${key}'`);
    expect(plugin).toContain("add_filter('rest_post_query'");
    expect(plugin).toContain('hreflang');
  });

  it('Directus: the setup creates every junction field the target writes', () => {
    const setup = readFileSync(join(CMS, 'directus/setup.mjs'), 'utf8');
    for (const field of Object.keys(directusTranslation(version, 'fr'))) expect(setup, field).toMatch(new RegExp(`['(]${field}['),]`));
  });
});
