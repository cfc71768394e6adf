// Reading an exchange file a CAT tool wrote (XLIFF, PO, TMX, TBX) through the text door
// (src/fs/text.ts): valid UTF-8, no NUL or control characters, a BOM dropped — one
// positioned line otherwise, before any parser sees the text.

import { readFileSync } from 'node:fs';
import { Errors, fail, type ErrorData } from '../../errors/index.js';
import { decodeText } from '../../fs/text.js';

/** The text of an exchange file, or a positioned error (exit 2) saying why it is not text. */
export function readExchangeFile(path: string, shown: string, door: { error: ErrorData; what: string }): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    fail(Errors.FileNotFound, `no file at \`${shown}\``);
  }
  return decodeText(bytes, { file: shown, error: door.error, what: door.what });
}
