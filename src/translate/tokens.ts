// Figures and inline markup travel through an engine as opaque tokens, and must come back
// exactly: a locale value's `{{f3, figure}}` placeholders and numbered i18next tags
// (`<1>…</1>`, `<2/>`) are turned into markup the engine is told not to touch, and the
// answer is parsed back and compared token by token. Anything else (a dropped figure, an
// invented one, a tag closed out of order, stray markup) is a mismatch, never "close enough".
//
//   source        brackets (LLM)   xml (DeepL, ignore_tags=x)   html (Google, LibreTranslate)
//   {{f1, figure}} ⟦f1⟧            <x>f1</x>                    <span translate="no">f1</span>
//   <1>…</1>       ⟦1⟧…⟦/1⟧         <g id="1">…</g>              <span data-t="1">…</span>
//   <2/>           ⟦2/⟧            <x>2/</x>                    <span translate="no">2/</span>
//
// Placeholders and self-closing tags are "atoms" (nothing inside to translate), and so is a
// paired tag listed in `keep` (inline code: `<3>npm ci</3>` travels whole as ⟦3⟧); other
// paired tags wrap words the engine may move as the sentence is reordered.

import type { TokenStyle } from './engine.js';

export type Token =
  | { type: 'atom'; marker: string; source: string }
  | { type: 'open'; name: string; source: string }
  | { type: 'close'; name: string; source: string };

export type Part = string | Token;

export interface ProtectedText {
  parts: Part[];
  tokens: Token[];
  /** Whitespace around the text, kept as in the source whatever the engine does with it. */
  lead: string;
  trail: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const SOURCE_TOKEN = /\{\{\s*([^{}\s,]+)\s*(?:,[^{}]*)?\}\}|<(\/?)([A-Za-z0-9]+)\s*(\/?)>/g;
const BRACKETS = /[⟦⟧]/;

export interface ProtectOptions {
  /** Paired tags whose content is not to be translated (inline code): each travels whole, as one atom. */
  keep?: ReadonlySet<string>;
}

/** Split a locale value into text and tokens; refuse what cannot travel safely. */
export function protect(text: string, options: ProtectOptions = {}): Checked<ProtectedText> {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const trail = lead.length === text.length ? '' : (/\s*$/.exec(text)?.[0] ?? '');
  const core = text.slice(lead.length, text.length - trail.length);
  if (BRACKETS.test(core)) return { ok: false, reason: 'the text contains ⟦ or ⟧, which are reserved for engine tokens' };
  const parts: Part[] = [];
  const tokens: Token[] = [];
  const open: string[] = [];
  const pattern = new RegExp(SOURCE_TOKEN.source, 'g');
  let last = 0;
  for (let match = pattern.exec(core); match; match = pattern.exec(core)) {
    const [whole, placeholder, slash, tag, selfClosing] = match;
    if (match.index > last) parts.push(core.slice(last, match.index));
    last = match.index + whole.length;
    let token: Token;
    if (placeholder !== undefined) token = { type: 'atom', marker: placeholder, source: whole };
    else if (selfClosing) token = { type: 'atom', marker: `${tag}/`, source: whole };
    else if (slash) {
      if (open.pop() !== tag) return { ok: false, reason: `tag ${whole} has no matching opening tag` };
      token = { type: 'close', name: tag!, source: whole };
    } else if (options.keep?.has(tag!)) {
      const end = core.indexOf(`</${tag}>`, last);
      if (end === -1) return { ok: false, reason: `tag ${whole} is not closed` };
      last = end + `</${tag}>`.length;
      pattern.lastIndex = last;
      token = { type: 'atom', marker: tag!, source: core.slice(match.index, last) };
    } else {
      open.push(tag!);
      token = { type: 'open', name: tag!, source: whole };
    }
    parts.push(token);
    tokens.push(token);
  }
  if (last < core.length) parts.push(core.slice(last));
  if (open.length > 0) return { ok: false, reason: `tag <${open.at(-1)}> is not closed` };
  const pairNames = new Set(tokens.filter((t) => t.type === 'open').map((t) => t.name));
  const clash = tokens.find((t) => t.type === 'atom' && pairNames.has(t.marker));
  if (clash) return { ok: false, reason: `placeholder ${clash.source} has the name of a tag in the same text` };
  return { ok: true, value: { parts, tokens, lead, trail } };
}

/** Whether there is anything to translate (letters outside tokens). */
export function hasWords(value: ProtectedText): boolean {
  return value.parts.some((part) => typeof part === 'string' && /\p{L}/u.test(part));
}

export function encode(value: ProtectedText, style: TokenStyle): string {
  return value.parts.map((part) => encodePart(part, style)).join('');
}

function encodePart(part: Part, style: TokenStyle): string {
  if (style === 'brackets') {
    if (typeof part === 'string') return part;
    if (part.type === 'atom') return `⟦${part.marker}⟧`;
    return part.type === 'open' ? `⟦${part.name}⟧` : `⟦/${part.name}⟧`;
  }
  if (typeof part === 'string') return escapeMarkup(part);
  if (style === 'xml') {
    if (part.type === 'atom') return `<x>${escapeMarkup(part.marker)}</x>`;
    return part.type === 'open' ? `<g id="${escapeMarkup(part.name)}">` : '</g>';
  }
  if (part.type === 'atom') return `<span translate="no">${escapeMarkup(part.marker)}</span>`;
  return part.type === 'open' ? `<span data-t="${escapeMarkup(part.name)}">` : '</span>';
}

export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return NAMED_ENTITIES[name] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/**
 * Read an engine's answer back into text and tokens, and check that exactly the source's
 * tokens came back, each paired tag properly nested. Tag order may change (word order does).
 */
export function decode(answer: string, style: TokenStyle, source: ProtectedText): Checked<Part[]> {
  const read = style === 'brackets' ? readBrackets(answer, source) : readMarkup(answer, style);
  if (!read.ok) return read;
  const parts = read.value;
  const problem = compareTokens(source.tokens, parts.filter((p): p is Token => typeof p !== 'string'), style);
  if (problem) return { ok: false, reason: problem };
  if (hasWords(source) && !parts.some((p) => typeof p === 'string' && p.trim() !== '')) return { ok: false, reason: 'the translation is empty' };
  return { ok: true, value: parts };
}

/** Put the source's placeholders and tags back in place of the decoded tokens. */
export function restore(parts: Part[], source: ProtectedText): string {
  const atoms = new Map<string, string>();
  const opens = new Map<string, string>();
  const closes = new Map<string, string>();
  for (const token of source.tokens) {
    const map = token.type === 'atom' ? atoms : token.type === 'open' ? opens : closes;
    const key = token.type === 'atom' ? token.marker : token.name;
    if (!map.has(key)) map.set(key, token.source);
  }
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      if (part.type === 'atom') return atoms.get(part.marker) ?? part.source;
      return (part.type === 'open' ? opens : closes).get(part.name) ?? part.source;
    })
    .join('');
  return `${source.lead}${text.trim()}${source.trail}`;
}

function readBrackets(answer: string, source: ProtectedText): Checked<Part[]> {
  const pairNames = new Set(source.tokens.filter((t) => t.type === 'open').map((t) => t.name));
  const parts: Part[] = [];
  const stack: string[] = [];
  let last = 0;
  for (const match of answer.matchAll(/⟦([^⟦⟧]*)⟧/g)) {
    const text = answer.slice(last, match.index);
    if (BRACKETS.test(text)) return { ok: false, reason: `a token is broken near “${text.slice(-20)}”` };
    if (text) parts.push(text);
    last = match.index + match[0].length;
    const inner = (match[1] ?? '').trim();
    if (inner.startsWith('/')) {
      const name = inner.slice(1);
      if (stack.pop() !== name) return { ok: false, reason: `token ${match[0]} closes out of order` };
      parts.push({ type: 'close', name, source: match[0] });
    } else if (pairNames.has(inner)) {
      stack.push(inner);
      parts.push({ type: 'open', name: inner, source: match[0] });
    } else {
      parts.push({ type: 'atom', marker: inner, source: match[0] });
    }
  }
  const rest = answer.slice(last);
  if (BRACKETS.test(rest)) return { ok: false, reason: `a token is broken near “${rest.slice(0, 20)}”` };
  if (rest) parts.push(rest);
  if (stack.length > 0) return { ok: false, reason: `token ⟦${stack.at(-1)}⟧ is not closed` };
  return { ok: true, value: parts };
}

const MARKUP = {
  xml: {
    atom: /<x(?:\s[^<>]*)?>([^<]*)<\/x>/y,
    pairElement: 'g',
    pairAttribute: /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/,
  },
  html: {
    atom: /<span\b[^<>]*\btranslate\s*=\s*(?:"no"|'no'|no\b)[^<>]*>([^<]*)<\/span>/y,
    pairElement: 'span',
    pairAttribute: /\bdata-t\s*=\s*(?:"([^"]*)"|'([^']*)')/,
  },
} as const;

const ANY_TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s[^<>]*?)?)\s*(\/?)>/y;

function readMarkup(answer: string, style: 'xml' | 'html' | 'html-text'): Checked<Part[]> {
  const spec = MARKUP[style === 'xml' ? 'xml' : 'html'];
  const decodeText = style === 'html-text' ? (t: string) => t : decodeEntities;
  const parts: Part[] = [];
  const stack: string[] = [];
  let text = '';
  let i = 0;
  const flush = (): void => {
    if (text) parts.push(decodeText(text));
    text = '';
  };
  while (i < answer.length) {
    const next = answer.indexOf('<', i);
    if (next === -1) {
      text += answer.slice(i);
      break;
    }
    text += answer.slice(i, next);
    i = next;
    spec.atom.lastIndex = i;
    const atom = spec.atom.exec(answer);
    if (atom) {
      flush();
      parts.push({ type: 'atom', marker: decodeText(atom[1] ?? '').trim(), source: atom[0] });
      i += atom[0].length;
      continue;
    }
    ANY_TAG.lastIndex = i;
    const tag = ANY_TAG.exec(answer);
    if (!tag) {
      // A lone `<` in text (html-text answers are unescaped): keep it as text.
      text += '<';
      i += 1;
      continue;
    }
    const [whole, slash, element, attributes, selfClosing] = tag;
    if (element !== spec.pairElement) return { ok: false, reason: `unexpected markup ${whole}` };
    flush();
    if (slash) {
      const name = stack.pop();
      if (name === undefined) return { ok: false, reason: `unexpected closing ${whole}` };
      parts.push({ type: 'close', name, source: whole });
    } else {
      const id = spec.pairAttribute.exec(attributes ?? '');
      const name = id?.[1] ?? id?.[2];
      if (name === undefined) return { ok: false, reason: `unexpected markup ${whole}` };
      parts.push({ type: 'open', name: decodeText(name), source: whole });
      if (selfClosing) parts.push({ type: 'close', name: decodeText(name), source: whole });
      else stack.push(decodeText(name));
    }
    i += whole.length;
  }
  flush();
  if (stack.length > 0) return { ok: false, reason: `tag ${stack.at(-1)} is not closed` };
  return { ok: true, value: parts };
}

function tokenKey(token: Token): string {
  return token.type === 'atom' ? `atom ${token.marker}` : `${token.type} ${token.name}`;
}

function compareTokens(expected: Token[], actual: Token[], style: TokenStyle): string | undefined {
  const counts = new Map<string, { token: Token; n: number }>();
  for (const token of expected) {
    const entry = counts.get(tokenKey(token)) ?? { token, n: 0 };
    entry.n += 1;
    counts.set(tokenKey(token), entry);
  }
  const unexpected: string[] = [];
  for (const token of actual) {
    const entry = counts.get(tokenKey(token));
    if (entry && entry.n > 0) entry.n -= 1;
    else unexpected.push(style === 'brackets' || token.type === 'atom' ? token.source : encodePart(token, 'brackets'));
  }
  const missing = [...counts.values()].flatMap(({ token, n }) => Array<string>(n).fill(token.source));
  if (missing.length === 0 && unexpected.length === 0) return undefined;
  const said = [missing.length ? `missing ${missing.join(' ')}` : '', unexpected.length ? `unexpected ${unexpected.join(' ')}` : ''];
  return `tokens changed: ${said.filter(Boolean).join('; ')}`;
}
