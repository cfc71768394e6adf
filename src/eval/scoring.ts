// Scoring for the evaluation on real material (issue 11): the figure reader against a hand-made
// gold (spans matched by overlap; "kind+value" and "strict" agreement), and rates of QA findings
// on real translation pairs and their corruptions. Pure functions, no file access: the sections in
// pairs.ts, gold.ts and validation.ts read the data and print.

import type { FigureKind, FigureValueFields } from '../article/types.js';

/** One figure of the gold as annotated by hand (see ../shared/eval/figure-gold/README.md): the
 * value fields of the figure contract; `unit` is a catalogue id (km, kg, °C …), absent for
 * counted nouns, or `%` for a range of percentages. */
export interface GoldFigure extends Pick<FigureValueFields, 'value' | 'min' | 'max' | 'date' | 'endDate' | 'time' | 'unit' | 'currency' | 'qualifier' | 'percentPoints'> {
  /** The span exactly as written in the text. */
  text: string;
  kind: FigureKind;
  /** Free text for the annotator; never compared. */
  note?: string;
  /** Offset of the span, only for a figure that overlaps the one before it. */
  start?: number;
}

export interface Located {
  start: number;
  end: number;
}

export type LocatedGold = GoldFigure & Located;

/** What the reader said about one span: the fields compared (a FigureReading fits). */
export interface ReadFigure extends Located {
  text: string;
  kind: string;
  value?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  date?: string | undefined;
  endDate?: string | undefined;
  time?: string | undefined;
  unit?: string | undefined;
  currency?: string | undefined;
  qualifier: string;
  percentPoints?: boolean | undefined;
}

/**
 * Places each gold figure in the text: the figures are listed in text order, each searched from
 * the end of the one before it. A figure that overlaps the one before gives its `start` offset.
 * Throws a message naming the figure when a span is not in the text.
 */
export function locateGold(text: string, figures: readonly GoldFigure[], where = 'gold'): LocatedGold[] {
  let from = 0;
  return figures.map((figure, i) => {
    const start = figure.start !== undefined ? (text.startsWith(figure.text, figure.start) ? figure.start : -1) : text.indexOf(figure.text, from);
    if (figure.text === '' || start < 0) throw new Error(`${where}: figure ${i + 1} \`${figure.text}\` not found in the text ${figure.start !== undefined ? `at offset ${figure.start}` : `after offset ${from}`}`);
    from = start + figure.text.length;
    return { ...figure, start, end: start + figure.text.length };
  });
}

/** Numbers compare to 12 significant digits, so float noise never decides. */
function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Number(a.toPrecision(12)) === Number(b.toPrecision(12));
}

/** Number and quantity are one kind for matching: the unit field tells them apart in "strict". */
function kindClass(kind: string): string {
  return kind === 'quantity' ? 'number' : kind;
}

export function sameKindValue(gold: GoldFigure, read: ReadFigure): boolean {
  if (kindClass(gold.kind) !== kindClass(read.kind)) return false;
  switch (gold.kind) {
    case 'date':
      return gold.date === read.date && (gold.endDate ?? undefined) === (read.endDate ?? undefined);
    case 'time':
      return gold.time !== undefined && gold.time === read.time;
    case 'range':
      if (gold.date !== undefined || read.date !== undefined) return gold.date === read.date && gold.endDate === read.endDate;
      return sameNumber(gold.min, read.min) && sameNumber(gold.max, read.max);
    default:
      return sameNumber(gold.value, read.value);
  }
}

/**
 * `canonicalUnit` maps a unit as the reader wrote it (a symbol, a word of the language, a
 * counted noun) to a catalogue id, or undefined when it is not a catalogue unit.
 */
export function sameStrict(gold: GoldFigure, read: ReadFigure, canonicalUnit: (unit: string) => string | undefined): boolean {
  if (!sameKindValue(gold, read)) return false;
  if (gold.qualifier !== read.qualifier) return false;
  if (Boolean(gold.percentPoints) !== Boolean(read.percentPoints)) return false;
  const readCurrency = read.currency ?? (read.unit !== undefined && /^[A-Z]{3}$/.test(read.unit) ? read.unit : undefined);
  if ((gold.currency ?? undefined) !== readCurrency) return false;
  if (gold.kind === 'percent' || gold.kind === 'money' || readCurrency !== undefined) return true;
  // a range of percentages carries `%` as its unit on both sides
  if (gold.unit === '%' || read.unit === '%') return gold.unit === read.unit;
  const goldUnit = gold.unit !== undefined ? canonicalUnit(gold.unit) ?? gold.unit : undefined;
  const readUnit = read.unit !== undefined ? canonicalUnit(read.unit) : undefined;
  return goldUnit === readUnit;
}

export interface FigureMatch {
  gold: LocatedGold;
  read: ReadFigure;
  kindValue: boolean;
  strict: boolean;
}

export interface GoldScore {
  gold: number;
  read: number;
  /** Gold figures matched to an overlapping reading with equal kind and value. */
  kindValue: number;
  /** …with equal kind, value, unit or currency, and qualifier. */
  strict: number;
  matches: FigureMatch[];
  /** Gold figures no reading overlaps. */
  missed: LocatedGold[];
  /** Readings that overlap no gold figure (or whose gold figure went to a better reading). */
  spurious: ReadFigure[];
}

const overlap = (a: Located, b: Located) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * One-to-one matching by overlapping span: pairs that agree strictly first, then on kind and
 * value, then any overlap; the larger overlap first within each.
 */
export function scoreGold(gold: readonly LocatedGold[], read: readonly ReadFigure[], canonicalUnit: (unit: string) => string | undefined): GoldScore {
  const edges: Array<{ g: number; r: number; rank: number; size: number; kv: boolean; strict: boolean }> = [];
  gold.forEach((g, gi) => {
    read.forEach((r, ri) => {
      const size = overlap(g, r);
      if (size <= 0) return;
      const kv = sameKindValue(g, r);
      const strict = kv && sameStrict(g, r, canonicalUnit);
      edges.push({ g: gi, r: ri, rank: strict ? 2 : kv ? 1 : 0, size, kv, strict });
    });
  });
  edges.sort((a, b) => b.rank - a.rank || b.size - a.size || a.g - b.g || a.r - b.r);
  const usedGold = new Set<number>();
  const usedRead = new Set<number>();
  const matches: FigureMatch[] = [];
  for (const edge of edges) {
    if (usedGold.has(edge.g) || usedRead.has(edge.r)) continue;
    usedGold.add(edge.g);
    usedRead.add(edge.r);
    matches.push({ gold: gold[edge.g]!, read: read[edge.r]!, kindValue: edge.kv, strict: edge.strict });
  }
  matches.sort((a, b) => a.gold.start - b.gold.start);
  return {
    gold: gold.length,
    read: read.length,
    kindValue: matches.filter((m) => m.kindValue).length,
    strict: matches.filter((m) => m.strict).length,
    matches,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    spurious: read.filter((_, i) => !usedRead.has(i)),
  };
}

export function addScores(a: GoldScore, b: GoldScore): GoldScore {
  return {
    gold: a.gold + b.gold,
    read: a.read + b.read,
    kindValue: a.kindValue + b.kindValue,
    strict: a.strict + b.strict,
    matches: [...a.matches, ...b.matches],
    missed: [...a.missed, ...b.missed],
    spurious: [...a.spurious, ...b.spurious],
  };
}

export const EMPTY_SCORE: GoldScore = { gold: 0, read: 0, kindValue: 0, strict: 0, matches: [], missed: [], spurious: [] };

/** Recall and precision of one agreement level; 1 when there is nothing to find or nothing read. */
export function recallPrecision(score: GoldScore, level: 'kindValue' | 'strict'): { recall: number; precision: number } {
  const agreed = score[level];
  return { recall: score.gold ? agreed / score.gold : 1, precision: score.read ? agreed / score.read : 1 };
}

/** Share of items that are flagged, by a key (language, class …). */
export function rates<T>(items: readonly T[], keyOf: (item: T) => string, flagged: (item: T) => boolean): Map<string, { flagged: number; total: number }> {
  const out = new Map<string, { flagged: number; total: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const entry = out.get(key) ?? { flagged: 0, total: 0 };
    entry.total++;
    if (flagged(item)) entry.flagged++;
    out.set(key, entry);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The shape of a message, for counting patterns: quoted figures and numbers become `…`, so
 * "`12.40 Uhr` (12.4) is not in the source" and "`7.55` (7.55) …" count as one pattern.
 */
export function messagePattern(ruleId: string, message: string): string {
  const shape = message
    .replace(/`[^`]*`/gu, '`…`')
    .replace(/„[^“]*“|“[^”]*”|"[^"]*"|«[^»]*»|「[^」]*」/gu, '"…"')
    .replace(/\p{N}+(?:[.,\u00a0\u202f ]\p{N}+)*/gu, 'N');
  return `${ruleId}: ${shape}`;
}

/** The `limit` most frequent keys with their count and up to `examples` examples each. */
export function topPatterns<T>(items: readonly T[], keyOf: (item: T) => string, limit = 10, examples = 3): Array<{ pattern: string; count: number; examples: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  return [...groups]
    .sort(([ka, a], [kb, b]) => b.length - a.length || ka.localeCompare(kb))
    .slice(0, limit)
    .map(([pattern, list]) => ({ pattern, count: list.length, examples: list.slice(0, examples) }));
}

export const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
