import { afterEach, describe, expect, it } from 'vitest';
import { GoogleEngine, translateSegments, type TranslateSegmentsOptions } from '../src/translate/index.js';
import { fakeClock } from './helpers/loopback/clock.js';
import { googleError, startGoogleServer, type GoogleLoopbackOptions } from './helpers/loopback/google.js';
import type { LoopbackServer } from './helpers/loopback/server.js';

const KEY = 'AIza-loopback';
const servers: LoopbackServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

async function setup(options: Partial<GoogleLoopbackOptions> = {}, engineOptions: Partial<ConstructorParameters<typeof GoogleEngine>[0]> = {}) {
  const server = await startGoogleServer({ apiKey: KEY, ...options });
  servers.push(server);
  const engine = new GoogleEngine({ apiKey: KEY, baseUrl: server.url, timeoutMs: 2000, ...engineOptions });
  const time = fakeClock();
  const run: TranslateSegmentsOptions = { clock: time.clock, random: () => 0.5 };
  return { server, engine, time, run };
}

describe('Google Cloud Translation v2', () => {
  it('sends q[] as HTML with translate="no" tokens and reads entities back', async () => {
    const { server, engine, run } = await setup();
    const result = await translateSegments(engine, { from: 'de', to: 'zh', segments: [{ id: 'a', text: "Li Ya's Team: {{f1, figure}} <1>Server</1> & mehr" }] }, run);
    expect(result.failed).toEqual([]);
    expect(result.translated.get('a')).toBe("[zh-cn] Li Ya's Team: {{f1, figure}} <1>Server</1> & mehr");
    const request = server.requests[0]!;
    expect(request.path).toBe('/language/translate/v2');
    expect(request.query.get('key')).toBe(KEY);
    expect(request.body).toEqual({
      q: ['Li Ya\'s Team: <span translate="no">f1</span> <span data-t="1">Server</span> &amp; mehr'],
      source: 'de',
      target: 'zh-CN',
      format: 'html',
    });
  });

  it('offers Latin and Sanskrit', () => {
    const engine = new GoogleEngine({ apiKey: KEY });
    expect(engine.supports('de', 'la')).toBe(true);
    expect(engine.supports('de', 'sa')).toBe(true);
  });

  it('batches at most 128 texts per request', async () => {
    const { server, engine, run } = await setup();
    const segments = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, text: `Satz ${i}.` }));
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments }, run);
    expect(result.translated.size).toBe(300);
    expect(server.requests.map((r) => (r.body as { q: string[] }).q.length)).toEqual([128, 128, 44]);
  });

  it('403 userRateLimitExceeded is retried, honouring an HTTP-date Retry-After', async () => {
    const { server, engine, time, run } = await setup();
    const limited = googleError(403, 'PERMISSION_DENIED', 'User Rate Limit Exceeded', 'userRateLimitExceeded');
    server.script({ ...limited, headers: { 'retry-after': new Date(time.now() + 20_000).toUTCString() } });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: [{ id: 'a', text: 'Hallo.' }] }, run);
    expect(result.translated.get('a')).toBe('[fr] Hallo.');
    expect(time.sleeps).toEqual([20_000]);
  });

  it('403 dailyLimitExceeded stops the engine without retry', async () => {
    const { server, engine, time, run } = await setup({ dailyLimit: 0 });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: [{ id: 'a', text: 'Hallo.' }] }, run);
    expect(result.stopped?.kind).toBe('quota');
    expect(result.failed).toEqual([{ id: 'a', reason: 'google: HTTP 403: Daily Limit Exceeded', service: 'quota' }]);
    expect(server.requests).toHaveLength(1);
    expect(time.sleeps).toEqual([]);
  });

  it('an invalid key (400 API_KEY_INVALID) is an auth failure, not retried', async () => {
    const { server, run } = await setup();
    const engine = new GoogleEngine({ apiKey: 'wrong', baseUrl: server.url });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: [{ id: 'a', text: 'Hallo.' }] }, run);
    expect(result.stopped?.kind).toBe('auth');
    expect(result.failed[0]!.reason).toBe('google: HTTP 400: API key not valid. Please pass a valid API key.');
    expect(server.requests).toHaveLength(1);
  });

  it('a tag the engine lost: retried alone, then failed', async () => {
    const { server, engine, run } = await setup({ transform: (text) => text.replace(/<span data-t="1">(.*?)<\/span>/, '$1') });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: [{ id: 'a', text: 'Ein <1>fetter</1> Satz.' }] }, run);
    expect(result.failed).toEqual([{ id: 'a', reason: 'tokens changed: missing <1> </1> (also when sent on its own)' }]);
    expect(server.requests).toHaveLength(2);
  });
});
