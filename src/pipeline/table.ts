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
  // A loop, not Math.max(...rows): a run of 5,000 articles has 70,000 rows, too many arguments.
  const widths = header.map((cell, i) => rows.reduce((width, row) => Math.max(width, displayWidth(row[i] ?? '')), displayWidth(cell)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => /^[\d/.,% -]*$/.test(row[i] ?? '')));
  const line = (cells: string[]) =>
    cells.map((cell, i) => pad(cell, widths[i] ?? 0, numeric[i] ? 'right' : 'left')).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
