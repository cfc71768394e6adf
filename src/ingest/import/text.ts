// Read a scraped news page saved as plain text (the sample's form): header lines (category,
// "Section|Title", date, language bar, source line), paragraphs separated by blank lines,
// short unpunctuated lines between paragraphs as section headings, credits at the end.

import type { BlockContent } from 'mdast';
import type { DropReason } from './explain.js';
import { isEndSection, isProse, lineFurniture, withoutMarks } from './lines.js';
import { isCategoryWord, readDate, readLine, type LineReading } from './meta.js';
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

/** A line that begins the article text: prose, or a plain sentence (a headline has no full stop). */
function startsBody(text: string): boolean {
  return isProse(text) || (text.split(/\s+/u).length >= 6 && /[.。](?:["'”»)\]]*)$/u.test(text));
}

interface Candidate {
  line: Line;
  score: number;
}

/**
 * The headline among the plain lines above the article: words of a headline (not a one-word
 * menu item), followed by the page's metadata or tagline, and the last one before the text.
 */
function chooseHeadline(candidates: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) if (!best || candidate.score >= best.score) best = candidate;
  return best;
}

function headlineWords(text: string): number {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const words = text.split(/\s+/u).length;
  if (cjk >= 6 || (words >= 3 && words <= 25)) return 2;
  return words === 2 ? 1 : 0;
}

/** "Publié le 27 février 2010 Le président …": a labelled date glued to the first sentence. */
function splitLeadingDate(text: string): { date: string; rest: string } | undefined {
  const words = text.split(/\s+/u);
  for (let n = Math.min(9, words.length - 3); n >= 2; n--) {
    const head = words.slice(0, n).join(' ').replace(/[,:;–—-]$/u, '');
    if (!lineFurniture(head) || lineFurniture(head)?.reason !== 'dateline') continue;
    const date = readDate(head);
    if (date) return { date, rest: words.slice(n).join(' ').replace(/^[,:;–—-]\s*/u, '') };
  }
  return undefined;
}

export function readTextPage(text: string, file?: string): TextPageReading {
  const page: Page = { credits: {}, languages: [], blocks: [], dropped: [] };
  const dropped = page.dropped;
  const drop = (line: Line, reason: DropReason) => dropped.push({ reason, text: line.text, line: line.line });
  const body: BodyBlock[] = [];
  const blocks = splitBlocks(text);
  const firstBody = blocks.findIndex((block) => !block.some((line) => readLine(line.text, true)) && startsBody(block.map((line) => line.text).join(' ')));
  let header = true;
  let titleFromPlainLine: string | undefined;
  let lastHeaderLine = 1;

  if (firstBody > 0) {
    // A scraped page: menus, skip links and taglines above the headline, then its metadata.
    const lines = blocks.slice(0, firstBody).flat();
    const candidates: Candidate[] = [];
    const readings = lines.map((line) => readLine(line.text, true));
    const furniture = lines.map((line, i) => (readings[i] ? undefined : lineFurniture(line.text)));
    lines.forEach((line, i) => {
      const reading = readings[i];
      if (reading?.kind === 'sectionTitle') {
        candidates.push({ line, score: 10 });
        return;
      }
      if (reading || furniture[i] || line.text.length > 200) return;
      if (isCategoryWord(line.text) && !page.category) return;
      // Metadata or a tagline right after a line marks it as the headline.
      const next = lines.slice(i + 1, i + 4).findIndex((_, k) => {
        const j = i + 1 + k;
        const kind = readings[j]?.kind;
        return kind === 'date' || kind === 'credits' || kind === 'source' || furniture[j]?.reason === 'byline' || furniture[j]?.reason === 'dateline';
      });
      const tagline = lines.slice(i + 1, i + 10).some((_, k) => furniture[i + 1 + k]?.reason === 'navigation' && /\p{L}{3,}.*,/u.test(lines[i + 1 + k]!.text));
      candidates.push({ line, score: headlineWords(line.text) + (next !== -1 ? 2 : 0) + (tagline ? 2 : 0) });
    });
    const headline = chooseHeadline(candidates);
    lines.forEach((line, i) => {
      const reading = readings[i];
      if (line === headline?.line) {
        const sectionTitle = reading?.kind === 'sectionTitle' ? reading : undefined;
        page.title = sectionTitle ? sectionTitle.title : line.text;
        if (sectionTitle) page.section = sectionTitle.section;
      } else if (reading && reading.kind !== 'sectionTitle') {
        applyReading(page, reading, false);
        dropped.push({ reason: 'metadata', text: line.text, line: line.line });
      } else if (furniture[i]) {
        if (furniture[i]!.author) page.credits.author ??= furniture[i]!.author;
        if (furniture[i]!.reason === 'dateline') {
          const date = readDate(line.text);
          if (date) page.date ??= date;
        }
        drop(line, furniture[i]!.reason);
      } else if (isCategoryWord(line.text) && !page.category) {
        page.category = line.text;
        dropped.push({ reason: 'metadata', text: line.text, line: line.line });
      } else if (headline && line.line > headline.line.line && headlineWords(line.text) === 2 && line.text.split(/\s+/u).length >= 6) {
        // A standfirst between the headline and the text belongs to the article.
        body.push({ text: line.text, line: line.line, single: true });
      } else drop(line, 'outside-article');
      lastHeaderLine = line.line;
    });
    header = false;
  }

  for (const block of firstBody > 0 ? blocks.slice(firstBody) : blocks) {
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
    // lines are page chrome, not article text; so are furniture lines.
    if (block.length === 1) {
      const reading = readLine(block[0]!.text, false);
      if (reading && applyReading(page, reading, false)) {
        dropped.push({ reason: 'metadata', text: block[0]!.text, line: block[0]!.line });
        continue;
      }
    }
    const kept = block.filter((line) => {
      const furniture = lineFurniture(line.text);
      if (!furniture) return true;
      if (furniture.reason === 'byline' && furniture.author) page.credits.author ??= furniture.author;
      drop(line, furniture.reason);
      return false;
    });
    if (kept.length === 0) continue;
    const joined = withoutMarks(kept.map((line) => line.text).join(' '), dropped, kept[0]!.line);
    if (joined) body.push({ text: joined, line: kept[0]!.line, single: kept.length === 1 });
  }

  // A scraped page often repeats its title above the text.
  if (page.title && body[0] && body[0].text === page.title) body.shift();
  const lead = body[0] ? splitLeadingDate(body[0].text) : undefined;
  if (lead && body[0]) {
    page.date ??= lead.date;
    dropped.push({ reason: 'dateline', text: body[0].text.slice(0, body[0].text.length - lead.rest.length).trim(), line: body[0].line });
    body[0].text = lead.rest;
  }

  // The closing sections (references, sources, links) and the page's footer after the text.
  const end = body.findIndex((block, i) => i > 0 && block.single && isEndSection(block.text));
  for (const block of end === -1 ? [] : body.splice(end)) dropped.push({ reason: 'end-section', text: block.text, line: block.line });
  while (body.length > 1) {
    const last = body[body.length - 1]!;
    if (!last.single || FINAL_PUNCTUATION.test(last.text.replace(CLOSING, '')) || isProse(last.text)) break;
    dropped.push({ reason: 'outside-article', text: last.text, line: last.line });
    body.pop();
  }

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
