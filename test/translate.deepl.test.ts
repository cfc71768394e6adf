import { afterEach, describe, expect, it } from 'vitest';
import { DeepLEngine, deeplBaseUrl, formatSummary, translateSegments, type TranslateSegmentsOptions } from '../src/translate/index.js';
import { fakeClock } from './helpers/loopback/clock.js';
import { startDeepLServer, type DeepLLoopbackOptions } from './helpers/loopback/deepl.js';
import type { LoopbackServer } from './helpers/loopback/server.js';

const KEY = 'b3f1c7e2-0000-4000-8000-000000000000';
const servers: LoopbackServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

async function setup(options: Partial<DeepLLoopbackOptions> = {}, engineOptions: Partial<ConstructorParameters<typeof DeepLEngine>[0]> = {}) {
  const server = await startDeepLServer({ authKey: KEY, ...options });
  servers.push(server);
  const engine = new DeepLEngine({ authKey: KEY, baseUrl: server.url, timeoutMs: 2000, ...engineOptions });
  const time = fakeClock();
  const run: TranslateSegmentsOptions = { clock: time.clock, random: () => 0.5 };
  return { server, engine, time, run };
}

const segments = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}`, text: `Satz {{f${i + 1}, figure}} Nummer <1>${i + 1}</1>.` }));

describe('DeepL v2', () => {
  it('translates with the documented request, tokens intact', async () => {
    const glossaries = { 'g-1': { source_lang: 'DE', target_lang: 'FR', entries: [{ source: 'Peking', target: 'Pékin' }] } };
    const { server, engine, run } = await setup({ glossaries }, { glossaries: { 'de-fr': 'g-1' } });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: [{ id: 'a', text: 'In Peking stehen {{f1, figure}} <1>Server</1> & mehr.' }] }, run);
    expect(result.failed).toEqual([]);
    expect(result.translated.get('a')).toBe('[fr] In Pékin stehen {{f1, figure}} <1>Server</1> & mehr.');
    const request = server.requests[0]!;
    expect(request.headers.authorization).toBe(`DeepL-Auth-Key ${KEY}`);
    expect(request.body).toEqual({
      text: ['In Peking stehen <x>f1</x> <g id="1">Server</g> &amp; mehr.'],
      source_lang: 'DE',
      target_lang: 'FR',
      tag_handling: 'xml',
      ignore_tags: ['x'],
      split_sentences: 'nonewlines',
      glossary_id: 'g-1',
    });
    expect(engine.targetLang('en')).toBe('EN-GB');
    expect(engine.targetLang('pt')).toBe('PT-PT');
    expect(engine.targetLang('zh')).toBe('ZH-HANS');
  });

  it('120 segments are 3 requests of 50, 50 and 20', async () => {
    const { server, engine, run } = await setup();
    const result = await translateSegments(engine, { from: 'de', to: 'en', segments: segments(120) }, run);
    expect(server.requests.map((r) => (r.body as { text: string[] }).text.length)).toEqual([50, 50, 20]);
    expect(result.translated.size).toBe(120);
    expect(result.translated.get('s120')).toBe('[en] Satz {{f120, figure}} Nummer <1>120</1>.');
    expect(result.sent).toMatchObject({ requests: 3, segments: 120 });
    expect(formatSummary(result.summary)).toMatch(/^en {2}120\/120 translated, 0 failed — 3 requests, 120 segments, \d+ characters sent \(deepl\)$/);
  });

  it('reports progress as batches finish', async () => {
    const { engine, run } = await setup();
    const seen: number[] = [];
    await translateSegments(engine, { from: 'de', to: 'fr', segments: segments(120) }, { ...run, onProgress: (p) => seen.push(p.translated) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(120);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('stops at once when the caller aborts', async () => {
    const { server, engine, run } = await setup();
    server.script({ hang: true });
    const controller = new AbortController();
    // Abort once the request is in flight (not after a fixed delay, which races a busy machine).
    const waiting = setInterval(() => {
      if (server.requests.length > 0) {
        clearInterval(waiting);
        controller.abort(new Error('run cancelled'));
      }
    }, 5);
    await expect(translateSegments(engine, { from: 'de', to: 'fr', segments: segments(1) }, { ...run, signal: controller.signal })).rejects.toThrow('run cancelled');
    expect(server.requests).toHaveLength(1);
  });

  it('keeps to the concurrency limit', async () => {
    const { server, engine, run } = await setup({}, { limits: { maxSegmentsPerRequest: 5, concurrency: 2 } });
    server.setDelay(30);
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: segments(40) }, run);
    expect(result.translated.size).toBe(40);
    expect(server.requests).toHaveLength(8);
    expect(server.maxInFlight()).toBe(2);
  });

  it('honours Retry-After on 429, in seconds and as an HTTP date', async () => {
    const { server, engine, time, run } = await setup();
    server.script(
      { status: 429, headers: { 'retry-after': '7' }, body: { message: 'Too many requests' } },
      { status: 429, headers: { 'retry-after': new Date(time.now() + 7000 + 12_000).toUTCString() }, body: { message: 'Too many requests' } },
    );
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: segments(3) }, run);
    expect(result.translated.size).toBe(3);
    expect(time.sleeps).toEqual([7000, 12_000]);
    expect(server.requests).toHaveLength(3);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    const { server, engine, time, run } = await setup();
    server.script({ status: 500, body: { message: 'Internal error' } }, { status: 504, body: 'Gateway Timeout' }, { status: 503, body: 'unavailable' });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: segments(2) }, run);
    expect(result.failed).toEqual([]);
    expect(server.requests).toHaveLength(4);
    expect(time.sleeps).toEqual([250, 500, 1000]);
    expect(result.sent.requests).toBe(4);
  });

  it('times out a hanging request and retries it', async () => {
    const { server, engine, time, run } = await setup({}, { timeoutMs: 150 });
    server.script({ hang: true });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: segments(1) }, run);
    expect(result.translated.size).toBe(1);
    expect(server.requests).toHaveLength(2);
    expect(time.sleeps).toHaveLength(1);
  });

  it('gives up after the retries and says why', async () => {
    const { server, engine, run } = await setup({}, { timeoutMs: 100 });
    server.script({ hang: true }, { hang: true }, { hang: true });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: segments(1) }, { ...run, retry: { retries: 2 } });
    expect(result.failed).toEqual([{ id: 's1', reason: 'deepl: no answer within 100 ms', service: 'timeout' }]);
    expect(server.requests).toHaveLength(3);
  });

  it('456 stops the engine: no retry, nothing more sent, every later segment fails with the reason', async () => {
    const { server, engine, time, run } = await setup({ quotaCharacters: 3000 }, { limits: { concurrency: 1 } });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: segments(120) }, run);
    expect(server.requests).toHaveLength(2);
    expect(time.sleeps).toEqual([]);
    expect(result.translated.size).toBe(50);
    expect(result.failed).toHaveLength(70);
    expect(result.failed[0]!.reason).toBe('deepl: HTTP 456: quota exceeded (Quota Exceeded); no more DeepL requests in this run');
    expect(result.stopped?.kind).toBe('quota');
    expect(formatSummary(result.summary)).toContain('engine stopped: deepl: HTTP 456');

    const next = await translateSegments(engine, { from: 'de', to: 'it', segments: segments(2) }, run);
    expect(server.requests).toHaveLength(2);
    expect(next.failed.map((f) => f.reason)).toEqual([result.failed[0]!.reason, result.failed[0]!.reason]);
  });

  it('403 is not retried and stops the engine', async () => {
    const { server, run } = await setup();
    const engine = new DeepLEngine({ authKey: 'wrong', baseUrl: server.url, limits: { concurrency: 1 } });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: segments(60) }, run);
    expect(server.requests).toHaveLength(1);
    expect(result.translated.size).toBe(0);
    expect(result.failed).toHaveLength(60);
    expect(result.failed[0]!.reason).toMatch(/^deepl: HTTP 403: Authorization failed/);
    expect(result.stopped?.kind).toBe('auth');
  });

  it('a batch refused as too large (413) is split, not lost', async () => {
    const { server, engine, time, run } = await setup();
    server.script({ status: 413, body: { message: 'Request Entity Too Large' } });
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: segments(10) }, run);
    expect(result.failed).toEqual([]);
    expect(result.translated.size).toBe(10);
    expect(server.requests.map((r) => (r.body as { text: string[] }).text.length)).toEqual([10, 5, 5]);
    expect(time.sleeps).toEqual([]);
  });

  it('a dropped token: the segment is retried alone once, then reported', async () => {
    let calls = 0;
    const { server, engine, run } = await setup({
      // Drops the figure of s2 on its first two appearances: in the batch, and alone.
      transform: (text) => (text.includes('<x>f2</x>') && ++calls <= 2 ? text.replace('<x>f2</x>', '15.000') : text),
    });
    const first = await translateSegments(engine, { from: 'de', to: 'fr', segments: segments(3) }, run);
    expect(first.failed).toEqual([{ id: 's2', reason: 'tokens changed: missing {{f2, figure}} (also when sent on its own)' }]);
    expect(server.requests.map((r) => (r.body as { text: string[] }).text.length)).toEqual([3, 1]);

    calls = 1; // the next try in a batch fails, the solo retry succeeds
    const second = await translateSegments(engine, { from: 'de', to: 'fr', segments: segments(3) }, run);
    expect(second.failed).toEqual([]);
    expect(second.translated.get('s2')).toBe('[fr] Satz {{f2, figure}} Nummer <1>2</1>.');
  });

  it('does not offer Latin or Sanskrit, and picks the host from the key', async () => {
    const engine = new DeepLEngine({ authKey: 'k:fx' });
    expect(engine.supports('de', 'la')).toBe(false);
    expect(engine.supports('sa', 'en')).toBe(false);
    expect(engine.supports('de', 'ja')).toBe(true);
    expect(deeplBaseUrl('abc:fx')).toBe('https://api-free.deepl.com');
    expect(deeplBaseUrl('abc')).toBe('https://api.deepl.com');
    const result = await translateSegments(engine, { from: 'de', to: 'la', segments: segments(2) });
    expect(result.failed.map((f) => f.reason)).toEqual(['deepl does not translate de → la', 'deepl does not translate de → la']);
    expect(result.sent.requests).toBe(0);
  });

  it('sends nothing for a segment that is only figures and tags', async () => {
    const { server, engine, run } = await setup();
    const result = await translateSegments(engine, { from: 'de', to: 'fr', segments: [{ id: 'n', text: '{{f1, figure}} – <1>{{f2, figure}}</1>' }] }, run);
    expect(result.translated.get('n')).toBe('{{f1, figure}} – <1>{{f2, figure}}</1>');
    expect(server.requests).toHaveLength(0);
  });
});
