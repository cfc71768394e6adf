// A temporary newsdesk project for publish tests: pipeline/ and the shared labels
// (locales/<lng>/common.json) of the repository, one or more articles, pseudo-translations.

import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../../../src/article/types.js';
import { loadConfig } from '../../../src/config/index.js';
import { readArticle } from '../../../src/ingest/index.js';
import type { LanguageCode } from '../../../src/lang/codes.js';
import { buildSourceResource } from '../../../src/localize/index.js';
import { buildVersions } from '../../../src/pipeline/index.js';
import type { LanguageVersion } from '../../../src/publish/index.js';
import { CHECKS } from '../../../src/qa/index.js';
import { parse, stringify } from 'yaml';
import { RULES } from '../../../src/validate/index.js';
import { writePseudoTranslations } from './pseudo.js';

export const REPO = resolve(import.meta.dirname, '../../..');

export const SMALL_ARTICLE = `---
title: Peking baut ein Rechenzentrum
lang: de
date: 2024-08-02
credits:
  editor: Peng Bo
languages: [de, en, fr]
---

# Peking baut ein Rechenzentrum

Das Rechenzentrum in Shenzhen hat 15.000 Standardschränke. Die erste Phase ist fertig.

Peking und Shanghai bauen ebenfalls neue Rechenzentren.
`;

/** Copy pipeline/, content/glossary.yaml and the labels of `languages` into `dir`. */
export function seedProject(dir: string, languages: readonly LanguageCode[], pipelineYaml?: string): void {
  cpSync(join(REPO, 'pipeline'), join(dir, 'pipeline'), { recursive: true });
  if (pipelineYaml !== undefined) writeFileSync(join(dir, 'pipeline', 'config.yaml'), pipelineYaml);
  mkdirSync(join(dir, 'content'), { recursive: true });
  cpSync(join(REPO, 'content', 'glossary.yaml'), join(dir, 'content', 'glossary.yaml'));
  for (const lng of languages) {
    mkdirSync(join(dir, 'locales', lng), { recursive: true });
    cpSync(join(REPO, 'locales', lng, 'common.json'), join(dir, 'locales', lng, 'common.json'));
  }
}

/** Write an article under content/<slug>/index.md and pseudo-translate it into `translate`. */
export function addArticle(dir: string, slug: string, text: string, translate: readonly LanguageCode[]): Article {
  mkdirSync(join(dir, 'content', slug), { recursive: true });
  writeFileSync(join(dir, 'content', slug, 'index.md'), text);
  const config = loadConfig(dir);
  const article = readArticle(slug, config, dir);
  writePseudoTranslations(dir, article, translate);
  return article;
}

/**
 * `rules:` turning every validation rule and QA check into a warning: for tests of the
 * publish stage that must not depend on what validation and QA think of a text today (their
 * own suites test that). A test of held languages uses the configured severities instead.
 */
export function warningsOnly(): string {
  const ids = [...RULES.map((rule) => rule.meta.id), ...CHECKS.map((check) => check.meta.id)].sort();
  return `rules:\n${ids.map((id) => `  ${JSON.stringify(id)}: warning`).join('\n')}\n`;
}

/** The sample article (content/ki-stadt) with the repository's reviewed translations, as `slug`. */
export function copySample(dir: string, languages: readonly LanguageCode[], slug = 'ki-stadt'): void {
  mkdirSync(join(dir, 'content', slug), { recursive: true });
  // The folder name is the slug (and the locale files' namespace).
  cpSync(join(REPO, 'content', 'ki-stadt', 'index.md'), join(dir, 'content', slug, 'index.md'));
  for (const lng of languages) {
    mkdirSync(join(dir, 'locales', lng), { recursive: true });
    cpSync(join(REPO, 'locales', lng, 'ki-stadt.json'), join(dir, 'locales', lng, `${slug}.json`));
  }
}

/** The repository's pipeline configuration, with other `rules:` (undefined: as configured). */
export function configWith(rules: string | undefined): string {
  const data = (parse(readFileSync(join(REPO, 'pipeline', 'config.yaml'), 'utf8')) ?? {}) as Record<string, unknown>;
  if (rules !== undefined) data.rules = (parse(rules) as { rules: unknown }).rules;
  return stringify(data);
}

/** The versions newsdesk builds of an article in the project at `root`. */
export function versionsOf(root: string, slug: string): LanguageVersion[] {
  const config = loadConfig(root);
  return buildVersions(readArticle(slug, config, root), config, { cwd: root }).versions;
}

/** The locale key of the one source sentence containing `text`. */
export function keyOf(root: string, slug: string, text: string): string {
  const config = loadConfig(root);
  const { resource } = buildSourceResource(readArticle(slug, config, root));
  const keys = Object.keys(resource).filter((key) => resource[key]!.includes(text));
  if (keys.length !== 1) throw new Error(`${keys.length} source sentences contain "${text}"`);
  return keys[0]!;
}

/** Rewrite locales/<lng>/<slug>.json through `edit`, as a translator would. */
export function editLocale(root: string, lng: string, slug: string, edit: (resource: Record<string, string>) => Record<string, string>): void {
  const file = join(root, 'locales', lng, `${slug}.json`);
  writeFileSync(file, `${JSON.stringify(edit(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>), null, 2)}\n`);
}

export interface RecordedRequests {
  /** Method and URL of every request answered since the last clear. */
  list: Array<{ method: string; url: string }>;
  /** The unwrapped fetch, for the test's own reads. */
  fetch: typeof fetch;
  restore(): void;
}

/**
 * Record the requests newsdesk sends (the CLI runs in-process) by wrapping fetch. A request is
 * counted once answered: a send that failed on a closing keep-alive socket never reached the
 * CMS, and newsdesk's retry of it is the request that counts.
 */
export function recordRequests(): RecordedRequests {
  const real = globalThis.fetch;
  const list: RecordedRequests['list'] = [];
  globalThis.fetch = async (input, init) => {
    const response = await real(input, init);
    list.push({ method: init?.method ?? 'GET', url: input instanceof Request ? input.url : String(input) });
    return response;
  };
  return { list, fetch: real, restore: () => void (globalThis.fetch = real) };
}

export const EDITED_SENTENCE = { before: 'Hinter dem Aufbau einer starken Infrastruktur', after: 'Hinter dem Ausbau einer starken Infrastruktur' };

/**
 * The source edit every CMS suite makes: one German word of one sentence changes; the
 * translators keep their sentences on its new key and the Italian one revises hers, so
 * exactly the German and Italian versions change.
 */
export function editOneSourceSentence(root: string, slug: string, translations: readonly LanguageCode[]): void {
  const oldKey = keyOf(root, slug, EDITED_SENTENCE.before);
  const path = join(root, 'content', slug, 'index.md');
  writeFileSync(path, readFileSync(path, 'utf8').replace(EDITED_SENTENCE.before, EDITED_SENTENCE.after));
  const newKey = keyOf(root, slug, EDITED_SENTENCE.after);
  if (newKey === oldKey) throw new Error('the edit did not change the key');
  for (const lng of translations) {
    editLocale(root, lng, slug, (resource) => Object.fromEntries(Object.entries(resource).map(([key, value]) => (key === oldKey ? [newKey, lng === 'it' ? `${value} (rivisto)` : value] : [key, value]))));
  }
}

/**
 * A GET of the test's own, retried once: Node's HTTP servers close idle keep-alive sockets
 * after a few seconds, and a request racing that close fails with "other side closed".
 * (newsdesk's client retries such network failures itself.)
 */
export async function testGet(url: string, headers: Record<string, string>, fetchImpl: typeof fetch = fetch): Promise<Response> {
  try {
    return await fetchImpl(url, { headers });
  } catch {
    return fetchImpl(url, { headers });
  }
}
