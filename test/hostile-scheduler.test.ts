// Issue 14, item 2: the scheduler never strands an article on an engine outage. A job whose
// engine answers 401 or 500 keeps the article waiting for the engine (retried with backoff,
// visible in `jobs list`, `status` and the run log) and translates and publishes it once the
// engine is back; an article that can never succeed (a YAML bomb) is shown once and not
// retried on every tick. Real pipeline, real OpenAI-compatible loopback server.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { loadProcessor, parseJobs, runJob, type LogEvent, type NamedProcessor, type RunSummary } from '../src/schedule/index.js';
import { openStore, stateFile, type Store } from '../src/store/index.js';
import { warningsOnly } from './e2e/support/project.js';
import { runCli } from './helpers/cli.js';
import { startOpenAiServer } from './helpers/loopback/openai.js';
import type { LoopbackServer } from './helpers/loopback/server.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const KEY_ENV = 'NEWSDESK_HOSTILE_TEST_KEY';
const servers: LoopbackServer[] = [];
const stores: Store[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
  while (stores.length) stores.pop()!.close();
  delete process.env[KEY_ENV];
});

const ARTICLE = '---\ntitle: Peking baut ein Rechenzentrum\nlang: de\ndate: 2024-08-02\n---\n\nDas Rechenzentrum hat etwa 15.000 Standardschränke. Die erste Phase ist fertig.\n';
const JOBS = 'jobs:\n  - name: inbox\n    schedule: "*/15 * * * *"\n    timezone: UTC\n    sources:\n      - folder: content/inbox\n    languages: [de, en]\n    engine: local\n    publish: static\n';

async function setup() {
  const server = await startOpenAiServer({ apiKey: 'the-right-key-2024' });
  servers.push(server);
  // Validation and QA as warnings: the loopback's "[en] …" is German text with a prefix.
  const config = `languages: [de, en]\n${warningsOnly()}translation:\n  engine: memory\n  engines:\n    local: { type: openai, baseUrl: "${server.url}/v1", model: newsdesk-test, apiKeyEnv: ${KEY_ENV} }\n`;
  const labels = (lng: string) => readFileSync(join(REPO, 'locales', lng, 'common.json'), 'utf8');
  const dir = tmpProject({ 'pipeline/config.yaml': config, 'pipeline/jobs.yaml': JOBS, 'content/inbox/rechenzentrum.md': ARTICLE, 'locales/de/common.json': labels('de'), 'locales/en/common.json': labels('en') });
  const loaded = loadConfig(dir);
  const store = openStore(stateFile(loaded));
  stores.push(store);
  const processor: NamedProcessor = await loadProcessor(loaded);
  let calls = 0;
  const counting: NamedProcessor = { name: processor.name, process: (path, options) => (calls++, processor.process(path, options)) };
  const jobs = parseJobs(JOBS, 'pipeline/jobs.yaml', loaded);
  const events: LogEvent[] = [];
  const run = async (minutesLater = 0): Promise<RunSummary> => {
    const now = new Date(Date.now() + minutesLater * 60_000);
    const result = await runJob(jobs[0]!, { config: loaded, store, processor: counting, log: (e) => events.push(e), now: () => now });
    if (result.status !== 'ran') throw new Error(JSON.stringify(result));
    return result.run;
  };
  return { dir, server, store, run, events, calls: () => calls };
}

describe('the scheduler and a failing engine', () => {
  it('401: the article waits for the engine, is not tried before its backoff, and is published once the key is right', async () => {
    const s = await setup();
    process.env[KEY_ENV] = 'a-wrong-key-1234';
    const first = await s.run();
    expect(first.items[0]).toMatchObject({ path: 'content/inbox/rechenzentrum.md', reason: expect.stringMatching(/^waiting for engine local \(en: local: HTTP 401: Incorrect API key provided\.\)/) });
    expect(s.store.getItem('inbox', 'folder:content/inbox/rechenzentrum.md')).toMatchObject({ retry: true, attempts: 1, waiting: expect.stringMatching(/^waiting for engine local/) });
    // Visible to the editor: `jobs list` and `status` name what it waits for and when it is tried again.
    const listed = await runCli(['jobs', 'list'], { cwd: s.dir });
    expect(listed.stdout).toMatch(/ {2}content\/inbox\/rechenzentrum\.md: waiting for engine local .*; attempt 1, next try \d{4}-\d\d-\d\dT/);
    expect((await runCli(['status'], { cwd: s.dir })).stdout).toMatch(/inbox: content\/inbox\/rechenzentrum\.md waiting for engine local/);

    // Before the backoff is over: counted as waiting, not processed, not "unchanged".
    expect(await s.run(0)).toMatchObject({ articles: 0, waiting: 1, unchanged: 0 });
    expect(s.calls()).toBe(1);
    expect(s.events.some((e) => e.event === 'waiting' && String(e.reason).startsWith('waiting for engine local'))).toBe(true);

    // Still failing after the backoff: tried again, the next wait is longer.
    const second = await s.run(5);
    expect(second.items[0]?.reason).toMatch(/^waiting for engine local/);
    const item = s.store.getItem('inbox', 'folder:content/inbox/rechenzentrum.md')!;
    expect(item.attempts).toBe(2);
    expect(Date.parse(item.nextAttempt!) - (Date.now() + 5 * 60_000)).toBeGreaterThan(90_000);

    // The key is fixed: the next due run translates and publishes, and then it is done.
    process.env[KEY_ENV] = 'the-right-key-2024';
    const third = await s.run(60);
    expect(third).toMatchObject({ published: 1, waiting: 0 });
    expect(third.items[0]).toMatchObject({ outcome: 'published', languages: { de: 'published', en: 'published' } });
    expect(readFileSync(join(s.dir, 'locales', 'en', 'rechenzentrum.json'), 'utf8')).toContain('[en] ');
    expect(s.store.getItem('inbox', 'folder:content/inbox/rechenzentrum.md')).toMatchObject({ retry: false, attempts: 0, nextAttempt: null });
    expect(await s.run(120)).toMatchObject({ articles: 0, unchanged: 1, waiting: 0 });
  });

  it('500 on every try: waiting for the engine, then published when it answers again', async () => {
    const s = await setup();
    process.env[KEY_ENV] = 'the-right-key-2024';
    // One request and its four retries answer 500.
    s.server.script(...Array.from({ length: 5 }, () => ({ status: 500, body: { error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } } })));
    const first = await s.run();
    expect(first.items[0]?.reason).toMatch(/^waiting for engine local \(en: .*500/);
    expect(s.store.getItem('inbox', 'folder:content/inbox/rechenzentrum.md')).toMatchObject({ retry: true });
    const later = await s.run(10);
    expect(later.items[0]).toMatchObject({ outcome: 'published', languages: { en: 'published' } });
    expect(later.items[0]?.reason).toBeUndefined();
  }, 60_000);

  it('an article that can never succeed (a YAML alias bomb) is failed once and not retried on every tick', async () => {
    const s = await setup();
    const levels = ['a: &a [1,1,1,1,1,1,1,1,1]', ...['b', 'c', 'd', 'e', 'f'].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(',')}]`)];
    const bomb = `---\ntitle: x\nlang: de\n${levels.join('\n')}\n---\n\nText.\n`;
    writeFileSync(join(s.dir, 'content', 'inbox', 'rechenzentrum.md'), bomb);
    const first = await s.run();
    expect(first.items[0]).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/content\/inbox\/rechenzentrum\.md:5:8: too many alias expansions/) });
    expect(s.store.getItem('inbox', 'folder:content/inbox/rechenzentrum.md')).toMatchObject({ retry: false });
    for (const minutes of [0, 15, 600]) expect(await s.run(minutes)).toMatchObject({ articles: 0, unchanged: 1, waiting: 0 });
    expect(s.calls()).toBe(1);
  });
});
