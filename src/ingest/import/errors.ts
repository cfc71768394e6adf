// Operational errors of the importer, in the catalogue's shape (src/errors). They belong in
// the one catalogue; kept here until src/errors/index.ts gains them (see the import report).

import type { ErrorData } from '../../errors/index.js';

export const ImportErrors = {
  UnusablePage: Object.freeze<ErrorData>({
    name: 'UnusablePage',
    title: 'Page cannot be imported',
    exitCode: 2,
    hint: 'give a scraped article page (text or HTML) with a title and paragraphs',
  }),
  TargetExists: Object.freeze<ErrorData>({
    name: 'TargetExists',
    title: 'Article folder exists',
    exitCode: 2,
    hint: 'pass --force to replace its index.md, or --slug to choose another folder',
  }),
  UndetectedLanguage: Object.freeze<ErrorData>({
    name: 'UndetectedLanguage',
    title: 'Language not recognised',
    exitCode: 2,
    hint: 'pass --lang with one of zh ru en fr id sa ja de pt el es it fi la',
  }),
} as const;
