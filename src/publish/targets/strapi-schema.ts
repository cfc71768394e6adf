// The fields newsdesk writes in Strapi and their types: the content type shipped in
// src/publish/cms/strapi/api/article (a test keeps the two equal), checked against a live
// Strapi by `newsdesk cms check strapi`. Every field is localized.

export const STRAPI_FIELDS = {
  title: 'string',
  slug: 'string',
  body: 'text',
  bodyMarkdown: 'richtext',
  summary: 'text',
  datePublished: 'date',
  credits: 'json',
  claims: 'json',
  figures: 'json',
  jsonld: 'json',
  externalId: 'string',
  digest: 'string',
} as const;

export type StrapiField = keyof typeof STRAPI_FIELDS;
