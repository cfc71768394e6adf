// Locales Strapi's admin API refuses because they are not in its ISO list (Latin, `la`):
// NEWSDESK_EXTRA_LOCALES="la:Latin (la)" registers them through the i18n locales service at
// start-up, the way a newsroom's own Strapi would. Every other locale is created by the e2e
// script through the admin API (POST /i18n/locales), which checks codes against that list.
module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    const extra = (process.env.NEWSDESK_EXTRA_LOCALES || '').split(',').map((s) => s.trim()).filter(Boolean);
    const locales = strapi.plugin('i18n').service('locales');
    for (const item of extra) {
      const [code, name = code] = item.split(':');
      if (!(await locales.findByCode(code))) await locales.create({ code, name });
    }
  },
};
