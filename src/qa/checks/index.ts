// The QA checks, sorted by id. Each file holds one check (the ESLint model): `meta` with
// its id, description, docs and default severity, and `check(context)`.

import type { QaCheck } from '../types.js';
import { check as figureAdded } from './figure-added.js';
import { check as figureLost } from './figure-lost.js';
import { check as figureMagnitude } from './figure-magnitude.js';
import { check as figureMonth } from './figure-month.js';
import { check as figurePrecision } from './figure-precision.js';
import { check as figureQualifier } from './figure-qualifier.js';
import { check as figureReader } from './figure-reader.js';
import { check as figureUnit } from './figure-unit.js';
import { check as figureWeekday } from './figure-weekday.js';
import { check as glossary } from './glossary.js';
import { check as lengthRatio } from './length-ratio.js';
import { check as placeholders } from './placeholders.js';
import { check as quoteMarks } from './quote-marks.js';
import { check as rawHtml } from './raw-html.js';
import { check as script } from './script.js';
import { check as tags } from './tags.js';
import { check as untranslated } from './untranslated.js';

export const CHECKS: readonly QaCheck[] = [
  figureAdded,
  figureLost,
  figureMagnitude,
  figureMonth,
  figurePrecision,
  figureQualifier,
  figureReader,
  figureUnit,
  figureWeekday,
  glossary,
  lengthRatio,
  placeholders,
  quoteMarks,
  rawHtml,
  script,
  tags,
  untranslated,
];

export function checkById(id: string): QaCheck | undefined {
  return CHECKS.find((check) => check.meta.id === id);
}
