// Spans of text that hold digits but no figures: web addresses and e-mail addresses
// ("…?q=30%25%2020%", "issn%280024%2D9114%29"). Their digits are neither read nor replaced.

const OPAQUE = /\b(?:https?:\/\/|www\.)[^\s<>"“”„«»]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

export interface Span {
  start: number;
  end: number;
}

export function opaqueSpans(text: string): Span[] {
  const spans: Span[] = [];
  // Every match has "@", "://" or "www.": without them the (costly) scan finds nothing.
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return spans;
  for (const match of text.matchAll(OPAQUE)) {
    let end = (match.index ?? 0) + match[0].length;
    // A sentence's full stop or closing bracket after an address is not part of it.
    while (end > (match.index ?? 0) && /[.,;:!?)\]]/.test(text[end - 1] ?? '')) end--;
    spans.push({ start: match.index ?? 0, end });
  }
  return spans;
}
