// TMX 1.4b, the translation memory exchange every CAT tool reads (OmegaT, memoQ, Trados,
// Weblate): export the memory newsdesk builds from the locale files (every value with the
// source it translates, its review state and article#key), and import a CAT tool's memory,
// kept as `locales/tm/<from>-<to>.json` and offered by the translation memory (exact matches
// reused by `translate`, fuzzy ones suggested). Inline codes carry their native form:
//
//   {{f1, figure}}  <ph type="x-figure">{{f1, figure}}</ph>
//   <1>…</1>        <bpt i="1" type="x-tag">&lt;1&gt;</bpt>…<ept i="1">&lt;/1&gt;</ept>
//   <2/>            <ph x="2">&lt;2/&gt;</ph>
//
// Import reads `xml:lang` (1.4) and `lang` (1.1, OmegaT's project_save.tmx); codes without a
// native form (another tool's <bpt>) make the unit unusable, skipped with a warning.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../../article/types.js';
import { fail } from '../../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { writeFileAtomic } from '../../localize/index.js';
import { WorkflowErrors } from './errors.js';
import { markupProblems } from './markup-check.js';
import { memoryEntries, type MemoryMatch } from './memory.js';
import { childElements, escapeAttribute, escapeText, XmlReader, type XmlElement, type XmlNode } from './xml.js';

const TOKEN = /\{\{\s*(f\d+)\s*,\s*figure\s*\}\}|<(\/?)(\d+)(\/?)>/g;

/** A locale value as TMX inline content (figures and tags as codes with their native form). */
export function tmxSegment(value: string): string {
  if (markupProblems(value, value).length > 0) return escapeText(value);
  let out = '';
  let last = 0;
  for (const match of value.matchAll(TOKEN)) {
    const [whole, figure, slash, number, selfClosing] = match;
    out += escapeText(value.slice(last, match.index));
    last = match.index + whole.length;
    if (figure !== undefined) out += `<ph type="x-figure">${escapeText(whole)}</ph>`;
    else if (selfClosing) out += `<ph x="${number}">${escapeText(whole)}</ph>`;
    else if (slash) out += `<ept i="${number}">${escapeText(whole)}</ept>`;
    else out += `<bpt i="${number}" x="${number}">${escapeText(whole)}</bpt>`;
  }
  return out + escapeText(value.slice(last));
}

function tmxDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)/.exec(iso);
  return m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z` : undefined;
}

export interface TmxExportOptions {
  localesDir: string;
  contentDir: string;
  from: LanguageCode;
  to: readonly LanguageCode[];
  version: string;
  /** Creation date of the file (tests pass one). */
  now?: string;
}

/** The memory of `from` → each of `to` as one TMX 1.4b document (one <tu> per source and language). */
export function exportTmx(options: TmxExportOptions): { tmx: string; units: number } {
  const units: string[] = [];
  for (const to of options.to) {
    if (to === options.from) continue;
    for (const [source, match] of memoryEntries(options.localesDir, options.contentDir, options.from, to)) {
      const date = tmxDate(match.at);
      units.push(
        [
          `    <tu tuid="${escapeAttribute(`${to}:${match.article}#${match.key}`)}"${date ? ` changedate="${date}"` : ''}>`,
          `      <prop type="x-newsdesk-state">${match.state}</prop>`,
          `      <prop type="x-newsdesk-key">${escapeText(`${match.article}#${match.key}`)}</prop>`,
          `      <tuv xml:lang="${options.from}"><seg>${tmxSegment(source)}</seg></tuv>`,
          `      <tuv xml:lang="${to}"><seg>${tmxSegment(match.value)}</seg></tuv>`,
          '    </tu>',
        ].join('\n'),
      );
    }
  }
  const created = tmxDate(options.now ?? new Date().toISOString());
  const tmx = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="newsdesk" creationtoolversion="${escapeAttribute(options.version)}" segtype="sentence" o-tmf="newsdesk-locales" adminlang="en" srclang="${options.from}" datatype="plaintext"${created ? ` creationdate="${created}"` : ''}/>`,
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
  return { tmx, units: units.length };
}

// ------------------------------------------------------------------------------- import

/** One imported memory entry: a source value and its translation. */
export interface ImportedEntry {
  source: string;
  target: string;
  /** Where it came from: the file and the unit's tuid or position. */
  origin: string;
  at: string;
}

export const IMPORTED_FORMAT = 'newsdesk-imported-memory/1';

export function importedMemoryPath(localesDir: string, from: string, to: string): string {
  return join(localesDir, 'tm', `${from}-${to}.json`);
}

/** The imported entries of `from` → `to` (none: empty); an unreadable file counts as none. */
export function readImportedMemory(localesDir: string, from: string, to: string): ImportedEntry[] {
  const path = importedMemoryPath(localesDir, from, to);
  if (!existsSync(path)) return [];
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { format?: string; entries?: ImportedEntry[] };
    return data.format === IMPORTED_FORMAT && Array.isArray(data.entries) ? data.entries.filter((e) => typeof e?.source === 'string' && typeof e.target === 'string') : [];
  } catch {
    return [];
  }
}

export interface TmxImportResult {
  from: LanguageCode;
  /** Entries added or changed per target language. */
  added: Partial<Record<LanguageCode, number>>;
  unchanged: number;
  messages: Message[];
}

function textOf(nodes: readonly XmlNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : textOf(n.children))).join('');
}

const NATIVE = /^(?:\{\{\s*f\d+\s*,\s*figure\s*\}\}|<\/?\d+\/?>)$/;

/** A <seg> back to a locale value; undefined when a code has no native form newsdesk knows. */
function segValue(seg: XmlElement): string | undefined {
  let out = '';
  for (const node of seg.children) {
    if (node.type === 'text') {
      out += node.value;
      continue;
    }
    if (node.name === 'hi') {
      const inner = segValue(node);
      if (inner === undefined) return undefined;
      out += inner;
      continue;
    }
    const native = textOf(node.children);
    if ((node.name === 'ph' || node.name === 'bpt' || node.name === 'ept' || node.name === 'it') && NATIVE.test(native)) out += native;
    else return undefined;
  }
  return out;
}

/** Import a TMX file into the imported memory (merged: a later entry for the same source wins). */
export function importTmx(text: string, file: string, localesDir: string, now: string = new Date().toISOString()): TmxImportResult {
  const reader = new XmlReader(text, file, WorkflowErrors.InvalidExchangeFile);
  const root = reader.parse();
  const here = (offset: number) => reader.place(offset);
  if (root.name !== 'tmx') fail(WorkflowErrors.InvalidExchangeFile, `the root element is <${root.name}>, not <tmx>`, here(root.start));
  const header = childElements(root, 'header')[0];
  const body = childElements(root, 'body')[0];
  if (!header || !body) fail(WorkflowErrors.InvalidExchangeFile, 'a TMX document has a <header> and a <body>', here(root.start));
  const langOf = (el: XmlElement) => (el.attributes.get('xml:lang') ?? el.attributes.get('lang') ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const from = (header.attributes.get('srclang') ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (!isLanguageCode(from)) fail(WorkflowErrors.InvalidExchangeFile, `srclang \`${header.attributes.get('srclang') ?? ''}\` is not a language of the product (TMX files with srclang="*all*" are not read)`, here(header.start));
  const messages: Message[] = [];
  const warn = (offset: number, message: string) => {
    const p = here(offset);
    messages.push({ ruleId: 'tmx/unit', severity: 'warning', message, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, source: 'tmx', file });
  };
  const incoming = new Map<string, ImportedEntry[]>();
  childElements(body, 'tu').forEach((tu, index) => {
    const tuvs = childElements(tu, 'tuv');
    const sourceTuv = tuvs.find((t) => langOf(t) === from);
    if (!sourceTuv) return warn(tu.start, `a <tu> without a ${from} <tuv>: skipped`);
    const seg = childElements(sourceTuv, 'seg')[0];
    const source = seg ? segValue(seg) : undefined;
    if (source === undefined || source.trim() === '') return warn(tu.start, 'a <tu> whose source has codes newsdesk cannot read back: skipped');
    for (const tuv of tuvs) {
      const to = langOf(tuv);
      if (tuv === sourceTuv || !isLanguageCode(to) || to === from) continue;
      const targetSeg = childElements(tuv, 'seg')[0];
      const target = targetSeg ? segValue(targetSeg) : undefined;
      if (target === undefined || target.trim() === '') {
        warn(tuv.start, `a ${to} <tuv> without a usable <seg>: skipped`);
        continue;
      }
      const problems = markupProblems(source, target);
      if (problems.length > 0) {
        warn(tuv.start, `the ${to} translation's figures or tags differ from the source (${problems.join('; ')}): skipped`);
        continue;
      }
      const origin = `${file}#${tu.attributes.get('tuid') ?? index + 1}`;
      incoming.set(to, [...(incoming.get(to) ?? []), { source, target, origin, at: now }]);
    }
  });
  const result: TmxImportResult = { from, added: {}, unchanged: 0, messages };
  for (const [to, entries] of incoming) {
    const known = new Map(readImportedMemory(localesDir, from, to).map((e) => [e.source, e]));
    let added = 0;
    for (const entry of entries) {
      const previous = known.get(entry.source);
      if (previous?.target === entry.target) {
        result.unchanged += 1;
        continue;
      }
      known.set(entry.source, entry);
      added += 1;
    }
    if (added > 0) {
      const doc = { format: IMPORTED_FORMAT, from, to, entries: [...known.values()] };
      writeFileAtomic(importedMemoryPath(localesDir, from, to), `${JSON.stringify(doc, null, 2)}\n`);
    }
    result.added[to as LanguageCode] = added;
  }
  return result;
}

export type { MemoryMatch };
