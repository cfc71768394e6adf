// One language version as markdown: localized front matter (YAML) and the translated tree.

import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';

const stringifier = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true }).freeze();

export function markdownOf(frontmatter: Record<string, unknown>, tree: Root): string {
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${stringifier.stringify(tree)}`;
}
