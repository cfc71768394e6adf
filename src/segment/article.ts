// Sentences of an article: walk the mdast tree in document order, take each block's plain text
// (inline markup removed) with a map back to source offsets, split it, and fill Segment objects.

import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { Location } from '../article/location.js';
import type { Article, BlockType, Segment } from '../article/types.js';
import type { LanguageCode } from '../lang/codes.js';
import { segmentKeys } from './key.js';
import { segmentTextWithOffsets } from './text.js';
import { checkSegmentLimit, checkTextLimit } from '../article/limits.js';

/** The plain text of one block and, for each of its characters, the offset in the source it came from. */
export interface BlockText {
  type: BlockType;
  text: string;
  /** The text with inline code replaced by letters of no case and no punctuation, so no sentence ends inside code. */
  masked: string;
  offsets: number[];
}

/** Nodes whose text is not prose to translate. */
const SKIPPED = new Set(['yaml', 'toml', 'code', 'html', 'math', 'definition', 'thematicBreak']);
/** Inline nodes that carry no sentence text (an image's alt text is not part of the sentence). */
const SKIPPED_INLINE = new Set(['image', 'imageReference', 'html', 'footnoteReference', 'inlineMath']);
/** How far ahead in the source a character of a node's value may be found (past "> ", indentation, `\`, `&amp;`). */
const ALIGN_WINDOW = 16;
/** A letter of a caseless script (Yi): stands for a character of inline code while splitting. */
const CODE_MASK = '\uA000';

/**
 * Map each character of a node's value to its source offset. The value is the source with
 * continuation prefixes ("> ", list indentation), escapes and character references removed, so
 * walking both in step and skipping what the value lacks finds every character.
 */
function align(value: string, source: string, start: number, end: number, offsets: number[]): void {
  let at = start;
  for (let i = 0; i < value.length; i++) {
    let found = -1;
    for (let j = at; j < Math.min(end, at + ALIGN_WINDOW); j++) {
      if (source.charCodeAt(j) === value.charCodeAt(i)) {
        found = j;
        break;
      }
    }
    // A character decoded from a reference (&#228;) has no twin: it sits where the reference starts.
    offsets.push(found === -1 ? Math.min(at, Math.max(start, end - 1)) : found);
    if (found !== -1) at = found + 1;
  }
}

function collectInline(nodes: readonly PhrasingContent[], source: string, block: BlockText): void {
  for (const node of nodes) {
    if (SKIPPED_INLINE.has(node.type)) continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' || node.type === 'inlineCode') {
      if (start === undefined || end === undefined) continue;
      align(node.value, source, start, end, block.offsets);
      // A soft line break inside a paragraph is a space; only a hard break ends a line.
      const text = node.value.replace(/\r?\n/g, (match) => ' '.repeat(match.length));
      block.text += text;
      block.masked += node.type === 'inlineCode' ? text.replace(/\S/g, CODE_MASK) : text;
    } else if (node.type === 'break') {
      block.offsets.push(start ?? block.offsets.at(-1) ?? 0);
      block.text += '\n';
      block.masked += '\n';
    } else if ('children' in node) {
      collectInline(node.children, source, block);
    }
  }
}

/** Blocks in document order: headings, paragraphs (typed by the nearest quote, list item), table cells. */
export function articleBlocks(article: Article): BlockText[] {
  const blocks: BlockText[] = [];
  const visit = (node: Nodes | RootContent, container: BlockType | undefined): void => {
    if (SKIPPED.has(node.type)) return;
    const inline = (type: BlockType, children: readonly PhrasingContent[]) => {
      const block: BlockText = { type, text: '', masked: '', offsets: [] };
      collectInline(children, article.source, block);
      if (block.text.trim() !== '') blocks.push(block);
    };
    switch (node.type) {
      case 'heading':
        inline('heading', node.children);
        return;
      case 'paragraph':
        inline(container ?? 'paragraph', node.children);
        return;
      case 'tableCell':
        inline('tableCell', node.children);
        return;
      case 'blockquote':
        node.children.forEach((child) => visit(child, 'blockquote'));
        return;
      case 'listItem':
        node.children.forEach((child) => visit(child, 'listItem'));
        return;
      default:
        if ('children' in node) (node as Parent).children.forEach((child) => visit(child as RootContent, container));
    }
  };
  visit(article.tree, undefined);
  return blocks;
}

/**
 * Split an article into sentences, set `article.segments` and return them. Spans cover a sentence
 * from its first to its last character in `article.source` (markup around it is outside the span);
 * positions are 1-based, the end point just after the last character (unist convention).
 */
export function segmentArticle(article: Article, options: { lang?: LanguageCode } = {}): Segment[] {
  const lang = options.lang ?? article.frontmatter.lang;
  const location = new Location(article.source);
  const drafts: Array<Omit<Segment, 'id'>> = [];
  articleBlocks(article).forEach((block, blockIndex) => {
    segmentTextWithOffsets(block.masked, lang).forEach((sentence, index) => {
      const start = block.offsets[sentence.start] ?? 0;
      const end = (block.offsets[sentence.end - 1] ?? start) + 1;
      const from = location.toPoint(start);
      const to = location.toPoint(end);
      drafts.push({
        block: blockIndex,
        index,
        blockType: block.type,
        text: block.text.slice(sentence.start, sentence.end),
        span: { start, end },
        position: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column },
      });
    });
  });
  const keys = segmentKeys(drafts.map((draft) => draft.text));
  article.segments = drafts.map((draft, i) => ({ id: keys[i] ?? '', ...draft }));
  checkSegmentLimit(article, article.segments.length, article.limits);
  checkTextLimit(article, article.limits);
  return article.segments;
}
