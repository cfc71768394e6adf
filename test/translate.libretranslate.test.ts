import { afterEach, describe, expect, it } from 'vitest';
import { LibreTranslateEngine, translateSegments, type TranslateSegmentsOptions } from '../src/translate/index.js';
import { fakeClock } from './helpers/loopback/clock.js';
import { startLibreTranslateServer, type LibreTranslateLoopbackOptions } from './helpers/loopback/libretranslate.js';
import type { LoopbackServer } from './helpers/loopback/server.js';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

async function setup(options: LibreTranslateLoopbackOptions = {}, engineOptions: Partial<ConstructorParameters<typeof LibreTranslateEngine>[0]> = {}) {
  const server = await startLibreTranslateServer(options);
  servers.push(server);
  const engine = new LibreTranslateEngine({ baseUrl: server.url, timeoutMs: 2000, ...engineOptions });
  const time = fakeClock();
  const run: TranslateSegmentsOptions = { clock: time.clock, random: () => 0.5 };
  return { server, engine, time, run };
}

describe('LibreTranslate', () => {
  it('sends q[] as HTML with the key, reads the unescaped answer', async () => {
    const { server, engine, run } = await setup({ apiKeys: ['lt-key'] }, { apiKey: 'lt-key' });
    const result = await translateSegments(engine, { from: 'de', to: 'es', segments: [{ id: 'a', text: 'A & B:  {{f1, figure}} <1>fett</1> &amp; so' }] }, run);
    expect(result.failed).toEqual([]);
    expect(result.translated.get('a')).toBe('[es] A & B: {{f1, figure}} <1>fett</1> &amp; so');
    expect(server.requests[0]!.body).toEqual({
      q: ['A &amp; B:  <span translate="no">f1</span> <span data-t="1">fett</span> &amp;amp; so'],
      source: 'de',
      target: 'es',
      format: 'html',
      api_key: 'lt-key',
    });
  });

  it('does not offer languages the instance lacks', () => {
    const engine = new LibreTranslateEngine();
    expect(engine.supports('de', 'la')).toBe(false);
    expect(engine.supports('de', 'sa')).toBe(false);
    expect(new LibreTranslateEngine({ languages: ['de', 'la'] }).supports('de', 'la')).toBe(true);
  });

  it('an instance --batch-limit below ours: the 400 splits the batch', async () => {
    const { server, engine, run } = await setup({ batchLimit: 10 });
    const segments = Array.from({ length: 25 }, (_, i) => ({ id: `s${i}`, text: `Satz ${i}.` }));
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments }, run);
    expect(result.failed).toEqual([]);
    expect(result.translated.size).toBe(25);
    expect(server.requests.map((r) => (r.body as { q: string[] }).q.length)).toEqual([25, 13, 12, 7, 6, 6, 6]);
  });

  it('403 invalid key and 400 missing key are auth failures, not retried', async () => {
    const { server, run } = await setup({ apiKeys: ['lt-key'] });
    const wrong = await translateSegments(new LibreTranslateEngine({ baseUrl: server.url, apiKey: 'nope' }), { from: 'de', to: 'fr', segments: [{ id: 'a', text: 'Hallo.' }] }, run);
    expect(wrong.failed).toEqual([{ id: 'a', reason: 'libretranslate: HTTP 403: Invalid API key', service: 'auth' }]);
    const missing = await translateSegments(new LibreTranslateEngine({ baseUrl: server.url }), { from: 'de', to: 'fr', segments: [{ id: 'a', text: 'Hallo.' }] }, run);
    expect(missing.failed).toEqual([{ id: 'a', reason: 'libretranslate: HTTP 400: Please contact the server operator to get an API key', service: 'auth' }]);
    expect(server.requests).toHaveLength(2);
  });

  it('429 "Slowdown" is retried', async () => {
    const { server, engine, time, run } = await setup();
    server.script({ status: 429, body: { error: 'Slowdown: 20 per 1 minute' } });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: [{ id: 'a', text: 'Hallo.' }] }, run);
    expect(result.translated.get('a')).toBe('[fr] Hallo.');
    expect(time.sleeps).toEqual([250]);
  });

  it('a network failure is retried, then reported', async () => {
    const { server, time, run } = await setup();
    await server.close();
    servers.pop();
    const engine = new LibreTranslateEngine({ baseUrl: server.url, timeoutMs: 2000 });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: [{ id: 'a', text: 'Hallo.' }] }, { ...run, retry: { retries: 1 } });
    expect(time.sleeps).toEqual([250]);
    expect(result.failed[0]!.reason).toBe(`libretranslate: cannot reach ${server.url}: connect ECONNREFUSED ${server.url.slice('http://'.length)}`);
  });
});
