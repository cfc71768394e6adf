// Reading an exchange file a CAT tool wrote (XLIFF, PO, TMX, TBX): bytes that must be UTF-8
// text, checked before any parser sees them, so a binary or mis-encoded file gets one
// positioned line instead of a parser's guess. A byte order mark is dropped.

import { readFileSync } from 'node:fs';
import { Errors, fail } from '../../errors/index.js';
import { WorkflowErrors } from './errors.js';

function place(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** The text of an exchange file, or a positioned error (exit 2) saying why it is not text. */
export function readExchangeFile(path: string, shown: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    fail(Errors.FileNotFound, `no file at \`${shown}\``);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) fail(WorkflowErrors.InvalidExchangeFile, 'a NUL byte: this is not a text file (UTF-8 expected)', { file: shown, ...place(bytes, nul) });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first byte that is not UTF-8, for the message.
    let bad = 0;
    for (let end = 1; end <= bytes.length; end++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bad, end));
        bad = end;
      } catch {
        if (end - bad >= 4) break;
      }
    }
    fail(WorkflowErrors.InvalidExchangeFile, 'not UTF-8 text (save the file as UTF-8)', { file: shown, ...place(bytes, bad) });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
