// The editor's side: the article × language matrix with the reason each language is held
// (validation findings, missing and broken keys, QA errors, each named); one article's
// findings beside its text, with "acknowledge" (review.yaml, with reason and name) and
// "fix" where the rule offers one; a preview of every language version with a banner when
// it is held or stale; publishing with the outcome per target and language.

import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Message } from '../../article/types.js';
import { writeFileAtomic } from '../../fs/atomic.js';
import { isLanguageCode } from '../../lang/codes.js';
import { createTarget, publishArticle, writeOutputs, type ArticlePublishResult } from '../../publish/index.js';
import { openStore, stateFile } from '../../store/index.js';
import { addAcknowledgement, applyFixes, reviewPath } from '../../validate/index.js';
import type { DeskContext, DeskEnv } from '../context.js';
import type { ArticleDecision, HoldReasons } from '../project.js';
import { displayName, isEditor } from '../users.js';
import { Csrf, Layout } from '../views/layout.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Why a language is held, each reason naming what to look at. */
export function HoldList(props: { hold: HoldReasons; slug: string; short?: boolean }) {
  const { hold, slug } = props;
  const link = (key: string) => <a href={`/translate/${slug}/${hold.lang}/${key}`}>{key}</a>;
  const items = [
    ...(hold.validation.length > 0 && props.short
      ? [
          <li>
            <a href={`/editor/${slug}`}>{plural(hold.validation.length, 'validation error')} in the source</a>
          </li>,
        ]
      : []),
    ...(hold.validation.length > 0 && !props.short
      ? [
          <li title={hold.validation.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`).join('\n')}>
            {plural(hold.validation.length, 'validation error')} in the source:{' '}
            {hold.validation.map((m, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={`/editor/${slug}#L${m.line}`}>
                  <code>{m.ruleId}</code> {m.line}:{m.column}
                </a>
              </>
            ))}
          </li>,
        ]
      : []),
    ...(hold.missing.length > 0
      ? [
          <li>
            {plural(hold.missing.length, 'missing key')}: {hold.missing.slice(0, 5).map((k, i) => <>{i > 0 ? ', ' : ''}{link(k)}</>)}
            {hold.missing.length > 5 ? ` and ${hold.missing.length - 5} more` : ''}
          </li>,
        ]
      : []),
    ...hold.broken.map((b) => (
      <li>
        broken key {link(b.key)}: {b.problems.join('; ')}
      </li>
    )),
    ...hold.qa.map((m) => (
      <li>
        QA <code>{m.ruleId}</code> in {m.segment ? link(m.segment) : 'a key'}: {m.message}
      </li>
    )),
  ];
  return <ul data-hold-reasons={hold.lang}>{items}</ul>;
}

function LangCell(props: { hold: HoldReasons; slug: string; source: boolean }) {
  const { hold, slug } = props;
  return (
    <td class={`lang ${hold.publishable ? 'pass' : 'held'}`} data-lang={hold.lang} data-held={hold.publishable ? 'no' : 'yes'}>
      <a href={`/editor/${slug}/preview/${hold.lang}`}>
        <b>{hold.lang}</b>
      </a>{' '}
      {hold.publishable ? 'ready' : 'held'}
      {props.source ? ' (source)' : ''}
      {hold.stale.length > 0 ? ` · ${plural(hold.stale.length, 'stale key')}` : ''}
      {hold.publishable ? null : <HoldList hold={hold} slug={slug} short />}
    </td>
  );
}

/** The configured publish targets; `static` needs no configuration. */
/** The source's own blocking findings, said once for the whole article. */
function ValidationBanner(props: { d: ArticleDecision }) {
  const errors = props.d.validation.messages.filter((m) => m.severity === 'error' && !m.acknowledged);
  if (errors.length === 0) return null;
  return (
    <div class="banner err" data-validation-hold>
      <b>Every language is held</b> by {plural(errors.length, 'validation error')} in the source:{' '}
      {errors.map((m, i) => (
        <>
          {i > 0 ? '; ' : ''}
          <a href={`/editor/${props.d.slug}#L${m.line}`}>
            <code>{m.ruleId}</code> {m.line}:{m.column}
          </a>{' '}
          {m.message}
        </>
      ))}
      . Fix or acknowledge them below.
    </div>
  );
}

function targetsOf(configured: Record<string, unknown>): string[] {
  return [...new Set(['static', ...Object.keys(configured)])];
}

export function editorRoutes(desk: DeskContext) {
  const app = new Hono<DeskEnv>();
  const { project } = desk;

  const article = (c: Context<DeskEnv>): ArticleDecision | undefined => {
    const slug = c.req.param('slug') ?? '';
    return project.slugs().includes(slug) ? project.decision(slug) : undefined;
  };
  const editorOnly = (c: Context<DeskEnv>) => (isEditor(c.get('user')) ? undefined : c.text('Only editors may do this.', 403));

  app.get('/', (c) => {
    const decisions = project.slugs().map((slug) => project.decision(slug));
    return c.html(
      <Layout title="Articles" user={c.get('user')} session={c.get('session')} watch={[]}>
        <h1>Articles × languages</h1>
        <table class="grid matrix" data-testid="matrix">
          <tbody>
            {decisions.map((d) => (
              <tr data-article={d.slug}>
                <th>
                  <a href={`/editor/${d.slug}`}>{d.slug}</a>
                  <br />
                  <span class="hint">
                    {d.holds.filter((h) => !h.publishable).length}/{d.holds.length} held
                  </span>
                  {d.validation.blocking ? (
                    <ul class="hint" data-validation-errors>
                      {d.validation.messages
                        .filter((m) => m.severity === 'error' && !m.acknowledged)
                        .map((m) => (
                          <li>
                            <code>{m.ruleId}</code> {m.line}:{m.column}
                          </li>
                        ))}
                    </ul>
                  ) : null}
                </th>
                {d.holds.map((hold) => (
                  <LangCell hold={hold} slug={d.slug} source={hold.lang === d.article.frontmatter.lang} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });

  const articlePage = (c: Context<DeskEnv>, d: ArticleDecision, extra: { flash?: { kind: string; text: string }; published?: ArticlePublishResult[] } = {}, status: 200 | 422 = 200) => {
    const user = c.get('user');
    const session = c.get('session');
    const source = d.article.source;
    const messages = d.validation.messages.filter((m) => m.file === undefined || m.file === d.article.path);
    const ackOf = new Map<Message, { reason: string; by?: string }>();
    for (const a of d.validation.acknowledgements) for (const m of a.messages) ackOf.set(m, { reason: a.entry.reason, ...(a.entry.by ? { by: a.entry.by } : {}) });
    const lines = source.split('\n');
    const marked = new Set(messages.flatMap((m) => Array.from({ length: m.endLine - m.line + 1 }, (_, i) => m.line + i)));
    const editor = isEditor(user);
    return c.html(
      <Layout title={d.slug} user={user} session={session} watch={[`content/${d.slug}/index.md`, `content/${d.slug}/review.yaml`]}>
        <h1>{d.slug}</h1>
        {extra.flash ? <div class={`banner ${extra.flash.kind}`} data-flash>{extra.flash.text}</div> : null}
        <ValidationBanner d={d} />
        <table class="grid matrix">
          <tbody>
            <tr>
              {d.holds.map((hold) => (
                <LangCell hold={hold} slug={d.slug} source={hold.lang === d.article.frontmatter.lang} />
              ))}
            </tr>
          </tbody>
        </table>
        {extra.published ? (
          <div class="card" data-publish-result>
            <h2>Published</h2>
            {extra.published.map((r) => (
              <>
                <h3>
                  {r.target}: {r.sent} sent, {r.held} held
                </h3>
                <table class="grid">
                  <tbody>
                    {r.outcomes.map((o) => (
                      <tr data-outcome={`${r.target}/${o.lang}`}>
                        <td>{o.lang}</td>
                        <td>{o.action}</td>
                        <td>{o.action === 'held' ? `${o.heldReason ?? ''}: ${o.heldDetail ?? ''}` : (o.remoteId ?? '')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ))}
          </div>
        ) : null}
        {editor ? (
          <form method="post" action={`/editor/${d.slug}/publish`} class="card">
            <Csrf session={session} />
            <b>Publish</b> to{' '}
            {targetsOf(project.config.publish.targets).map((t) => (
              <label style="display:inline;margin-right:.8rem;font-weight:normal">
                <input type="checkbox" name="target" value={t} checked={t === project.config.publish.target} /> {t}
              </label>
            ))}
            <button type="submit" class="primary">
              Publish what passes
            </button>
            <span class="hint"> Held languages stay back; the result is shown per target and language.</span>
          </form>
        ) : null}
        <div class="two">
          <div>
            <h2>Article text</h2>
            <div class="article-text">
              {lines.map((line, i) => (
                <div id={`L${i + 1}`}>
                  <span class="hint">{String(i + 1).padStart(3, ' ')} </span>
                  {marked.has(i + 1) ? <mark>{line}</mark> : line}
                </div>
              ))}
            </div>
          </div>
          <div>
            <h2>Validation findings</h2>
            <ul class="findings" data-findings>
              {messages.map((m) => {
                const ack = ackOf.get(m);
                return (
                  <li data-finding={`${m.ruleId}:${m.line}`} data-severity={m.severity} data-acknowledged={m.acknowledged ? 'yes' : 'no'}>
                    <a href={`#L${m.line}`}>
                      {m.line}:{m.column}
                    </a>{' '}
                    <b class={m.severity}>{m.severity}</b> <code>{m.ruleId}</code> {m.message}
                    {ack ? (
                      <div class="hint">
                        acknowledged{ack.by ? ` by ${ack.by}` : ''}: {ack.reason}
                      </div>
                    ) : null}
                    {editor && !m.acknowledged && m.ruleId !== 'review/unused-acknowledgement' ? (
                      <div class="actions">
                        <form method="post" action={`/editor/${d.slug}/acknowledge`} class="inline">
                          <Csrf session={session} />
                          <input type="hidden" name="rule" value={m.ruleId} />
                          <input type="hidden" name="line" value={String(m.line)} />
                          <input type="text" name="reason" placeholder="reason (required)" required />
                          <button type="submit">Acknowledge</button>
                        </form>
                        {m.fix ? (
                          <form method="post" action={`/editor/${d.slug}/fix`} class="inline">
                            <Csrf session={session} />
                            <input type="hidden" name="rule" value={m.ruleId} />
                            <input type="hidden" name="line" value={String(m.line)} />
                            <input type="hidden" name="column" value={String(m.column)} />
                            <input type="hidden" name="digest" value={d.article.digest} />
                            <button type="submit" title={`replace with “${m.fix.text}”`}>
                              Fix
                            </button>
                          </form>
                        ) : null}
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      </Layout>,
      status,
    );
  };

  app.get('/:slug', (c) => {
    const d = article(c);
    return d ? articlePage(c, d) : c.notFound();
  });

  app.post('/:slug/acknowledge', async (c) => {
    const refused = editorOnly(c);
    if (refused) return refused;
    const d = article(c);
    if (!d) return c.notFound();
    const body = await c.req.parseBody();
    const rule = typeof body.rule === 'string' ? body.rule : '';
    const line = Number(body.line);
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    if (!rule || !Number.isInteger(line) || reason === '') return articlePage(c, d, { flash: { kind: 'err', text: 'An acknowledgement needs the finding and a reason.' } }, 422);
    const file = reviewPath(d.article, project.config, project.root) ?? project.path(project.config.paths.content, d.slug, 'review.yaml');
    addAcknowledgement(file, { rule, line, reason, by: displayName(c.get('user')) }, `content/${d.slug}/review.yaml`);
    project.forget(d.slug);
    return articlePage(c, project.decision(d.slug), { flash: { kind: 'ok', text: `Acknowledged ${rule} at line ${line} in content/${d.slug}/review.yaml.` } });
  });

  app.post('/:slug/fix', async (c) => {
    const refused = editorOnly(c);
    if (refused) return refused;
    const d = article(c);
    if (!d) return c.notFound();
    const body = await c.req.parseBody();
    if (body.digest !== d.article.digest) return articlePage(c, d, { flash: { kind: 'warn', text: 'The article changed since the page was shown; look at the finding again.' } }, 422);
    const message = d.validation.messages.find((m) => m.ruleId === body.rule && String(m.line) === body.line && String(m.column) === body.column && m.fix);
    if (!message) return articlePage(c, d, { flash: { kind: 'warn', text: 'That finding has no fix (any more).' } }, 422);
    const { output, applied } = applyFixes(d.article.source, [message]);
    if (applied.length === 0) return articlePage(c, d, { flash: { kind: 'warn', text: 'The fix could not be applied.' } }, 422);
    writeFileAtomic(project.articleFile(d.slug), output);
    project.forget(d.slug);
    return articlePage(c, project.decision(d.slug), { flash: { kind: 'ok', text: `Fixed ${message.ruleId} at ${message.line}:${message.column}.` } });
  });

  app.get('/:slug/preview/:lang', (c) => {
    const d = article(c);
    const lang = c.req.param('lang');
    if (!d || !isLanguageCode(lang)) return c.notFound();
    const hold = d.holds.find((h) => h.lang === lang);
    const version = d.versions.find((v) => v.lang === lang);
    if (!hold || !version) return c.notFound();
    return c.html(
      <Layout title={`${d.slug} · ${lang}`} user={c.get('user')} session={c.get('session')} watch={[`locales/${lang}/${d.slug}.json`, `content/${d.slug}/index.md`]}>
        <h1>
          {d.slug} · {lang} <span class="hint">preview</span>
        </h1>
        <p>
          {d.holds.map((h) => (
            <>
              <a href={`/editor/${d.slug}/preview/${h.lang}`}>{h.lang === lang ? <b>{h.lang}</b> : h.lang}</a>{' '}
            </>
          ))}
        </p>
        {!hold.publishable ? (
          <div class="banner err" data-banner="held">
            <b>Held — not published.</b> {hold.detail}
            <HoldList hold={hold} slug={d.slug} />
          </div>
        ) : null}
        {hold.stale.length > 0 ? (
          <div class="banner warn" data-banner="stale">
            <b>Stale:</b> {plural(hold.stale.length, 'sentence')} translated from an earlier source:{' '}
            {hold.stale.map((k, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={`/translate/${d.slug}/${lang}/${k}`}>{k}</a>
              </>
            ))}
          </div>
        ) : null}
        {version.rendered?.publishable ? (
          <iframe class="preview" src={`/editor/${d.slug}/page/${lang}`} sandbox="" title={`${lang} preview`}></iframe>
        ) : (
          <div class="banner err">This language could not be rendered: {version.heldDetail}</div>
        )}
      </Layout>,
    );
  });

  app.get('/:slug/page/:lang', (c) => {
    const d = article(c);
    const version = d?.versions.find((v) => v.lang === c.req.param('lang'));
    if (!version?.rendered?.publishable) return c.notFound();
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox");
    return c.html(version.html);
  });

  app.post('/:slug/publish', async (c) => {
    const refused = editorOnly(c);
    if (refused) return refused;
    const d = article(c);
    if (!d) return c.notFound();
    const body = await c.req.parseBody({ all: true });
    const wanted = ([] as unknown[]).concat(body.target ?? []).filter((t): t is string => typeof t === 'string');
    const targets = wanted.filter((t) => targetsOf(project.config.publish.targets).includes(t));
    if (targets.length === 0) return articlePage(c, d, { flash: { kind: 'err', text: 'Choose a publish target.' } }, 422);
    writeOutputs(project.config, d.article, d.versions, { glossary: project.glossary() });
    const store = openStore(stateFile(project.config));
    const results: ArticlePublishResult[] = [];
    try {
      for (const name of targets) {
        const target = createTarget(project.config, name, { env: process.env });
        results.push(await publishArticle(d.article, d.versions, target, { store }));
        await target.finish?.();
      }
    } finally {
      store.close();
    }
    const held = results.reduce((n, r) => n + r.held, 0);
    return articlePage(c, d, { published: results, flash: { kind: held > 0 ? 'warn' : 'ok', text: `Published to ${targets.join(', ')}${held > 0 ? `; ${plural(held, 'language version')} held back` : ''}.` } });
  });

  return app;
}
