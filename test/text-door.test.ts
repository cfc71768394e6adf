// The text door (src/fs/text.ts): every outside text is checked once, with a position.

import { describe, expect, it } from 'vitest';
import { NewsdeskError } from '../src/errors/index.js';
import { checkText, decodeText, firstInvalidUtf8, textProblem } from '../src/fs/text.js';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof NewsdeskError) return error.toLine();
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('text door: bytes', () => {
  it('passes UTF-8 text through and drops one leading byte-order mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '{"a": "Straße 15 000"}'), { file: 'x.json' })).toBe('{"a": "Straße 15 000"}');
    expect(decodeText(bytes('tab\there\r\nform\ffeed'), { file: 'x' })).toBe('tab\there\r\nform\ffeed');
  });

  it('names the line and column of the first invalid byte', () => {
    const line = refusal(() => decodeText(bytes('{\n  "a": "caf', [0xe9], '"\n}'), { file: 'locales/fr/x.json', what: 'the locale file' }));
    expect(line).toMatch(/^locales\/fr\/x\.json:2:12: the locale file is not valid UTF-8 \(byte 0xe9 at offset 13\)/);
  });

  it('refuses a NUL byte as binary data, at its place', () => {
    expect(refusal(() => decodeText(bytes('ab\ncd', [0], 'e'), { file: 'f' }))).toMatch(/^f:2:3: binary data \(a NUL byte at offset 5\)/);
  });

  it('refuses overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(bytes('ok', [0xc0, 0xaf]))).toBe(2); // overlong '/'
    expect(firstInvalidUtf8(bytes([0xed, 0xa0, 0x80]))).toBe(0); // encoded surrogate
    expect(firstInvalidUtf8(bytes('abc', [0xe2, 0x82]))).toBe(3); // cut short
    expect(firstInvalidUtf8(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
    expect(firstInvalidUtf8(bytes('€ 𝄞 ü'))).toBe(-1);
  });
});

describe('text door: strings', () => {
  it('refuses control characters, lone surrogates and, on request, U+FFFD', () => {
    expect(textProblem('a\u0001b')?.reason).toMatch(/control character \(U\+0001\)/);
    expect(textProblem('x\n\ud800y')).toMatchObject({ line: 2, column: 1, reason: expect.stringMatching(/lone surrogate/) });
    expect(textProblem('\udc00')?.reason).toMatch(/lone surrogate/);
    expect(textProblem('😀 ok')).toBeUndefined();
    expect(textProblem('bad \ufffd')).toBeUndefined();
    expect(textProblem('bad \ufffd', { refuseReplacement: true })?.reason).toMatch(/replacement character/);
  });

  it('checkText throws one positioned line', () => {
    expect(refusal(() => checkText('Hallo\nWelt\u0000', { file: 'deepl', what: 'the answer' }))).toMatch(/^deepl:2:5: the answer holds a NUL character/);
  });
});
