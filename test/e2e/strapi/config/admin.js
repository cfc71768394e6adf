// Secrets come from the environment (scripts/strapi-e2e.sh makes fresh ones per run). The
// admin panel is not needed by the tests: without `strapi build` it is not served, while the
// admin API (register-admin, login, api-tokens) and the i18n admin routes still are.
module.exports = ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', false),
  flags: { nps: false, promoteEE: false },
});
