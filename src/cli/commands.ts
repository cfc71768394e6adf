// The CLI verbs, sorted. Each verb is its own module, loaded only when it runs, so start-up
// stays fast and a verb's dependencies (SQLite, HTTP clients) cost nothing elsewhere.

import type { Command } from './io.js';

export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  parse: { summary: 'check that an article parses; print its front matter (--json)', load: () => import('./commands/parse.js') },
};
