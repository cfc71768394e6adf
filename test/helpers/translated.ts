// A temporary project with the translate-workflow fixture (content/rechenzentren/index.md)
// machine-translated through the loopback OpenAI-compatible server, and the readers the
// exchange-format tests share.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from './cli.js';
import { startOpenAiServer } from './loopback/openai.js';
import type { LoopbackServer } from './loopback/server.js';
import { REPO, tmpProject } from './tmp.js';

export const FIXTURE_ARTICLE = 'content/rechenzentren/index.md';

export async function translatedProject(servers: LoopbackServer[], options: { to?: string; files?: Record<string, string> } = {}) {
  const server = await startOpenAiServer();
  servers.push(server);
  const dir = tmpProject({ [FIXTURE_ARTICLE]: readFileSync(join(REPO, 'test/fixtures/translate-workflow/rechenzentren.md'), 'utf8'), ...options.files });
  const cli = (args: string[]) => runCli(args, { cwd: dir, env: { ...process.env, OPENAI_API_KEY: '' } });
  expect((await cli(['translate', 'rechenzentren', '--to', options.to ?? 'fr', '--base-url', `${server.url}/v1`, '--model', 'newsdesk-test'])).code).toBe(0);
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
  const source = JSON.parse(read('locales/de/rechenzentren.json')) as Record<string, string>;
  /** The key of the source sentence starting with `prefix`. */
  const keyOf = (prefix: string) => Object.entries(source).find(([, v]) => v.startsWith(prefix))![0];
  const files = () => ({ locale: read('locales/fr/rechenzentren.json'), state: read('locales/fr/rechenzentren.state.json') });
  const locale = () => JSON.parse(read('locales/fr/rechenzentren.json')) as Record<string, string>;
  const state = () => JSON.parse(read('locales/fr/rechenzentren.state.json')) as { keys: Record<string, { state: string }>; notes?: Record<string, string> };
  return { dir, cli, read, write, keyOf, files, locale, state };
}
