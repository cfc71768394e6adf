// Import: turn a scraped news page (plain text or HTML) into a content folder's index.md —
// front matter in the project's schema and a markdown body. `importPage` is pure (the
// scheduler reuses it for remote pages); reading bytes and writing folders are separate.

import { Errors, fail } from '../../errors/index.js';
import { decodeText } from '../../fs/text.js';
import { Location } from '../../article/location.js';
import type { LanguageCode } from '../../lang/codes.js';
import { ImportErrors } from './errors.js';
import { readHtmlPage } from './html/index.js';
import { buildArticle, type ImportResult } from './page.js';
import { readTextPage } from './text.js';

export type { ImportedFrontMatter, ImportResult, Page } from './page.js';
export { detectLanguage } from './detect.js';
export { readDate, readLanguageBar, readCredits, readSource } from './meta.js';
export { escapeMarkdownText } from './markdown.js';
export { slugify, slugFromFileName } from './slug.js';
export { writeArticleFolder } from './write.js';
export { explainReport, type Dropped, type DropReason } from './explain.js';
export { fetchPage, parseWebUrl, type FetchedPage } from './fetch.js';
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
  /** Where the page was fetched from: the article's `source` when the page names no canonical address. */
  url?: string;
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
  if (options.url) build.url = options.url;
  return buildArticle(reading.page, build, reading.bodyPlace);
}

/** HTML or text: by file extension, else by the first characters. */
export function pageFormatOf(name: string, text: string): PageFormat {
  if (/\.(?:html?|xhtml)$/iu.test(name)) return 'html';
  if (/\.(?:txt|text)$/iu.test(name)) return 'txt';
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/iu.test(text) ? 'html' : 'txt';
}

/** Decode a page's bytes, refusing binary data and invalid UTF-8 with a position (the text door). */
export function decodePage(bytes: Uint8Array, file: string, limitBytes: number): string {
  if (bytes.byteLength > limitBytes) fail(Errors.FileTooLarge, `the page is ${bytes.byteLength} bytes, more than the limit of ${limitBytes}`, { file });
  return decodeText(bytes, { file, error: Errors.BinaryFile, what: 'the page' });
}
