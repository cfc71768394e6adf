// The desk: `newsdesk desk` serves a web app on 127.0.0.1 where translators review and
// editors decide, over the same files and state store as the CLI (see README.md here).
// `createDesk` builds it without listening (tests, the bench); `startDesk` listens.

import { statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { resolve } from 'node:path';
import { Errors, fail } from '../errors/index.js';
import { createDeskApp } from './app.js';
import type { DeskContext } from './context.js';
import { DeskEvents } from './events.js';
import { JobRunner } from './jobs.js';
import { DeskProject } from './project.js';
import { LoginLimiter, Sessions } from './sessions.js';
import { loadUsers, type DeskUser } from './users.js';

export { hashPassword, loadUsers, parseUsers, writeUser, verifyPassword, ROLES, type Role } from './users.js';
export type { DeskUser };
export { DeskProject } from './project.js';

export const DEFAULT_USERS_FILE = '.newsdesk/users.yaml';

export interface DeskOptions {
  /** The project root (content/, locales/, pipeline/). */
  root: string;
  usersFile?: string;
  jobsFile?: string;
  /** Watch the project's folders and tell open pages about changed files (default true). */
  watch?: boolean;
  limiter?: LoginLimiter;
}

export interface Desk {
  app: ReturnType<typeof createDeskApp>;
  context: DeskContext;
  close(): Promise<void>;
}

export function createDesk(options: DeskOptions): Desk {
  const project = new DeskProject(options.root);
  const usersFile = resolve(options.root, options.usersFile ?? DEFAULT_USERS_FILE);
  const shownUsers = options.usersFile ?? DEFAULT_USERS_FILE;
  loadUsers(usersFile, shownUsers);
  const folders = options.watch === false ? [] : [project.path(project.config.paths.content), project.path(project.config.paths.locales), project.path('pipeline')];
  const events = new DeskEvents(project.root, folders);
  // Read again whenever the file changes (a user added with the CLI signs in at once).
  let users: { stamp: string; list: DeskUser[] } | undefined;
  const stampOf = () => {
    try {
      const s = statSync(usersFile);
      return `${s.mtimeMs}:${s.size}:${s.ino}`;
    } catch {
      return 'absent';
    }
  };
  const context: DeskContext = {
    project,
    users: () => {
      const stamp = stampOf();
      if (users?.stamp !== stamp) users = { stamp, list: loadUsers(usersFile, shownUsers) };
      return users.list;
    },
    sessions: new Sessions(),
    limiter: options.limiter ?? new LoginLimiter(),
    events,
    jobs: new JobRunner(project.config, project.root, events, options.jobsFile),
  };
  const app = createDeskApp(context);
  return {
    app,
    context,
    async close() {
      await context.jobs.settle();
      events.close();
    },
  };
}

export interface RunningDesk extends Desk {
  url: string;
  port: number;
}

/** Listen on `host:port` (port 0: a free one). */
export async function startDesk(options: DeskOptions & { host?: string; port?: number }): Promise<RunningDesk> {
  const desk = createDesk(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ServerType>((resolvePromise, reject) => {
    const s = serve({ fetch: desk.app.fetch, hostname: host, port: options.port ?? 4310 });
    s.once('listening', () => resolvePromise(s));
    s.once('error', (error: NodeJS.ErrnoException) => reject(error));
  }).catch((error: NodeJS.ErrnoException) => {
    void desk.close();
    fail(Errors.DeskListen, `cannot listen on ${host}:${options.port ?? 4310}: ${error.code ?? error.message}`);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    ...desk,
    url: `http://${host}:${port}`,
    port,
    async close() {
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await new Promise<void>((done) => server.close(() => done()));
      await desk.close();
    },
  };
}
