// Offsets ↔ line/column (1-based, columns in UTF-16 code units as editors and vfile count them).

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export class Location {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  toPoint(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (this.lineStarts[lo] ?? 0) + 1, offset: clamped };
  }

  toOffset(line: number, column: number): number {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return this.text.length;
    return start + column - 1;
  }
}
