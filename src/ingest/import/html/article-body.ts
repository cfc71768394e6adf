// The page's own article body (schema.org `articleBody`) as a check on the extracted block:
// when the page states its body and the extraction holds all of it, paragraphs the stated body
// does not contain are furniture the markup did not reveal (captions, promos, bylines); when
// the extraction holds little of it, the main block was missed and the stated body is used.

import type { BlockContent } from 'mdast';
import type { Dropped } from '../explain.js';
import { blockText } from '../page.js';
import { wordsOf } from './dom.js';

const SHINGLE = 3;

function shingles(text: string): string[] {
  const words = wordsOf(text.toLowerCase());
  if (words.length < SHINGLE) return words.length ? [words.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Share of `text`'s shingles that are in `set`. */
function share(text: string, set: Set<string>): number {
  const own = shingles(text);
  return own.length ? own.filter((s) => set.has(s)).length / own.length : 1;
}

export interface Reconciled {
  blocks: BlockContent[];
  /** How the stated body was used. */
  use: 'filter' | 'replace' | 'none';
}

export function reconcileWithArticleBody(blocks: BlockContent[], articleBody: string | undefined, dropped: Dropped[]): Reconciled {
  if (!articleBody || wordsOf(articleBody).length < 80) return { blocks, use: 'none' };
  const extractedText = blocks.map(blockText).join('\n');
  // An excerpt ("… Their&hellip;") is not the body: it cannot tell what else belongs.
  if (/(?:…|&hellip;|\.\.\.|\[…\])\s*$/u.test(articleBody) || wordsOf(articleBody).length < wordsOf(extractedText).length * 0.6) return { blocks, use: 'none' };
  const stated = new Set(shingles(articleBody));
  const extracted = new Set(shingles(extractedText));
  const statedShingles = shingles(articleBody);
  const held = statedShingles.filter((s) => extracted.has(s)).length / statedShingles.length;

  if (held >= 0.8) {
    const kept = blocks.filter((block) => {
      const text = blockText(block);
      // Headings are often left out of a stated body; short lines are judged as wholes.
      if (block.type === 'heading' || wordsOf(text).length < 4) return true;
      if (share(text, stated) >= 0.3) return true;
      dropped.push({ reason: 'not-in-article-body', text });
      return false;
    });
    return { blocks: kept, use: 'filter' };
  }
  return { blocks, use: 'none' };
}
