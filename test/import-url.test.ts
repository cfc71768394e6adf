import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { startPageServer, type PageServer } from './helpers/loopback/pages.js';
import { tmpProject } from './helpers/tmp.js';

const article = (title: string, extra = '') => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${title} | Tagesblatt</title>${extra}</head>
<body><nav><a href="/">Startseite</a> <a href="/wirtschaft">Wirtschaft</a></nav>
<article><h1>${title}</h1>
<p>Die Stadtwerke von Köln investieren in diesem Jahr 4,2 Milliarden Euro in neue Leitungen und Speicher für die Region.</p>
<figure><img src="/a.jpg"><figcaption>Baustelle in Köln-Mülheim. Foto: Max Muster</figcaption></figure>
<p>Über 15.000 Haushalte sollen bis zum Herbst angeschlossen sein, teilte das Unternehmen am Montag mit.</p>
<p>Lesen Sie auch: Warum die Strompreise im Rheinland steigen</p>
</article><footer>© 2024 Tagesblatt · Impressum</footer></body></html>`;

/** "Größere Übergänge" in windows-1252: ö = F6, Ü = DC, ß = DF, ä = E4. */
const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer({
    '/artikel': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: article('Köln baut sein Netz aus', '<link rel="canonical" href="https://tagesblatt.example/artikel/koeln-netz">') },
    '/alt': { status: 301, headers: { location: '/artikel' } },
    '/loop-a': { status: 302, headers: { location: '/loop-b' } },
    '/loop-b': { status: 302, headers: { location: '/loop-a' } },
    '/r1': { status: 302, headers: { location: '/r2' } }, '/r2': { status: 302, headers: { location: '/r3' } }, '/r3': { status: 302, headers: { location: '/r4' } },
    '/r4': { status: 302, headers: { location: '/r5' } }, '/r5': { status: 302, headers: { location: '/r6' } }, '/r6': { status: 302, headers: { location: '/artikel' } },
    '/ftp': { status: 302, headers: { location: 'ftp://files.example/page.html' } },
    '/latin-header': { headers: { 'content-type': 'text/html; charset=windows-1252' }, body: latin1(article('Größere Übergänge für Köln')) },
    '/latin-meta': { headers: { 'content-type': 'text/html' }, body: latin1(article('Größere Übergänge für Köln').replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')) },
    '/bad-utf8': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: latin1(article('Größere Übergänge')) },
    '/plain': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Köln baut sein Netz aus\n\n2. August 2024\n\nDie Stadtwerke von Köln investieren in diesem Jahr 4,2 Milliarden Euro in neue Leitungen und Speicher, die das Netz der Stadt stabiler machen sollen.\n\nHerausgeber: Peng Bo\n' },
    '/image': { headers: { 'content-type': 'image/png' }, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    '/gone': { status: 404 },
    '/slow': { hang: true },
    '/huge': { headers: { 'content-type': 'text/html', 'content-length': String(100 * 1024 * 1024) }, body: '' },
    '/stream': { headers: { 'content-type': 'text/html' }, body: `<p>${'x'.repeat(64 * 1024)}</p>`, chunks: 200 },
  });
});
afterAll(() => server.close());

describe('import by URL (loopback HTTP)', () => {
  it('fetches a page, follows a redirect and keeps the canonical address as the source', async () => {
    const dir = tmpProject();
    const result = await runCli(['import', `${server.base}/alt`, '--json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.frontmatter).toMatchObject({ title: 'Köln baut sein Netz aus', lang: 'de', source: 'https://tagesblatt.example/artikel/koeln-netz' });
    const written = readFileSync(join(dir, printed.path), 'utf8');
    expect(written).toContain('Über 15.000 Haushalte sollen bis zum Herbst angeschlossen sein');
    for (const furniture of ['Startseite', 'Baustelle', 'Lesen Sie auch', 'Impressum']) expect(written).not.toContain(furniture);
    expect(server.requests.map((r) => r.path)).toContain('/alt');
    expect(server.requests.find((r) => r.path === '/artikel')?.headers['user-agent']).toMatch(/^newsdesk/);
  });

  it('reads the charset from the Content-Type header and from <meta>', async () => {
    for (const path of ['/latin-header', '/latin-meta']) {
      const dir = tmpProject();
      const result = await runCli(['import', `${server.base}${path}`, '--json'], { cwd: dir });
      expect(result.stderr, path).toBe('');
      expect(JSON.parse(result.stdout).frontmatter.title, path).toBe('Größere Übergänge für Köln');
      expect(JSON.parse(result.stdout).frontmatter.source, path).toBe(`${server.base}${path}`);
    }
  });

  it('imports a text/plain page with the text reader', async () => {
    const dir = tmpProject();
    const result = await runCli(['import', `${server.base}/plain`, '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).frontmatter).toMatchObject({ title: 'Köln baut sein Netz aus', date: '2024-08-02', credits: { editor: 'Peng Bo' } });
  });

  const failures: Array<[string, string[], RegExp]> = [
    ['HTTP 404', ['/gone'], /cannot fetch http:\/\/127\.0\.0\.1:\d+\/gone: HTTP 404 Not Found — check the address/],
    ['no answer in time', ['/slow', '--timeout', '300'], /cannot fetch .*\/slow: no answer within 300 ms/],
    ['a declared size over the limit', ['/huge'], /cannot fetch .*\/huge: 104857600 bytes, more than the limit of 8388608/],
    ['a streamed body over the limit', ['/stream'], /cannot fetch .*\/stream: more than the limit of 8388608 bytes/],
    ['a redirect loop', ['/loop-a'], /cannot fetch .*\/loop-a: redirect loop at .*\/loop-a/],
    ['too many redirects', ['/r1'], /cannot fetch .*\/r1: more than 5 redirects/],
    ['a redirect to another scheme', ['/ftp'], /cannot fetch .*\/ftp: redirected to `ftp:\/\/files\.example\/page\.html`, which is not an http or https address/],
    ['not a web page', ['/image'], /cannot fetch .*\/image: the answer is `image\/png`, not a web page/],
    ['bytes that break the declared charset', ['/bad-utf8'], /cannot fetch .*\/bad-utf8: the page is not valid utf-8 \(declared by the Content-Type header\)/],
  ];
  for (const [name, [path, ...flags], expected] of failures) {
    it(`${name}: one line, exit 2, nothing written`, async () => {
      const dir = tmpProject();
      const result = await runCli(['import', `${server.base}${path}`, ...flags], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(expected);
      expect(readdirSync(dir).sort()).toEqual(['pipeline']);
    });
  }

  it('refuses addresses that are not http or https', async () => {
    const dir = tmpProject();
    const result = await runCli(['import', 'ftp://files.example/page.html'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/`ftp:\/\/files\.example\/page\.html` is not an http or https address/);
    expect((await runCli(['import', `${server.base}/artikel`, '--timeout', 'soon'], { cwd: dir })).stderr).toMatch(/--timeout is a number of milliseconds/);
  });
});

describe('import --explain', () => {
  it('lists what was left out of the page and why', async () => {
    const dir = tmpProject();
    const result = await runCli(['import', `${server.base}/artikel`, '--explain'], { cwd: dir });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(join('content', 'koeln-baut-sein-netz-aus', 'index.md'));
    expect(result.stdout).toMatch(/caption\s+"Baustelle in Köln-Mülheim\. Foto: Max Muster"/);
    expect(result.stdout).toMatch(/related\s+"Lesen Sie auch: Warum die Strompreise im Rheinland steigen"/);
    expect(result.stdout).toMatch(/navigation\s+"Startseite Wirtschaft"/);
    expect(result.stdout).toMatch(/words dropped by reason:/);

    const json = await runCli(['import', `${server.base}/artikel`, '--explain', '--json', '--force'], { cwd: dir });
    const dropped = JSON.parse(json.stdout).dropped as Array<{ reason: string; text: string }>;
    expect(dropped).toContainEqual({ reason: 'caption', text: 'Baustelle in Köln-Mülheim. Foto: Max Muster' });
  });
});

describe("the scheduler's page sources use the same door", () => {
  it('a page: source decodes the charset the page declares in <meta>, and follows redirects', async () => {
    const { openStore } = await import('../src/store/index.js');
    const { fetchSource } = await import('../src/schedule/sources/http.js');
    const dir = tmpProject();
    const store = openStore(join(dir, 'state.db'));
    try {
      const fetched = await fetchSource(`${server.base}/latin-meta`, { timeoutMs: 2000, maxBytes: 1_000_000, store });
      expect(fetched.status).toBe('ok');
      if (fetched.status === 'ok') expect(fetched.body).toContain('<h1>Größere Übergänge für Köln</h1>');
      const redirected = await fetchSource(`${server.base}/alt`, { timeoutMs: 2000, maxBytes: 1_000_000, store });
      expect(redirected.status === 'ok' && redirected.url).toBe(`${server.base}/artikel`);
      await expect(fetchSource(`${server.base}/loop-a`, { timeoutMs: 2000, maxBytes: 1_000_000, store })).rejects.toThrow(/redirect loop/);
    } finally {
      store.close();
    }
  });
});
