// What every route of the desk shares: the project, the people, sessions, the change feed
// and the job runner; and the Hono environment (the signed-in user and session).

import type { DeskEvents } from './events.js';
import type { JobRunner } from './jobs.js';
import type { DeskProject } from './project.js';
import type { LoginLimiter, Session, Sessions } from './sessions.js';
import type { DeskUser } from './users.js';

export interface DeskContext {
  project: DeskProject;
  /** The users file, read on every login (a user added with the CLI can sign in at once). */
  users(): DeskUser[];
  sessions: Sessions;
  limiter: LoginLimiter;
  events: DeskEvents;
  jobs: JobRunner;
}

export type DeskEnv = { Variables: { user: DeskUser; session: Session } };
