// One language's markdown tree: a structural copy of the source tree in which every block's
// sentences are replaced by their translations, inline tags turned back into the source's
// emphasis, links and code, figures written in the language's native form. Blocks without
// sentences (code, images, thematic breaks) stay as they are.

import type { Parent, PhrasingContent, Root } from 'mdast';
import type { Article } from '../article/types.js';
import { NewsdeskError } from '../errors/index.js';
import type { LanguageCode } from '../lang/codes.js';
import type { Localizer } from '../localize/i18n.js';
import { parseMarkup } from '../localize/markup.js';
import type { LocaleProblem } from '../localize/status.js';
import type { Container, SourceUnit } from '../localize/units.js';
import { sentenceJoiner } from './language.js';

export interface TranslatedTree {
  tree: Root;
  problems: LocaleProblem[];
}

/**
 * Replace the sentences of `units` (taken from `tree`, a clone of the source tree) with
 * their translations. `tree` is changed in place and returned without its front matter.
 */
export function translateTree(tree: Root, units: readonly SourceUnit[], article: Article, lng: LanguageCode, localizer: Localizer): TranslatedTree {
  const problems: LocaleProblem[] = [];
  const byContainer = new Map<Container, SourceUnit[]>();
  for (const unit of units) {
    if (!unit.container) continue;
    const list = byContainer.get(unit.container) ?? [];
    list.push(unit);
    byContainer.set(unit.container, list);
  }
  const joiner = sentenceJoiner(lng);
  for (const [container, list] of byContainer) {
    const children: PhrasingContent[] = [];
    list.forEach((unit, i) => {
      let text: string;
      try {
        text = localizer.t(lng, article.slug, unit.key, unit.figures);
      } catch (error) {
        if (!(error instanceof NewsdeskError)) throw error;
        problems.push({ key: unit.key, reason: 'figure', message: error.message });
        return;
      }
      const parsed = parseMarkup(text.trim(), unit.tags);
      for (const message of parsed.problems) problems.push({ key: unit.key, reason: 'markup', message });
      if (i > 0 && joiner !== '') children.push({ type: 'text', value: joiner });
      children.push(...parsed.nodes);
    });
    // Merge neighbouring text nodes so the serializer sees one run of text.
    const merged: PhrasingContent[] = [];
    for (const child of children) {
      const last = merged[merged.length - 1];
      if (last?.type === 'text' && child.type === 'text') last.value += child.value;
      else merged.push(child);
    }
    container.children = merged as typeof container.children;
  }
  tree.children = tree.children.filter((node) => node.type !== 'yaml');
  dropRawHtml(tree);
  return { tree, problems };
}

/**
 * Raw HTML (a `<script>` block, an `<img onerror>` inline, an `<iframe srcdoc>`) is not carried
 * into any version: the HTML page never had it (remark-rehype drops it, then the sanitizer
 * runs), and the markdown versions — output/<slug>/<lng>.md, the git target's files, a CMS's
 * bodyMarkdown — would hand it to whatever renders them. Walked without recursion.
 */
export function dropRawHtml(tree: Root): void {
  const stack: Parent[] = [tree];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    parent.children = parent.children.filter((child) => child.type !== 'html') as typeof parent.children;
    for (const child of parent.children) if ('children' in child) stack.push(child as Parent);
  }
}
