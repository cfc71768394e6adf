// The desk's section of `npm run bench`: server time (the Hono app handling a request in
// process, no network) of the pages people wait for, on a copy of the sample project —
// the French key editor (target < 200 ms) and the QA of a typed translation (target
// < 100 ms), warm (after the first request, as a translator works), with the editor's pages
// beside them. Run alone: `node dist/bench/desk.js`.

import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDesk, hashPassword, writeUser } from '../desk/index.js';
import { formatTable } from '../pipeline/table.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const ORIGIN = 'http://127.0.0.1:4310';

interface Timing {
  what: string;
  median: number;
  p95: number;
  first: number;
  target?: number;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export async function benchDesk(rounds = 30): Promise<Timing[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-desk-bench-'));
  try {
    for (const folder of ['content', 'locales', 'pipeline']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    const password = 'bench-password-1';
    writeUser(join(dir, '.newsdesk/users.yaml'), { name: 'bench', role: 'editor', languages: [], password: await hashPassword(password) });
    const desk = createDesk({ root: dir, watch: false });
    let cookie = '';
    const request = async (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('Origin', ORIGIN);
      if (cookie) headers.set('Cookie', cookie);
      const response = await desk.app.request(`${ORIGIN}${path}`, { ...init, headers, redirect: 'manual' });
      const set = response.headers.get('set-cookie');
      if (set) cookie = set.split(';')[0]!;
      return response;
    };
    await request('/login', { method: 'POST', body: new URLSearchParams({ name: 'bench', password }) });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await (await request('/jobs')).text())?.[1] ?? '';
    const fr = JSON.parse(readFileSync(join(dir, 'locales/fr/ki-stadt.json'), 'utf8')) as Record<string, string>;
    const [key, value] = Object.entries(fr).find(([k, v]) => !k.startsWith('meta.') && /\{\{f\d+, figure\}\}/.test(v))!;
    const typed = value.replace(/\{\{f\d+, figure\}\}/, '42');

    const time = async (what: string, run: () => Promise<Response>, target?: number): Promise<Timing> => {
      const t0 = performance.now();
      const first = await run();
      if (first.status >= 400) throw new Error(`${what}: HTTP ${first.status}`);
      await first.text();
      const firstMs = performance.now() - t0;
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const start = performance.now();
        await (await run()).text();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return { what, median: quantile(times, 0.5), p95: quantile(times, 0.95), first: firstMs, ...(target !== undefined ? { target } : {}) };
    };
    const qaBody = () => new URLSearchParams({ value: typed, _csrf: csrf });
    const timings = [
      await time('French key editor page', () => request(`/translate/ki-stadt/fr/${key}`), 200),
      await time('QA of a typed translation', () => request(`/translate/ki-stadt/fr/${key}/qa`, { method: 'POST', body: qaBody() }), 100),
      await time('translation list (13 languages)', () => request('/translate')),
      await time('article × language matrix', () => request('/editor')),
      await time('article page (findings beside the text)', () => request('/editor/ki-stadt')),
      await time('French preview', () => request('/editor/ki-stadt/preview/fr')),
    ];
    await desk.close();
    return timings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatDeskBench(timings: readonly Timing[]): string {
  const rows = timings.map((t) => [t.what, t.first.toFixed(0), t.median.toFixed(1), t.p95.toFixed(1), t.target === undefined ? '' : `< ${t.target} ${t.p95 < t.target ? 'met' : 'MISSED'}`]);
  return `\ndesk: server time per request (ms, in process, warm: ${'median and p95 of 30 after the first'})\n${formatTable(['request', 'first', 'median', 'p95', 'target (p95)'], rows)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.stdout.write(formatDeskBench(await benchDesk()));
}
