// Positions in a locale file's text, built once per file: where each key's value starts and
// offsets ↔ line/column. QA places every finding in the file a translator edits; searching the
// whole file per finding made an article with many findings quadratic (a 1 MiB article of
// 9,000 sentences: 14 languages × every finding × a 1 MiB scan).

import { Location, type Point } from '../article/location.js';

export class LocalePositions {
  private location: Location | undefined;
  /** The first `"key":` of each key as the file spells it (quotes included) → offset after the colon. */
  private keys: Map<string, number> | undefined;

  constructor(readonly text: string) {}

  toPoint(offset: number): Point {
    this.location ??= new Location(this.text);
    return this.location.toPoint(offset);
  }

  /** Offset of the first character of `key`'s value (after its opening quote). */
  valueOffset(key: string): number | undefined {
    const colon = this.keyIndex().get(JSON.stringify(key));
    if (colon === undefined) return undefined;
    const quote = this.text.indexOf('"', colon);
    return quote === -1 ? undefined : quote + 1;
  }

  /** Where offset `offset` of `key`'s value is in the file: the value is written JSON-escaped. */
  fileOffset(key: string, value: string, offset: number): number {
    const start = this.valueOffset(key);
    if (start === undefined) return 0;
    return start + JSON.stringify(value.slice(0, offset)).length - 2;
  }

  private keyIndex(): Map<string, number> {
    if (this.keys) return this.keys;
    const keys = new Map<string, number>();
    // One pass over the JSON strings (no other JSON token holds a quote); a string followed by
    // a colon is a key.
    const text = this.text;
    for (let open = text.indexOf('"'); open !== -1; ) {
      let close = open + 1;
      while (close < text.length && text[close] !== '"') close += text[close] === '\\' ? 2 : 1;
      if (close >= text.length) break;
      if (text[close + 1] === ':') {
        const spelled = text.slice(open, close + 1);
        if (!keys.has(spelled)) keys.set(spelled, close + 2);
      }
      open = text.indexOf('"', close + 1);
    }
    return (this.keys = keys);
  }
}
