// A locale value as the pieces a CAT format protects: text, figures (`{{f1, figure}}`), tags
// (`<1>…</1>`, `<2/>`) and inline code (`<3>npm ci</3>`, never translated). Every exchange
// format (XLIFF 1.2 and 2.0, PO, TMX) writes these pieces its own way and reads them back
// into the same value; a tool that flattens inline codes to text (translate-toolkit's
// xliff2po, a PO editor) still sees the locale value itself, since each code carries its
// native form.
//
// Figures are shown as a translator needs them: the source text as written (`15.000`), the
// value written for the target language (`15 000`), and what it means (value, unit,
// qualifier), from the article's own figure reading.

import type { Figure } from '../../article/types.js';
import { extractArticleFigures } from '../../figures/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import { formatFigure, type FigureValue } from '../../localize/index.js';
import type { ArticleSource, SourceKey } from './source.js';

export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'figure'; id: string; native: string }
  | { kind: 'open'; id: string; native: string; what: string }
  | { kind: 'close'; id: string; native: string }
  | { kind: 'void'; id: string; native: string; what: string }
  | { kind: 'code'; id: string; native: string; code: string };

const TOKEN = /\{\{\s*(f\d+)\s*,\s*figure\s*\}\}|<(\/?)(\d+)(\/?)>/g;

/**
 * The pieces of a value, or undefined when its tags do not nest (such a value is written as
 * text, and the import's markup check names the problem).
 */
export function pieces(value: string, unit: SourceKey): Piece[] | undefined {
  const out: Piece[] = [];
  const keep = new Set(unit.keep);
  const open: string[] = [];
  let last = 0;
  let code: { id: string; start: number; native: string } | undefined;
  const text = (to: number) => {
    if (to > last) out.push({ kind: 'text', text: value.slice(last, to) });
  };
  for (const match of value.matchAll(TOKEN)) {
    const [whole, figure, slash, number, selfClosing] = match;
    if (code) {
      if (slash && number === code.id) {
        const body = value.slice(code.start, match.index);
        out.push({ kind: 'code', id: code.id, native: `${code.native}${body}${whole}`, code: body });
        code = undefined;
        last = match.index + whole.length;
      }
      continue;
    }
    text(match.index);
    last = match.index + whole.length;
    if (figure !== undefined) out.push({ kind: 'figure', id: figure, native: whole });
    else if (selfClosing) out.push({ kind: 'void', id: number!, native: whole, what: unit.voids.get(number!) ?? 'x-tag' });
    else if (slash) {
      if (open.pop() !== number) return undefined;
      out.push({ kind: 'close', id: number!, native: whole });
    } else if (keep.has(number!)) code = { id: number!, start: last, native: whole };
    else {
      open.push(number!);
      out.push({ kind: 'open', id: number!, native: whole, what: unit.pairs.get(number!) ?? 'x-tag' });
    }
  }
  if (code || open.length > 0) return undefined;
  text(value.length);
  return out;
}

/** One figure of a sentence as a translator sees it. */
export interface FigureInfo {
  id: string;
  /** As written in the source (`15.000`). */
  source: string;
  /** As newsdesk writes it in the target language (`15 000`). */
  target: string;
  /** The reading it belongs to (`etwa 15.000 Standardschränke`), its value, unit and qualifier. */
  reading?: { text: string; kind: string; value: string; unit?: string; qualifier: string };
}

function valueOf(f: Figure): string {
  if (f.date !== undefined) return f.endDate !== undefined ? `${f.date}/${f.endDate}` : f.date;
  if (f.min !== undefined || f.max !== undefined) return `${f.min ?? ''}–${f.max ?? ''}`;
  return f.value === undefined ? '' : String(f.value);
}

const read = new WeakSet<ArticleSource>();

/** The article's figure readings, read once (the workflow loads articles without the figures stage). */
function readings(source: ArticleSource): readonly Figure[] {
  if (!read.has(source)) {
    read.add(source);
    if (source.article.figures.length === 0 && source.article.segments.length > 0) extractArticleFigures(source.article);
  }
  return source.article.figures;
}

/** The figures of one key: source and target forms, and the article's reading of each. */
export function figureInfo(source: ArticleSource, key: string, lang: LanguageCode): FigureInfo[] {
  const values: Record<string, FigureValue> = source.figures[key] ?? {};
  const ofKey = readings(source).filter((f) => f.segment === key);
  const uses = new Map<Figure, number>();
  const room = (f: Figure) => (uses.get(f) ?? 0) < (f.kind === 'range' ? 2 : 1);
  return Object.entries(values).map(([id, fv]) => {
    // A placeholder is the digits of one reading (a range has two): the first reading of the
    // sentence with room left whose text holds them.
    const reading = ofKey.find((f) => room(f) && f.text.includes(fv.text)) ?? ofKey.find((f) => f.text.includes(fv.text));
    if (reading) uses.set(reading, (uses.get(reading) ?? 0) + 1);
    return {
      id,
      source: fv.text,
      target: formatFigure(fv, lang),
      ...(reading ? { reading: { text: reading.text, kind: reading.kind, value: valueOf(reading), ...(reading.unit ? { unit: reading.unit } : {}), qualifier: reading.qualifier } } : {}),
    };
  });
}

/** One line per figure: `{{f1}} 15.000 → 15 000 (fr): quantity 15000 Standardschränke, approx, in „etwa 15.000 Standardschränke“`. */
export function figureNote(figures: readonly FigureInfo[], lang: LanguageCode): string {
  return figures
    .map((f) => {
      const r = f.reading;
      const meaning = r ? `: ${r.kind} ${r.value}${r.unit ? ` ${r.unit}` : ''}, ${r.qualifier}, in „${r.text}“` : '';
      return `{{${f.id}}} ${f.source} → ${f.target} (${lang})${meaning}`;
    })
    .join('\n');
}
