// Figures of a text as compact rows for table tests: kind, value (or date, time, [min, max]),
// unit or currency, qualifier, and "pp" for percentage points.

import { readFigures } from '../../src/figures/index.js';

export type FigureRow = [string, number | string | [number | undefined, number | undefined], string | undefined, string, ...'pp'[]];

export function figureRows(text: string, lang: string, referenceDate = '2024-08-02'): FigureRow[] {
  return readFigures(text, lang, { referenceDate }).map((f): FigureRow => {
    const value = f.value ?? (f.date !== undefined ? (f.endDate !== undefined ? `${f.date}/${f.endDate}` : f.date) : undefined) ?? f.time ?? ([f.min, f.max] as [number | undefined, number | undefined]);
    const row: FigureRow = [f.kind, value, f.unit ?? f.currency, f.qualifier];
    if (f.percentPoints) row.push('pp');
    return row;
  });
}
