// Limits on the work an article causes, not only on its bytes (pipeline/config.yaml `limits`).
// Under the 1 MiB byte limit an article of 100,000 one-word lines, 10,000 nested `>` or a
// paragraph of 2,000 nested emphasis marks costs the markdown parser minutes or overflows a
// stack. What the parser would choke on is counted in one pass over the text before it
// runs; what only parsing tells (the tree's depth, sentences, figures) right after the stage
// that makes it. Each limit is refused with one positioned line naming the limit to raise.

import type { Root } from 'mdast';
import type { Node as UnistNode, Parent } from 'unist';
import type { ArticleLimits } from '../config/index.js';
import { Errors, fail } from '../errors/index.js';

const MARKUP = new Set(['*', '_', '~', '`', '[', '<']);

export function tooMuch(file: string, line: number, column: number, what: string, limit: string, value: number): never {
  fail(Errors.ArticleTooComplex, `${what}, more than \`limits.${limit}\` (${value.toLocaleString('en')})`, { file, line, column });
}

/** Container depth a line opens: `>` markers and list markers, and the list nesting its indentation implies. */
function lineDepth(text: string, start: number, end: number): number {
  let depth = 0;
  let i = start;
  let indent = 0;
  for (;;) {
    let spaces = 0;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) {
      spaces += text[i] === '\t' ? 4 : 1;
      i++;
    }
    if (depth === 0) indent = spaces;
    const c = text[i];
    if (c === '>') {
      depth++;
      i++;
      continue;
    }
    if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      depth++;
      i++;
      continue;
    }
    let j = i;
    while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j > i && (text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
      depth++;
      i = j + 1;
      continue;
    }
    break;
  }
  // A list item indented by n columns sits about n / 2 lists deep.
  return depth > 0 ? depth + Math.floor(indent / 2) : depth;
}

/** A thematic break (`* * *`, `---`, `___`): its marks are neither a list nor emphasis. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/;
/** A code fence: what is inside is not parsed for markup. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Lines, container nesting and inline markup, counted before the parser sees the text. */
export function checkTextLimits(text: string, file: string, limits: ArticleLimits): void {
  let line = 0;
  let total = 0;
  let block = 0;
  let fence: string | undefined;
  for (let start = 0; start <= text.length; ) {
    line++;
    if (line > limits.lines) {
      let lines = line;
      for (let i = text.indexOf('\n', start); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
      tooMuch(file, line, 1, `the article has ${lines.toLocaleString('en')} lines`, 'lines', limits.lines);
    }
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const head = text.slice(start, Math.min(end, start + 80));
    const fenceMark = FENCE.exec(head)?.[1];
    if (fence !== undefined || fenceMark !== undefined) {
      // Inside a fenced code block (and on its fences) nothing is markup.
      if (fence === undefined) fence = fenceMark![0]!;
      else if (fenceMark !== undefined && fenceMark[0] === fence) fence = undefined;
      start = end + 1;
      continue;
    }
    if (end - start < 200 && THEMATIC_BREAK.test(text.slice(start, end))) {
      block = 0;
      start = end + 1;
      continue;
    }
    const depth = lineDepth(text, start, end);
    if (depth > limits.nesting) tooMuch(file, line, 1, `quotes and lists nested ${depth} deep`, 'nesting', limits.nesting);
    let blank = true;
    for (let i = start; i < end; i++) {
      const c = text[i]!;
      if (c !== ' ' && c !== '\t' && c !== '\r') blank = false;
      if (!MARKUP.has(c)) continue;
      total++;
      block++;
      // The parser's matching of emphasis is quadratic in one paragraph's marks: bounded per paragraph too.
      if (block > limits.markupPerParagraph) tooMuch(file, line, i - start + 1, 'inline markup characters (*, _, ~, `, [, <) in one paragraph', 'markupPerParagraph', limits.markupPerParagraph);
      if (total > limits.markup) tooMuch(file, line, i - start + 1, 'inline markup characters (*, _, ~, `, [, <)', 'markup', limits.markup);
    }
    if (blank) block = 0;
    start = end + 1;
  }
}

/** The deepest node of a parsed tree, walked without recursion; refused past `limits.nesting` (twice: a list is list + item). */
export function checkTreeDepth(tree: Root, file: string, limits: ArticleLimits): void {
  const max = limits.nesting * 2 + 4;
  const stack: Array<[UnistNode, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) {
      const start = node.position?.start;
      fail(Errors.ArticleTooComplex, `markup nested ${depth} levels deep, more than \`limits.nesting\` allows (${limits.nesting})`, { file, ...(start ? { line: start.line, column: start.column } : {}) });
    }
    for (const child of (node as Parent).children ?? []) stack.push([child, depth + 1]);
  }
}
