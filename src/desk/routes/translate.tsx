// The translator's side: every article × language with its keys counted by state; the
// side-by-side editor of one key (source, target, figure chips formatted for the target,
// glossary terms, memory suggestions, the previous source of a stale key with the change
// marked, QA as one types, comments); saving with If-Match so nobody's text is lost.

import { diffWords } from 'diff';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import type { QaMessage } from '../../qa/index.js';
import { addComment, readComments, saveTranslation, sha256, type KeyComment, type KeyRow } from '../../translate/workflow/index.js';
import type { DeskContext, DeskEnv } from '../context.js';
import type { LanguageSheet } from '../project.js';
import { DESK_STATES, NEEDS_WORK } from '../states.js';
import { canWrite, displayName, type DeskUser } from '../users.js';
import { Csrf, Layout, StateBadge } from '../views/layout.js';

/** The entity tag of a key's value: what a save must match (`If-Match`). */
export function etagOf(value: string | undefined): string {
  return `"${value === undefined ? 'absent' : sha256(value).slice(0, 32)}"`;
}

function language(code: string): LanguageCode | undefined {
  return isLanguageCode(code) ? code : undefined;
}

function nextKey(rows: readonly KeyRow[], after: string): string | undefined {
  const at = rows.findIndex((r) => r.key === after);
  const order = [...rows.slice(at + 1), ...rows.slice(0, Math.max(at, 0))];
  return (order.find((r) => NEEDS_WORK.has(r.state)) ?? rows[at + 1])?.key;
}

export function QaList(props: { messages: readonly QaMessage[] }) {
  const open = props.messages.filter((m) => !m.acknowledged);
  if (open.length === 0) return <p class="clean" data-qa="clean">QA clean: every figure is there with its value.</p>;
  return (
    <ul data-qa="findings">
      {open.map((m) => (
        <li class={m.severity}>
          <b>{m.severity}</b> <code>{m.ruleId}</code> {m.message}
        </li>
      ))}
    </ul>
  );
}

function Diff(props: { from: string; to: string }) {
  return (
    <span>
      {diffWords(props.from, props.to).map((part) => (part.added ? <ins>{part.value}</ins> : part.removed ? <del>{part.value}</del> : <span>{part.value}</span>))}
    </span>
  );
}

function Comments(props: { comments: readonly KeyComment[] }) {
  if (props.comments.length === 0) return <p class="hint">No comments yet.</p>;
  return (
    <ul>
      {props.comments.map((c) => (
        <li>
          <b>{c.by}</b> <span class="hint">{c.at.slice(0, 16).replace('T', ' ')}</span>
          <br />
          {c.text}
        </li>
      ))}
    </ul>
  );
}

interface EditorPage {
  slug: string;
  lang: LanguageCode;
  key: string;
  sheet: LanguageSheet;
  user: DeskUser;
  /** Text to show in the target box (what was typed, after a refused or conflicting save). */
  typed?: string;
  flash?: { kind: 'ok' | 'err' | 'warn' | 'info'; text: string };
  conflict?: { yours: string; theirs: string | undefined };
}

export function translateRoutes(desk: DeskContext) {
  const app = new Hono<DeskEnv>();
  const { project } = desk;

  app.get('/', (c) => {
    const user = c.get('user');
    const rows = project.slugs().flatMap((slug) => {
      const source = project.source(slug);
      const langs = [...source.targets].sort((a, b) => Number(canWrite(user, b)) - Number(canWrite(user, a)));
      return langs.map((lang) => ({ slug, lang, sheet: project.sheet(slug, lang) }));
    });
    return c.html(
      <Layout title="Translations" user={user} session={c.get('session')}>
        <h1>Translations</h1>
        <table class="grid" data-testid="translation-list">
          <thead>
            <tr>
              <th>article</th>
              <th>language</th>
              {DESK_STATES.map((s) => (
                <th>{s}</th>
              ))}
              <th></th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ slug, lang, sheet }) => (
              <tr data-row={`${slug}/${lang}`}>
                <td>{slug}</td>
                <td>{lang}</td>
                {DESK_STATES.map((s) => (
                  <td class="num" data-state={s}>
                    {sheet.counts[s] > 0 ? <StateBadge state={s} count={sheet.counts[s]} /> : '0'}
                  </td>
                ))}
                <td>
                  <a href={`/translate/${slug}/${lang}`}>{canWrite(user, lang) ? 'translate' : 'read'}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });

  app.get('/:slug/:lang', (c) => {
    const { slug } = c.req.param();
    const lang = language(c.req.param('lang'));
    if (!lang || !project.slugs().includes(slug)) return c.notFound();
    const sheet = project.sheet(slug, lang);
    const first = sheet.rows.find((r) => NEEDS_WORK.has(r.state)) ?? sheet.rows[0];
    if (!first) return c.notFound();
    return c.redirect(`/translate/${slug}/${lang}/${first.key}`, 303);
  });

  const page = (c: Context<DeskEnv>, props: EditorPage, status: 200 | 403 | 409 | 422 = 200) => {
    const { slug, lang, key, sheet, user } = props;
    const session = c.get('session');
    const row = sheet.rows.find((r) => r.key === key)!;
    const current = row.value;
    const writable = canWrite(user, lang);
    const sourceLang = sheet.source.lang;
    const figures = project.figures(slug, key, lang);
    const terms = project.terms(slug, key, lang);
    const suggestions = project.suggestions(slug, key, lang);
    const comments = readComments(project.localesDir, lang, slug)[key] ?? [];
    const typed = props.typed ?? current ?? '';
    const qa = project.qaKey(slug, lang, key, typed);
    const broken = sheet.rows.filter((r) => r.state === 'broken');
    const base = `/translate/${slug}/${lang}/${key}`;
    return c.html(
      <Layout title={`${slug} · ${lang}`} user={user} session={session} watch={[`locales/${lang}/${slug}.json`, `locales/${lang}/${slug}.state.json`, `content/${slug}/index.md`]}>
        <h1>
          {slug} · {sourceLang} → {lang}{' '}
          {DESK_STATES.map((s) => (sheet.counts[s] > 0 ? <StateBadge state={s} count={sheet.counts[s]} /> : null))}
        </h1>
        {props.flash ? <div class={`banner ${props.flash.kind}`} data-flash={props.flash.kind}>{props.flash.text}</div> : null}
        {!writable ? (
          <div class="banner info" data-readonly>
            Read only: {user.role === 'translator' ? `you translate ${user.languages.join(', ')}, not ${lang}.` : 'your role does not write translations.'}
          </div>
        ) : null}
        {broken.length > 0 ? (
          <div class="banner err" data-broken-list>
            {broken.length} broken key{broken.length === 1 ? '' : 's'} hold{broken.length === 1 ? 's' : ''} {lang}:{' '}
            {broken.map((r, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={`/translate/${slug}/${lang}/${r.key}`}>{r.key}</a>
              </>
            ))}
          </div>
        ) : null}
        {props.conflict ? (
          <div class="card" data-conflict>
            <div class="banner err">Someone saved this sentence while you were editing it. Nothing was overwritten: compare, then save again.</div>
            <div class="conflict">
              <div>
                <h3>Your text</h3>
                <div class="source" data-yours>{props.conflict.yours}</div>
              </div>
              <div>
                <h3>On disk now</h3>
                <div class="source" data-theirs>{props.conflict.theirs ?? '(no translation)'}</div>
                {props.conflict.theirs !== undefined ? <Diff from={props.conflict.theirs} to={props.conflict.yours} /> : null}
              </div>
            </div>
          </div>
        ) : null}
        <div class="editor">
          <nav class="keys" aria-label="keys">
            {sheet.rows.map((r) => (
              <a href={`/translate/${slug}/${lang}/${r.key}`} class={r.key === key ? 'current' : ''} data-key={r.key} data-status={r.state}>
                <StateBadge state={r.state} />
                <span class="k">{r.key}</span>
              </a>
            ))}
          </nav>
          <section>
            <form method="post" action={base} data-key-editor>
              <Csrf session={session} />
              <input type="hidden" name="etag" value={etagOf(current)} />
              <div class="pair">
                <div>
                  <h3>
                    Source ({sourceLang}) <StateBadge state={row.state} />
                  </h3>
                  <div class="source" data-source>{row.source}</div>
                  <p class="hint" data-source-reading>
                    Reads: {project.sourceReading(slug, key)}
                  </p>
                </div>
                <div>
                  <h3>Translation ({lang})</h3>
                  <textarea
                    name="value"
                    data-target
                    readonly={!writable}
                    autofocus
                    hx-post={`${base}/qa`}
                    hx-trigger="input changed delay:80ms"
                    hx-target="#qa"
                    hx-swap="innerHTML"
                  >
                    {typed}
                  </textarea>
                </div>
              </div>
              {figures.length > 0 ? (
                <div class="chips" data-figures>
                  {figures.map((f) => (
                    <span class="chip" data-figure={f.id} title={`{{${f.id}, figure}}`}>
                      <code>{`{{${f.id}, figure}}`}</code> {f.source} → <b>{f.target}</b>
                    </span>
                  ))}
                </div>
              ) : null}
              {(row.problems ?? []).length > 0 ? (
                <div class="banner err" data-problems>
                  Broken: {(row.problems ?? []).join('; ')}
                </div>
              ) : null}
              <div class="qa" id="qa" aria-live="polite">
                <QaList messages={qa} />
              </div>
              {writable ? (
                <div class="actions">
                  <button type="submit" name="action" value="save">
                    Save
                  </button>
                  <button type="submit" name="action" value="review">
                    Mark reviewed
                  </button>
                  <button type="submit" name="action" value="review-next" class="primary">
                    Reviewed, next (Ctrl+Enter)
                  </button>
                  <a class="button" href={`/translate/${slug}/${lang}/${nextKey(sheet.rows, key) ?? key}`}>
                    Next
                  </a>
                </div>
              ) : null}
            </form>
            {row.state === 'stale' && row.previousSource !== undefined ? (
              <div class="card" data-stale>
                <h3>The source changed since this was translated</h3>
                <p>
                  <Diff from={row.previousSource} to={row.source} />
                </p>
                <p class="hint">Before: {row.previousSource}</p>
              </div>
            ) : null}
          </section>
          <aside class="side">
            <div class="card" data-terms>
              <h3>Glossary</h3>
              {terms.length === 0 ? (
                <p class="hint">No glossary names in this sentence.</p>
              ) : (
                <ul>
                  {terms.map((t) => (
                    <li>
                      {t.source} → <b>{t.target || '(no name for ' + lang + ')'}</b>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div class="card" data-suggestions>
              <h3>Translation memory</h3>
              {suggestions.length === 0 ? (
                <p class="hint">No similar sentence translated yet.</p>
              ) : (
                <ul>
                  {suggestions.map((s) => (
                    <li>
                      <b>{Math.round(s.score * 100)}%</b> {s.value}
                      <br />
                      <span class="hint">
                        {s.article}#{s.key.slice(0, 24)} · {s.state}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div class="card" data-comments>
              <h3>Comments</h3>
              <div id="comments">
                <Comments comments={comments} />
              </div>
              {writable ? (
                <form method="post" action={`${base}/comments`} hx-post={`${base}/comments`} hx-target="#comments" hx-swap="innerHTML" hx-on--after-request="this.reset()">
                  <Csrf session={session} />
                  <textarea name="text" style="min-height:3rem" placeholder="A note for the next translator or the editor"></textarea>
                  <button type="submit">Comment</button>
                </form>
              ) : null}
            </div>
          </aside>
        </div>
      </Layout>,
      status,
    );
  };

  const load = (c: Context<DeskEnv>) => {
    const { slug, key } = c.req.param() as { slug: string; key: string };
    const lang = language(c.req.param('lang') ?? '');
    if (!lang || !project.slugs().includes(slug)) return undefined;
    const sheet = project.sheet(slug, lang);
    if (lang === sheet.source.lang || !sheet.rows.some((r) => r.key === key)) return undefined;
    return { slug, lang, key, sheet };
  };

  app.get('/:slug/:lang/:key', (c) => {
    const found = load(c);
    if (!found) return c.notFound();
    const saved = c.req.query('saved');
    return page(c, { ...found, user: c.get('user'), ...(saved ? { flash: { kind: 'ok', text: saved === 'reviewed' ? 'Saved and marked reviewed.' : 'Saved.' } } : {}) });
  });

  // As one types: only what QA needs (no key states), so the answer comes back at once.
  app.post('/:slug/:lang/:key/qa', async (c) => {
    const { slug, key } = c.req.param();
    const lang = language(c.req.param('lang'));
    if (!lang || !project.slugs().includes(slug) || !project.source(slug).byKey.has(key) || lang === project.source(slug).lang) return c.notFound();
    const body = await c.req.parseBody();
    const value = typeof body.value === 'string' ? body.value : '';
    return c.html(<QaList messages={project.qaKey(slug, lang, key, value)} />);
  });

  app.post('/:slug/:lang/:key/comments', async (c) => {
    const found = load(c);
    if (!found) return c.notFound();
    const user = c.get('user');
    if (!canWrite(user, found.lang)) return c.text(`you may not write ${found.lang}`, 403);
    const body = await c.req.parseBody();
    const text = typeof body.text === 'string' ? body.text.trim() : '';
    let comments = readComments(project.localesDir, found.lang, found.slug)[found.key] ?? [];
    if (text !== '') comments = addComment(project.localesDir, found.lang, found.slug, found.key, { by: displayName(user), at: new Date().toISOString(), text });
    if (c.req.header('HX-Request')) return c.html(<Comments comments={comments} />);
    return c.redirect(`/translate/${found.slug}/${found.lang}/${found.key}`, 303);
  });

  app.post('/:slug/:lang/:key', async (c) => {
    const found = load(c);
    if (!found) return c.notFound();
    const user = c.get('user');
    const body = await c.req.parseBody();
    const value = typeof body.value === 'string' ? body.value.replace(/\r\n/g, '\n') : '';
    const action = typeof body.action === 'string' ? body.action : 'save';
    const etag = c.req.header('If-Match') ?? (typeof body.etag === 'string' ? body.etag : undefined);
    if (!canWrite(user, found.lang)) {
      return page(c, { ...found, user, typed: value, flash: { kind: 'err', text: `Refused: you may not write ${found.lang}.` } }, 403);
    }
    const current = found.sheet.rows.find((r) => r.key === found.key)?.value;
    if (etag !== etagOf(current)) return page(c, { ...found, user, typed: value, conflict: { yours: value, theirs: current } }, 409);
    const review = action === 'review' || action === 'review-next';
    const result = saveTranslation(found.sheet.source, found.lang, project.localesDir, { key: found.key, value, expect: current, review });
    project.forget(found.slug);
    if (result.status === 'conflict') {
      const sheet = project.sheet(found.slug, found.lang);
      return page(c, { ...found, sheet, user, typed: value, conflict: { yours: value, theirs: result.current } }, 409);
    }
    if (result.status === 'refused') return page(c, { ...found, user, typed: value, flash: { kind: 'err', text: `Not saved: ${result.reason}` } }, 422);
    const sheet = project.sheet(found.slug, found.lang);
    const target = action === 'review-next' ? (nextKey(sheet.rows, found.key) ?? found.key) : found.key;
    return c.redirect(`/translate/${found.slug}/${found.lang}/${target}?saved=${review ? 'reviewed' : 'saved'}`, 303);
  });

  return app;
}

/** The key API (JSON): GET with an ETag, PUT with If-Match; 409 carries both texts. */
export function keyApi(desk: DeskContext) {
  const app = new Hono<DeskEnv>();
  const { project } = desk;
  const find = (c: Context<DeskEnv>) => {
    const { slug, key } = c.req.param() as { slug: string; key: string };
    const lang = language(c.req.param('lang') ?? '');
    if (!lang || !project.slugs().includes(slug)) return undefined;
    const sheet = project.sheet(slug, lang);
    const row = sheet.rows.find((r) => r.key === key);
    return row && lang !== sheet.source.lang ? { slug, lang, key, sheet, row } : undefined;
  };
  app.get('/:slug/:lang/:key', (c) => {
    const found = find(c);
    if (!found) return c.json({ error: 'no such key' }, 404);
    const value = found.row.value;
    c.header('ETag', etagOf(value));
    return c.json({ key: found.key, lang: found.lang, state: found.row.state, source: found.row.source, value: value ?? null });
  });
  app.put('/:slug/:lang/:key', async (c) => {
    const found = find(c);
    if (!found) return c.json({ error: 'no such key' }, 404);
    const user = c.get('user');
    if (!canWrite(user, found.lang)) return c.json({ error: `you may not write ${found.lang}` }, 403);
    const ifMatch = c.req.header('If-Match');
    if (!ifMatch) return c.json({ error: 'send If-Match with the ETag of the value you edited' }, 428);
    const body = (await c.req.json().catch(() => ({}))) as { value?: unknown; review?: unknown };
    if (typeof body.value !== 'string') return c.json({ error: '`value` (a string) is required' }, 400);
    const current = found.row.value;
    if (ifMatch !== etagOf(current)) return c.json({ error: 'conflict', yours: body.value, theirs: current ?? null }, 409);
    const result = saveTranslation(found.sheet.source, found.lang, project.localesDir, { key: found.key, value: body.value, expect: current, review: body.review === true });
    project.forget(found.slug);
    if (result.status === 'conflict') return c.json({ error: 'conflict', yours: body.value, theirs: result.current ?? null }, 409);
    if (result.status === 'refused') return c.json({ error: result.reason }, 422);
    c.header('ETag', etagOf(result.value));
    return c.json({ status: result.status, state: result.state });
  });
  return app;
}
