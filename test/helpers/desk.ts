// A desk over a copy of the sample project (content/, locales/, pipeline/), with three users,
// and a small cookie-keeping client that speaks to the Hono app in process.

import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { createDesk, hashPassword, writeUser, type DeskUser } from '../../src/desk/index.js';
import { LoginLimiter } from '../../src/desk/sessions.js';
import { REPO, tmpProject } from './tmp.js';

export const PASSWORDS = { peng: 'editor-secret-1', marie: 'traductrice-1', luc: 'traducteur-2', yuki: 'honyakusha-1', rita: 'reader-secret-1' } as const;

export const ORIGIN = 'http://127.0.0.1:4310';

/** A copy of the sample project with users: peng (editor), marie and luc (fr), yuki (ja), rita (reader). */
export async function sampleProject(): Promise<string> {
  const dir = tmpProject({}, { withConfig: false });
  for (const folder of ['content', 'locales', 'pipeline']) cpSync(join(REPO, folder), join(dir, folder), { recursive: true });
  await addUsers(dir);
  return dir;
}

export async function addUsers(dir: string): Promise<void> {
  const users: Array<Omit<DeskUser, 'password'>> = [
    { name: 'peng', fullName: 'Peng Bo', role: 'editor', languages: [] },
    { name: 'marie', role: 'translator', languages: ['fr'] },
    { name: 'luc', role: 'translator', languages: ['fr'] },
    { name: 'yuki', role: 'translator', languages: ['ja'] },
    { name: 'rita', role: 'reader', languages: [] },
  ];
  for (const user of users) writeUser(join(dir, '.newsdesk/users.yaml'), { ...user, password: await hashPassword(PASSWORDS[user.name as keyof typeof PASSWORDS]) });
}

export function deskFor(dir: string, options: { limiter?: LoginLimiter } = {}) {
  return createDesk({ root: dir, watch: false, ...options });
}

type App = ReturnType<typeof deskFor>['app'];

/** One browser: keeps the session cookie, sends the page's CSRF token on writes. */
export class Client {
  cookie = '';
  csrf = '';

  constructor(readonly app: App) {}

  async request(path: string, init: RequestInit & { form?: Record<string, string | string[]> } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Origin', ORIGIN);
    if (this.cookie) headers.set('Cookie', this.cookie);
    let body = init.body;
    if (init.form) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(init.form)) for (const v of ([] as string[]).concat(value)) params.append(key, v);
      if (!init.form._csrf && this.csrf) params.set('_csrf', this.csrf);
      body = params;
    }
    const response = await this.app.request(`${ORIGIN}${path}`, { ...init, headers, ...(body !== undefined ? { body } : {}), redirect: 'manual' });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return response;
  }

  async page(path: string): Promise<{ status: number; html: string }> {
    const response = await this.request(path);
    const html = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (token) this.csrf = token;
    return { status: response.status, html };
  }

  async login(name: keyof typeof PASSWORDS): Promise<Response> {
    const response = await this.request('/login', { method: 'POST', form: { name, password: PASSWORDS[name] } });
    await this.page('/jobs');
    return response;
  }
}
