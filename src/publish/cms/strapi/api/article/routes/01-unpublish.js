// POST /api/articles/:id/unpublish?locale=xx — the route of the controller's `unpublish`
// (its permission is "unpublish" under Article in the API token's settings). The file name
// sorts before article.js so the route is registered beside the core ones.
module.exports = {
  routes: [{ method: 'POST', path: '/articles/:id/unpublish', handler: 'article.unpublish', config: {} }],
};
