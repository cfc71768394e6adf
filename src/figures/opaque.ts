// Spans of text that hold digits but no figures: web addresses and e-mail addresses
// ("…?q=30%25%2020%", "issn%280024%2D9114%29"), telephone numbers, street addresses and codes
// written as three or more digit groups joined by hyphens ("06-6365-6038", "1-10-8"; not an ISO
// date "2020-01-27"), the marks of an enumeration ("(1) fever; (2) cough"), and a number alone in
// quotation marks, a label or a title (a decal reading "18", the film « 1917 », 「1917」). Their
// digits are neither read nor replaced.

const OPAQUE = /\b(?:https?:\/\/|www\.)[^\s<>"“”„«»]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Three or more groups of digits joined by hyphens, no digit or hyphen around them. */
const DIGIT_CHAIN = /(?<![\p{Nd}\-‐‑－.,])\p{Nd}{1,5}(?:[-‐‑－]\p{Nd}{1,5}){2,}(?![\p{Nd}\-‐‑－]|[.,]\p{Nd})/gu;
const ISO_DATE = /^\p{Nd}{4}[-‐‑－](?:0?[1-9]|1[0-2])[-‐‑－](?:0?[1-9]|[12]\p{Nd}|3[01])$/u;

/** "(1)" before a word, after the start of the text or a space. */
const LIST_MARK = /(?<=^|\s)\(([0-9]{1,2})\)(?=\s+\p{L})/gu;

/** A number alone between quotation marks, and which closing marks go with each opening one. */
const QUOTED = /(["“„«»‹「『《〈])[ \u00a0\u202f]*\p{Nd}[\p{Nd}.,]*[ \u00a0\u202f]*(["”“»«›」』》〉])/gu;
const CLOSING: Readonly<Record<string, string>> = { '"': '"', '“': '”', '„': '“”', '«': '»', '»': '«', '‹': '›', '「': '」', '『': '』', '《': '》', '〈': '〉' };
/** Chinese and Japanese brackets: they stand between words without spaces. */
const CJK_QUOTES = '「『《〈';

export interface Span {
  start: number;
  end: number;
}

function addresses(text: string, spans: Span[]): void {
  // Every match has "@", "://" or "www.": without them the (costly) scan finds nothing.
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return;
  for (const match of text.matchAll(OPAQUE)) {
    let end = (match.index ?? 0) + match[0].length;
    // A sentence's full stop or closing bracket after an address is not part of it.
    while (end > (match.index ?? 0) && /[.,;:!?)\]]/.test(text[end - 1] ?? '')) end--;
    spans.push({ start: match.index ?? 0, end });
  }
}

function digitChains(text: string, spans: Span[]): void {
  for (const match of text.matchAll(DIGIT_CHAIN)) {
    if (ISO_DATE.test(match[0])) continue;
    spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
}

/**
 * Marks "(1)", "(2)" … before words: only an enumeration, marks that count 1, 2, 3 … in text order
 * ("Spain (12), Italy (7) and France (8)" are counts).
 */
function listMarks(text: string, spans: Span[]): void {
  let next = 1;
  const run: Span[] = [];
  for (const m of text.matchAll(LIST_MARK)) {
    if (Number(m[1]) !== next) continue;
    run.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    next++;
  }
  if (run.length >= 2) spans.push(...run);
}

function quotedNumbers(text: string, spans: Span[]): void {
  for (const m of text.matchAll(QUOTED)) {
    if (!CLOSING[m[1]!]!.includes(m[2]!)) continue;
    // A closing mark right after a word ("»18«" aside) or an opening one before a word is no quotation of the number alone.
    if (!CJK_QUOTES.includes(m[1]!) && (/[\p{L}\p{Nd}]/u.test(text[(m.index ?? 0) + m[0].length] ?? '') || /[\p{L}\p{Nd}]/u.test(text[(m.index ?? 0) - 1] ?? ''))) continue;
    spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
}

/** The last text asked for and its spans: the digit scanner and the tokenizer ask for the same text in turn. */
let lastText: string | undefined;
let lastSpans: readonly Span[] = [];

export function opaqueSpans(text: string): Span[] {
  if (text !== lastText) {
    lastSpans = findOpaqueSpans(text);
    lastText = text;
  }
  return lastSpans.map((span) => ({ ...span }));
}

/**
 * Where numbers stand inside codes, at the level below figures (they hold no figure): each digit
 * group of a telephone number, street address or list mark (`groups`), and the text between the
 * quotation marks of a number quoted alone (`quoted`). Web and e-mail addresses are left out:
 * their digits are no numbers a reader would say.
 */
export function numbersInCodes(text: string): { groups: Span[]; quoted: Span[] } {
  const chains: Span[] = [];
  const quoted: Span[] = [];
  if (/\p{Nd}/u.test(text)) {
    if (/[-‐‑－]/.test(text)) digitChains(text, chains);
    if (text.includes('(')) listMarks(text, chains);
    if (/["“„«»‹「『《〈]/.test(text)) quotedNumbers(text, quoted);
  }
  const links: Span[] = [];
  addresses(text, links);
  const inLink = (span: Span) => links.some((link) => span.start >= link.start && span.end <= link.end);
  const groups = chains.filter((span) => !inLink(span)).flatMap((span) =>
    [...text.slice(span.start, span.end).matchAll(/\p{Nd}+/gu)].map((m) => ({ start: span.start + (m.index ?? 0), end: span.start + (m.index ?? 0) + m[0].length })),
  );
  // The quotation marks are one character each.
  return { groups, quoted: quoted.filter((span) => !inLink(span)).map((span) => ({ start: span.start + 1, end: span.end - 1 })) };
}

function findOpaqueSpans(text: string): Span[] {
  const spans: Span[] = [];
  addresses(text, spans);
  // Chains, list marks and quoted numbers are made of digits: a text without one has none.
  if (/\p{Nd}/u.test(text)) {
    if (/[-‐‑－]/.test(text)) digitChains(text, spans);
    if (text.includes('(')) listMarks(text, spans);
    if (/["“„«»‹「『《〈]/.test(text)) quotedNumbers(text, spans);
  }
  return spans.length > 1 ? spans.sort((a, b) => a.start - b.start) : spans;
}
