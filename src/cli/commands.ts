// The CLI verbs, sorted. Each verb is its own module, loaded only when it runs, so start-up
// stays fast and a verb's dependencies (SQLite, HTTP clients) cost nothing elsewhere.

import type { Command } from './io.js';

export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  cms: { summary: 'check a live CMS for what newsdesk needs: locales, content type, fields, token permissions (check, --json)', load: () => import('./commands/cms.js') },
  desk: { summary: 'the web desk on 127.0.0.1: translators review, editors decide, on the same files (--port)', load: () => import('./commands/desk.js') },
  extract: { summary: 'the figures of an article: value, unit, qualifier, position (--json)', load: () => import('./commands/extract.js') },
  import: { summary: 'turn a scraped news page (text or HTML) into content/<slug>/index.md (--json)', load: () => import('./commands/import.js') },
  jobs: { summary: 'list the scheduled jobs, run one now, or show past runs (--json)', load: () => import('./commands/jobs.js') },
  parse: { summary: 'check that an article parses; print its front matter (--json)', load: () => import('./commands/parse.js') },
  po: { summary: 'export an article language as gettext PO (Weblate, Poedit), or import one back (--lang, -o, --json)', load: () => import('./commands/po.js') },
  publish: { summary: 'send complete, checked language versions to the static site, Strapi, Directus, WordPress or a git site (--target, --json)', load: () => import('./commands/publish.js') },
  qa: { summary: 'check an article’s translations: every figure by value in every language (--lang, --json)', load: () => import('./commands/qa.js') },
  'qa-pair': { summary: 'check one translation against its source, every figure by value (--from, --to, --json)', load: () => import('./commands/qa-pair.js') },
  review: { summary: 'what needs a translator in one language (stale, machine, missing); mark keys reviewed (--lang, --json)', load: () => import('./commands/review.js') },
  run: { summary: 'the main job: every article under content/ through the pipeline (npm start)', load: () => import('./commands/run.js') },
  schedule: { summary: 'run the jobs of pipeline/jobs.yaml on their schedules (a daemon)', load: () => import('./commands/schedule.js') },
  segment: { summary: 'split a text or an article into sentences (--lang, --json)', load: () => import('./commands/segment.js') },
  status: { summary: 'translation state of every article × language and the jobs\' next runs (--json)', load: () => import('./commands/status.js') },
  tbx: { summary: 'export content/glossary.yaml as TBX-Basic, or merge a CAT tool’s term base into it (-o, --json)', load: () => import('./commands/tbx.js') },
  tmx: { summary: 'export the translation memory as TMX 1.4b, or import a CAT tool’s memory (--from, --lang, -o)', load: () => import('./commands/tmx.js') },
  translate: { summary: 'translate an article: translation memory, then an engine; never over a translator (--to, --engine, --json)', load: () => import('./commands/translate.js') },
  validate: { summary: 'check an article as a careful editor would; exit 1 on unacknowledged errors (--json, --fix, --report)', load: () => import('./commands/validate.js') },
  withdraw: { summary: 'take an article off every target it was published to (--target, --json)', load: () => import('./commands/withdraw.js') },
  xliff: { summary: 'export one language of an article as XLIFF 1.2 or 2.0 for a CAT tool, or import it back (--lang, --version, -o)', load: () => import('./commands/xliff.js') },
};
