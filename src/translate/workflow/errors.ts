// Operational errors of the translator's workflow, in the shape of the shared catalogue
// (src/errors/index.ts) so they can move there once the lead adds them.

import type { ErrorData } from '../../errors/index.js';

function define(data: ErrorData): ErrorData {
  return Object.freeze(data);
}

export const WorkflowErrors = {
  InvalidStateFile: define({ name: 'InvalidStateFile', title: 'Invalid review state file', exitCode: 2, hint: 'the file is written by newsdesk; restore it from version control (the locale file beside it is not affected)' }),
  InvalidXliff: define({ name: 'InvalidXliff', title: 'Invalid XLIFF file', exitCode: 2, hint: 'import an XLIFF 1.2 file exported by `newsdesk xliff export` (and saved by a CAT tool)' }),
  XliffMismatch: define({ name: 'XliffDoesNotMatch', title: 'XLIFF file does not match the article', exitCode: 2, hint: 'export the article again with `newsdesk xliff export <slug> --lang <lng>`' }),
  NoEngine: define({ name: 'NoTranslationEngine', title: 'No translation engine', exitCode: 2, hint: 'give `--engine NAME` (with `--base-url`/`--model` for an OpenAI-compatible server) or configure `translation.engine` in pipeline/config.yaml' }),
} as const;
