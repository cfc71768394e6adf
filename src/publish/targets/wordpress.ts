// The WordPress target, over the REST API with an application password (WordPress 5.6+):
// one post per language version, linked by a shared group id in post meta — the plugin
// newsdesk ships (src/publish/cms/wordpress/newsdesk.php) registers the meta, lets newsdesk
// filter posts by it and prints the hreflang alternates of a group in the page head.
//
// - Address and credentials from the environment: WORDPRESS_URL, WORDPRESS_USER,
//   WORDPRESS_APP_PASSWORD (`urlEnv`, `userEnv`, `passwordEnv` name others). Requests go to
//   `?rest_route=/wp/v2/…`, which answers whatever the permalink settings are.
// - Each post carries meta newsdesk_external_id (`<article id>/<lang>`), newsdesk_group (the
//   article id), newsdesk_lang and newsdesk_digest. The group's posts are looked up (drafts
//   included) before anything is created, so a retried or repeated publish never makes a
//   second post; a POST whose answer was lost is looked up before it is sent again.
// - The category is the section of the version (in its language), found or created; the
//   post's date is the article's publication date (UTC midnight).
// - Every write is read back (status, digest meta, title) before it is confirmed.
// - Unpublishing sets the post to draft.

import type { Article } from '../../article/types.js';
import { Errors, fail, NewsdeskError } from '../../errors/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import { HttpFailure, toNewsdeskError, type JsonResponse, type Method } from '../http.js';
import type { LanguageVersion, PublishContext, PublishOutcome, PublishTarget } from '../types.js';
import { articleId } from '../versions.js';
import { checkKeys, cmsClient, cmsUrl, secret, str, type CmsTargetOptions } from './settings.js';

export const WORDPRESS_SETTINGS = ['url', 'urlEnv', 'userEnv', 'passwordEnv', 'status', 'timeoutMs', 'retries', 'retryDelayMs'] as const;

export type WordPressOptions = CmsTargetOptions;

interface WpPost {
  id: number;
  status: string;
  link?: string;
  title?: { raw?: string; rendered?: string };
  meta?: Record<string, unknown>;
  modified_gmt?: string;
}

/** The meta newsdesk writes on every post. */
export function wordpressMeta(externalId: string, version: LanguageVersion): Record<string, string> {
  return { newsdesk_external_id: `${externalId}/${version.lang}`, newsdesk_group: externalId, newsdesk_lang: version.lang, newsdesk_digest: version.digest };
}

export function createWordPressTarget(name: string, settings: Record<string, unknown>, options: WordPressOptions = {}): PublishTarget {
  checkKeys(name, settings, WORDPRESS_SETTINGS);
  const env = options.env ?? process.env;
  const baseUrl = cmsUrl(name, settings, env, 'WORDPRESS_URL');
  const user = secret(name, settings, env, 'userEnv', 'WORDPRESS_USER', 'WordPress user (an Editor with an application password)');
  const password = secret(name, settings, env, 'passwordEnv', 'WORDPRESS_APP_PASSWORD', 'application password (Users → Profile → Application Passwords)');
  const status = str(name, settings, 'status') ?? 'publish';
  if (status !== 'publish' && status !== 'draft' && status !== 'pending') fail(Errors.InvalidConfig, `publish.targets.${name}: \`status\` is publish, draft or pending`, { file: 'pipeline/config.yaml' });
  let log: (line: string) => void = () => {};

  const client = cmsClient(name, settings, baseUrl, { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` }, options, () => log);

  /** `/wp/v2/posts` with a query → the request path that works without pretty permalinks. */
  const route = (path: string, query: Record<string, string> = {}): string => `/?${new URLSearchParams({ rest_route: path, ...query })}`;

  async function call(method: Method, path: string, body?: unknown, beforeRetry?: () => Promise<JsonResponse | undefined>): Promise<JsonResponse> {
    try {
      return await client.request(method, path, body, beforeRetry ? { beforeRetry } : {});
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
      if (error.kind === 'bad-request' && /rest_no_route/.test(error.message)) {
        throw new NewsdeskError({ ...Errors.Service, hint: 'is this a WordPress 5.6+ site with its REST API on?' }, `${name}: ${error.message}`);
      }
      throw toNewsdeskError(error, name);
    }
  }

  let checked = false;
  /**
   * Who the credentials are, once per run: a wrong application password is a 401 here (on the
   * post list WordPress would first refuse the draft statuses to an anonymous reader), and a
   * user who cannot publish is told so before anything is written.
   */
  async function checkUser(): Promise<void> {
    if (checked) return;
    const { json } = await call('GET', route('/wp/v2/users/me', { context: 'edit', _fields: 'id,slug,capabilities' }));
    const caps = (json as { capabilities?: Record<string, boolean> } | undefined)?.capabilities ?? {};
    const missing = ['edit_posts', 'publish_posts', 'edit_published_posts', 'edit_others_posts', 'manage_categories'].filter((cap) => !caps[cap]);
    if (missing.length > 0) {
      throw new NewsdeskError(
        { ...Errors.Auth, hint: 'give the user the Editor role (or a role with these capabilities)' },
        `${name}: WordPress user ${user} cannot ${missing.join(', ')}`,
      );
    }
    // The plugin registers the `newsdesk_group` filter on the post list: without it nothing
    // could be found again, so nothing is written.
    const { json: posts } = await call('OPTIONS', route('/wp/v2/posts'));
    const endpoints = (posts as { endpoints?: Array<{ args?: Record<string, unknown> }> } | undefined)?.endpoints ?? [];
    if (!endpoints.some((e) => e.args && 'newsdesk_group' in e.args)) throw noPlugin();
    checked = true;
  }

  function noPlugin(): NewsdeskError {
    return new NewsdeskError(
      { ...Errors.Service, hint: 'copy src/publish/cms/wordpress/newsdesk.php into wp-content/mu-plugins/ (or install and activate it as a plugin)' },
      `${name}: the WordPress site does not have newsdesk's plugin (no newsdesk_group filter on /wp/v2/posts)`,
    );
  }

  /** The posts of an article (every status newsdesk may have left them in), by language. */
  async function groupPosts(group: string): Promise<Map<string, WpPost>> {
    const { json } = await call('GET', route('/wp/v2/posts', { newsdesk_group: group, status: 'publish,future,draft,pending,private', context: 'edit', per_page: '100', orderby: 'id', order: 'asc', _fields: 'id,status,link,title,meta,modified_gmt' }));
    if (!Array.isArray(json)) fail(Errors.Service, `${name}: GET /wp/v2/posts did not answer a list of posts`);
    const byLang = new Map<string, WpPost>();
    for (const post of json as WpPost[]) {
      if (post.meta === undefined || !('newsdesk_group' in post.meta)) throw noPlugin();
      // Without the plugin's filter WordPress would answer every post: keep only the group's.
      if (post.meta.newsdesk_group !== group) continue;
      const lang = typeof post.meta.newsdesk_lang === 'string' ? post.meta.newsdesk_lang : '';
      const seen = byLang.get(lang);
      if (seen) log(`${name}: two posts hold ${group}/${lang} (${seen.id}, ${post.id}); updating the older, ${seen.id}`);
      else byLang.set(lang, post);
    }
    return byLang;
  }

  async function readPost(id: number): Promise<WpPost | undefined> {
    try {
      const { json } = await client.request('GET', route(`/wp/v2/posts/${id}`, { context: 'edit', _fields: 'id,status,link,title,meta,modified_gmt' }));
      return json as WpPost;
    } catch (error) {
      if (error instanceof HttpFailure && (error.kind === 'not-found' || (error.kind === 'bad-request' && /rest_post_invalid_id/.test(error.message)))) return undefined;
      if (error instanceof HttpFailure) throw toNewsdeskError(error, name);
      throw error;
    }
  }

  const categories = new Map<string, number>();
  /** The id of the category named `section`, created when the site has none. */
  async function categoryId(section: string): Promise<number> {
    const known = categories.get(section);
    if (known !== undefined) return known;
    const { json } = await call('GET', route('/wp/v2/categories', { search: section, per_page: '100', _fields: 'id,name' }));
    const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#0?39;/g, "'").replace(/&quot;/g, '"');
    let id = (Array.isArray(json) ? (json as Array<{ id: number; name: string }>) : []).find((c) => decode(c.name) === section)?.id;
    if (id === undefined) {
      try {
        const created = await client.request('POST', route('/wp/v2/categories'), { name: section });
        id = (created.json as { id: number }).id;
      } catch (error) {
        // Created meanwhile (or by an earlier try whose answer was lost): WordPress names it.
        const existing = error instanceof HttpFailure ? /term_exists/.test(error.message) : false;
        if (!existing) throw error instanceof HttpFailure ? toNewsdeskError(error, name) : error;
        const again = await call('GET', route('/wp/v2/categories', { search: section, per_page: '100', _fields: 'id,name' }));
        id = (again.json as Array<{ id: number; name: string }>).find((c) => decode(c.name) === section)?.id;
        if (id === undefined) fail(Errors.Service, `${name}: category "${section}" exists but cannot be found`);
      }
    }
    categories.set(section, id);
    return id;
  }

  async function postBody(externalId: string, version: LanguageVersion): Promise<Record<string, unknown>> {
    const section = typeof version.jsonld.articleSection === 'string' && version.jsonld.articleSection !== '' ? version.jsonld.articleSection : undefined;
    return {
      title: version.title,
      content: version.bodyHtml,
      excerpt: version.summary,
      slug: `${version.slug}-${version.lang}`,
      status,
      ...(version.datePublished ? { date_gmt: `${version.datePublished}T00:00:00` } : {}),
      ...(section ? { categories: [await categoryId(section)] } : {}),
      meta: wordpressMeta(externalId, version),
    };
  }

  async function confirmPost(id: number, version: LanguageVersion, action: 'created' | 'updated', context: PublishContext): Promise<PublishOutcome> {
    const stored = await readPost(id);
    if (!stored) fail(Errors.Service, `${name}: ${version.lang} was written but post ${id} cannot be read back`);
    if (stored.status !== status || stored.meta?.newsdesk_digest !== version.digest || stored.title?.raw !== version.title) {
      const what = stored.status !== status ? `status ${stored.status}` : stored.meta?.newsdesk_digest !== version.digest ? 'digest' : 'title';
      fail(Errors.Service, `${name}: ${version.lang} read back differs from what was sent (${what}) in post ${id}`);
    }
    const outcome: PublishOutcome = { target: name, lang: version.lang, action, remoteId: String(id), digest: version.digest, at: new Date().toISOString() };
    context.confirm(outcome);
    return outcome;
  }

  return {
    name,
    type: 'wordpress',
    async publish(article: Article, versions: readonly LanguageVersion[], context: PublishContext): Promise<PublishOutcome[]> {
      log = context.log;
      await checkUser();
      const externalId = articleId(article);
      const posts = await groupPosts(externalId);
      const outcomes: PublishOutcome[] = [];
      for (const version of versions.filter((v) => v.publishable)) {
        const post = posts.get(version.lang);
        if (post && post.status === status && post.meta?.newsdesk_digest === version.digest && post.title?.raw === version.title) {
          // Already there (a publish that stopped before recording): confirm, send nothing.
          const outcome: PublishOutcome = { target: name, lang: version.lang, action: 'unchanged', remoteId: String(post.id), digest: version.digest, at: post.modified_gmt ? `${post.modified_gmt}Z` : null };
          context.confirm(outcome);
          outcomes.push(outcome);
          continue;
        }
        const body = await postBody(externalId, version);
        if (post) {
          await call('POST', route(`/wp/v2/posts/${post.id}`), body);
          outcomes.push(await confirmPost(post.id, version, 'updated', context));
        } else {
          // A create whose answer was lost may have made the post: look before sending again.
          const response = await call('POST', route('/wp/v2/posts'), body, async () => {
            const found = (await groupPosts(externalId)).get(version.lang);
            return found ? { status: 200, json: found } : undefined;
          });
          const id = (response.json as WpPost | undefined)?.id;
          if (typeof id !== 'number') fail(Errors.Service, `${name}: WordPress answered a new post without an id`);
          outcomes.push(await confirmPost(id, version, 'created', context));
        }
      }
      return outcomes;
    },
    async unpublish(ref, withdrawals, context: PublishContext): Promise<PublishOutcome[]> {
      log = context.log;
      await checkUser();
      const posts = withdrawals.some((w) => !w.remoteId) ? await groupPosts(ref.externalId) : new Map<string, WpPost>();
      const outcomes: PublishOutcome[] = [];
      for (const w of withdrawals) {
        const id = w.remoteId ? Number(w.remoteId) : posts.get(w.lang)?.id;
        if (id !== undefined && Number.isInteger(id)) {
          const post = await readPost(id);
          if (post && post.status !== 'draft') {
            await call('POST', route(`/wp/v2/posts/${id}`), { status: 'draft' });
            const after = await readPost(id);
            if (after && after.status !== 'draft') fail(Errors.Service, `${name}: post ${id} (${w.lang}) is still ${after.status} after it was set to draft`);
          }
        }
        const outcome: PublishOutcome = { target: name, lang: w.lang as LanguageCode, action: 'unpublished', remoteId: id !== undefined ? String(id) : null, digest: w.digest, at: new Date().toISOString() };
        context.confirm(outcome);
        outcomes.push(outcome);
      }
      return outcomes;
    },
  };
}
