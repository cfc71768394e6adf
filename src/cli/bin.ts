#!/usr/bin/env node
// Entry point of the `newsdesk` command.

import { main } from './index.js';
import { processIO } from './io.js';
import { redact } from '../errors/redact.js';

main(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(redact(`newsdesk: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`, process.env));
    process.exitCode = 70;
  },
);
