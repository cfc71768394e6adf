// Interruptions: `newsdesk translate` in a child process, killed with SIGKILL while a slow
// loopback server is answering. Every file left behind is valid JSON, no translator edit is
// lost, and the next run sends exactly what was not yet written — no finished segment twice.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { LANGUAGES } from '../src/lang/codes.js';
import { keyState, LanguageFiles } from '../src/translate/workflow/index.js';
import { runCli } from './helpers/cli.js';
import { startOpenAiServer } from './helpers/loopback/openai.js';
import type { LoopbackServer } from './helpers/loopback/server.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const servers: LoopbackServer[] = [];
const scratch: string[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
  while (scratch.length) rmSync(scratch.pop()!, { recursive: true, force: true });
});

const TARGETS = LANGUAGES.filter((lang) => lang !== 'de');

/** Runs the CLI from the TypeScript sources in a child process (vite's module runner, as vitest does). */
function childScript(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-child-'));
  scratch.push(dir);
  const file = join(dir, 'cli.mjs');
  writeFileSync(
    file,
    `import { createServer, createServerModuleRunner } from ${JSON.stringify(import.meta.resolve('vite'))};
const server = await createServer({ root: ${JSON.stringify(REPO)}, configFile: false, logLevel: 'silent', appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null }, optimizeDeps: { noDiscovery: true, include: [] } });
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
const { main } = await runner.import('/src/cli/index.ts');
const { processIO } = await runner.import('/src/cli/io.ts');
process.stderr.write('ready\\n');
process.exitCode = await main(process.argv.slice(2), processIO());
await server.close();
`,
  );
  return file;
}

// The child loads the whole CLI first: seconds alone, more than 25 s at load 20.
async function until(condition: () => boolean, what: string, timeoutMs = 90_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

it('loses no finished segment and no translator edit when killed with SIGKILL mid-run', { timeout: 180_000 }, async () => {
  const server = await startOpenAiServer();
  servers.push(server);
  server.setDelay(120);
  const dir = tmpProject({ 'content/rechenzentren/index.md': readFileSync(join(REPO, 'test/fixtures/translate-workflow/rechenzentren.md'), 'utf8') });
  const config = readFileSync(join(dir, 'pipeline/config.yaml'), 'utf8').replace(
    '  engines: {}',
    `  engines:\n    slow: { type: openai, baseUrl: "${server.url}/v1", model: newsdesk-test, limits: { maxSegmentsPerRequest: 2, concurrency: 2 } }`,
  );
  writeFileSync(join(dir, 'pipeline/config.yaml'), config);
  // A translator's French, written by hand before the run.
  const human = { 'meta.section': 'Enquête', 'meta.category': 'Actualité' };
  const localesFr = join(dir, 'locales/fr');
  mkdirSync(localesFr, { recursive: true });
  writeFileSync(join(localesFr, 'rechenzentren.json'), `${JSON.stringify(human, null, 2)}\n`);

  const child = spawn(process.execPath, [pathToFileURL(childScript()).pathname, 'translate', 'rechenzentren', '--engine', 'slow', '--json'], { cwd: dir, env: { ...process.env, OPENAI_API_KEY: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // 13 languages × 12 keys (fr: 10) in batches of 2: ~77 requests. Kill somewhere in the middle.
  await until(() => server.requests.length >= 20 || child.exitCode !== null, 'requests from the child');
  child.kill('SIGKILL');
  expect(await exited).toBeNull();
  expect(stderr).toBe('ready\n');

  // Every file is valid JSON; no temp file is read as a locale file.
  let finished = 0;
  const order = Object.keys(JSON.parse(readFileSync(join(dir, 'locales/de/rechenzentren.json'), 'utf8')) as Record<string, string>);
  const source = JSON.parse(readFileSync(join(dir, 'locales/de/rechenzentren.json'), 'utf8')) as Record<string, string>;
  for (const lang of TARGETS) {
    const folder = join(dir, 'locales', lang);
    for (const name of existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.json')) : []) {
      expect(() => JSON.parse(readFileSync(join(dir, 'locales', lang, name), 'utf8')), `${lang}/${name}`).not.toThrow();
    }
    const files = new LanguageFiles(join(dir, 'locales'), 'rechenzentren', 'de', lang, order);
    for (const key of order) if (keyState(files.resource[key], files.state.keys[key], source[key]!) === 'machine') finished += 1;
  }
  expect(finished).toBeGreaterThan(0);
  expect(finished).toBeLessThan(13 * 12 - 2);
  const fr = JSON.parse(readFileSync(join(localesFr, 'rechenzentren.json'), 'utf8')) as Record<string, string>;
  expect(fr).toMatchObject(human);

  // The next run sends exactly what is missing, and finishes every language.
  server.setDelay(0);
  const before = server.requests.length;
  const again = await runCli(['translate', 'rechenzentren', '--engine', 'slow', '--json'], { cwd: dir, env: { ...process.env, OPENAI_API_KEY: '' } });
  expect(again.code).toBe(0);
  const report = JSON.parse(again.stdout) as { sent: { segments: number } };
  expect(report.sent.segments).toBe(13 * 12 - 2 - finished);
  const sentIds = server.requests.slice(before).flatMap((r) => (JSON.parse((r.body as { messages: Array<{ content: string }> }).messages.at(-1)!.content) as { segments: Array<{ id: string }> }).segments.map((s) => s.id));
  expect(sentIds).toHaveLength(13 * 12 - 2 - finished);
  for (const lang of TARGETS) {
    const values = JSON.parse(readFileSync(join(dir, 'locales', lang, 'rechenzentren.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(values), lang).toEqual(order);
  }
  expect(JSON.parse(readFileSync(join(localesFr, 'rechenzentren.json'), 'utf8'))).toMatchObject(human);
});
