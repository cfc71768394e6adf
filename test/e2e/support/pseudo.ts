// Pseudo-translations for publish tests: every entry of the article's source locale file
// prefixed with `[xx] `, tags and figure placeholders untouched — what a translation engine
// returns on the project's loopback servers, so all 14 languages render and are publishable
// without a network. A real translator's file has the same shape.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/article/types.js';
import type { LanguageCode } from '../../../src/lang/codes.js';
import { buildSourceResource, writeResourceFile, type Namespace } from '../../../src/localize/index.js';

export function pseudoResource(article: Article, lng: LanguageCode): Namespace {
  const { resource } = buildSourceResource(article);
  if (lng === article.frontmatter.lang) return { ...resource };
  return Object.fromEntries(Object.entries(resource).map(([key, value]) => [key, `[${lng}] ${value}`]));
}

/** Write locales/<lng>/<slug>.json for each language under `root`. */
export function writePseudoTranslations(root: string, article: Article, languages: readonly LanguageCode[]): void {
  for (const lng of languages) writeResourceFile(join(root, 'locales', lng, `${article.slug}.json`), pseudoResource(article, lng));
}

/**
 * What a translation memory does after a source edit: keep every existing translation whose
 * key is still in the source, translate only the new keys, drop the keys that are gone.
 */
export function updatePseudoTranslations(root: string, article: Article, languages: readonly LanguageCode[]): void {
  for (const lng of languages) {
    const file = join(root, 'locales', lng, `${article.slug}.json`);
    const old = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Namespace) : {};
    const fresh = pseudoResource(article, lng);
    writeResourceFile(file, Object.fromEntries(Object.entries(fresh).map(([key, value]) => [key, old[key] ?? value])));
  }
}
