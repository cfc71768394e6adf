// The languages of the product brief, in the order of the sample article's language bar.
// Per-language knowledge lives in src/lang/<code>/ (one folder per language, one file per
// concern: segmentation, numbers, dates, quotes); this file only names the languages.

export const LANGUAGES = ['zh', 'ru', 'en', 'fr', 'id', 'sa', 'ja', 'de', 'pt', 'el', 'es', 'it', 'fi', 'la'] as const;

export type LanguageCode = (typeof LANGUAGES)[number];

/** Endonyms, as a language switcher shows them. */
export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  zh: '中文',
  ru: 'Русский',
  en: 'English',
  fr: 'Français',
  id: 'Bahasa Indonesia',
  sa: 'संस्कृतम्',
  ja: '日本語',
  de: 'Deutsch',
  pt: 'Português',
  el: 'Ελληνικά',
  es: 'Español',
  it: 'Italiano',
  fi: 'Suomi',
  la: 'Latina',
};

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
