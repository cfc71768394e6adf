// Source units: each segment of the article as a locale value (inline markup as numbered
// tags, digit figures as `{{fN, figure}}`), with the tag map and the figure values that
// belong to it. Both the locale file (buildSourceResource) and the renderer derive them
// from the source tree, so the two can never disagree about what `<1>` or `f2` means.

import type { Heading, Paragraph, PhrasingContent, Root, TableCell, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node as UnistNode } from 'unist';
import { visit } from 'unist-util-visit';
import type { Article, Segment } from '../article/types.js';
import { readFigures, scanNumbers } from '../figures/index.js';
import type { LanguageCode } from '../lang/codes.js';
import type { DateParts, FigureValue } from './figure.js';
import { PAIR_TYPES, type Tag } from './markup.js';

export type Container = Paragraph | Heading | TableCell;

export interface SourceUnit {
  key: string;
  /** The block holding the sentence (in the tree the units were taken from); none for meta keys. */
  container?: Container;
  segment?: Segment;
  /** The locale value: text with `<n>…</n>` tags and `{{fN, figure}}` placeholders. */
  value: string;
  tags: Map<number, Tag>;
  figures: Record<string, FigureValue>;
}

/** Front-matter fields a translator translates, with their locale keys. */
export const META_KEYS = {
  title: 'meta.title',
  section: 'meta.section',
  category: 'meta.category',
  sourceLine: 'meta.sourceLine',
} as const;

type TagRef = { tag: Tag; number: number };
type Piece =
  | { kind: 'text'; value: string }
  | { kind: 'open' | 'close' | 'void'; ref: TagRef }
  | { kind: 'code'; ref: TagRef; value: string };

interface Range {
  start: number;
  end: number;
}

function offsets(node: UnistNode): Range | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

const ENTITY = /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * For each UTF-16 index of a text node's value, the source offset it was written at. The
 * value differs from the source where markdown escapes (`\*`), entities (`&amp;`) or
 * container prefixes (`> ` in a quote) were removed; the walk skips those.
 */
const alignments = new WeakMap<Text, number[] | undefined>();

/** `alignText` once per node: every sentence of a long paragraph clips the same text node. */
function alignmentOf(node: Text, source: string): number[] | undefined {
  if (alignments.has(node)) return alignments.get(node);
  const map = alignText(node, source);
  alignments.set(node, map);
  return map;
}

/** The first index of a non-decreasing array whose value is at least `target` (its length if none). */
function lowerBound(values: readonly number[], target: number, from = 0): number {
  let lo = from;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function alignText(node: Text, source: string): number[] | undefined {
  const range = offsets(node);
  if (!range) return undefined;
  const slice = source.slice(range.start, range.end);
  const value = node.value;
  const map: number[] = [];
  if (slice === value) {
    for (let i = 0; i <= value.length; i++) map.push(range.start + i);
    return map;
  }
  let j = 0;
  for (let i = 0; i < value.length; ) {
    if (j >= slice.length) {
      map.push(range.end);
      i++;
    } else if (slice[j] === value[i]) {
      map.push(range.start + j);
      i++;
      j++;
    } else if (slice[j] === '\\' && slice[j + 1] === value[i]) {
      map.push(range.start + j);
      i++;
      j += 2;
    } else {
      const entity = slice[j] === '&' ? ENTITY.exec(slice.slice(j)) : null;
      if (entity) {
        const width = (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        for (let k = 0; k < width; k++) map.push(range.start + j);
        i += width;
        j += entity[0].length;
      } else {
        j++;
      }
    }
  }
  map.push(range.end);
  return map;
}

function clipText(node: Text, source: string, from: number, to: number): string {
  const map = alignmentOf(node, source);
  if (!map) return node.value;
  // The map is non-decreasing (source offsets in value order): binary search, not a scan.
  const index = (offset: number) => Math.min(lowerBound(map, offset), node.value.length);
  return node.value.slice(index(from), index(to));
}

/** The first of `nodes` (in document order) that ends after `from`: the ones before cannot overlap. */
function firstEndingAfter(nodes: readonly PhrasingContent[], from: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const end = nodes[mid]!.position?.end.offset;
    // A node without a position is kept (it is skipped below): search as if it ended late.
    if (end !== undefined && end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Collect the pieces of `nodes` within [from, to): text clipped, atomic nodes by their start. */
function collect(nodes: PhrasingContent[], source: string, from: number, to: number, out: Piece[]): void {
  // A sentence of a long block looks only at the nodes around it (linear over a block, not quadratic).
  for (let i = firstEndingAfter(nodes, from); i < nodes.length; i++) {
    const node = nodes[i]!;
    const range = offsets(node);
    if (!range) continue;
    if (range.start >= to) break;
    const overlaps = range.start < to && range.end > from;
    const startsInside = range.start >= from && range.start < to;
    if (node.type === 'text') {
      if (overlaps) out.push({ kind: 'text', value: clipText(node, source, Math.max(from, range.start), Math.min(to, range.end)) });
    } else if (node.type === 'inlineCode') {
      if (startsInside) out.push({ kind: 'code', ref: { tag: { kind: 'pair', node: { type: 'inlineCode', value: '' } }, number: 0 }, value: node.value });
    } else if (PAIR_TYPES.has(node.type) && 'children' in node) {
      if (!overlaps) continue;
      const { children, position: _position, ...shell } = node as PhrasingContent & { children: PhrasingContent[] };
      const ref: TagRef = { tag: { kind: 'pair', node: { ...shell, children: [] } as PhrasingContent }, number: 0 };
      out.push({ kind: 'open', ref });
      collect(children, source, from, to, out);
      out.push({ kind: 'close', ref });
    } else if (startsInside) {
      const { position: _position, ...whole } = node as PhrasingContent & { position?: unknown };
      out.push({ kind: 'void', ref: { tag: { kind: 'void', node: whole as PhrasingContent }, number: 0 } });
    }
  }
}

/** Drop tag pairs with nothing inside (a sentence touching only a marker of an emphasis). */
function dropEmptyPairs(pieces: Piece[]): Piece[] {
  let changed = true;
  let list = pieces;
  while (changed) {
    changed = false;
    const next: Piece[] = [];
    for (let i = 0; i < list.length; i++) {
      const piece = list[i];
      const following = list[i + 1];
      if (!piece) continue;
      if (piece.kind === 'open' && following?.kind === 'close' && following.ref === piece.ref) {
        i++;
        changed = true;
        continue;
      }
      if (piece.kind === 'text' && piece.value === '') continue;
      next.push(piece);
    }
    list = next;
  }
  return list;
}

/** YYYY-MM-DD, YYYY-MM, or --MM-DD (no year known). */
const ISO_DATE = /^(\d{4}-\d{2}(-\d{2})?|--\d{2}-\d{2})$/;

interface Found {
  start: number;
  end: number;
  figure: FigureValue;
}

/**
 * Figures per sentence text: the locale file and the render read the same source sentences.
 * Small (a few articles' worth), so that it is full early and a long run's memory stays flat.
 */
const figureCache = new Map<string, Found[]>();
const FIGURE_CACHE_SIZE = 1_000;

/**
 * A copy of a text that shares no memory with any other string. A sentence's plain text is
 * made of slices of the markdown (text node values slice the article source), and a slice keeps
 * its whole parent alive: cached as it is, every entry would hold on to an article.
 */
const ownCopy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/** Digit figures of a plain text: dates and times first (one placeholder each), then numbers. */
function findFigures(plain: string, lang: LanguageCode, referenceDate: string | undefined): Found[] {
  const prefix = `${lang}|${referenceDate ?? ''}|`;
  const cached = figureCache.get(prefix + plain);
  if (cached) return cached;
  // Read from the copy, so the figures' texts are slices of the copy, not of the article.
  const own = ownCopy(plain);
  // Frozen: the values are shared by every unit (and language) built from this text.
  const found = readFiguresOf(own, lang, referenceDate).map((f) => Object.freeze({ ...f, figure: Object.freeze(f.figure) }));
  if (figureCache.size >= FIGURE_CACHE_SIZE) figureCache.delete(figureCache.keys().next().value ?? '');
  figureCache.set(prefix + own, found);
  return found;
}

function readFiguresOf(plain: string, lang: LanguageCode, referenceDate: string | undefined): Found[] {
  const found: Found[] = [];
  // A month named alone ("6月") is no figure of the article, but it is one placeholder here, a
  // date each language writes its own way, never the bare number of the month.
  const readings = readFigures(plain, lang, referenceDate === undefined ? { monthsAlone: true } : { referenceDate, monthsAlone: true });
  for (const reading of readings) {
    // A clock time written with digits is one placeholder, without the qualifier's words
    // ("gegen {{f1, figure}}"): each language writes the time its own way.
    if (reading.kind === 'time' && reading.time !== undefined && /\p{Nd}/u.test(reading.text)) {
      const { start, end } = reading.core ?? reading;
      found.push({ start, end, figure: { style: 'time', time: reading.time, text: plain.slice(start, end) } });
      continue;
    }
    if (reading.kind !== 'date' || reading.date === undefined || !/\p{Nd}/u.test(reading.text)) continue;
    const { date, endDate } = reading;
    if (!ISO_DATE.test(date) || (endDate !== undefined && (!ISO_DATE.test(endDate) || endDate.length !== date.length))) continue;
    const year = date.slice(0, 4);
    // "6月": a month alone, its year taken from the publication date, is written without it.
    const parts: DateParts = date.length === 7 ? (reading.inferred === 'year' ? 'month' : 'month-year') : !date.startsWith('--') && reading.text.includes(year) ? 'day-month-year' : 'day-month';
    const figure: FigureValue = { style: 'date', date, parts, text: reading.text, ...(endDate !== undefined ? { endDate } : {}) };
    found.push({ start: reading.start, end: reading.end, figure });
  }
  const overlapsDate = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const token of scanNumbers(plain, lang)) {
    if (overlapsDate(token.start, token.end)) continue;
    const style = token.percent ? 'percent' : token.year ? 'year' : 'decimal';
    found.push({ start: token.start, end: token.end, figure: { style, value: token.value, decimals: token.decimals, text: token.text } });
  }
  return found.sort((a, b) => a.start - b.start);
}

const NEWLINE = /[ \t]*\r?\n[ \t]*/g;

/** Turn pieces into the locale value, numbering tags and figures in order. */
function serialize(pieces: Piece[], lang: LanguageCode, referenceDate: string | undefined): Omit<SourceUnit, 'key'> {
  for (const piece of pieces) if (piece.kind === 'text') piece.value = piece.value.replace(NEWLINE, ' ');
  // Plain text for the figure reader; inline code is one object character, never read.
  const bounds: Array<Range | undefined> = [];
  let plain = '';
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      bounds.push({ start: plain.length, end: plain.length + piece.value.length });
      plain += piece.value;
    } else {
      bounds.push(undefined);
      if (piece.kind === 'code' || piece.kind === 'void') plain += '\uFFFC';
    }
  }
  // Figures (sorted) inside one text piece (sorted, disjoint): one walk over both.
  const found = findFigures(plain, lang, referenceDate);
  const textBounds = bounds.filter((b): b is Range => b !== undefined);
  const accepted: Found[] = [];
  for (let i = 0, j = 0; i < found.length; i++) {
    const f = found[i]!;
    while (j < textBounds.length && textBounds[j]!.end < f.end) j++;
    const b = textBounds[j];
    if (b && f.start >= b.start && f.end <= b.end) accepted.push(f);
  }
  let next = 0;
  let figureCount = 0;
  const figures: Record<string, FigureValue> = {};
  const tags = new Map<number, Tag>();
  let tagCount = 0;
  let value = '';
  pieces.forEach((piece, index) => {
    switch (piece.kind) {
      case 'text': {
        const b = bounds[index] ?? { start: 0, end: 0 };
        let cursor = b.start;
        while (next < accepted.length && accepted[next]!.start < b.start) next++;
        for (; next < accepted.length && accepted[next]!.end <= b.end; next++) {
          const f = accepted[next]!;
          const id = `f${++figureCount}`;
          figures[id] = f.figure;
          value += plain.slice(cursor, f.start) + `{{${id}, figure}}`;
          cursor = f.end;
        }
        value += plain.slice(cursor, b.end);
        break;
      }
      case 'open':
        piece.ref.number = ++tagCount;
        tags.set(piece.ref.number, piece.ref.tag);
        value += `<${piece.ref.number}>`;
        break;
      case 'close':
        value += `</${piece.ref.number}>`;
        break;
      case 'void':
        piece.ref.number = ++tagCount;
        tags.set(piece.ref.number, piece.ref.tag);
        value += `<${piece.ref.number}/>`;
        break;
      case 'code':
        piece.ref.number = ++tagCount;
        tags.set(piece.ref.number, piece.ref.tag);
        value += `<${piece.ref.number}>${piece.value}</${piece.ref.number}>`;
        break;
    }
  });
  return { value: value.trim(), tags, figures };
}

function containersOf(tree: Root): Array<{ node: Container; range: Range }> {
  const list: Array<{ node: Container; range: Range }> = [];
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const range = offsets(node);
    if (range) list.push({ node: node as Container, range });
  });
  return list.sort((a, b) => a.range.start - b.range.start);
}

/** The block holding `offset`: blocks do not nest, so the last one starting at or before it, if it reaches it. */
function containerAt(containers: ReadonlyArray<{ node: Container; range: Range }>, offset: number): { node: Container; range: Range } | undefined {
  let lo = 0;
  let hi = containers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (containers[mid]!.range.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const holder = containers[lo - 1];
  return holder && offset < holder.range.end ? holder : undefined;
}

export interface ExtractedUnits {
  units: SourceUnit[];
  /** Segments outside any block of the tree (a front-matter title segment, for instance). */
  unplaced: Segment[];
}

/**
 * The units of `tree` (the article's tree or a structural clone of it, which keeps the
 * positions). A sentence owns its block from its start to the next sentence's start, so
 * whitespace, a line break or an image between two sentences is never lost.
 */
export function extractUnits(tree: Root, article: Article, segments: readonly Segment[]): ExtractedUnits {
  const lang = article.frontmatter.lang;
  const referenceDate = article.frontmatter.date;
  const containers = containersOf(tree);
  const placed = new Map<Container, Segment[]>();
  const unplaced: Segment[] = [];
  for (const segment of [...segments].sort((a, b) => a.span.start - b.span.start)) {
    const holder = containerAt(containers, segment.span.start);
    if (!holder) {
      unplaced.push(segment);
      continue;
    }
    const list = placed.get(holder.node) ?? [];
    list.push(segment);
    placed.set(holder.node, list);
  }
  const units: SourceUnit[] = [];
  for (const { node, range } of containers) {
    const inBlock = placed.get(node);
    if (!inBlock) continue;
    inBlock.forEach((segment, i) => {
      const from = i === 0 ? range.start : segment.span.start;
      const to = inBlock[i + 1]?.span.start ?? range.end;
      const pieces: Piece[] = [];
      collect(node.children, article.source, from, to, pieces);
      const unit = serialize(dropEmptyPairs(pieces), lang, referenceDate);
      units.push({ key: segment.id, container: node, segment, ...unit });
    });
  }
  return { units, unplaced };
}

/** A unit for a plain front-matter string (figures become placeholders too). */
export function plainUnit(key: string, text: string, article: Article): SourceUnit {
  return { key, ...serialize([{ kind: 'text', value: text }], article.frontmatter.lang, article.frontmatter.date) };
}

/** The plain text of the first level-1 heading, if the body has one. */
export function bodyTitle(tree: Root): string | undefined {
  const h1 = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  return h1 ? toString(h1).replace(/\s+/g, ' ').trim() : undefined;
}

/** Front-matter units in document order: title (when not the body's H1), section, category, source line. */
export function metaUnits(article: Article): SourceUnit[] {
  const fm = article.frontmatter;
  const units: SourceUnit[] = [];
  if (bodyTitle(article.tree) !== fm.title.replace(/\s+/g, ' ').trim()) units.push(plainUnit(META_KEYS.title, fm.title, article));
  if (fm.section !== undefined) units.push(plainUnit(META_KEYS.section, fm.section, article));
  if (fm.category !== undefined) units.push(plainUnit(META_KEYS.category, fm.category, article));
  if (fm.sourceLine !== undefined) units.push(plainUnit(META_KEYS.sourceLine, fm.sourceLine, article));
  return units;
}
