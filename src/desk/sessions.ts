// Sessions of the desk: a random id in an HttpOnly, SameSite=Strict cookie, held in memory
// (a restart logs everyone out), each with its CSRF token; and the login limiter that slows
// password guessing per address and per user name.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { DeskUser } from './users.js';

export interface Session {
  id: string;
  user: string;
  /** Sent back by every form and htmx request (`_csrf` field or `X-CSRF-Token` header). */
  csrf: string;
  lastSeen: number;
}

export const SESSION_COOKIE = 'newsdesk_desk';
const IDLE_MS = 12 * 60 * 60 * 1000;

export class Sessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly now: () => number = Date.now) {}

  create(user: DeskUser): Session {
    const session: Session = { id: randomBytes(32).toString('base64url'), user: user.name, csrf: randomBytes(24).toString('base64url'), lastSeen: this.now() };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.now() - session.lastSeen > IDLE_MS) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastSeen = this.now();
    return session;
  }

  destroy(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }
}

export function tokensEqual(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Failed logins per key (an address, a user name) in a sliding window: after `max` failures
 * the key waits until the oldest failure leaves the window. A success clears the key.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly max = 5,
    readonly windowMs = 15 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before trying again, or 0. */
  retryAfter(keys: readonly string[]): number {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const recent = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
      this.failures.set(key, recent);
      if (recent.length >= this.max) wait = Math.max(wait, Math.ceil((recent[0]! + this.windowMs - now) / 1000));
    }
    return wait;
  }

  fail(keys: readonly string[]): void {
    for (const key of keys) this.failures.set(key, [...(this.failures.get(key) ?? []), this.now()]);
  }

  succeed(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
