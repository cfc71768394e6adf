// Import: turn a scraped news page (plain text or HTML) into a content folder's index.md —
// front matter in the project's schema and a markdown body. `importPage` is pure (the
// scheduler reuses it for remote pages); reading bytes and writing folders are separate.

import { Errors, fail } from '../../errors/index.js';
import { Location } from '../../article/location.js';
import type { LanguageCode } from '../../lang/codes.js';
import { ImportErrors } from './errors.js';
import { readHtmlPage } from './html.js';
import { buildArticle, type ImportResult } from './page.js';
import { readTextPage } from './text.js';

export type { ImportedFrontMatter, ImportResult, Page } from './page.js';
export { detectLanguage } from './detect.js';
export { readDate, readLanguageBar, readCredits, readSource } from './meta.js';
export { escapeMarkdownText } from './markdown.js';
export { slugify, slugFromFileName } from './slug.js';
export { writeArticleFolder } from './write.js';
export { ImportErrors } from './errors.js';

export type PageFormat = 'txt' | 'html';

export interface ImportOptions {
  format: PageFormat;
  /** The source language; detected from the text when not given. */
  lang?: LanguageCode;
  slug?: string;
  /** The page's file name: a hint for the slug ("ki-stadt-2024-08-02.de.txt" → "ki-stadt"). */
  name?: string;
  /** Shown in error messages. */
  file?: string;
}

/** Turn a page into `{ slug, frontmatter, markdown }`; throws one positioned error for an unusable page. */
export function importPage(text: string, options: ImportOptions): ImportResult {
  const file = options.file;
  const at = (offset: number) => {
    const point = new Location(text).toPoint(offset);
    return { ...(file ? { file } : {}), line: point.line, column: point.column };
  };
  const page = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (page.trim() === '') fail(ImportErrors.UnusablePage, 'the page is empty', at(0));
  const nul = page.indexOf('\u0000');
  if (nul !== -1) fail(Errors.BinaryFile, 'binary data (a NUL character), not a text or HTML page', at(nul));
  const reading = options.format === 'html' ? readHtmlPage(page, file) : readTextPage(page, file);
  const build: Parameters<typeof buildArticle>[1] = {};
  if (options.lang) build.lang = options.lang;
  if (options.slug) build.slug = options.slug;
  if (options.name) build.name = options.name;
  return buildArticle(reading.page, build, reading.bodyPlace);
}

/** HTML or text: by file extension, else by the first characters. */
export function pageFormatOf(name: string, text: string): PageFormat {
  if (/\.(?:html?|xhtml)$/iu.test(name)) return 'html';
  if (/\.(?:txt|text)$/iu.test(name)) return 'txt';
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/iu.test(text) ? 'html' : 'txt';
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decode a page's bytes, refusing binary data and invalid UTF-8 with a position. */
export function decodePage(bytes: Uint8Array, file: string, limitBytes: number): string {
  if (bytes.byteLength > limitBytes) fail(Errors.FileTooLarge, `the page is ${bytes.byteLength} bytes, more than the limit of ${limitBytes}`, { file });
  const lineAt = (offset: number) => {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 10) {
        line++;
        start = i + 1;
      }
    }
    // Columns count characters of the valid text before the offset.
    const column = new TextDecoder('utf-8').decode(bytes.subarray(start, offset)).length + 1;
    return { file, line, column };
  };
  const nul = bytes.indexOf(0);
  if (nul !== -1) fail(Errors.BinaryFile, `binary data (a NUL byte at offset ${nul}), not a text or HTML page`, lineAt(nul));
  try {
    return decoder.decode(bytes);
  } catch {
    fail(Errors.BinaryFile, 'the page is not valid UTF-8', lineAt(firstInvalidUtf8(bytes)));
  }
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
