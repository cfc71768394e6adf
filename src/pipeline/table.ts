// Plain-text tables for the terminal: the run summary and the translator's status matrix.
// Width counts code points of East Asian wide characters as two columns.

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Render rows under a header; numeric-looking cells are right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const table = new TableBuilder(header);
  for (const row of rows) table.add(row);
  return table.format();
}

const NUMERIC = /^[\d/.,% -]*$/;
/** A row kept as one string: each cell as its length, a colon, then the cell (any text fits). */
const packRow = (cells: readonly string[]): string => cells.map((cell) => `${cell.length}:${cell}`).join('');

function unpackRow(packed: string): string[] {
  const cells: string[] = [];
  for (let at = 0; at < packed.length; ) {
    const colon = packed.indexOf(':', at);
    const length = Number(packed.slice(at, colon));
    cells.push(packed.slice(colon + 1, colon + 1 + length));
    at = colon + 1 + length;
  }
  return cells;
}

/**
 * A table built a row at a time, for a long run's summary (5,000 articles × 14 languages):
 * the column widths and alignments are kept as rows come, and each row is kept as one
 * string, not as an array of cells or the result object it was made from. `format()` gives
 * the same text as `formatTable` with every row at once.
 */
export class TableBuilder {
  private readonly widths: number[];
  private readonly numeric: boolean[];
  private readonly rows: string[] = [];

  constructor(private readonly header: readonly string[]) {
    this.widths = header.map((cell) => displayWidth(cell));
    this.numeric = header.map(() => true);
  }

  get size(): number {
    return this.rows.length;
  }

  add(row: readonly string[]): void {
    for (let i = 0; i < this.header.length; i++) {
      const cell = row[i] ?? '';
      this.widths[i] = Math.max(this.widths[i]!, displayWidth(cell));
      if (this.numeric[i] && !NUMERIC.test(cell)) this.numeric[i] = false;
    }
    this.rows.push(packRow(row));
  }

  format(): string {
    const numeric = this.numeric.map((n) => n && this.rows.length > 0);
    const line = (cells: readonly string[]) => cells.map((cell, i) => pad(cell, this.widths[i] ?? 0, numeric[i] ? 'right' : 'left')).join('  ').trimEnd();
    return [line(this.header), this.widths.map((w) => '─'.repeat(w)).join('  '), ...this.rows.map((row) => line(unpackRow(row)))].join('\n') + '\n';
  }
}
