// Stage `localize`: the article's i18next locale files and the strict i18next instance that
// reads them. Public API of the stage; see README.md here for the file format decisions.

import { createLocalizer, type Localizer, type Resources } from './i18n.js';

export { writeFileAtomic } from '../fs/atomic.js';
export { formatFigure, formatFullDate, intlLocale, isFigureValue, type DateFigure, type DateParts, type FigureValue, type NumberFigure, type TimeFigure } from './figure.js';
export { loadResources, parseResource, readLocaleText, readResourceFile, resourcePath, serializeResource, writeResourceFile } from './files.js';
export { createLocalizer, localeFile, type Localizer, type Namespace, type Resources } from './i18n.js';
export { parseMarkup, rawHtmlIn, stripTags, tagNumbers, type Tag } from './markup.js';
export { buildSourceResource, segmentsOf, writeSourceResource, type SourceResource } from './source.js';
export { languageStatus, namesOf, onlyNamesAndFigures, type LanguageStatus, type LocaleProblem, type ProblemReason, type StatusOptions } from './status.js';
export { META_KEYS, type SourceUnit } from './units.js';

const cache = new WeakMap<Resources, Localizer>();

/** One localizer (one i18next instance) per resources object. */
export function localizerFor(resources: Resources): Localizer {
  let localizer = cache.get(resources);
  if (!localizer) {
    localizer = createLocalizer(resources);
    cache.set(resources, localizer);
  }
  return localizer;
}
