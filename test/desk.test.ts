// The desk in process (Hono's app.request): sign-in and rights, the translator's editor and
// its QA, saves with If-Match, the editor's matrix, acknowledgements and fixes — always
// checked against the files the CLI reads.

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createDesk } from '../src/desk/index.js';
import { LoginLimiter } from '../src/desk/sessions.js';
import { parseReview } from '../src/validate/index.js';
import { runCli } from './helpers/cli.js';
import { Client, deskFor, sampleProject } from './helpers/desk.js';
import { REPO } from './helpers/tmp.js';

const unescape = (html: string) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

interface Locale {
  [key: string]: string;
}
const readLocale = (dir: string, lang: string): Locale => JSON.parse(readFileSync(join(dir, 'locales', lang, 'ki-stadt.json'), 'utf8')) as Locale;
const readState = (dir: string, lang: string) => JSON.parse(readFileSync(join(dir, 'locales', lang, 'ki-stadt.state.json'), 'utf8')) as { keys: Record<string, { state: string }> };

/** A French key whose sentence holds a figure, with its value and placeholder. */
function figureKey(dir: string): { key: string; value: string; placeholder: string } {
  const fr = readLocale(dir, 'fr');
  for (const [key, value] of Object.entries(fr)) {
    const placeholder = /\{\{f\d+, figure\}\}/.exec(value)?.[0];
    if (placeholder && !key.startsWith('meta.')) return { key, value, placeholder };
  }
  throw new Error('no French key with a figure in the sample');
}

describe('desk: people and rights', () => {
  it('signs in with a scrypt-hashed password into an HttpOnly SameSite=Strict session; wrong passwords are limited', async () => {
    const dir = await sampleProject();
    expect(readFileSync(join(dir, '.newsdesk/users.yaml'), 'utf8')).toMatch(/password: scrypt\$16384\$8\$1\$/);
    const desk = deskFor(dir, { limiter: new LoginLimiter(3, 60_000) });
    const browser = new Client(desk.app);
    expect((await browser.request('/translate')).headers.get('location')).toBe('/login');
    for (let i = 0; i < 3; i++) expect((await browser.request('/login', { method: 'POST', form: { name: 'marie', password: 'wrong' } })).status).toBe(401);
    const limited = await browser.request('/login', { method: 'POST', form: { name: 'marie', password: 'traductrice-1' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const other = new Client(deskFor(dir).app);
    const ok = await other.request('/login', { method: 'POST', form: { name: 'marie', password: 'traductrice-1' } });
    expect(ok.status).toBe(303);
    const cookie = ok.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(ok.headers.get('location')).toBe('/translate');
    await desk.close();
  });

  it('refuses writes without the CSRF token or from another origin', async () => {
    const dir = await sampleProject();
    const desk = deskFor(dir);
    const marie = new Client(desk.app);
    await marie.login('marie');
    const { key, value } = figureKey(dir);
    const path = `/translate/ki-stadt/fr/${key}`;
    const noToken = await marie.request(path, { method: 'POST', form: { _csrf: 'x', value: 'pirate', action: 'save' } });
    expect(noToken.status).toBe(403);
    const foreign = await desk.app.request(`http://127.0.0.1:4310${path}`, { method: 'POST', headers: { Origin: 'http://evil.example', Cookie: marie.cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: `value=pirate&_csrf=${marie.csrf}` });
    expect(foreign.status).toBe(403);
    expect(readLocale(dir, 'fr')[key]).toBe(value);
  });

  it('a translator cannot write another language, acknowledge, publish or change jobs; a reader writes nothing', async () => {
    const dir = await sampleProject();
    const desk = deskFor(dir);
    const marie = new Client(desk.app);
    await marie.login('marie');
    const ja = readLocale(dir, 'ja');
    const [key, value] = Object.entries(ja).find(([k]) => !k.startsWith('meta.'))!;
    const page = await marie.page(`/translate/ki-stadt/ja/${key}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('you translate fr, not ja');
    expect(page.html).not.toContain('value="review-next"');
    const etag = /name="etag" value="([^"]+)"/.exec(page.html)![1]!.replace(/&quot;/g, '"');
    const refused = await marie.request(`/translate/ki-stadt/ja/${key}`, { method: 'POST', form: { value: 'こんにちは', etag, action: 'save' } });
    expect(refused.status).toBe(403);
    expect(readLocale(dir, 'ja')[key]).toBe(value);
    const api = await marie.request(`/api/keys/ki-stadt/ja/${key}`, { method: 'PUT', headers: { 'If-Match': etag, 'X-CSRF-Token': marie.csrf, 'Content-Type': 'application/json' }, body: JSON.stringify({ value: 'x' }) });
    expect(api.status).toBe(403);
    expect((await marie.request('/editor/ki-stadt/publish', { method: 'POST', form: { target: 'static' } })).status).toBe(403);
    expect((await marie.request('/editor/ki-stadt/acknowledge', { method: 'POST', form: { rule: 'range-order', line: '22', reason: 'x' } })).status).toBe(403);
    expect((await marie.request('/jobs/inbox/remove', { method: 'POST', form: {} })).status).toBe(403);

    const rita = new Client(desk.app);
    await rita.login('rita');
    const frKey = figureKey(dir).key;
    const frPage = await rita.page(`/translate/ki-stadt/fr/${frKey}`);
    expect(frPage.html).toContain('your role does not write translations');
    expect((await rita.request(`/translate/ki-stadt/fr/${frKey}/comments`, { method: 'POST', form: { text: 'hi' } })).status).toBe(403);
  });
});

describe('desk: the CLI verb', () => {
  it('adds users (password from stdin, hashed) and serves on a free port until SIGTERM', async () => {
    const dir = await sampleProject();
    const refused = await runCli(['desk', 'user', 'add', 'ana', '--role', 'translator'], { cwd: dir, stdin: 'a-long-password\n' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('a translator needs --lang');
    const added = await runCli(['desk', 'user', 'add', 'ana', '--role', 'translator', '--lang', 'es,it'], { cwd: dir, stdin: 'a-long-password\n' });
    expect(added.code).toBe(0);
    const users = readFileSync(join(dir, '.newsdesk/users.yaml'), 'utf8');
    expect(users).toMatch(/- name: ana\n {4}role: translator\n {4}languages: \[ es, it \]\n {4}password: scrypt\$/);
    expect(users).not.toContain('a-long-password');
    const noUsers = await runCli(['desk', '--port', '0', '--users', 'nobody.yaml'], { cwd: dir });
    expect(noUsers.code).toBe(2);
    expect(noUsers.stderr).toContain('nobody.yaml: no users file: add a user first with `newsdesk desk user add NAME --role editor`');
    expect((await runCli(['desk', '--port', 'x'], { cwd: dir })).stderr).toContain('--port must be a port number');
    const child = spawn(process.execPath, [join(REPO, 'dist/cli/bin.js'), 'desk', '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    // A test that times out never reaches its `finally`: the server must not outlive it.
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    try {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      await expect.poll(() => out, { timeout: 30_000 }).toMatch(/newsdesk desk on http:\/\/127\.0\.0\.1:\d+/);
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out)![0];
      const login = await fetch(`${url}/login`);
      expect(login.status).toBe(200);
      expect(await login.text()).toContain('Sign in');
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
  });
});

// Each test builds the sample project (the whole pipeline in process): 10–15 s alone, past 30 s at load 15+.
describe('desk: the translator', { timeout: 120_000 }, () => {
  it('lists every article × language with counts by state, broken keys counted and named', async () => {
    const dir = await sampleProject();
    const { key, value, placeholder } = figureKey(dir);
    const fr = readLocale(dir, 'fr');
    fr[key] = value.replace(placeholder, '{{f99, figure}}');
    writeFileSync(join(dir, 'locales/fr/ki-stadt.json'), `${JSON.stringify(fr, null, 2)}\n`);
    const desk = deskFor(dir);
    const marie = new Client(desk.app);
    await marie.login('marie');
    const list = await marie.page('/translate');
    const row = /<tr data-row="ki-stadt\/fr">([\s\S]*?)<\/tr>/.exec(list.html)![1]!;
    expect(row).toMatch(/data-state="broken"><span class="badge s-broken">broken 1<\/span>/);
    expect(row).toMatch(/data-state="reviewed"><span class="badge s-reviewed">reviewed 66<\/span>/);
    const ru = /<tr data-row="ki-stadt\/ru">([\s\S]*?)<\/tr>/.exec(list.html)![1]!;
    expect(ru).toMatch(/reviewed 67/);
    // The first key needing work is the broken one, and every page names it.
    const start = await marie.request('/translate/ki-stadt/fr');
    expect(start.headers.get('location')).toBe(`/translate/ki-stadt/fr/${key}`);
    const page = await marie.page(`/translate/ki-stadt/fr/${key}`);
    expect(page.html).toMatch(/data-broken-list="true">1 broken key holds fr/);
    expect(page.html).toMatch(/data-problems="true">Broken: [^<]*f99/);
    // The editor's matrix says why French is held, naming the key.
    const peng = new Client(desk.app);
    await peng.login('peng');
    const matrix = await peng.page('/editor');
    const held = /data-hold-reasons="fr">([\s\S]*?)<\/ul>/.exec(matrix.html)![1]!;
    expect(held).toContain(`broken key <a href="/translate/ki-stadt/fr/${key}">${key}</a>`);
    expect(held).toContain('3 validation errors in the source');
    expect(/<ul class="hint" data-validation-errors="true">([\s\S]*?)<\/ul>/.exec(matrix.html)![1]).toContain('<code>range-order</code> 22:59');
  });

  it('shows figures formatted for the target, glossary names and QA that follows the typed text', async () => {
    const dir = await sampleProject();
    const desk = deskFor(dir);
    const marie = new Client(desk.app);
    await marie.login('marie');
    const sheet = desk.context.project.sheet('ki-stadt', 'fr');
    // A sentence with a number of thousands: French groups with a narrow no-break space.
    const row = sheet.rows.find((r) => /\{\{f\d+, figure\}\}/.test(r.value ?? '') && desk.context.project.figures('ki-stadt', r.key, 'fr').some((f) => /\d\u202f\d{3}/.test(f.target)))!;
    const figures = desk.context.project.figures('ki-stadt', row.key, 'fr');
    const big = figures.find((f) => /\d\u202f\d{3}/.test(f.target))!;
    const page = await marie.page(`/translate/ki-stadt/fr/${row.key}`);
    expect(page.html).toContain(`data-figure="${big.id}"`);
    expect(page.html).toContain(`<b>${big.target}</b>`);
    expect(page.html).toContain('QA clean');
    // Typing: the figure placeholder replaced by a wrong number.
    const lost = row.value!.replace(`{{${big.id}, figure}}`, '42');
    const qa = await marie.request(`/translate/ki-stadt/fr/${row.key}/qa`, { method: 'POST', form: { value: lost } });
    const fragment = await qa.text();
    expect(fragment).toContain('qa/figure-lost');
    expect(fragment).toContain(big.source);
    const back = await (await marie.request(`/translate/ki-stadt/fr/${row.key}/qa`, { method: 'POST', form: { value: row.value! } })).text();
    expect(back).toContain('QA clean');
    // Glossary: a sentence naming Shenzhen shows its French name.
    const named = sheet.rows.find((r) => r.source.includes('Shenzhen'))!;
    expect((await marie.page(`/translate/ki-stadt/fr/${named.key}`)).html).toMatch(/Shenzhen → <b>Shenzhen<\/b>/);
  });

  it('saves with the ETag it started from, marks reviewed, goes to the next key, and the CLI sees it at once', async () => {
    const dir = await sampleProject();
    const desk = deskFor(dir);
    const marie = new Client(desk.app);
    await marie.login('marie');
    const { key, value } = figureKey(dir);
    const page = await marie.page(`/translate/ki-stadt/fr/${key}`);
    const etag = /name="etag" value="([^"]+)"/.exec(page.html)![1]!.replace(/&quot;/g, '"');
    const saved = await marie.request(`/translate/ki-stadt/fr/${key}`, { method: 'POST', form: { value: `${value} (révisé)`, etag, action: 'save' } });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/translate/ki-stadt/fr/${key}?saved=saved`);
    expect(readLocale(dir, 'fr')[key]).toBe(`${value} (révisé)`);
    expect(readState(dir, 'fr').keys[key]!.state).toBe('edited');
    const review = await runCli(['review', 'ki-stadt', '--lang', 'fr', '--json'], { cwd: dir });
    const keys = (JSON.parse(review.stdout) as { keys: Array<{ key: string; state: string }> }).keys;
    expect(keys.find((k) => k.key === key)!.state).toBe('edited');

    // Ctrl+Enter's action: reviewed, then the next key.
    const again = await marie.page(`/translate/ki-stadt/fr/${key}`);
    const etag2 = /name="etag" value="([^"]+)"/.exec(again.html)![1]!.replace(/&quot;/g, '"');
    const next = await marie.request(`/translate/ki-stadt/fr/${key}`, { method: 'POST', form: { value: `${value} (révisé)`, etag: etag2, action: 'review-next' } });
    expect(next.status).toBe(303);
    expect(next.headers.get('location')).not.toContain(key);
    expect(readState(dir, 'fr').keys[key]!.state).toBe('reviewed');
  });

  it('two translators saving one key: the second gets 409 with both texts, nothing is overwritten', async () => {
    const dir = await sampleProject();
    const desk = deskFor(dir);
    const a = new Client(desk.app);
    const b = new Client(desk.app);
    await a.login('marie');
    await b.login('peng');
    const { key, value } = figureKey(dir);
    const url = `/api/keys/ki-stadt/fr/${key}`;
    const ga = await a.request(url);
    const gb = await b.request(url);
    expect(ga.headers.get('etag')).toBe(gb.headers.get('etag'));
    const put = (client: Client, text: string, etag: string | null) =>
      client.request(url, { method: 'PUT', headers: { 'If-Match': etag ?? '', 'X-CSRF-Token': client.csrf, 'Content-Type': 'application/json' }, body: JSON.stringify({ value: text }) });
    const first = await put(a, `${value} A`, ga.headers.get('etag'));
    expect(first.status).toBe(200);
    const second = await put(b, `${value} B`, gb.headers.get('etag'));
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({ error: 'conflict', yours: `${value} B`, theirs: `${value} A` });
    expect(readLocale(dir, 'fr')[key]).toBe(`${value} A`);
    const missing = await b.request(url, { method: 'PUT', headers: { 'X-CSRF-Token': b.csrf, 'Content-Type': 'application/json' }, body: JSON.stringify({ value: 'x' }) });
    expect(missing.status).toBe(428);
    // The form shows both texts.
    const page = await b.page(`/translate/ki-stadt/fr/${key}`);
    const staleEtag = gb.headers.get('etag')!;
    expect(unescape(page.html)).toContain(`${value} A`);
    const form = await b.request(`/translate/ki-stadt/fr/${key}`, { method: 'POST', form: { value: `${value} B`, etag: staleEtag, action: 'save' } });
    expect(form.status).toBe(409);
    const html = unescape(await form.text());
    expect(html).toContain(`data-yours="true">${value} B<`);
    expect(html).toContain(`data-theirs="true">${value} A<`);
  });

  it('shows a stale key with the source it was translated from, the change marked', async () => {
    const dir = await sampleProject();
    const file = join(dir, 'content/ki-stadt/index.md');
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('Peking sollte weiterhin');
    writeFileSync(file, source.replace('Peking sollte weiterhin', 'Peking sollte auch weiterhin'));
    const desk = deskFor(dir);
    const marie = new Client(desk.app);
    await marie.login('marie');
    const sheet = desk.context.project.sheet('ki-stadt', 'fr');
    const stale = sheet.rows.find((r) => r.state === 'stale')!;
    expect(stale.previousSource).toContain('Peking sollte weiterhin');
    const page = await marie.page(`/translate/ki-stadt/fr/${stale.key}`);
    expect(page.html).toMatch(/data-stale="true">[\s\S]*<ins>\s*auch\s*<\/ins>/);
    // The CLI says the same.
    const review = JSON.parse((await runCli(['review', 'ki-stadt', '--lang', 'fr', '--json'], { cwd: dir })).stdout) as { keys: Array<{ key: string; state: string }> };
    expect(review.keys.find((k) => k.key === stale.key)!.state).toBe('stale');
  });

  it('tells open pages when a file changed on disk', async () => {
    const dir = await sampleProject();
    const desk = createDesk({ root: dir });
    const seen: string[] = [];
    desk.context.events.onFile((event) => seen.push(event.file));
    const file = join(dir, 'locales/fr/ki-stadt.json');
    writeFileSync(file, readFileSync(file, 'utf8'));
    await expect.poll(() => seen).toContain('locales/fr/ki-stadt.json');
    await desk.close();
  });

  it('keeps comments per key beside the locale file', async () => {
    const dir = await sampleProject();
    const desk = deskFor(dir);
    const marie = new Client(desk.app);
    await marie.login('marie');
    const { key } = figureKey(dir);
    await marie.page(`/translate/ki-stadt/fr/${key}`);
    const res = await marie.request(`/translate/ki-stadt/fr/${key}/comments`, { method: 'POST', form: { text: 'Vérifier le chiffre avec la source.' }, headers: { 'HX-Request': 'true' } });
    expect(await res.text()).toContain('Vérifier le chiffre avec la source.');
    const file = JSON.parse(readFileSync(join(dir, 'locales/fr/ki-stadt.comments.json'), 'utf8')) as { keys: Record<string, Array<{ by: string; text: string }>> };
    expect(file.keys[key]).toEqual([expect.objectContaining({ by: 'marie', text: 'Vérifier le chiffre avec la source.' })]);
  });
});

describe('desk: the editor', { timeout: 120_000 }, () => {
  it('acknowledges a finding into review.yaml with reason and name, keeping what the file had', async () => {
    const dir = await sampleProject();
    writeFileSync(join(dir, 'content/ki-stadt/review.yaml'), '# accepted findings\n');
    const desk = deskFor(dir);
    const peng = new Client(desk.app);
    await peng.login('peng');
    const page = await peng.page('/editor/ki-stadt');
    expect(page.html).toContain('data-finding="range-order:22"');
    const res = await peng.request('/editor/ki-stadt/acknowledge', { method: 'POST', form: { rule: 'range-order', line: '22', reason: 'quoted as published by the source' } });
    expect(res.status).toBe(200);
    const text = readFileSync(join(dir, 'content/ki-stadt/review.yaml'), 'utf8');
    expect(text.startsWith('# accepted findings\n')).toBe(true);
    expect(parseReview(text, 'review.yaml')).toEqual([expect.objectContaining({ rule: 'range-order', line: 22, reason: 'quoted as published by the source', by: 'Peng Bo' })]);
    const html = await res.text();
    expect(html).toMatch(/data-finding="range-order:22" data-severity="error" data-acknowledged="yes"/);
    const validate = await runCli(['validate', 'ki-stadt', '--json'], { cwd: dir });
    const messages = (JSON.parse(validate.stdout) as { messages: Array<{ ruleId: string; acknowledged?: boolean }> }).messages;
    expect(messages.find((m) => m.ruleId === 'range-order')!.acknowledged).toBe(true);
  });

  it('applies a rule’s fix to the article', async () => {
    const dir = await sampleProject();
    const file = join(dir, 'content/ki-stadt/index.md');
    const source = readFileSync(file, 'utf8');
    const lines = source.split('\n');
    const at = lines.findIndex((l, i) => i > 12 && /\w\.$/.test(l));
    lines[at] = lines[at]!.replace(/\.$/, ' .');
    writeFileSync(file, lines.join('\n'));
    const desk = deskFor(dir);
    const peng = new Client(desk.app);
    await peng.login('peng');
    const page = await peng.page('/editor/ki-stadt');
    const form = new RegExp(`data-finding="space-before-punctuation:${at + 1}"[\\s\\S]*?action="/editor/ki-stadt/fix"[\\s\\S]*?name="column" value="(\\d+)"[\\s\\S]*?name="digest" value="([0-9a-f]+)"`).exec(page.html)!;
    const res = await peng.request('/editor/ki-stadt/fix', { method: 'POST', form: { rule: 'space-before-punctuation', line: String(at + 1), column: form[1]!, digest: form[2]! } });
    expect(res.status).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe(source);
  });

  it('previews a held language with a banner naming why', async () => {
    const dir = await sampleProject();
    const desk = deskFor(dir);
    const peng = new Client(desk.app);
    await peng.login('peng');
    const page = await peng.page('/editor/ki-stadt/preview/fr');
    expect(page.html).toMatch(/data-banner="held"><b>Held — not published.<\/b> 3 validation errors in the source/);
    const frame = await peng.request('/editor/ki-stadt/page/fr');
    expect(frame.status).toBe(200);
    expect(frame.headers.get('content-security-policy')).toContain('sandbox');
    expect(await frame.text()).toContain('<html lang="fr"');
  });
});
