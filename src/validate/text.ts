// Plain text with a map back to the source file. Rules read sentences and blocks as the
// reader sees them (markup removed, escapes and entities decoded) and report at offsets
// in Article.source; a TextView translates between the two.

import type { Root, RootContent } from 'mdast';
import type { BlockType, Span } from '../article/types.js';

/** Stands in for inline code, which no text rule should read. */
export const CODE_PLACEHOLDER = '\uFFFC';

export class TextView {
  /**
   * @param text what rules read
   * @param offsets offsets[i] = source offset of text[i]; offsets[text.length] = source end
   */
  constructor(
    readonly text: string,
    private readonly offsets: number[],
  ) {}

  /** Source offset of text index `index` (0 ≤ index ≤ text.length). */
  toSource(index: number): number {
    const clamped = Math.max(0, Math.min(index, this.text.length));
    return this.offsets[clamped] ?? this.offsets[this.offsets.length - 1] ?? 0;
  }

  /** Source span of text[start, end). The end maps past the last character read. */
  spanOf(start: number, end: number): Span {
    const from = this.toSource(start);
    if (end <= start) return { start: from, end: from };
    return { start: from, end: this.toSource(end - 1) + 1 };
  }

  /** Text index of a source offset: the first character at or after it. */
  toText(offset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.offsets[mid] ?? Infinity) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get span(): Span {
    return { start: this.toSource(0), end: this.toSource(this.text.length) };
  }
}

/**
 * Map each character of `value` (parsed text) to an offset in `raw` (its source slice).
 * Parsing only removes characters (escapes, indentation) or shortens them (entities), so a
 * greedy forward match is enough; a character not found nearby keeps the last position.
 */
export function alignOffsets(value: string, raw: string, base: number): number[] {
  const offsets: number[] = new Array<number>(value.length + 1);
  let cursor = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    let found = -1;
    for (let j = cursor; j < Math.min(raw.length, cursor + 12); j++) {
      if (raw[j] === ch) {
        found = j;
        break;
      }
    }
    if (found === -1) {
      offsets[i] = base + Math.min(cursor, Math.max(0, raw.length - 1));
      // An entity (&amp;) stands for one character: skip past it.
      if (raw[cursor] === '&') {
        const semi = raw.indexOf(';', cursor);
        if (semi !== -1 && semi - cursor < 12) cursor = semi + 1;
      }
    } else {
      offsets[i] = base + found;
      cursor = found + 1;
    }
  }
  offsets[value.length] = base + Math.min(cursor, raw.length);
  return offsets;
}

/** A TextView of a plain string found at `span` in the source. */
export function viewOfSpan(text: string, source: string, span: Span): TextView {
  const raw = source.slice(span.start, span.end);
  if (raw === text) {
    const offsets = Array.from({ length: text.length + 1 }, (_, i) => span.start + i);
    return new TextView(text, offsets);
  }
  return new TextView(text, alignOffsets(text, raw, span.start));
}

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } } | undefined;
}

/** Collect the readable text of a phrasing subtree with its offsets. */
function collect(node: RootContent, source: string, text: string[], offsets: number[]): void {
  const pos = (node as Positioned).position;
  const start = pos?.start.offset;
  const end = pos?.end.offset;
  if (node.type === 'text') {
    if (start === undefined || end === undefined) return;
    const mapped = alignOffsets(node.value, source.slice(start, end), start);
    text.push(node.value);
    for (let i = 0; i < node.value.length; i++) offsets.push(mapped[i] ?? start);
    return;
  }
  if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') {
    if (start === undefined) return;
    text.push(CODE_PLACEHOLDER);
    offsets.push(start);
    return;
  }
  if (node.type === 'break') {
    if (start === undefined) return;
    text.push('\n');
    offsets.push(start);
    return;
  }
  if ('children' in node) for (const child of node.children as RootContent[]) collect(child, source, text, offsets);
}

export interface BlockText {
  type: BlockType;
  /** mdast node type, for renderers (heading depth etc.). */
  node: RootContent;
  view: TextView;
}

/** The text blocks of a document in order: headings, paragraphs, list items, quotes, table cells. */
export function textBlocks(tree: Root, source: string): BlockText[] {
  const blocks: BlockText[] = [];
  const visit = (node: RootContent, context: BlockType) => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        const text: string[] = [];
        const offsets: number[] = [];
        for (const child of node.children) collect(child, source, text, offsets);
        const joined = text.join('');
        // The end of the text maps just past the last character read (a closing `**` after it
        // is markup, not text).
        const last = offsets[offsets.length - 1];
        offsets.push(last !== undefined ? last + 1 : (node.position?.end.offset ?? 0));
        const type: BlockType = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'tableCell' : context;
        if (joined.trim() !== '') blocks.push({ type, node, view: new TextView(joined, offsets) });
        return;
      }
      case 'blockquote':
        for (const child of node.children) visit(child, 'blockquote');
        return;
      case 'listItem':
        for (const child of node.children) visit(child, 'listItem');
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child, context);
    }
  };
  for (const child of tree.children) visit(child, 'paragraph');
  return blocks;
}
