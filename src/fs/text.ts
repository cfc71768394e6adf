// The text door: every byte or string that enters newsdesk from outside (an article, a
// locale or state file, an XLIFF file, a configuration file, an imported page, an engine's
// answer) is checked here, once, before anything parses it. Valid UTF-8, no NUL or other
// control characters that no editor types, no lone surrogates (JSON's `\ud800` makes them),
// and a leading byte-order mark removed, not treated as text (Windows editors write one).
// A problem is one positioned line (file:line:column) from the error catalogue, so a bad
// byte is refused at the door instead of being published as U+FFFD or NUL in fr.html.

import { readBytes, remember } from './cache.js';
import { Errors, fail, type ErrorData, type ErrorPlace } from '../errors/index.js';

export interface TextProblem {
  /** Offset in the text (UTF-16 units) or, for undecodable bytes, the byte offset. */
  offset: number;
  line: number;
  column: number;
  reason: string;
}

export interface DoorOptions {
  /** How the input is named in messages (a path relative to the project, `stdin`, an engine). */
  file: string;
  /** The catalogue entry to fail with (default: Errors.InvalidText). */
  error?: ErrorData;
  /** What the text is, for the message: `the locale file`, `the answer` (default: `the file`). */
  what?: string;
  /** Refuse U+FFFD too: a service that decoded bad bytes answers with it (engine answers). */
  refuseReplacement?: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The first character no text in newsdesk may hold: C0 controls other than tab, line feed,
 * form feed and carriage return, DEL, lone surrogates, and (on request) U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- as FORBIDDEN, with U+FFFD
const FORBIDDEN_OR_REPLACEMENT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function describe(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0) return 'a NUL character (U+0000): binary data, not text';
  if (code >= 0xd800 && code <= 0xdfff) return `a lone surrogate (${hex}): not a character`;
  if (code === 0xfffd) return 'a replacement character (U+FFFD): the text was decoded from invalid bytes';
  return `a control character (${hex}) that text does not contain`;
}

/** Line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first character of `text` that is not allowed in newsdesk's text, if any. */
export function textProblem(text: string, options: { refuseReplacement?: boolean } = {}): TextProblem | undefined {
  const match = (options.refuseReplacement ? FORBIDDEN_OR_REPLACEMENT : FORBIDDEN).exec(text);
  if (!match) return undefined;
  return { offset: match.index, ...lineColumn(text, match.index), reason: describe(match[0]) };
}

/** Line and column of a byte offset: columns count the characters of the valid text before it. */
function bytePlace(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: new TextDecoder('utf-8').decode(bytes.subarray(start, offset)).length + 1 };
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
      const lo = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
      const hi = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

function refuse(reason: string, at: { line: number; column: number }, options: DoorOptions): never {
  const place: ErrorPlace = { file: options.file, line: at.line, column: at.column };
  fail(options.error ?? Errors.InvalidText, reason, place);
}

/** Check a string that arrived already decoded (an engine's answer, a JSON value); throws on a problem. */
export function checkText(text: string, options: DoorOptions): string {
  const problem = textProblem(text, options);
  if (problem) refuse(`${options.what ?? 'the file'} holds ${problem.reason}`, problem, options);
  return text;
}

/** Decode bytes at a door: valid UTF-8, a leading BOM dropped, then `checkText`. */
export function decodeText(bytes: Uint8Array, options: DoorOptions): string {
  // A NUL is named by its byte offset: the usual sign of a binary file given by mistake.
  const nul = bytes.indexOf(0);
  if (nul !== -1) refuse(`binary data (a NUL byte at offset ${nul}), not text`, bytePlace(bytes, nul), options);
  let text: string;
  try {
    // The decoder drops one leading byte-order mark (ignoreBOM is false); a second is text.
    text = decoder.decode(bytes);
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    refuse(`${options.what ?? 'the file'} is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at offset ${bad})`, bytePlace(bytes, bad), options);
  }
  return checkText(text, options);
}

/** Read a file through the door. */
export function readTextFile(path: string, options: DoorOptions): string {
  // Within one article's run a file is read and checked once, however many stages read it.
  return remember(path, options.refuseReplacement ? 'text-strict' : 'text', () => decodeText(readBytes(path), options));
}
