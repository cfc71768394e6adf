// The importer's operational errors, from the one catalogue (src/errors/index.ts).

import { Errors } from '../../errors/index.js';

export const ImportErrors = {
  UnusablePage: Errors.UnusablePage,
  TargetExists: Errors.TargetExists,
  UndetectedLanguage: Errors.UndetectedLanguage,
} as const;
