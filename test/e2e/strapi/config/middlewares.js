module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Article bodies of 14 languages are larger than the default 1 MB JSON limit allows for.
  { name: 'strapi::body', config: { jsonLimit: '8mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
