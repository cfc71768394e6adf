// Locale files on disk: `locales/<lng>/<namespace>.json`, plain flat i18next JSON v4
// resources. Written atomically, keys in document order, pretty with a trailing newline, so
// editing one source sentence changes one line of the file and nothing else.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Errors, fail } from '../errors/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { checkText, readTextFile, textProblem } from '../fs/text.js';
import { remember } from '../fs/cache.js';
import type { Namespace, Resources } from './i18n.js';

/** Pretty JSON, two spaces, one entry per line, keys in insertion order, trailing newline. */
export function serializeResource(resource: Readonly<Namespace>): string {
  const entries = Object.entries(resource);
  if (entries.length === 0) return '{}\n';
  const lines = entries.map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** What `remember` keeps parsed locale texts under (by the text itself). */
const PARSED = '\0parsed locale resources';

/**
 * Parse and check one locale file: an object of string values, nothing nested. Within a
 * read scope (src/fs/cache.ts) a text read again (the renderer, the review state, the
 * previous source) is parsed once; each caller gets its own copy.
 */
export function parseResource(input: string, file: string): Namespace {
  return { ...remember(PARSED, input, () => parseResourceText(input, file)) };
}

function parseResourceText(input: string, file: string): Namespace {
  // A byte-order mark (Windows editors) is not part of the JSON; the door drops it on read.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  checkText(text, { file, error: Errors.InvalidLocaleFile, what: 'the locale file' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    // Name the entry the problem follows, so a translator finds it by key as well.
    const before = at ? [...text.slice(0, Number(at[1])).matchAll(/"((?:[^"\\]|\\.)*)"\s*:/g)].pop()?.[1] : undefined;
    const after = before !== undefined ? ` (after the entry \`${before}\`)` : '';
    fail(Errors.InvalidLocaleFile, `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}${after}`, { file, ...(at ? lineColumn(text, Number(at[1])) : {}) });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail(Errors.InvalidLocaleFile, 'a locale file is one JSON object of keys and strings', { file, line: 1, column: 1 });
  }
  // The text passed the door above: a value can hold a refused character only by an escape
  // (`\u0000`, a lone `\ud800`, `\b`), so without one no value needs checking again.
  const escaped = /\\[ub]/.test(text);
  const resource: Namespace = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value !== 'string') {
      const offset = text.indexOf(`${JSON.stringify(key)}:`);
      const where = offset === -1 ? {} : lineColumn(text, offset);
      fail(Errors.InvalidLocaleFile, `the value of \`${key}\` must be a string (keys are flat: keySeparator is off)`, { file, ...where });
    }
    // JSON escapes (\u0000, a lone \ud800) reach here only after parsing: checked per value.
    const problem = escaped ? (textProblem(value) ?? textProblem(key)) : undefined;
    if (problem) {
      const offset = text.indexOf(`${JSON.stringify(key)}:`);
      fail(Errors.InvalidLocaleFile, `the value of \`${key}\` holds ${problem.reason}`, { file, ...(offset === -1 ? {} : lineColumn(text, offset)) });
    }
    resource[key] = value;
  }
  return resource;
}

export function resourcePath(localesDir: string, lng: string, ns: string): string {
  return join(localesDir, lng, `${ns}.json`);
}

/** Read a locale file; a file that does not exist is an empty namespace (every key missing). */
export function readResourceFile(path: string, shownAs: string = path): Namespace {
  const text = readLocaleText(path, shownAs);
  return text === undefined ? {} : parseResource(text, shownAs);
}

/** A locale file's text through the text door (UTF-8, no NUL, BOM dropped); undefined when absent. */
export function readLocaleText(path: string, shownAs: string = path): string | undefined {
  if (!existsSync(path)) return undefined;
  return readTextFile(path, { file: shownAs, error: Errors.InvalidLocaleFile, what: 'the locale file' });
}

export function writeResourceFile(path: string, resource: Readonly<Namespace>): void {
  writeFileAtomic(path, serializeResource(resource));
}

/** Load `namespaces` for `languages` from `locales/` into one resources object. */
export function loadResources(localesDir: string, languages: readonly LanguageCode[], namespaces: readonly string[]): Resources {
  const resources: Resources = {};
  for (const lng of languages) {
    const byNs: Record<string, Namespace> = {};
    for (const ns of namespaces) byNs[ns] = readResourceFile(resourcePath(localesDir, lng, ns), `locales/${lng}/${ns}.json`);
    resources[lng] = byNs;
  }
  return resources;
}
