// The words the importer matches a page against, gathered from every language pack
// (src/lang/<code>/import.ts, and the month names of src/lang/<code>/dates.ts): furniture,
// credit and source labels, category words, month and weekday names, the small words of date
// and byline lines. A page is matched against the words of all languages at once, since its
// furniture is read before its language is known. This file only gathers: the words
// themselves live in the packs.

import { LANGUAGES, packOf, type LanguageCode } from '../../lang/index.js';
import type { CreditRole, ImportLineWords, PageFurniture } from '../../lang/pack.js';

export type FurnitureWords = PageFurniture;

const NONE: PageFurniture = {
  skipLinks: [], share: [], edit: [], readMore: [], cookies: [], imageCredit: [], published: [], copyright: [], taglines: [], byline: [], promo: [], weekdays: [], endSections: [],
};

const importOf = (code: LanguageCode) => packOf(code).import;

/** Each language's page furniture (none for a pack that gives none). */
export const FURNITURE = Object.fromEntries(LANGUAGES.map((code) => [code, importOf(code).furniture ?? NONE])) as Record<LanguageCode, PageFurniture>;

/**
 * Names of each language as language switchers write them (each pack's
 * `import.switcherNames`): endonyms first, then exonyms and the forms scraped pages really
 * show ("한어" — Korean for "Chinese" — on the sample's bar).
 */
export const LANGUAGE_SWITCHER_NAMES = Object.fromEntries(LANGUAGES.map((code) => [code, importOf(code).switcherNames])) as Record<LanguageCode, readonly string[]>;

const unique = (words: Iterable<string>) => [...new Set(words)];

/** Every language's words of one kind, each once, longest first (for alternations that must try "Edited by" before "Editor"). */
function gather(pick: (code: LanguageCode) => readonly string[] | undefined): string[] {
  return unique(LANGUAGES.flatMap((code) => pick(code) ?? []).map((word) => word.trim())).sort((a, b) => b.length - a.length);
}

/** The furniture words of one kind in every language, longest first. */
export function furnitureWords(key: keyof PageFurniture): string[] {
  return gather((code) => FURNITURE[code][key]);
}

/** The small words of one kind of line in every language, longest first. */
export function lineWords(key: keyof ImportLineWords): string[] {
  return gather((code) => importOf(code).lineWords?.[key]);
}

const ROLES: readonly CreditRole[] = ['editor', 'proofreading', 'author', 'reporter', 'translator', 'photo'];

/** Credit roles and the labels that introduce them ("Herausgeber: Peng Bo"), every language's labels per role. */
export const CREDIT_LABELS = Object.fromEntries(ROLES.map((role) => [role, gather((code) => importOf(code).creditLabels?.[role])])) as Record<CreditRole, string[]>;

/** Labels of source lines ("Quelle: dpa"), recognised anywhere on a page. */
export const SOURCE_LABELS = gather((code) => importOf(code).sourceLabels);

/** How descriptive source lines begin ("Vom offiziellen …"), recognised above the body only. */
export const SOURCE_PHRASES = unique(LANGUAGES.flatMap((code) => importOf(code).sourcePhrases ?? []));

/** One-word section or category labels a news page shows above its headline. */
export const CATEGORY_WORDS = gather((code) => importOf(code).categoryWords);

/**
 * Month names (lower case) → month number, for date lines written in words: every form the
 * language packs read in running text (src/lang/<code>/dates.ts, "janv ." read as "janv"),
 * then the short forms pages abbreviate months to (each pack's `import.monthAbbreviations`).
 */
export const MONTHS: Record<string, number> = monthTable();

function monthTable(): Record<string, number> {
  const table: Record<string, number> = {};
  for (const code of LANGUAGES) {
    const figures = packOf(code).figures;
    if (figures.reader !== 'words') continue;
    for (const [name, month] of Object.entries(figures.dates.months)) table[name.replace(/\s*\.$/u, '').toLowerCase()] = month;
  }
  for (const code of LANGUAGES) {
    for (const [name, month] of Object.entries(importOf(code).monthAbbreviations ?? {})) table[name.toLowerCase()] ??= month;
  }
  return table;
}

/**
 * Frequent short words of each language that gives them (each pack's `import.stopwords`), to
 * tell a page's language among those sharing a script, and prose from menus.
 */
export const STOPWORDS: Partial<Record<LanguageCode, readonly string[]>> = Object.fromEntries(
  LANGUAGES.flatMap((code) => {
    const words = importOf(code).stopwords;
    return words ? [[code, words]] : [];
  }),
);
