// The CLI verbs, sorted. Each verb is its own module, loaded only when it runs, so start-up
// stays fast and a verb's dependencies (SQLite, HTTP clients) cost nothing elsewhere.

import type { Command } from './io.js';

export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  import: { summary: 'turn a scraped news page (text or HTML) into content/<slug>/index.md (--json)', load: () => import('./commands/import.js') },
  jobs: { summary: 'list the scheduled jobs, run one now, or show past runs (--json)', load: () => import('./commands/jobs.js') },
  parse: { summary: 'check that an article parses; print its front matter (--json)', load: () => import('./commands/parse.js') },
  publish: { summary: 'send complete, checked language versions to the static site, Strapi or a git site (--target, --json)', load: () => import('./commands/publish.js') },
  run: { summary: 'the main job: every article under content/ through the pipeline (npm start)', load: () => import('./commands/run.js') },
  schedule: { summary: 'run the jobs of pipeline/jobs.yaml on their schedules (a daemon)', load: () => import('./commands/schedule.js') },
  segment: { summary: 'split a text or an article into sentences (--lang, --json)', load: () => import('./commands/segment.js') },
  validate: { summary: 'check an article as a careful editor would; exit 1 on unacknowledged errors (--json, --fix, --report)', load: () => import('./commands/validate.js') },
};
