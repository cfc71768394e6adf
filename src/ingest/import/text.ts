// Read a scraped news page saved as plain text (the sample's form): header lines (category,
// "Section|Title", date, language bar, source line), paragraphs separated by blank lines,
// short unpunctuated lines between paragraphs as section headings, credits at the end.

import type { BlockContent } from 'mdast';
import { isCategoryWord, readLine, type LineReading } from './meta.js';
import type { Page, Place } from './page.js';

interface Line {
  text: string;
  /** 1-based line number in the page. */
  line: number;
}

interface BodyBlock {
  text: string;
  line: number;
  /** A single line of the page (a heading candidate). */
  single: boolean;
}

/** Blocks are separated by blank lines; a page without any blank line has one block per line. */
function splitBlocks(text: string): Line[][] {
  const lines = text.split(/\r\n|\r|\n/u).map((value, i) => ({ text: value.trim(), line: i + 1 }));
  const nonEmpty = lines.filter((line) => line.text !== '');
  const hasBlankSeparators = lines.some((line, i) => line.text === '' && i > 0 && i < lines.length - 1 && lines[i - 1]!.text !== '');
  if (!hasBlankSeparators) return nonEmpty.map((line) => [line]);
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

const FINAL_PUNCTUATION = /[.!?:;,…。！？：；，]$/u;
const CLOSING = /[\s"'“”„‚‘’«»「」『』)\]]+$/u;

/** A section heading: one short line without final punctuation, between two paragraphs. */
function isHeading(block: BodyBlock, prev: BodyBlock | undefined, next: BodyBlock | undefined, headings: Set<BodyBlock>): boolean {
  if (!block.single || !prev || !next || headings.has(prev)) return false;
  const text = block.text;
  if (text.length > 100 || text.split(/\s+/u).length > 14) return false;
  if (FINAL_PUNCTUATION.test(text) || FINAL_PUNCTUATION.test(text.replace(CLOSING, ''))) return false;
  // The next block must read as prose, not as another label.
  return next.text.length > text.length;
}

function applyReading(page: Page, reading: LineReading, overwrite: boolean): boolean {
  switch (reading.kind) {
    case 'date':
      if (page.date && !overwrite) return page.date === reading.date;
      page.date = reading.date;
      return true;
    case 'languages':
      if (page.languages.length && !overwrite) return false;
      page.languages = reading.languages;
      return true;
    case 'source':
      if (page.sourceLine && !overwrite) return false;
      page.sourceLine = reading.text;
      return true;
    case 'credits':
      Object.assign(page.credits, reading.credits);
      return true;
    case 'sectionTitle':
      return false;
  }
}

export interface TextPageReading {
  page: Page;
  /** Where a missing body would have started (for the error). */
  bodyPlace: Place;
}

export function readTextPage(text: string, file?: string): TextPageReading {
  const page: Page = { credits: {}, languages: [], blocks: [], dropped: [] };
  const body: BodyBlock[] = [];
  let header = true;
  let titleFromPlainLine: string | undefined;
  let lastHeaderLine = 1;

  for (const block of splitBlocks(text)) {
    if (header) {
      // Header lines are read one by one: scraped pages often put them on consecutive lines.
      const hasMetadata = block.some((line) => readLine(line.text, true));
      const lines = block.length === 1 || hasMetadata ? block : [];
      let consumed = 0;
      for (const line of lines) {
        const reading = readLine(line.text, true);
        if (reading?.kind === 'sectionTitle') {
          if (page.title === undefined || page.title === titleFromPlainLine) {
            if (titleFromPlainLine !== undefined && !page.category && isCategoryWord(titleFromPlainLine, false)) page.category = titleFromPlainLine;
            page.section = reading.section;
            page.title = reading.title;
            titleFromPlainLine = undefined;
          }
        } else if (reading) {
          applyReading(page, reading, false);
        } else if (isCategoryWord(line.text) && !page.category) {
          page.category = line.text;
        } else if (page.title === undefined && line.text.length <= 200) {
          page.title = line.text;
          titleFromPlainLine = line.text;
        } else break;
        consumed++;
        lastHeaderLine = line.line;
      }
      if (consumed === block.length) continue;
      header = false;
      const rest = block.slice(consumed);
      body.push({ text: rest.map((line) => line.text).join(' '), line: rest[0]!.line, single: rest.length === 1 });
      continue;
    }
    // Below the header: credits, labelled source lines and stray language bars or date
    // lines are page chrome, not article text.
    if (block.length === 1) {
      const reading = readLine(block[0]!.text, false);
      if (reading && applyReading(page, reading, false)) continue;
    }
    body.push({ text: block.map((line) => line.text).join(' '), line: block[0]!.line, single: block.length === 1 });
  }

  // A scraped page often repeats its title above the text.
  if (page.title && body[0] && body[0].text === page.title) body.shift();

  const headings = new Set<BodyBlock>();
  body.forEach((block, i) => {
    if (isHeading(block, body[i - 1], body[i + 1], headings)) headings.add(block);
  });
  page.blocks = body.map((block): BlockContent =>
    headings.has(block)
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] }
      : { type: 'paragraph', children: [{ type: 'text', value: block.text }] },
  );
  return { page, bodyPlace: { ...(file ? { file } : {}), line: lastHeaderLine, column: 1 } };
}
