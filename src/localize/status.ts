// Is a language complete? Every source key must have a non-empty value that is a
// translation: a value still equal to the source text counts as untranslated, unless it is
// only names and figures. Figures and tags must be the source's, each placeholder a
// `{{fN, figure}}` of that sentence. Nothing here falls back to the source text.

import type { Article } from '../article/types.js';
import type { LanguageCode } from '../lang/codes.js';
import type { Localizer } from './i18n.js';
import { tagNumbers } from './markup.js';
import type { SourceResource } from './source.js';

export type ProblemReason = 'missing' | 'empty' | 'untranslated' | 'figure' | 'markup';

export interface LocaleProblem {
  key: string;
  reason: ProblemReason;
  message: string;
}

export interface LanguageStatus {
  lang: LanguageCode;
  /** Keys without a usable translation (absent, empty, or still the source text), in document order. */
  missing: string[];
  /** Every reason a key blocks publication, missing keys included. */
  problems: LocaleProblem[];
  complete: boolean;
}

const PLACEHOLDER = /\{\{(.*?)\}\}/g;
const FIGURE_PLACEHOLDER = /^\s*(f\d+)\s*,\s*figure\s*$/;

/** Names an article may leave untranslated: speakers, entities, credited people. */
export function namesOf(article: Article): string[] {
  const names = new Set<string>();
  for (const claim of article.claims) {
    for (const entity of claim.entities) names.add(entity);
    if (claim.attribution) names.add(claim.attribution.speaker);
  }
  for (const name of Object.values(article.frontmatter.credits)) if (name) names.add(name);
  return [...names].filter((name) => name.trim() !== '');
}

/** Whether a value is nothing but names, figures, tags and punctuation (fine to keep as is). */
export function onlyNamesAndFigures(value: string, names: readonly string[]): boolean {
  let rest = value.replace(PLACEHOLDER, ' ').replace(/<\/?\d+\/?>/g, ' ');
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return !/\p{L}/u.test(rest);
}

function figureIds(value: string): { ids: string[]; bad: string[] } {
  const ids: string[] = [];
  const bad: string[] = [];
  for (const match of value.matchAll(PLACEHOLDER)) {
    const id = FIGURE_PLACEHOLDER.exec(match[1] ?? '')?.[1];
    if (id) ids.push(id);
    else bad.push(match[0]);
  }
  return { ids, bad };
}

export interface StatusOptions {
  /** Extra names that may stay untranslated (a glossary's do-not-translate list). */
  names?: readonly string[];
}

/** Check one language's resource for an article against the source resource. */
export function languageStatus(article: Article, lng: LanguageCode, localizer: Localizer, source: SourceResource, options: StatusOptions = {}): LanguageStatus {
  const ns = article.slug;
  const isSource = lng === article.frontmatter.lang;
  const names = [...namesOf(article), ...(options.names ?? [])];
  const problems: LocaleProblem[] = [];
  for (const [key, sourceValue] of Object.entries(source.resource)) {
    const value = localizer.raw(lng, ns, key);
    if (value === undefined) {
      problems.push({ key, reason: 'missing', message: `no translation for \`${key}\`` });
      continue;
    }
    if (value.trim() === '') {
      problems.push({ key, reason: 'empty', message: `the translation of \`${key}\` is empty` });
      continue;
    }
    if (!isSource && value.trim() === sourceValue.trim() && !onlyNamesAndFigures(value, names)) {
      problems.push({ key, reason: 'untranslated', message: `\`${key}\` is still the ${article.frontmatter.lang} source text` });
      continue;
    }
    const figures = source.figures[key] ?? {};
    const { ids, bad } = figureIds(value);
    for (const placeholder of bad) problems.push({ key, reason: 'figure', message: `\`${placeholder}\` is not a figure placeholder: write {{fN, figure}}` });
    for (const id of new Set(ids)) {
      if (!figures[id]) problems.push({ key, reason: 'figure', message: `{{${id}, figure}} is not a figure of the source sentence` });
    }
    for (const [id, figure] of Object.entries(figures)) {
      if (!ids.includes(id)) problems.push({ key, reason: 'figure', message: `the figure {{${id}, figure}} (\`${figure.text}\`) is missing` });
    }
    const expected = tagNumbers(sourceValue).join(',');
    const actual = tagNumbers(value).join(',');
    if (expected !== actual) problems.push({ key, reason: 'markup', message: `tags <${actual || 'none'}> differ from the source's <${expected || 'none'}>` });
  }
  const missing = problems.filter((p) => p.reason === 'missing' || p.reason === 'empty' || p.reason === 'untranslated').map((p) => p.key);
  return { lang: lng, missing, problems, complete: problems.length === 0 };
}
