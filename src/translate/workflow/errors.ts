// The translator workflow's operational errors, from the one catalogue (src/errors/index.ts).

import { Errors } from '../../errors/index.js';

export const WorkflowErrors = {
  InvalidStateFile: Errors.InvalidStateFile,
  InvalidXliff: Errors.InvalidXliff,
  XliffMismatch: Errors.XliffMismatch,
  InvalidExchangeFile: Errors.InvalidExchangeFile,
  NoEngine: Errors.NoEngine,
} as const;
