// A small strict XML reader for the exchange formats (XLIFF 1.2 and 2.0, TMX, TBX): elements, attributes, text, the predefined
// and numeric character references, CDATA, comments and processing instructions; a DOCTYPE
// is skipped (no entity definitions). Every node keeps its offset so every problem can be
// reported at its line and column. Malformed XML is an error, never guessed at: a CAT tool
// that writes broken XML must not half-import.

import { Location } from '../../article/location.js';
import { fail, type ErrorData } from '../../errors/index.js';
import { WorkflowErrors } from './errors.js';

export interface XmlElement {
  type: 'element';
  /** Local name (a namespace prefix is dropped). */
  name: string;
  attributes: Map<string, string>;
  children: XmlNode[];
  /** Offset of `<`. */
  start: number;
}

export interface XmlText {
  type: 'text';
  value: string;
  start: number;
}

export type XmlNode = XmlElement | XmlText;

/** Deepest element nesting read: an XLIFF unit needs about ten (file, body, groups, unit, target, inline codes). */
export const MAX_DEPTH = 100;

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export class XmlReader {
  private pos = 0;
  private depth = 0;
  private readonly location: Location;

  constructor(
    private readonly text: string,
    private readonly file: string,
    /** The catalogue entry a malformed document fails with (XLIFF, TMX, TBX). */
    private readonly errorData: ErrorData = WorkflowErrors.InvalidXliff,
  ) {
    this.location = new Location(text);
  }

  place(offset: number): { file: string; line: number; column: number } {
    const p = this.location.toPoint(offset);
    return { file: this.file, line: p.line, column: p.column };
  }

  private error(message: string, offset = this.pos): never {
    fail(this.errorData, message, this.place(offset));
  }

  parse(): XmlElement {
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.misc();
    if (this.text.startsWith('<!DOCTYPE', this.pos)) {
      this.skipDoctype();
      this.misc();
    }
    if (this.text[this.pos] !== '<') this.error('expected the root element');
    const root = this.element();
    this.misc();
    if (this.pos < this.text.length) this.error('content after the root element');
    return root;
  }

  /** Whitespace, comments and processing instructions outside the root. */
  private misc(): void {
    for (;;) {
      while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
      if (this.text.startsWith('<?', this.pos)) this.skipUntil('?>', 'processing instruction');
      else if (this.text.startsWith('<!--', this.pos)) this.skipUntil('-->', 'comment');
      else return;
    }
  }

  private skipUntil(end: string, what: string): void {
    const at = this.text.indexOf(end, this.pos);
    if (at === -1) this.error(`unterminated ${what}`);
    this.pos = at + end.length;
  }

  private skipDoctype(): void {
    const start = this.pos;
    let depth = 0;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === '>' && depth === 0) {
        this.pos++;
        return;
      }
    }
    this.error('unterminated DOCTYPE', start);
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.text);
    if (!match) this.error('expected a name');
    this.pos += match[0].length;
    return match[0];
  }

  private element(): XmlElement {
    const start = this.pos;
    // The reader recurses per element: a bound keeps 20,000 nested <g> a positioned error, not a stack overflow.
    if (++this.depth > MAX_DEPTH) this.error(`elements nested deeper than ${MAX_DEPTH} levels`, start);
    try {
      return this.elementBody(start);
    } finally {
      this.depth--;
    }
  }

  private elementBody(start: number): XmlElement {
    this.pos++; // <
    const qname = this.name();
    const attributes = new Map<string, string>();
    for (;;) {
      const before = this.pos;
      while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
      if (this.text.startsWith('/>', this.pos)) {
        this.pos += 2;
        return { type: 'element', name: localName(qname), attributes, children: [], start };
      }
      if (this.text[this.pos] === '>') {
        this.pos++;
        break;
      }
      if (this.pos === before) this.error(`expected whitespace, \`>\` or \`/>\` in <${qname}>`);
      const attrStart = this.pos;
      const attr = this.name();
      while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
      if (this.text[this.pos] !== '=') this.error(`attribute \`${attr}\` needs a value`);
      this.pos++;
      while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
      const quote = this.text[this.pos];
      if (quote !== '"' && quote !== "'") this.error(`the value of \`${attr}\` must be quoted`);
      const end = this.text.indexOf(quote, this.pos + 1);
      if (end === -1) this.error(`unterminated value of \`${attr}\``);
      const raw = this.text.slice(this.pos + 1, end);
      if (raw.includes('<')) this.error(`\`<\` in the value of \`${attr}\``, this.pos + 1 + raw.indexOf('<'));
      if (attributes.has(attr)) this.error(`duplicate attribute \`${attr}\``, attrStart);
      attributes.set(attr, this.decode(raw.replace(/[\t\n\r]/g, ' '), this.pos + 1));
      this.pos = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (this.pos >= this.text.length) this.error(`<${qname}> is not closed`, start);
      if (this.text.startsWith('</', this.pos)) {
        const closeAt = this.pos;
        this.pos += 2;
        const closing = this.name();
        if (closing !== qname) this.error(`</${closing}> closes <${qname}>`, closeAt);
        while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
        if (this.text[this.pos] !== '>') this.error(`expected \`>\` after </${closing}`);
        this.pos++;
        return { type: 'element', name: localName(qname), attributes, children, start };
      }
      if (this.text.startsWith('<!--', this.pos)) this.skipUntil('-->', 'comment');
      else if (this.text.startsWith('<![CDATA[', this.pos)) {
        const at = this.pos;
        const end = this.text.indexOf(']]>', this.pos);
        if (end === -1) this.error('unterminated CDATA section');
        pushText(children, this.text.slice(this.pos + 9, end), at);
        this.pos = end + 3;
      } else if (this.text.startsWith('<?', this.pos)) this.skipUntil('?>', 'processing instruction');
      else if (this.text[this.pos] === '<') children.push(this.element());
      else {
        const at = this.pos;
        let end = this.text.indexOf('<', this.pos);
        if (end === -1) end = this.text.length;
        const raw = this.text.slice(this.pos, end);
        pushText(children, this.decode(raw, at), at);
        this.pos = end;
      }
    }
  }

  private decode(raw: string, offset: number): string {
    return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string, index: number) => {
      if (!whole.endsWith(';')) this.error('`&` must start a character reference (write &amp;)', offset + index);
      if (ref in PREDEFINED) return PREDEFINED[ref]!;
      const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] ?? /^#([0-9]+)$/.exec(ref)?.[1];
      if (code !== undefined) {
        const point = ref.startsWith('#x') ? parseInt(code, 16) : parseInt(code, 10);
        // XML 1.0's Char: no NUL, no C0 controls but tab and line ends, no surrogates, no U+FFFE/U+FFFF.
        const isChar = point === 0x9 || point === 0xa || point === 0xd || (point >= 0x20 && point <= 0xd7ff) || (point >= 0xe000 && point <= 0xfffd) || (point >= 0x10000 && point <= 0x10ffff);
        if (isChar) return String.fromCodePoint(point);
        this.error(`\`${whole}\` is not a character XML allows`, offset + index);
      }
      this.error(`unknown reference \`${whole}\``, offset + index);
    });
  }
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

function pushText(children: XmlNode[], value: string, start: number): void {
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value += value;
  else children.push({ type: 'text', value, start });
}

export function escapeText(text: string): string {
  // A carriage return would be normalised away by any XML reader: keep it as a reference.
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => c.type === 'element' && (name === undefined || c.name === name));
}
