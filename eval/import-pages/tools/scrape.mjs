// Turns a saved HTML page into text the way a scraper that copies the rendered page keeps it:
// every visible block on its own line, blank line between blocks, furniture and all (menus,
// captions, share links, footers). Scripts, styles, <head>, hidden elements and form controls
// are not visible text and are left out; images give no text; table cells are separated by a space.
// Usage: node scrape.mjs page.html > page.txt   (LINKEDOM_FROM=/path/to/a/project/package.json when linkedom is not beside this file)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const { parseHTML } = createRequire(process.env.LINKEDOM_FROM ?? import.meta.url)('linkedom');

const html = readFileSync(process.argv[2], 'utf8');
const { document } = parseHTML(html);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'INPUT', 'CANVAS', 'OBJECT', 'VIDEO', 'AUDIO', 'MAP']);
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL', 'CENTER', 'CAPTION', 'TBODY', 'THEAD', 'TFOOT', 'HGROUP', 'MENU']);
const lines = [];
let current = '';
const flush = () => {
  const text = current.replace(/[ \t\u00a0\r\n]+/g, ' ').trim();
  if (text) lines.push(text);
  current = '';
};
function hidden(el) {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !el.querySelector?.('p')) return true;
  const style = (el.getAttribute('style') || '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}
function walk(node) {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) current += child.textContent;
    else if (child.nodeType === 1) {
      const tag = child.tagName.toUpperCase();
      if (SKIP.has(tag) || hidden(child)) continue;
      if (tag === 'BR') { flush(); continue; }
      if (tag === 'TD' || tag === 'TH') { current += ' '; walk(child); current += ' '; continue; }
      const block = BLOCK.has(tag);
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  }
}
walk(document.body ?? document.documentElement);
flush();
// consecutive duplicate lines (a menu rendered twice) stay: a scraper keeps them too
process.stdout.write(lines.join('\n\n') + '\n');
