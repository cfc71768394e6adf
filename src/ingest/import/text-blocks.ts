// Where the article is in a scraped text page: each block (a line, or lines without a blank
// line between them) is judged much as jusText judges paragraphs — long, with sentences and
// the small words of running text (or CJK sentence punctuation), is prose; short lines are
// undecided — and the article is the first large run of prose, which keeps comment threads
// and "more stories" lists after it out.

import { STOPWORDS } from './words.js';

const STOPWORD_SET = new Set(Object.values(STOPWORDS).flatMap((words) => words ?? []));
const LENGTH_LOW = 70;
const LENGTH_HIGH = 150;
const DENSITY = 0.15;

/** prose: a paragraph of running text; short: a line too short to tell; bad: a long line that is not prose (a menu, a list of links). */
export type BlockClass = 'prose' | 'short' | 'bad';

const cjkCount = (text: string) => (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
/** A line that closes a sentence: text, not a menu item. */
const SENTENCE_CLOSE = /[.。!?！？]["'”»)）]*$/u;
const SENTENCE_END = /[.!?…]["'”»)\]]*(?:\s|$)/u;

/** The class of one block of text, on its own. */
export function classifyBlock(text: string): BlockClass {
  const cjk = cjkCount(text);
  if (cjk > text.length * 0.3) {
    // CJK: characters carry more than letters; sentence punctuation stands for small words.
    if (cjk < 25) return 'short';
    return /[。，、！？；]/u.test(text) ? 'prose' : 'bad';
  }
  if (text.length < LENGTH_LOW) return 'short';
  const words = text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length < 8) return 'bad';
  const density = words.filter((word) => STOPWORD_SET.has(word)).length / words.length;
  const sentences = SENTENCE_END.test(text) || /[,;]/u.test(text);
  if (sentences && (density >= DENSITY || text.length >= LENGTH_HIGH)) return 'prose';
  // Without punctuation, only a long line is prose: a headline has the small words but not the length.
  if (density >= DENSITY * 2 && words.length >= 12 && text.length >= LENGTH_HIGH) return 'prose';
  return 'bad';
}


export interface Run {
  start: number;
  end: number;
  /** Characters of prose in the run. */
  weight: number;
}

/** Words of a short block (CJK: characters / 2). */
export function shortWords(text: string): number {
  const cjk = cjkCount(text);
  return cjk > text.length * 0.3 ? Math.floor(cjk / 2) : text.split(/\s+/u).length;
}

/**
 * Runs of prose. A run goes on through short blocks of some words (subheadings, list items,
 * captions) and through metadata and furniture lines; it ends at a closing section, or at
 * `gap` menu-like blocks in a row (one to three words, or a long line that is not prose, and
 * no sentence end: a short sentence is text; "Loading...", "Plus..." are not sentences).
 * The article is the heaviest run with the runs close to it.
 */
export function articleRun(classes: BlockClass[], texts: string[], skip: boolean[], ends: boolean[], gap = 3): Run | undefined {
  const runs: Run[] = [];
  let current: Run | undefined;
  let menu = 0;
  // A line ending with a colon inside a run opens a list: its items belong to the run.
  let list = 0;
  classes.forEach((c, i) => {
    if (ends[i]) {
      current = undefined;
      list = 0;
      return;
    }
    if (skip[i]) return;
    const text = texts[i]!;
    if (c === 'prose') {
      if (current && menu < gap) current.end = i;
      else {
        current = { start: i, end: i, weight: 0 };
        runs.push(current);
      }
      current.weight += text.length;
      menu = 0;
      list = /[:：]$/u.test(text) ? 40 : 0;
    } else if (current && list > 0 && menu < gap) {
      current.end = i;
      list--;
    } else if ((!SENTENCE_CLOSE.test(text) && (c === 'bad' || shortWords(text) <= 3)) || (/(?:\.\.\.|…)$/u.test(text) && shortWords(text) <= 3)) menu++;
    // (A label of a word or two before its colon, "Keywords:", "キーワード：", opens a form or a menu, not a list.)
    if (current && c !== 'prose' && menu < gap && /[:：]$/u.test(text) && shortWords(text) >= 3) {
      current.end = i;
      list = 40;
    }
  });
  if (runs.length === 0) return undefined;
  // The heaviest run, joined with neighbouring runs it is separated from by a few lines only
  // (a quote in another script, a short list), never across a closing section.
  const gapBetween = (a: Run, b: Run) => {
    let count = 0;
    for (let i = a.end + 1; i < b.start; i++) {
      if (ends[i]) return Number.POSITIVE_INFINITY;
      if (!skip[i]) count++;
    }
    return count;
  };
  const index = runs.reduce((best, run, i) => (run.weight > runs[best]!.weight ? i : best), 0);
  const article = { ...runs[index]! };
  for (let k = index - 1; k >= 0 && gapBetween(runs[k]!, article) <= 4; k--) {
    article.start = runs[k]!.start;
    article.weight += runs[k]!.weight;
  }
  for (let k = index + 1; k < runs.length && gapBetween(article, runs[k]!) <= 4; k++) {
    article.end = runs[k]!.end;
    article.weight += runs[k]!.weight;
  }
  // Short sentences right after the last paragraph end the text too ("“Yeah,” she said.").
  for (let i = article.end + 1; i < classes.length && !ends[i]; i++) {
    if (skip[i]) continue;
    if (classes[i] !== 'short' || !SENTENCE_CLOSE.test(texts[i]!.replace(/\s*[（(][^（()）]{1,30}[)）]$/u, ''))) break;
    article.end = i;
  }
  return article;
}
