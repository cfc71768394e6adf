// schema.org NewsArticle for one language version: `inLanguage`, and the translation links
// both ways (`translationOfWork` on a translation, `workTranslation` on the source).

import type { Credits } from '../article/types.js';
import type { LanguageCode } from '../lang/codes.js';

export interface JsonLdInput {
  lang: LanguageCode;
  sourceLang: LanguageCode;
  headline: string;
  url(lng: LanguageCode): string;
  /** Published versions, the page's own included. */
  alternates: readonly LanguageCode[];
  date?: string;
  section?: string;
  category?: string;
  credits: Credits;
  publisher: string;
}

const person = (name: string) => ({ '@type': 'Person', name });

export function newsArticleJsonLd(input: JsonLdInput): Record<string, unknown> {
  const ref = (lng: LanguageCode) => ({ '@type': 'NewsArticle', '@id': input.url(lng), url: input.url(lng), inLanguage: lng });
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': input.url(input.lang),
    url: input.url(input.lang),
    mainEntityOfPage: input.url(input.lang),
    headline: input.headline,
    inLanguage: input.lang,
  };
  if (input.date) ld.datePublished = input.date;
  if (input.section) ld.articleSection = input.section;
  if (input.category) ld.genre = input.category;
  const { author, editor, ...others } = input.credits;
  if (author) ld.author = person(author);
  if (editor) ld.editor = person(editor);
  const contributors = Object.values(others).filter((name): name is string => typeof name === 'string' && name !== '');
  if (contributors.length > 0) ld.contributor = contributors.map(person);
  ld.publisher = { '@type': 'Organization', name: input.publisher };
  if (input.lang !== input.sourceLang) {
    ld.translationOfWork = ref(input.sourceLang);
  } else {
    const translations = input.alternates.filter((lng) => lng !== input.sourceLang);
    if (translations.length > 0) ld.workTranslation = translations.map(ref);
  }
  return ld;
}
