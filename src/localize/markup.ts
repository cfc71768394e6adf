// Inline markup as numbered tags, the react-i18next Trans syntax: `<1>…</1>` wraps
// emphasis, strong, strikethrough, links and inline code; `<2/>` stands for a node without
// translatable text (a line break, an image, inline HTML). The numbers count per segment in
// opening order, so a change elsewhere in the block never renumbers them, and the map from
// number to node is rebuilt from the source tree at render time: the locale file stays a
// plain string resource, and a translator can move a tag but not change a URL.

import { cloneTree } from '../article/clone.js';
import type { PhrasingContent, Text } from 'mdast';

/** A paired tag: the source node without its children (emphasis, link with its url, …). */
export interface PairTag {
  kind: 'pair';
  node: PhrasingContent;
}

/** A self-closing tag: the whole source node, rendered as it is. */
export interface VoidTag {
  kind: 'void';
  node: PhrasingContent;
}

export type Tag = PairTag | VoidTag;

/** Node types that wrap translatable text. */
export const PAIR_TYPES = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode']);

const TAG = /<(\d+)\/>|<(\d+)>|<\/(\d+)>/g;

/**
 * Raw HTML in a locale value: an element (`<script>`, `<img onerror=…>`, `</iframe>`), a
 * comment or a doctype — anything but the numbered tags. Markup travels as numbered tags
 * only; raw HTML from an engine or a pasted translation is refused or flagged, since a
 * markdown consumer (a git-based site, a CMS) would render it.
 */
const RAW_HTML = /<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^<>]*>?|<!--|<!\[CDATA\[|<![A-Za-z]|<\?[A-Za-z]/;

/** The first raw HTML construct of a value, if any (`<script>`, `<img src=x onerror=…>`). */
export function rawHtmlIn(value: string): string | undefined {
  const match = RAW_HTML.exec(value);
  return match ? match[0].slice(0, 60) : undefined;
}

export interface ParsedMarkup {
  nodes: PhrasingContent[];
  /** Tag numbers in the order they were used. */
  used: number[];
  problems: string[];
}

interface Frame {
  number: number;
  tag: PairTag | undefined;
  children: PhrasingContent[];
}

function textOf(nodes: PhrasingContent[]): string {
  return nodes.map((node) => ('value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? textOf(node.children as PhrasingContent[]) : '')).join('');
}

function pushText(into: PhrasingContent[], value: string): void {
  if (value === '') return;
  const last = into[into.length - 1];
  if (last?.type === 'text') (last as Text).value += value;
  else into.push({ type: 'text', value });
}

/** Rebuild a node from its shell and translated children. */
function fill(tag: PairTag, children: PhrasingContent[]): PhrasingContent {
  const shell = cloneTree(tag.node) as PhrasingContent & { children?: PhrasingContent[]; value?: string };
  if (shell.type === 'inlineCode') return { ...shell, value: textOf(children) } as PhrasingContent;
  return { ...shell, children } as PhrasingContent;
}

/**
 * Parse a translated value (figures already formatted) into mdast phrasing nodes. Unknown
 * tag numbers, wrong nesting and unclosed tags are problems, never silently dropped.
 */
export function parseMarkup(value: string, tags: ReadonlyMap<number, Tag>): ParsedMarkup {
  const problems: string[] = [];
  const used: number[] = [];
  const root: Frame = { number: 0, tag: undefined, children: [] };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  let last = 0;
  for (const match of value.matchAll(TAG)) {
    pushText(top().children, value.slice(last, match.index));
    last = match.index + match[0].length;
    const [whole, selfClosing, open, close] = match;
    const number = Number(selfClosing ?? open ?? close);
    const tag = tags.get(number);
    if (!tag) {
      problems.push(`unknown tag \`${whole}\``);
      continue;
    }
    if (selfClosing !== undefined) {
      if (tag.kind !== 'void') problems.push(`tag <${number}> wraps text in the source: write <${number}>…</${number}>`);
      else top().children.push(cloneTree(tag.node));
      used.push(number);
    } else if (open !== undefined) {
      if (tag.kind !== 'pair') {
        problems.push(`tag <${number}/> stands alone in the source`);
        continue;
      }
      stack.push({ number, tag, children: [] });
      used.push(number);
    } else {
      const frame = top();
      if (frame.number !== number || frame.tag === undefined) {
        problems.push(`\`${whole}\` closes a tag that is not open`);
        continue;
      }
      stack.pop();
      top().children.push(fill(frame.tag, frame.children));
    }
  }
  pushText(top().children, value.slice(last));
  while (stack.length > 1) {
    const frame = stack.pop();
    if (!frame?.tag) break;
    problems.push(`tag <${frame.number}> is not closed`);
    top().children.push(fill(frame.tag, frame.children));
  }
  return { nodes: root.children, used, problems };
}

/** Tag numbers that occur in a value, for comparing a translation with its source. */
export function tagNumbers(value: string): number[] {
  const numbers = new Set<number>();
  for (const match of value.matchAll(TAG)) numbers.add(Number(match[1] ?? match[2] ?? match[3]));
  return [...numbers].sort((a, b) => a - b);
}

/** Strip tags, for plain titles and comparisons. */
export function stripTags(value: string): string {
  return value.replace(TAG, '');
}
