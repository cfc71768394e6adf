// A temporary newsdesk project for publish tests: pipeline/ and the shared labels
// (locales/<lng>/common.json) of the repository, one or more articles, pseudo-translations.

import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../../../src/article/types.js';
import { loadConfig } from '../../../src/config/index.js';
import { readArticle } from '../../../src/ingest/index.js';
import type { LanguageCode } from '../../../src/lang/codes.js';
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

Das Rechenzentrum in Shenzhen hat etwa 15.000 Standardschränke. Die erste Phase ist fertig.

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
