// Which tokens a set of spans covers, for overlap tests whose cost is the length of the span
// asked about, not the number of spans: testing every number against every date, or every
// token against every amount, made one long sentence of figures quadratic (115,000 figures
// in a 1 MiB sentence: minutes).

interface Span {
  from: number;
  to: number;
}

export class Coverage {
  private readonly marks: Uint8Array;
  private readonly spans: Span[] = [];
  /** Spans without a token (none in practice): tested one by one. */
  private readonly empty: Span[] = [];

  constructor(size: number, spans: Iterable<Span> = []) {
    this.marks = new Uint8Array(size + 1);
    for (const span of spans) this.add(span);
  }

  add(span: Span): void {
    this.spans.push(span);
    if (span.to <= span.from) {
      this.empty.push(span);
      return;
    }
    const end = Math.min(span.to, this.marks.length);
    for (let at = Math.max(0, span.from); at < end; at++) this.marks[at] = 1;
  }

  /** Some span has `from <= at < to`. */
  covers(at: number): boolean {
    return at >= 0 && at < this.marks.length && this.marks[at] === 1;
  }

  /** Some span overlaps `[from, to)`: `span.from < to && span.to > from`, as a scan of every span would say. */
  overlaps(from: number, to: number): boolean {
    // An empty query (none in practice) overlaps only a span strictly around it: the marks cannot tell.
    if (to <= from) return this.spans.some((span) => span.from < to && span.to > from);
    const end = Math.min(to, this.marks.length);
    for (let at = Math.max(0, from); at < end; at++) if (this.marks[at] === 1) return true;
    return this.empty.some((span) => span.from < to && span.to > from);
  }
}
