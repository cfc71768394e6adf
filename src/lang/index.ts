// The registry of language packs: the one place a stage looks a language up. The order is the
// order of the product's language bar. Adding a language is one folder src/lang/<code>/ with an
// index.ts exporting its `pack`, and one line here; the compiler names every field it lacks.

import { pack as de } from './de/index.js';
import { pack as el } from './el/index.js';
import { pack as en } from './en/index.js';
import { pack as es } from './es/index.js';
import { pack as fi } from './fi/index.js';
import { pack as fr } from './fr/index.js';
import { pack as id } from './id/index.js';
import { pack as it } from './it/index.js';
import { pack as ja } from './ja/index.js';
import { pack as la } from './la/index.js';
import type { LanguagePack } from './pack.js';
import { pack as pt } from './pt/index.js';
import { pack as ru } from './ru/index.js';
import { pack as sa } from './sa/index.js';
import { pack as zh } from './zh/index.js';

export const PACKS = {
  zh,
  ru,
  en,
  fr,
  id,
  sa,
  ja,
  de,
  pt,
  el,
  es,
  it,
  fi,
  la,
} satisfies Record<string, LanguagePack>;

export type LanguageCode = keyof typeof PACKS;

/** The product's languages, in the order of the language bar. */
export const LANGUAGES = Object.keys(PACKS) as LanguageCode[];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && Object.hasOwn(PACKS, value);
}

const BY_CODE: ReadonlyMap<string, LanguagePack> = new Map(Object.entries(PACKS));

/** The pack of a known language. */
export function packOf(code: LanguageCode): LanguagePack {
  return PACKS[code];
}

/** The pack of any code, or undefined for a language newsdesk does not know (text readers take any string). */
export function findPack(code: string): LanguagePack | undefined {
  return BY_CODE.get(code);
}

/** The Intl tag of a language, or English where ICU has no data (messages about numbers, case mapping). */
export function intlTagOf(code: string): string {
  return findPack(code)?.intl ?? 'en';
}

export type { DateParts, FigureData, LanguageFormat, LanguagePack } from './pack.js';
