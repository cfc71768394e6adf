// Words of page furniture in all 14 languages, gathered from the language packs
// (src/lang/<code>/import.ts, \`furniture\`): the importer matches a page against all of them,
// since furniture comes before the page's language is known.

import { LANGUAGES, packOf, type LanguageCode } from '../../lang/index.js';
import type { PageFurniture } from '../../lang/pack.js';

export type FurnitureWords = PageFurniture;

const NONE: PageFurniture = {
  skipLinks: [], share: [], edit: [], readMore: [], cookies: [], imageCredit: [], published: [], copyright: [], taglines: [], byline: [], promo: [], weekdays: [], endSections: [],
};

export const FURNITURE = Object.fromEntries(LANGUAGES.map((code) => [code, packOf(code).import.furniture ?? NONE])) as Record<LanguageCode, PageFurniture>;
