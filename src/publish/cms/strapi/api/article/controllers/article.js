// The article controller: Strapi's own actions (find, findOne, create, update, delete), plus
// `unpublish`, which Strapi 5's REST API lacks: newsdesk takes a language off the site when it
// is held after publication or the article is withdrawn. Unpublishing keeps the draft, so an
// editor still sees the text in the admin panel. Idempotent: a locale without a published
// version answers the same.
const { factories } = require('@strapi/strapi');

const UID = 'api::article.article';

module.exports = factories.createCoreController(UID, ({ strapi }) => ({
  async unpublish(ctx) {
    const documentId = ctx.params.id;
    const locale = typeof ctx.query.locale === 'string' ? ctx.query.locale : undefined;
    if (!locale) return ctx.badRequest('give the locale to unpublish (?locale=xx)');
    const documents = strapi.documents(UID);
    const draft = await documents.findOne({ documentId, locale, status: 'draft', fields: ['documentId'] });
    if (!draft) return ctx.notFound(`no ${locale} version of document ${documentId}`);
    await documents.unpublish({ documentId, locale });
    const published = await documents.findOne({ documentId, locale, status: 'published', fields: ['documentId'] });
    ctx.body = { data: { documentId, locale, published: Boolean(published) } };
  },
}));
