// Labels around an article from the `common` namespace (locales/<lng>/common.json). A
// label a page needs and the language lacks is a missing key like any sentence's, listed
// as `common:<key>`; no label falls back to another language.

import type { Article } from '../article/types.js';
import type { LanguageCode } from '../lang/codes.js';
import type { Localizer } from '../localize/i18n.js';

export const COMMON_NS = 'common';

/** Every key of common.json, in file order (tests check each language has them all). */
export const COMMON_KEYS = [
  'credit.author',
  'credit.editor',
  'credit.proofreading',
  'credit.translation',
  'label.published',
  'label.source',
  'label.section',
  'label.category',
  'label.otherLanguages',
  'label.readIn',
  'label.translatedFrom',
  'label.original',
  'label.languages',
  'site.articles',
  'site.home',
  'section.tiefe',
  'category.nachricht',
  'format.labelValue',
] as const;

export interface ArticleLabels {
  readIn: string;
  translatedFrom: string;
  original: string;
  published: string;
  source: string;
  /** Site labels; optional on an article page. */
  home?: string;
  articles?: string;
  /** Credit labels by role. */
  credits: Record<string, string>;
  /** "Editor: Peng Bo" with the language's punctuation (French "Éditeur : …", Chinese "编辑：…"). */
  labelValue(label: string, value: string): string;
}

/** The keys of common.json an article page in `lng` needs. */
export function neededCommonKeys(article: Article): string[] {
  const keys = ['label.readIn', 'label.translatedFrom', 'label.original', 'format.labelValue'];
  if (article.frontmatter.date) keys.push('label.published');
  if (article.frontmatter.sourceLine) keys.push('label.source');
  for (const [role, name] of Object.entries(article.frontmatter.credits)) if (name) keys.push(`credit.${role}`);
  return keys;
}

export function articleLabels(article: Article, lng: LanguageCode, localizer: Localizer): { labels?: ArticleLabels; missing: string[] } {
  const missing = neededCommonKeys(article)
    .filter((key) => !localizer.has(lng, COMMON_NS, key))
    .map((key) => `${COMMON_NS}:${key}`);
  if (missing.length > 0) return { missing };
  const t = (key: string) => localizer.t(lng, COMMON_NS, key);
  const optional = (key: string) => (localizer.has(lng, COMMON_NS, key) ? t(key) : '');
  const credits: Record<string, string> = {};
  for (const [role, name] of Object.entries(article.frontmatter.credits)) if (name) credits[role] = t(`credit.${role}`);
  return {
    missing,
    labels: {
      readIn: t('label.readIn'),
      translatedFrom: t('label.translatedFrom'),
      original: t('label.original'),
      published: optional('label.published'),
      source: optional('label.source'),
      ...(localizer.has(lng, COMMON_NS, 'site.home') ? { home: t('site.home') } : {}),
      ...(localizer.has(lng, COMMON_NS, 'site.articles') ? { articles: t('site.articles') } : {}),
      credits,
      labelValue: (label, value) => localizer.t(lng, COMMON_NS, 'format.labelValue', { label, value }),
    },
  };
}
