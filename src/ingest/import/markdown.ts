// Write the few mdast nodes an imported page has (headings, paragraphs, quotes, lists and
// inline emphasis, strong, links, code) as markdown. Escaping is minimal on purpose: a
// character is escaped only where markdown would read it as markup, so imported prose
// stays as written ("F&E", „Zitate“) and reads back to the same text.

import type { BlockContent, Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

/** Escape plain text for inline markdown. `lineStart` applies the rules of a line's start. */
export function escapeMarkdownText(text: string, lineStart = true): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    switch (char) {
      case '\\':
      case '`':
      case '*':
      case '[':
      case ']':
      case '~':
        out += `\\${char}`;
        break;
      case '_':
        // Inside a word an underscore is literal (CommonMark "intraword").
        out += /[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next) ? '_' : '\\_';
        break;
      case '<':
        out += /[\p{L}/!?]/u.test(next) ? '\\<' : '<';
        break;
      case '&':
        out += /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/.test(text.slice(i)) ? '\\&' : '&';
        break;
      default:
        out += char;
    }
  }
  if (!lineStart) return out;
  // Block markers at the start of a line: headings, quotes, list bullets, ordered lists,
  // thematic breaks and setext underlines.
  if (/^#{1,6}(?:\s|$)/u.test(out) || /^>/u.test(out) || /^[+-](?:\s|$)/u.test(out) || /^-{3,}\s*$/u.test(out)) return `\\${out}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/u.exec(out);
  if (ordered) return `${ordered[1]}\\${out.slice(ordered[1]!.length)}`;
  return out;
}

function phrasing(nodes: PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    const atStart = out === '' || out.endsWith('\n');
    switch (node.type) {
      case 'text':
        out += escapeMarkdownText(node.value, atStart);
        break;
      case 'emphasis':
      case 'strong': {
        const marker = node.type === 'emphasis' ? '*' : '**';
        const inner = phrasing(node.children);
        // Markers must touch the text: move surrounding spaces outside.
        const lead = /^\s*/u.exec(inner)![0];
        const trail = /\s*$/u.exec(inner)![0];
        const core = inner.trim();
        out += core ? `${lead}${marker}${core}${marker}${trail}` : inner;
        break;
      }
      case 'inlineCode': {
        const ticks = '`'.repeat(Math.max(0, ...(node.value.match(/`+/g) ?? []).map((run) => run.length)) + 1);
        const pad = node.value.startsWith('`') || node.value.endsWith('`') ? ' ' : '';
        out += `${ticks}${pad}${node.value}${pad}${ticks}`;
        break;
      }
      case 'link': {
        const url = node.url.replace(/[\s()<>]/g, (char) => encodeURIComponent(char));
        const title = node.title ? ` "${node.title.replace(/"/g, '\\"')}"` : '';
        out += `[${phrasing(node.children)}](${url}${title})`;
        break;
      }
      case 'break':
        out += '\\\n';
        break;
      default:
        throw new Error(`markdown writer: unsupported inline node ${node.type}`);
    }
  }
  return out;
}

function block(node: RootContent | BlockContent): string {
  switch (node.type) {
    case 'heading': {
      const text = phrasing((node as Heading).children);
      // A trailing "#" would be read as the closing sequence of the heading.
      return `${'#'.repeat(node.depth)} ${text.replace(/(\s)#+$/u, (run) => run.replace(/#/g, '\\#'))}`;
    }
    case 'paragraph':
      return phrasing((node as Paragraph).children);
    case 'blockquote':
      return node.children.map(block).join('\n\n').split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
    case 'list': {
      const list = node as List;
      const start = list.start ?? 1;
      return list.children
        .map((item, i) => {
          const marker = list.ordered ? `${start + i}.` : '-';
          const body = item.children.map(block).join('\n\n');
          const indent = ' '.repeat(marker.length + 1);
          return `${marker} ${body.split('\n').map((line, j) => (j === 0 || !line ? line : indent + line)).join('\n')}`;
        })
        .join('\n');
    }
    default:
      throw new Error(`markdown writer: unsupported block node ${node.type}`);
  }
}

/** Markdown text of a tree: blocks separated by one blank line, ending with a newline. */
export function toMarkdown(tree: Root): string {
  return `${tree.children.map(block).join('\n\n')}\n`;
}

/** Plain text of inline nodes (for language detection and comparisons). */
export function plainText(nodes: PhrasingContent[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children as PhrasingContent[]) : node.type === 'break' ? ' ' : '')).join('');
}
