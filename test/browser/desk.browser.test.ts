// The desk as people use it, in Debian's Chromium (playwright-core, no downloaded browser):
// a translator fixes a lost figure and watches QA turn clean, then marks the sentence
// reviewed (Ctrl+Enter); an editor acknowledges findings and publishes; two translators
// collide on one key; a translator is refused another language. Screenshots of both views
// go to .newsdesk/test-results/ (the README's come from there).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskProject, startDesk, type RunningDesk } from '../../src/desk/index.js';
import { PASSWORDS, sampleProject } from '../helpers/desk.js';
import { REPO } from '../helpers/tmp.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(REPO, '.newsdesk/test-results');
const available = existsSync(CHROMIUM);
if (!available) console.warn(`desk browser tests skipped: no Chromium at ${CHROMIUM} (scripts/browser-install.sh installs it)`);

type Locale = Record<string, string>;
const locale = (dir: string, lang: string): Locale => JSON.parse(readFileSync(join(dir, 'locales', lang, 'ki-stadt.json'), 'utf8')) as Locale;
const state = (dir: string, lang: string) => (JSON.parse(readFileSync(join(dir, 'locales', lang, 'ki-stadt.state.json'), 'utf8')) as { keys: Record<string, { state: string }> }).keys;

/** A French sentence with a figure of thousands (its chip shows the French grouping, `15 000`). */
function figureKey(dir: string): { key: string; value: string; placeholder: string } {
  const project = new DeskProject(dir);
  for (const [key, value] of Object.entries(locale(dir, 'fr'))) {
    if (key.startsWith('meta.')) continue;
    const big = project.figures('ki-stadt', key, 'fr').find((f) => /\d\u202f\d{3}/.test(f.target));
    if (big && value.includes(`{{${big.id}, figure}}`)) return { key, value, placeholder: `{{${big.id}, figure}}` };
  }
  throw new Error('no French key with a figure of thousands');
}

describe.skipIf(!available)('the desk in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let desk: RunningDesk;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = async (project: string) => {
    dir = project;
    desk = await startDesk({ root: dir, port: 0 });
    return desk;
  };
  const signIn = async (name: keyof typeof PASSWORDS): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${desk.url}/login`);
    await page.fill('#name', name);
    await page.fill('#password', PASSWORDS[name]);
    await Promise.all([page.waitForURL(/\/(translate|editor)$/), page.click('button[type=submit]')]);
    return page;
  };

  it('a translator fixes a lost figure, watches QA turn clean and marks the sentence reviewed', async () => {
    const project = await sampleProject();
    const { key, value, placeholder } = figureKey(project);
    const fr = locale(project, 'fr');
    fr[key] = value.replace(placeholder, '42');
    writeFileSync(join(project, 'locales/fr/ki-stadt.json'), `${JSON.stringify(fr, null, 2)}\n`);
    await open(project);
    try {
      const page = await signIn('marie');
      await expect.poll(() => page.locator('tr[data-row="ki-stadt/fr"] td[data-state="broken"]').innerText()).toContain('broken 1');
      await page.click('tr[data-row="ki-stadt/fr"] a');
      await page.waitForURL(new RegExp(`/translate/ki-stadt/fr/${key}$`));
      await expect.poll(() => page.locator('#qa').innerText()).toContain('qa/figure-lost');
      await page.screenshot({ path: join(SHOTS, 'desk-translator.png'), fullPage: false });
      // The fix: the figure's placeholder back where the wrong number was.
      await page.fill('textarea[data-target]', value);
      await page.locator('textarea[data-target]').press('End');
      await expect.poll(() => page.locator('#qa').innerText(), { timeout: 10_000 }).toContain('QA clean');
      await page.locator('[data-qa="clean"]').waitFor();
      await Promise.all([page.waitForURL(/saved=reviewed/), page.locator('textarea[data-target]').press('Control+Enter')]);
      expect(page.url()).not.toContain(key);
      expect(locale(dir, 'fr')[key]).toBe(value);
      expect(state(dir, 'fr')[key]!.state).toBe('reviewed');
      await page.goto(`${desk.url}/translate`);
      await expect.poll(() => page.locator('tr[data-row="ki-stadt/fr"] td[data-state="broken"]').innerText()).toBe('0');
    } finally {
      await desk.close();
    }
  });

  it('an editor acknowledges the findings and publishes, with the result per target', async () => {
    await open(await sampleProject());
    try {
      const page = await signIn('peng');
      await expect.poll(() => page.locator('[data-testid="matrix"] td[data-lang="fr"]').getAttribute('data-held')).toBe('yes');
      await page.click('a[href="/editor/ki-stadt"]');
      await page.screenshot({ path: join(SHOTS, 'desk-editor.png'), fullPage: false });
      const open = page.locator('li[data-severity="error"][data-acknowledged="no"] form[action$="/acknowledge"]');
      const reasons = ['quoted as published by the source', 'the third city is named in the next paragraph', 'the source report names three values'];
      for (let i = 0; (await open.count()) > 0 && i < 5; i++) {
        const form = open.first();
        await form.locator('input[name="reason"]').fill(reasons[i % reasons.length]!);
        await Promise.all([page.waitForLoadState('load'), form.locator('button').click()]);
        await page.locator('[data-flash]').waitFor();
      }
      expect(await open.count()).toBe(0);
      const review = readFileSync(join(dir, 'content/ki-stadt/review.yaml'), 'utf8');
      expect(review).toContain('by: Peng Bo');
      expect(review).toContain('reason: quoted as published by the source');
      await expect.poll(() => page.locator('td[data-lang="fr"]').first().getAttribute('data-held')).toBe('no');
      await Promise.all([page.waitForLoadState('load'), page.click('form[action$="/publish"] button[type=submit]')]);
      await page.locator('[data-publish-result]').waitFor();
      expect(await page.locator('tr[data-outcome="static/fr"]').innerText()).toContain('created');
      expect(existsSync(join(dir, 'output/site/ki-stadt/fr.html'))).toBe(true);
      // Jobs: run one now and watch its progress arrive (server-sent events).
      await page.goto(`${desk.url}/jobs`);
      await Promise.all([page.waitForLoadState('load'), page.click('tr[data-job="inbox"] button.primary')]);
      await expect.poll(() => page.locator('[data-job-log]').innerText(), { timeout: 30_000 }).toMatch(/inbox run-done status=ran/);
    } finally {
      await desk.close();
    }
  });

  it('two translators save one key: the second sees both texts, nothing is overwritten', async () => {
    const project = await sampleProject();
    const { key, value } = figureKey(project);
    await open(project);
    try {
      const a = await signIn('marie');
      const b = await signIn('luc');
      await a.goto(`${desk.url}/translate/ki-stadt/fr/${key}`);
      await b.goto(`${desk.url}/translate/ki-stadt/fr/${key}`);
      await a.fill('textarea[data-target]', `${value} (Marie)`);
      await Promise.all([a.waitForURL(/saved=saved/), a.click('button[value="save"]')]);
      await b.fill('textarea[data-target]', `${value} (Luc)`);
      await Promise.all([b.waitForLoadState('load'), b.click('button[value="save"]')]);
      await b.locator('[data-conflict]').waitFor();
      expect(await b.locator('[data-yours]').innerText()).toBe(`${value} (Luc)`);
      expect(await b.locator('[data-theirs]').innerText()).toBe(`${value} (Marie)`);
      expect(locale(dir, 'fr')[key]).toBe(`${value} (Marie)`);
    } finally {
      await desk.close();
    }
  });

  it('a translator is refused another language', async () => {
    const project = await sampleProject();
    await open(project);
    try {
      const page = await signIn('marie');
      const [key, value] = Object.entries(locale(project, 'ja')).find(([k]) => !k.startsWith('meta.'))!;
      await page.goto(`${desk.url}/translate/ki-stadt/ja/${key}`);
      expect(await page.locator('[data-readonly]').innerText()).toContain('you translate fr, not ja');
      expect(await page.locator('button[value="save"]').count()).toBe(0);
      expect(await page.locator('textarea[data-target]').getAttribute('readonly')).not.toBeNull();
      // Even a hand-made request with the session's own CSRF token is refused.
      const status = await page.evaluate(async (url) => {
        const form = document.querySelector('form[data-key-editor]') as HTMLFormElement;
        const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
        body.set('value', '改竄');
        body.set('action', 'save');
        return (await fetch(url, { method: 'POST', body })).status;
      }, `${desk.url}/translate/ki-stadt/ja/${key}`);
      expect(status).toBe(403);
      expect(locale(dir, 'ja')[key]).toBe(value);
    } finally {
      await desk.close();
    }
  });
});
