// The text a reader sees, built from a locale value: each `{{fN, figure}}` formatted for the
// language by the localize stage's formatter (exactly what i18next's `figure` formatter
// prints), tags removed, and a map back from every offset of that text to the locale value,
// so a finding in the rendered sentence points at the right place of locales/<lng>/<ns>.json.

import type { LanguageCode } from '../lang/codes.js';
import { formatFigure, type FigureValue } from '../localize/index.js';
import type { QaText } from './types.js';

/** Placeholders, self-closing tags, opening and closing tags, as i18next and the renderer read them. */
export const VALUE_TOKEN = /\{\{(.*?)\}\}|<(\d+)\/>|<(\d+)>|<\/(\d+)>/g;
/** A well-formed figure placeholder. */
export const FIGURE_PLACEHOLDER = /^\s*(f\d+)\s*,\s*figure\s*$/;

interface Piece {
  /** Start in the rendered text and in the raw value. */
  at: number;
  raw: number;
  length: number;
  rawLength: number;
  /** Copied from the raw value character for character. */
  literal: boolean;
}

/** Object replacement character: stands for inline code, which is never read as text. */
const CODE = '\uFFFC';

/**
 * Render a locale value for `lang`. Placeholders without a figure value stay as written (a
 * pair given on the command line has none); the content of `codeTags` becomes one U+FFFC.
 */
export function qaText(raw: string, lang: LanguageCode, figures: Readonly<Record<string, FigureValue>> = {}, codeTags: ReadonlySet<number> = new Set()): QaText {
  const pieces: Piece[] = [];
  let text = '';
  let last = 0;
  let inCode: number | undefined;
  const literal = (from: number, to: number) => {
    if (to <= from) return;
    if (inCode !== undefined) return;
    pieces.push({ at: text.length, raw: from, length: to - from, rawLength: to - from, literal: true });
    text += raw.slice(from, to);
  };
  const replaced = (from: number, to: number, value: string) => {
    pieces.push({ at: text.length, raw: from, length: value.length, rawLength: to - from, literal: false });
    text += value;
  };
  for (const match of raw.matchAll(VALUE_TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    literal(last, start);
    last = end;
    const [, placeholder, , open, close] = match;
    if (placeholder !== undefined) {
      if (inCode !== undefined) continue;
      const id = FIGURE_PLACEHOLDER.exec(placeholder)?.[1];
      const figure = id === undefined ? undefined : figures[id];
      if (figure) replaced(start, end, formatFigure(figure, lang));
      else literal(start, end);
    } else if (open !== undefined && codeTags.has(Number(open)) && inCode === undefined) {
      replaced(start, end, CODE);
      inCode = Number(open);
    } else if (close !== undefined && inCode === Number(close)) {
      inCode = undefined;
    }
  }
  literal(last, raw.length);
  const toRaw = (offset: number, edge: 'start' | 'end' = 'start'): number => {
    if (offset <= 0) return pieces[0]?.raw ?? 0;
    for (const piece of pieces) {
      const inside = edge === 'start' ? offset >= piece.at && offset < piece.at + piece.length : offset > piece.at && offset <= piece.at + piece.length;
      if (!inside) continue;
      if (piece.literal) return piece.raw + (offset - piece.at);
      return edge === 'start' ? piece.raw : piece.raw + piece.rawLength;
    }
    return raw.length;
  };
  return { lang, raw, text, toRaw };
}

/** Plain text that is its own locale value (a pair given on the command line). */
export function plainText(text: string, lang: LanguageCode): QaText {
  return qaText(text, lang);
}

/** Whitespace-normalised, for comparing two texts as a reader would. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009]+/gu, ' ').trim();
}
