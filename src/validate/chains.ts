// Runs of figures in a sentence ("1,0000, 0,7449 bzw. 0,6266"): the values of a
// respectively construction or of a ranking, as the figure reader found them.

import type { ValidationLanguage } from './lang/types.js';
import { wordsPattern, type TextRange } from './lists.js';
import type { PlacedFigure, SegmentNode } from './types.js';

export interface FigureChain {
  figures: PlacedFigure[];
  start: number;
  end: number;
  /** Where the respectively word is, if the chain has one. */
  respectively?: TextRange;
}

/**
 * Runs of figures joined only by commas, conjunctions or a respectively word
 * ("1,0000, 0,7449 bzw. 0,6266", "1.0, 0.7 and 0.6, respectively").
 */
export function figureChains(node: SegmentNode, words: ValidationLanguage): FigureChain[] {
  const text = node.text;
  const resp = words.respectively.length ? new RegExp(wordsPattern(words.respectively), 'iu') : undefined;
  const joiners = [...words.conjunctions, ...words.respectively];
  const gapOk = new RegExp(`^\\s*[,;]?\\s*(?:${wordsPattern(joiners)}\\s*)?$`, 'iu');
  const figures = node.figures.filter((placed, i, all) => !all.some((other, j) => j !== i && other.start <= placed.start && other.end >= placed.end && other.end - other.start > placed.end - placed.start));
  const chains: FigureChain[] = [];
  let current: PlacedFigure[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const start = current[0]!.start;
    const end = current[current.length - 1]!.end;
    const chain: FigureChain = { figures: current, start, end };
    if (resp) {
      // Inside the chain, right after it (", respectively") or right before it ("respectivement 1, 2 et 3").
      const inside = resp.exec(text.slice(start, end));
      const after = new RegExp(`^\\s*,?\\s*(${wordsPattern(words.respectively)})`, 'iu').exec(text.slice(end));
      const before = new RegExp(`(${wordsPattern(words.respectively)})\\s*:?\\s*$`, 'iu').exec(text.slice(0, start));
      if (inside) chain.respectively = [start + inside.index, start + inside.index + inside[0].length];
      else if (after?.[1]) {
        const at = end + after[0].length - after[1].length;
        chain.respectively = [at, at + after[1].length];
      } else if (before?.[1]) chain.respectively = [before.index, before.index + before[1].length];
    }
    chains.push(chain);
    current = [];
  };
  for (const placed of figures) {
    const prev = current[current.length - 1];
    if (prev && !gapOk.test(text.slice(prev.end, placed.start))) flush();
    current.push(placed);
  }
  flush();
  return chains;
}
