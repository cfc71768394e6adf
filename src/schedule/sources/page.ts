// An HTML page → the article it carries, through the shared importer (`importPage`, the
// code behind `newsdesk import`), so a scheduled page and an imported page read the same:
// article body only, no navigation or language bar, front matter in the project's schema.

import { Errors, NewsdeskError } from '../../errors/index.js';
import { importPage, ImportErrors } from '../../ingest/import/index.js';
import { splitFrontMatter } from '../../ingest/index.js';
import type { LanguageCode } from '../../lang/codes.js';

export type PageResult =
  | { ok: true; frontmatter: Record<string, unknown>; title: string; lang: LanguageCode; slug: string; body: string }
  | { ok: false; problem: string };

/**
 * `lang` (the source's `lang:`) is the page's language when given; otherwise the importer
 * detects it, and `fallbackLang` (the job's `lang:`) is used when it cannot.
 */
export function pageArticle(html: string, url: string, lang: LanguageCode | undefined, fallbackLang: LanguageCode | undefined): PageResult {
  const read = (forced: LanguageCode | undefined) => importPage(html, forced ? { format: 'html', lang: forced, file: url, url } : { format: 'html', file: url, url });
  let result: ReturnType<typeof importPage>;
  try {
    try {
      result = read(lang);
    } catch (error) {
      if (!(error instanceof NewsdeskError) || error.data !== ImportErrors.UndetectedLanguage || !fallbackLang) throw error;
      result = read(fallbackLang);
    }
  } catch (error) {
    // An unusable page is a content problem of this item, not a failure of the source.
    if (error instanceof NewsdeskError && error.exitCode === 2 && error.data !== Errors.Service) return { ok: false, problem: error.message };
    throw error;
  }
  const split = splitFrontMatter(result.markdown, url);
  return {
    ok: true,
    frontmatter: { ...result.frontmatter },
    title: result.frontmatter.title,
    lang: result.frontmatter.lang,
    slug: result.slug,
    body: result.markdown.slice(split.bodyOffset),
  };
}
