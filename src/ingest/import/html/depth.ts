// How deep an HTML page nests its elements, counted in one pass over the source before any
// parser runs. The DOM parser's work grows with the square of the depth (100,000 nested
// <div> in a 1 MiB page: minutes of CPU), and no article page nests anywhere near a thousand
// deep, so a page past the limit is refused in one positioned line instead.
// Counted: elements that need an end tag. Void elements (<br>, <img>), self-closed ones
// (<path/>) and those whose end tag HTML lets a writer omit (<p>, <li>, <td>, …: the next
// one closes them) are not; comments, declarations and the text of <script>, <style>,
// <textarea> and <title> are skipped.

import { Errors, fail } from '../../../errors/index.js';
import { lineColumn } from '../../../fs/text.js';

/** Elements nested deeper than this are refused (a real page: a few dozen). */
export const HTML_NESTING_LIMIT = 500;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const OPTIONAL_END = new Set(['html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'rtc']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);

/** Whether `c` (a char code) can start a tag name: an ASCII letter. */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The deepest element nesting of `html`, stopping at the first element past `limit` (its offset). */
export function htmlDepth(html: string, limit: number = HTML_NESTING_LIMIT): { depth: number; over?: number } {
  let depth = 0;
  let deepest = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const next = html.charCodeAt(i + 1);
    const closing = next === 47; // '/'
    const nameStart = closing ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      // `<!DOCTYPE …>`, `<?xml …?>`, `<![CDATA[`, or a `<` that is text.
      const end = next === 33 || next === 63 ? html.indexOf('>', i) : i;
      if (end === -1) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && !/[\s/>]/.test(html[nameEnd]!)) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = html.indexOf('>', nameEnd);
    if (end === -1) break;
    if (closing) {
      if (!VOID.has(name) && !OPTIONAL_END.has(name) && depth > 0) depth--;
    } else if (RAW_TEXT.has(name)) {
      const closer = new RegExp(`</${name}`, 'giu');
      closer.lastIndex = end + 1;
      const close = closer.exec(html);
      if (!close) break;
      i = close.index;
      continue;
    } else if (!VOID.has(name) && !OPTIONAL_END.has(name) && html.charCodeAt(end - 1) !== 47) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limit) return { depth, over: i };
    }
    i = html.indexOf('<', end + 1);
  }
  return { depth: deepest };
}

/** Refuse a page nested deeper than the limit, at the element that goes past it. */
export function checkHtmlDepth(html: string, file: string | undefined, limit: number = HTML_NESTING_LIMIT): void {
  const { over } = htmlDepth(html, limit);
  if (over === undefined) return;
  fail(Errors.UnusablePage, `elements nested more than ${limit.toLocaleString('en')} deep: no article page is, and reading one costs minutes`, { ...(file ? { file } : {}), ...lineColumn(html, over) });
}
