// The desk as one Hono application: sign-in (scrypt hashes, an HttpOnly SameSite=Strict
// session cookie, a login limiter), CSRF protection on every write (the Origin check of
// hono/csrf, plus the session's token as `_csrf` or `X-CSRF-Token`), then the translator's,
// the editor's and the jobs' routes, and the change feed as server-sent events.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { streamSSE } from 'hono/streaming';
import { NewsdeskError } from '../errors/index.js';
import { DESK_CSS, DESK_JS } from './assets.js';
import type { DeskContext, DeskEnv } from './context.js';
import type { JobEvent } from './events.js';
import { editorRoutes } from './routes/editor.js';
import { jobRoutes } from './routes/jobs.js';
import { keyApi, translateRoutes } from './routes/translate.js';
import { SESSION_COOKIE, tokensEqual } from './sessions.js';
import { decoyHash, verifyPassword } from './users.js';
import { Layout } from './views/layout.js';

const require = createRequire(import.meta.url);
const HTMX = readFileSync(require.resolve('htmx.org/dist/htmx.min.js'), 'utf8');

function LoginPage(props: { error?: string; name?: string }) {
  return (
    <Layout title="Sign in">
      <div class="card login">
        <h1>Sign in</h1>
        {props.error ? <div class="banner err" data-login-error>{props.error}</div> : null}
        <form method="post" action="/login">
          <label for="name">Name</label>
          <input type="text" id="name" name="name" value={props.name ?? ''} autocomplete="username" required />
          <label for="password">Password</label>
          <input type="password" id="password" name="password" autocomplete="current-password" required />
          <div class="actions">
            <button class="primary" type="submit">
              Sign in
            </button>
          </div>
        </form>
      </div>
    </Layout>
  );
}

export function createDeskApp(desk: DeskContext): Hono<DeskEnv> {
  const app = new Hono<DeskEnv>();

  app.get('/assets/desk.css', (c) => c.body(DESK_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=300' }));
  app.get('/assets/desk.js', (c) => c.body(DESK_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'max-age=300' }));
  app.get('/assets/htmx.min.js', (c) => c.body(HTMX, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'max-age=86400' }));

  // Every write comes from a page of the desk itself (Origin / Sec-Fetch-Site).
  app.use('*', csrf());
  app.use('*', async (c, next) => {
    c.header('X-Frame-Options', 'SAMEORIGIN');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    await next();
  });

  app.get('/login', (c) => c.html(<LoginPage />));
  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    let address = 'unknown';
    try {
      address = getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // app.request() in tests has no socket
    }
    const keys = [`ip:${address}`, `user:${name.toLowerCase()}`];
    const wait = desk.limiter.retryAfter(keys);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.html(<LoginPage name={name} error={`Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? 's' : ''}.`} />, 429);
    }
    const user = desk.users().find((u) => u.name === name);
    const ok = await verifyPassword(password, user?.password ?? (await decoyHash()));
    if (!user || !ok) {
      desk.limiter.fail(keys);
      return c.html(<LoginPage name={name} error="Wrong name or password." />, 401);
    }
    desk.limiter.succeed(keys);
    const session = desk.sessions.create(user);
    setCookie(c, SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'Strict', path: '/', secure: new URL(c.req.url).protocol === 'https:' });
    return c.redirect(user.role === 'editor' ? '/editor' : '/translate', 303);
  });

  // Everything below needs a session; writes need its CSRF token.
  app.use('*', async (c, next) => {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- hono types a middleware's input as any; getCookie reads only the request's Cookie header
    const session = desk.sessions.get(getCookie(c, SESSION_COOKIE));
    const user = session ? desk.users().find((u) => u.name === session.user) : undefined;
    if (!session || !user) {
      if (c.req.method === 'GET' && !c.req.path.startsWith('/api/') && !c.req.path.startsWith('/events/')) return c.redirect('/login', 303);
      return c.json({ error: 'sign in first' }, 401);
    }
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      let token = c.req.header('X-CSRF-Token');
      if (token === undefined && (c.req.header('Content-Type') ?? '').match(/form/)) {
        const body = await c.req.parseBody();
        if (typeof body._csrf === 'string') token = body._csrf;
      }
      if (!tokensEqual(token, session.csrf)) return c.text('Forbidden: missing or wrong CSRF token', 403);
    }
    c.set('session', session);
    c.set('user', user);
    await next();
  });

  app.post('/logout', (c) => {
    desk.sessions.destroy(c.get('session').id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });

  app.get('/', (c) => c.redirect(c.get('user').role === 'editor' ? '/editor' : '/translate', 303));
  app.route('/translate', translateRoutes(desk));
  app.route('/api/keys', keyApi(desk));
  app.route('/editor', editorRoutes(desk));
  app.route('/jobs', jobRoutes(desk));

  app.get('/events/files', (c) =>
    streamSSE(c, async (stream) => {
      let id = 0;
      const off = desk.events.onFile((event) => void stream.writeSSE({ event: 'file', data: JSON.stringify(event), id: String(++id) }));
      stream.onAbort(off);
      while (!stream.aborted) {
        await stream.writeSSE({ event: 'ping', data: '' });
        await stream.sleep(15_000);
      }
      off();
    }),
  );
  app.get('/events/jobs', (c) =>
    streamSSE(c, async (stream) => {
      let id = 0;
      const send = (event: JobEvent) => stream.writeSSE({ event: 'job', data: JSON.stringify({ job: event.job, event: event.event, line: event.line }), id: String(++id) });
      for (const event of desk.events.recentJobs) await send(event);
      const off = desk.events.onJob((event) => void send(event));
      stream.onAbort(off);
      // Runs of the daemon (another process) are followed in the state store.
      const seen = new Map<number, number>();
      for (let tick = 0; !stream.aborted; tick++) {
        for (const event of desk.jobs.progressOfOthers(seen)) await send(event);
        if (tick % 8 === 0) await stream.writeSSE({ event: 'ping', data: '' });
        await stream.sleep(2_000);
      }
      off();
    }),
  );

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    const message = error instanceof NewsdeskError ? error.toLine() : String(error);
    if (!(error instanceof Error && 'exitCode' in error)) console.error(error);
    return c.html(
      <Layout title="Error" user={c.get('user')} session={c.get('session')}>
        <div class="banner err" data-error>
          {message}
        </div>
      </Layout>,
      'exitCode' in error ? 422 : 500,
    );
  });
  return app;
}
