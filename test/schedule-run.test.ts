// runJob in-process: folder and remote sources (loopback HTTP servers speaking RSS, Atom,
// ninjs and HTML with ETag / Last-Modified), digests that skip unchanged items, failures
// that stay local to their source or article, and the job lock.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { Errors, NewsdeskError } from '../src/errors/index.js';
import { fromModule } from '../src/schedule/processor.js';
import { ingestOnlyProcessor, parseJobs, runJob, type ArticleResult, type Job, type LogEvent, type NamedProcessor, type RunSummary } from '../src/schedule/index.js';
import { openStore, stateFile, type Store } from '../src/store/index.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const FIXTURES = join(REPO, 'test/fixtures/schedule-remote');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

interface Route {
  body: string | (() => string);
  type: string;
  etag?: string;
  lastModified?: string;
  status?: number;
  /** Never answer (for timeouts). */
  hang?: boolean;
}

/** A loopback server with conditional GET; `requests` records what clients sent. */
async function serve(routes: Record<string, Route>) {
  const requests: Array<{ path: string; ifNoneMatch?: string; ifModifiedSince?: string; status: number }> = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const route = routes[req.url ?? ''];
    const seen = { path: req.url ?? '', ...(req.headers['if-none-match'] ? { ifNoneMatch: req.headers['if-none-match'] } : {}), ...(req.headers['if-modified-since'] ? { ifModifiedSince: req.headers['if-modified-since'] } : {}) };
    if (!route) {
      requests.push({ ...seen, status: 404 });
      res.writeHead(404).end('not found');
      return;
    }
    if (route.hang) return;
    const fresh = (route.etag && req.headers['if-none-match'] === route.etag) || (!route.etag && route.lastModified && req.headers['if-modified-since'] === route.lastModified);
    const headers: Record<string, string> = { 'content-type': route.type };
    if (route.etag) headers.etag = route.etag;
    if (route.lastModified) headers['last-modified'] = route.lastModified;
    if (fresh) {
      requests.push({ ...seen, status: 304 });
      res.writeHead(304, headers).end();
      return;
    }
    const status = route.status ?? 200;
    requests.push({ ...seen, status });
    res.writeHead(status, headers).end(typeof route.body === 'function' ? route.body() : route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, requests, routes };
}

const servers: Server[] = [];
const stores: Store[] = [];
afterEach(() => {
  while (servers.length) servers.pop()?.closeAllConnections();
  while (stores.length) stores.pop()?.close();
});

/** A processor that records what it was given and answers from a table (default: published). */
function recorder(answers: Record<string, ArticleResult | Error> = {}): NamedProcessor & { calls: Array<{ path: string; text: string; options: unknown }> } {
  const calls: Array<{ path: string; text: string; options: unknown }> = [];
  return {
    name: 'recorder',
    calls,
    async process(path, options) {
      calls.push({ path, text: readFileSync(path, 'utf8'), options });
      const name = path.split('/').slice(-2).join('/');
      const answer = answers[name];
      if (answer instanceof Error) throw answer;
      return answer ?? { outcome: 'published', languages: { en: 'published' } };
    },
  };
}

function setup(jobsYaml: string, files: Record<string, string> = {}) {
  const dir = tmpProject(files);
  const config = loadConfig(dir);
  const store = openStore(stateFile(config));
  stores.push(store);
  const jobs = parseJobs(jobsYaml, 'jobs.yaml', config);
  const events: LogEvent[] = [];
  const run = async (job: Job, processor: NamedProcessor, extra: { signal?: AbortSignal; now?: () => Date } = {}): Promise<RunSummary> => {
    const result = await runJob(job, { config, store, processor, log: (event) => events.push(event), ...extra });
    if (result.status !== 'ran') throw new Error(`not run: ${JSON.stringify(result)}`);
    return result.run;
  };
  return { dir, config, store, jobs, events, run };
}

const article = (title: string, lang = 'de') => `---\ntitle: ${title}\nlang: ${lang}\n---\n\n${title} hat 15.000 Einwohner.\n`;
const inboxJob = 'jobs:\n  - name: inbox\n    schedule: "*/15 6-22 * * *"\n    timezone: Europe/Berlin\n    sources:\n      - folder: content/inbox\n    languages: [en, fr]\n    publish: static\n';

describe('runJob: a folder source', () => {
  it('hands each new article (*.md and */index.md) to the pipeline with the job options, once', async () => {
    const { jobs, run, events } = setup(inboxJob, {
      'content/inbox/a.md': article('Alpha'),
      'content/inbox/beta/index.md': article('Beta'),
      'content/inbox/.draft.md': article('Entwurf'),
      'content/inbox/notes.txt': 'not an article',
      'content/inbox/empty-folder/readme.md': article('Kein Index'),
    });
    const processor = recorder();
    const first = await run(jobs[0]!, processor);
    expect(processor.calls.map((c) => c.path.split('/content/')[1])).toEqual(['inbox/a.md', 'inbox/beta/index.md']);
    expect(processor.calls[0]?.options).toEqual({ languages: ['en', 'fr'], publish: 'static', onValidationError: 'hold', job: 'inbox' });
    expect(first).toMatchObject({ outcome: 'ok', articles: 2, published: 2, unchanged: 0, processor: 'recorder' });

    const second = await run(jobs[0]!, processor);
    expect(processor.calls).toHaveLength(2);
    expect(second).toMatchObject({ outcome: 'ok', articles: 0, unchanged: 2 });
    const lines = events.filter((e) => e.event === 'article');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ job: 'inbox', path: 'content/inbox/a.md', outcome: 'published', processor: 'recorder', languages: { en: 'published' } });
    expect(events.filter((e) => e.event === 'run').map((e) => e.articles)).toEqual([2, 0]);
  });

  it('processes an article again when it changes, and only that one', async () => {
    const { dir, jobs, run } = setup(inboxJob, { 'content/inbox/a.md': article('Alpha'), 'content/inbox/b.md': article('Beta') });
    const processor = recorder();
    await run(jobs[0]!, processor);
    writeFileSync(join(dir, 'content/inbox/b.md'), article('Beta, korrigiert'));
    const again = await run(jobs[0]!, processor);
    expect(processor.calls.map((c) => c.path.split('/').pop())).toEqual(['a.md', 'b.md', 'b.md']);
    expect(again).toMatchObject({ articles: 1, unchanged: 1 });
  });

  it('retries an article that failed for a service, not one that failed for its content', async () => {
    const { jobs, run, store, config } = setup(inboxJob, { 'content/inbox/a.md': article('Alpha'), 'content/inbox/b.md': '# no front matter\n' });
    const down = recorder({ 'inbox/a.md': new NewsdeskError(Errors.Service, 'the engine did not answer') });
    const real = ingestOnlyProcessor(config);
    const both: NamedProcessor = { name: 'mixed', process: (path, options) => (path.endsWith('a.md') ? down.process(path, options) : real.process(path, options)) };
    const first = await run(jobs[0]!, both);
    expect(first).toMatchObject({ outcome: 'partial', articles: 2, failed: 2 });
    expect(first.items.map((i) => [i.path, i.reason])).toEqual([
      ['content/inbox/a.md', 'waiting to try again: the engine did not answer'],
      ['content/inbox/b.md', expect.stringMatching(/^content\/inbox\/b\.md:1:1: the article has no front matter/)],
    ]);
    expect(store.getItem('inbox', 'folder:content/inbox/a.md')).toMatchObject({ outcome: 'failed', retry: true, attempts: 1 });
    // Before its backoff is over it waits (counted, not processed); after, it is tried again.
    expect(await run(jobs[0]!, both)).toMatchObject({ articles: 0, waiting: 1, unchanged: 1 });
    const later = new Date(Date.now() + 5 * 60_000);
    const second = await run(jobs[0]!, both, { now: () => later });
    expect(second).toMatchObject({ articles: 1, failed: 1, unchanged: 1 });
    expect(second.items[0]?.path).toBe('content/inbox/a.md');
  });

  it('stops after the current article when asked to, and the next run takes up the rest', async () => {
    const { jobs, run } = setup(inboxJob, { 'content/inbox/a.md': article('A'), 'content/inbox/b.md': article('B'), 'content/inbox/c.md': article('C') });
    const controller = new AbortController();
    const processor = recorder();
    const stopping: NamedProcessor = {
      name: 'stopping',
      async process(path, options) {
        controller.abort(); // SIGTERM arrives while the first article is in progress
        return processor.process(path, options);
      },
    };
    const first = await run(jobs[0]!, stopping, { signal: controller.signal });
    expect(first).toMatchObject({ outcome: 'interrupted', articles: 1 });
    const second = await run(jobs[0]!, processor);
    expect(second).toMatchObject({ outcome: 'ok', articles: 2, unchanged: 1 });
    expect(processor.calls.map((c) => c.path.split('/').pop())).toEqual(['a.md', 'b.md', 'c.md']);
  });

  it('is skipped while another run holds the job lock', async () => {
    const { jobs, store, config } = setup(inboxJob, { 'content/inbox/a.md': article('A') });
    const lock = store.acquireJobLock('inbox');
    expect(lock.ok).toBe(true);
    const result = await runJob(jobs[0]!, { config, store, processor: recorder() });
    expect(result).toMatchObject({ status: 'skipped', reason: 'locked', detail: expect.stringContaining(`process ${process.pid}`) });
    expect(store.listRuns()).toEqual([]);
  });
});

describe('runJob: remote sources over loopback HTTP', () => {
  const remoteJob = (base: string, extra = '') =>
    `jobs:\n  - name: wires\n    schedule: "*/5 * * * *"\n    timezone: UTC\n    sources:\n      - feed: ${base}/rss.xml\n      - feed: ${base}/atom.xml\n      - ninjs: ${base}/ninjs.json\n      - page: ${base}/page.html\n${extra}`;

  it('turns feed, Atom, ninjs and page items into content folders and processes each once (ETag and Last-Modified → 304)', async () => {
    const server = await serve({
      '/rss.xml': { body: fixture('rss.xml'), type: 'application/rss+xml; charset=utf-8', etag: '"rss-1"' },
      '/atom.xml': { body: fixture('atom.xml'), type: 'application/atom+xml', lastModified: 'Fri, 02 Aug 2024 10:00:00 GMT' },
      '/ninjs.json': { body: fixture('ninjs.json'), type: 'application/json', etag: 'W/"n1"' },
      '/page.html': { body: fixture('page.html'), type: 'text/html; charset=utf-8', etag: '"p1"' },
    });
    const { dir, jobs, run } = setup(remoteJob(server.base));
    const processor = recorder();
    const first = await run(jobs[0]!, processor);
    expect(first).toMatchObject({ outcome: 'ok', articles: 7, published: 7, sourceErrors: 0 });
    expect(first.items.map((i) => i.path)).toEqual([
      'content/wires/peking-investiert-4-2-milliarden-euro-in-ki/index.md',
      'content/wires/shanghai-shenzhen-ziehen-nach/index.md',
      'content/wires/ai-city-race/index.md',
      'content/wires/la-course-a-l-ia/index.md',
      'content/wires/shenzhen-opens-six-ai-labs/index.md',
      'content/wires/ninjs-2-uberschrift/index.md',
      'content/wires/peking-shanghai-und-shenzhen-konkurrieren-um-die-ki-stadt/index.md',
    ]);
    const read = (path: string) => readFileSync(join(dir, path), 'utf8');
    expect(read('content/wires/peking-investiert-4-2-milliarden-euro-in-ki/index.md')).toBe(
      '---\ntitle: Peking investiert 4,2 Milliarden Euro in KI\nlang: de\ndate: 2024-08-02\nsource: https://news.example/ki-peking\n---\n\n' +
        '# Peking investiert 4,2 Milliarden Euro in KI\n\nDie Stadt plant **etwa 15.000** Standardschränke.\n\n- Erstens\n- Zweitens\n',
    );
    expect(read('content/wires/shanghai-shenzhen-ziehen-nach/index.md')).toContain('date: 2024-08-01\n');
    expect(read('content/wires/ai-city-race/index.md')).toMatch(/^---\ntitle: AI city race\nlang: en\ndate: 2024-08-02\nsource: https:\/\/tech\.example\/ai-city\n---\n\n# AI city race\n\nBeijing published a plan on 26 July\.\n$/);
    expect(read('content/wires/la-course-a-l-ia/index.md')).toContain('lang: fr\ndate: 2024-07-31\n');
    expect(read('content/wires/shenzhen-opens-six-ai-labs/index.md')).toContain('lang: en\ndate: 2024-08-01\nsource: https://agency.example/items/42\n---\n\n# Shenzhen opens six AI labs\n\nShenzhen opened **six** laboratories.\n\nFunding rose 26 %.\n');
    expect(read('content/wires/ninjs-2-uberschrift/index.md')).toContain('lang: de\n---\n\n# Ninjs 2: Überschrift\n\nErster Absatz.\n\nZweiter Absatz.\n');
    const page = read('content/wires/peking-shanghai-und-shenzhen-konkurrieren-um-die-ki-stadt/index.md');
    expect(page).toContain('lang: de\n');
    expect(page).toContain(`source: ${server.base}/page.html\n`);
    expect(page).toContain('## Shenzhen\n\nShenzhen eröffnete sechs Labore und investierte 4,2 Milliarden Euro.\n');
    expect(page).not.toMatch(/Startseite|Impressum|English|中文/);
    // Every remote article is a valid article for the pipeline.
    const ingest = ingestOnlyProcessor(loadConfig(dir));
    for (const item of first.items) await expect(ingest.process(join(dir, item.path), { publish: 'none', onValidationError: 'hold', job: 'wires' })).resolves.toMatchObject({ outcome: 'held' });

    // Second run: conditional requests, all answered 304, nothing processed.
    const second = await run(jobs[0]!, processor);
    expect(second).toMatchObject({ outcome: 'ok', articles: 0 });
    expect(processor.calls).toHaveLength(7);
    expect(server.requests.slice(4)).toEqual([
      { path: '/rss.xml', ifNoneMatch: '"rss-1"', status: 304 },
      { path: '/atom.xml', ifModifiedSince: 'Fri, 02 Aug 2024 10:00:00 GMT', status: 304 },
      { path: '/ninjs.json', ifNoneMatch: 'W/"n1"', status: 304 },
      { path: '/page.html', ifNoneMatch: '"p1"', status: 304 },
    ]);

    // The feed changes one item: only that article is written and processed again.
    server.routes['/rss.xml'] = { body: fixture('rss.xml').replace('Mehr als 26 % Wachstum.', 'Mehr als 27 % Wachstum.'), type: 'application/rss+xml', etag: '"rss-2"' };
    const third = await run(jobs[0]!, processor);
    expect(third).toMatchObject({ articles: 1, unchanged: 1 });
    expect(third.items.map((i) => i.path)).toEqual(['content/wires/shanghai-shenzhen-ziehen-nach/index.md']);
    expect(read('content/wires/shanghai-shenzhen-ziehen-nach/index.md')).toContain('Mehr als 27 % Wachstum.');
  });

  it('one failing source does not stop the others: HTTP errors, timeouts, size limits', async () => {
    const server = await serve({
      '/rss.xml': { body: 'oops', type: 'text/plain', status: 500 },
      '/atom.xml': { body: '', type: 'application/atom+xml', hang: true },
      '/ninjs.json': { body: `{"headline":"x","body_text":"${'y'.repeat(5000)}"}`, type: 'application/json' },
      '/page.html': { body: fixture('page.html'), type: 'text/html' },
    });
    const { jobs, run, events } = setup(remoteJob(server.base, '    fetch: { timeoutMs: 300, maxBytes: 4000 }\n'));
    const processor = recorder();
    const result = await run(jobs[0]!, processor);
    expect(result).toMatchObject({ outcome: 'partial', sourceErrors: 3, articles: 1 });
    expect(result.errors).toEqual([
      `feed:${server.base}/rss.xml: cannot fetch ${server.base}/rss.xml: HTTP 500 Internal Server Error`,
      `feed:${server.base}/atom.xml: cannot fetch ${server.base}/atom.xml: no answer within 300 ms`,
      `ninjs:${server.base}/ninjs.json: cannot fetch ${server.base}/ninjs.json: more than the limit of 4000 bytes (fetch.maxBytes)`,
    ]);
    expect(events.filter((e) => e.event === 'source-error')).toHaveLength(3);
    expect(processor.calls).toHaveLength(1);
  });

  it('a feed without validators: the same body costs no work; a failed item keeps the feed from being cached', async () => {
    const server = await serve({ '/rss.xml': { body: fixture('rss.xml'), type: 'application/rss+xml' } });
    const { jobs, run } = setup(`jobs:\n  - name: wires\n    schedule: "* * * * *"\n    timezone: UTC\n    sources:\n      - feed: ${server.base}/rss.xml\n`);
    const flaky = recorder({ 'shanghai-shenzhen-ziehen-nach/index.md': new NewsdeskError(Errors.TranslationTimeout, 'engine timeout') });
    expect(await run(jobs[0]!, flaky)).toMatchObject({ published: 1, failed: 1 });
    const processor = recorder();
    const later = new Date(Date.now() + 5 * 60_000);
    expect(await run(jobs[0]!, processor, { now: () => later })).toMatchObject({ published: 1, unchanged: 1 });
    expect(processor.calls.map((c) => c.path.split('/').slice(-2)[0])).toEqual(['shanghai-shenzhen-ziehen-nach']);
    expect(await run(jobs[0]!, processor, { now: () => later })).toMatchObject({ articles: 0, unchanged: 0 });
    expect(server.requests.map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('never overwrites an article an editor changed by hand', async () => {
    const server = await serve({ '/ninjs.json': { body: fixture('ninjs.json'), type: 'application/json' } });
    const { dir, jobs, run } = setup(`jobs:\n  - name: wires\n    schedule: "* * * * *"\n    timezone: UTC\n    sources:\n      - ninjs: ${server.base}/ninjs.json\n`);
    await run(jobs[0]!, recorder());
    const file = join(dir, 'content/wires/shenzhen-opens-six-ai-labs/index.md');
    const edited = readFileSync(file, 'utf8').replace('laboratories.', 'laboratories (corrected by the desk).');
    writeFileSync(file, edited);
    server.routes['/ninjs.json'] = { body: fixture('ninjs.json').replace('Funding rose 26 %.', 'Funding rose 27 %.'), type: 'application/json' };
    const processor = recorder();
    const result = await run(jobs[0]!, processor);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(result.items).toEqual([
      expect.objectContaining({ path: 'content/wires/shenzhen-opens-six-ai-labs/index.md', outcome: 'held', reason: expect.stringContaining('was edited by hand') }),
    ]);
    expect(processor.calls).toHaveLength(0);
  });

  it('an item in a language of no product is a failed article with a reason, not a failed source', async () => {
    const server = await serve({ '/rss.xml': { body: fixture('rss.xml').replace('de-DE', 'nl'), type: 'application/rss+xml' } });
    const { dir, jobs, run } = setup(`jobs:\n  - name: wires\n    schedule: "* * * * *"\n    timezone: UTC\n    sources:\n      - feed: ${server.base}/rss.xml\n`);
    const processor = recorder();
    const result = await run(jobs[0]!, processor);
    expect(result).toMatchObject({ sourceErrors: 0, failed: 2 });
    expect(result.items[0]?.reason).toBe("the item declares language `nl`, not one of the product's; add `lang:` to the source or the job");
    expect(existsSync(join(dir, 'content/wires'))).toBe(false);
    expect(processor.calls).toHaveLength(0);
    // Recorded: the unchanged feed does not fail them again on every run.
    expect(await run(jobs[0]!, processor)).toMatchObject({ articles: 0 });
  });
});

describe('the pipeline behind the scheduler', () => {
  const config = loadConfig(REPO);
  const options = { publish: 'static', onValidationError: 'hold' as const, job: 'inbox', languages: ['en' as const, 'fr' as const] };

  it('maps runPipeline results: publishable languages published, the others held with the reason', async () => {
    const calls: unknown[] = [];
    const module = {
      runPipeline: (args: unknown) => {
        calls.push(args);
        return {
          results: [{ slug: 'a', unchanged: false, validation: { blocking: false, errors: 0 }, languages: [{ lang: 'en', publishable: true }, { lang: 'fr', publishable: false, held: '3 missing keys in locales/fr/a.json' }] }],
          failed: [],
        };
      },
    };
    const processor = fromModule(module, config, 'pipeline')!;
    expect(processor.name).toBe('pipeline');
    expect(await processor.process('/p/content/inbox/a.md', options)).toEqual({ outcome: 'published', languages: { en: 'published', fr: 'held' } });
    expect(calls).toEqual([{ config, cwd: config.root, articles: ['/p/content/inbox/a.md'], site: false, languages: ['en', 'fr'] }]);
    expect(await processor.process('/p/a.md', { ...options, publish: 'none' })).toEqual({ outcome: 'held', languages: { en: 'held', fr: 'held' }, reason: 'publish: none' });
  });

  it('validation errors hold the article; an unreadable article is a failure', async () => {
    const blocked = fromModule({ runPipeline: () => ({ results: [{ slug: 'a', unchanged: false, validation: { blocking: true, errors: 2 }, languages: [{ lang: 'en', publishable: false, held: 'validation errors in the source (2)' }] }], failed: [] }) }, config, 'pipeline')!;
    expect(await blocked.process('/p/a.md', options)).toEqual({ outcome: 'held', languages: { en: 'held' }, reason: 'validation errors in the source (2)' });
    const broken = fromModule({ runPipeline: () => ({ results: [], failed: [{ ref: '/p/a.md', error: new NewsdeskError(Errors.MissingFrontMatter, 'the article has no front matter') }] }) }, config, 'pipeline')!;
    await expect(broken.process('/p/a.md', options)).rejects.toThrow('the article has no front matter');
  });

  it('prefers a processArticle export, given the job options and the configuration', async () => {
    const seen: unknown[] = [];
    const processor = fromModule({ processArticle: async (path: string, opts: unknown) => (seen.push([path, opts]), { outcome: 'held', languages: { en: 'held' }, reason: 'QA' }), runPipeline: () => ({}) }, config, 'pipeline')!;
    expect(await processor.process('/p/a.md', options)).toEqual({ outcome: 'held', languages: { en: 'held' }, reason: 'QA' });
    expect(seen).toEqual([['/p/a.md', { ...options, config }]]);
    const wrong = fromModule({ processArticle: async () => ({ ok: true }) }, config, 'pipeline')!;
    await expect(wrong.process('/p/a.md', options)).rejects.toThrow(/no outcome/);
  });
});
