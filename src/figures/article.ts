// The article side of the figures stage: read each segment in the article's language with
// the article's date as reference, place every figure in the file (offsets, line, column),
// number them f1, f2 … in document order, and turn ambiguous forms into positioned warnings.

import { Location } from '../article/location.js';
import type { Article, Figure, Message, Segment, Span } from '../article/types.js';
import { readFigures } from './index.js';
import type { FigureReading } from './types.js';
import { checkFigureLimit } from '../article/limits.js';

export const AMBIGUOUS_RULE = 'figures/ambiguous-number';

/**
 * Where segment text sits in the source. Segment text is plain text; with inline markup
 * ("**15.000** Schränke") it is not a verbatim slice, so each character is found in order.
 */
function sourceOffsets(source: string, segment: Segment): (offset: number) => number {
  const { start, end } = segment.span;
  if (source.slice(start, end) === segment.text) return (offset) => start + offset;
  const map: number[] = [];
  let cursor = start;
  for (let i = 0; i < segment.text.length; i++) {
    const found = source.indexOf(segment.text[i]!, cursor);
    const at = found === -1 || found >= end ? cursor : found;
    map.push(at);
    cursor = found === -1 || found >= end ? cursor : found + 1;
  }
  map.push(cursor);
  return (offset) => map[Math.min(offset, map.length - 1)] ?? start;
}

/** The span of a reading in the source: the figure's own text if it appears verbatim there. */
function placeReading(source: string, segment: Segment, reading: FigureReading, toSource: (offset: number) => number): Span {
  const mappedStart = toSource(reading.start);
  const verbatim = source.indexOf(reading.text, Math.max(segment.span.start, mappedStart - reading.text.length));
  if (verbatim !== -1 && verbatim + reading.text.length <= segment.span.end && Math.abs(verbatim - mappedStart) <= reading.text.length) {
    return { start: verbatim, end: verbatim + reading.text.length };
  }
  return { start: mappedStart, end: Math.max(mappedStart, toSource(reading.end - 1) + 1) };
}

function toFigure(reading: FigureReading, segment: Segment, span: Span, source: string, location: Location): Figure {
  const from = location.toPoint(span.start);
  const to = location.toPoint(span.end);
  const figure: Figure = {
    id: '',
    segment: segment.id,
    text: source.slice(span.start, span.end),
    kind: reading.kind,
    qualifier: reading.qualifier,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    span,
  };
  if (reading.value !== undefined) figure.value = reading.value;
  if (reading.min !== undefined) figure.min = reading.min;
  if (reading.max !== undefined) figure.max = reading.max;
  if (reading.date !== undefined) figure.date = reading.date;
  if (reading.endDate !== undefined) figure.endDate = reading.endDate;
  if (reading.inferred !== undefined) figure.inferred = reading.inferred;
  if (reading.time !== undefined) figure.time = reading.time;
  if (reading.unit !== undefined) figure.unit = reading.unit;
  if (reading.currency !== undefined) figure.currency = reading.currency;
  if (reading.decimals !== undefined) figure.decimals = reading.decimals;
  if (reading.percentPoints) figure.percentPoints = true;
  return figure;
}

/** Read the figures of every segment; fills `article.figures` and adds warnings to `article.messages`. */
export function extractArticleFigures(article: Article): Figure[] {
  const location = new Location(article.source);
  const options = article.frontmatter.date ? { referenceDate: article.frontmatter.date } : {};
  const found: Array<{ figure: Figure; ambiguous?: string }> = [];
  const readings = new Map<string, readonly FigureReading[]>();
  const limit = article.limits?.figures ?? Infinity;
  let partial = false;
  for (const segment of article.segments) {
    // Past the limit the article is refused: now, not after reading the rest of it.
    if (found.length > limit) {
      partial = true;
      break;
    }
    const toSource = sourceOffsets(article.source, segment);
    const read = readFigures(segment.text, article.frontmatter.lang, options);
    readings.set(segment.id, read);
    for (const reading of read) {
      const span = placeReading(article.source, segment, reading, toSource);
      found.push({ figure: toFigure(reading, segment, span, article.source, location), ...(reading.ambiguous ? { ambiguous: reading.ambiguous } : {}) });
    }
  }
  found.sort((a, b) => a.figure.span.start - b.figure.span.start);
  const figures = found.map(({ figure }, index) => ({ ...figure, id: `f${index + 1}` }));
  found.forEach(({ ambiguous }, index) => {
    if (!ambiguous) return;
    const figure = figures[index]!;
    const message: Message = {
      ruleId: AMBIGUOUS_RULE,
      severity: 'warning',
      message: `Ambiguous number ${figure.id}: ${ambiguous}`,
      line: figure.line,
      column: figure.column,
      endLine: figure.endLine,
      endColumn: figure.endColumn,
      source: 'figures',
      file: article.path,
      segment: figure.segment,
      actual: figure.text,
    };
    article.messages.push(message);
  });
  article.figures = figures;
  article.readings = readings;
  checkFigureLimit(article, figures.length, article.limits, partial);
  return figures;
}
