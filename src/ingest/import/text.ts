// Read a scraped news page saved as plain text (the sample's form): header lines (category,
// "Section|Title", date, language bar, source line), paragraphs separated by blank lines,
// short unpunctuated lines between paragraphs as section headings, credits at the end.

import type { BlockContent } from 'mdast';
import type { DropReason } from './explain.js';
import { afterCaptionLabel, isBarePrompt, isEndSection, isProse, isRightsNotice, lineFurniture, withoutMarks, type LineFurniture } from './lines.js';
import { findDate, isCategoryWord, isTimeStamp, loneLabel, readDate, readLine, type LineReading } from './meta.js';
import { MONTHS } from './words.js';
import { articleRun, classifyBlock, shortWords, type BlockClass } from './text-blocks.js';
import { tickerLines } from './ticker.js';
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
const CLOSING = /[\s"'“”„‚‘’«»「」『』)）\]]+$/u;
/** A credit in brackets after the last sentence: "(AP)", "(bsc)", "（评论员 罗博 萧海川）". */
const CREDIT_AFTER = /\s*[（(][^（()）]{1,30}[)）]$/u;

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




/** Words of a line; CJK characters count as half a word each. */
const wordsOf = (text: string) => {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  return cjk > text.length * 0.3 ? Math.floor(cjk / 2) : text.split(/\s+/u).length;
};

function headlineWords(text: string): number {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const words = text.split(/\s+/u).length;
  if (cjk >= 6 || (words >= 3 && words <= 15)) return 2;
  return words === 2 || (words > 15 && words <= 25) ? 1 : 0;
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

/** The simple reading: header lines at the top, paragraphs below (pages without page chrome). */
function readPlainPage(text: string, file?: string): TextPageReading {
  const page: Page = { credits: {}, languages: [], blocks: [], dropped: [] };
  const dropped = page.dropped;
  const drop = (line: Line, reason: DropReason) => dropped.push({ reason, text: line.text, line: line.line });
  const body: BodyBlock[] = [];
  const blocks = splitBlocks(text);
  let header = true;
  let titleFromPlainLine: string | undefined;
  let lastHeaderLine = 1;

  for (const block of blocks) {
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

  finishBody(page, body);
  return { page, bodyPlace: { ...(file ? { file } : {}), line: lastHeaderLine, column: 1 } };
}

/** The body's last steps: the repeated title, a dateline glued to the text, closing sections and footer, headings. */
function finishBody(page: Page, body: BodyBlock[]): void {
  const dropped = page.dropped;
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
    if (!last.single || FINAL_PUNCTUATION.test(last.text.replace(CREDIT_AFTER, '').replace(CLOSING, '')) || isProse(last.text)) break;
    dropped.push({ reason: 'outside-article', text: last.text, line: last.line });
    body.pop();
  }

  // A pull quote: a short block, mostly a quotation (30 characters or more), that a longer block of the text also holds.
  const quotations = (text: string) => [...text.matchAll(/[“"«„]([^”"»“]{30,})[”"»“]/gu)].map((match) => match[1]!).filter((quote) => quote.length * 2 >= text.length).map(normalised);
  for (const block of [...body]) {
    if (block.text.length > 300) continue;
    if (quotations(block.text).some((quote) => body.some((other) => other !== block && other.text.length > block.text.length && normalised(other.text).includes(quote)))) {
      dropped.push({ reason: 'pull-quote', text: block.text, line: block.line });
      body.splice(body.indexOf(block), 1);
    }
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
}

interface Unit {
  text: string;
  line: number;
  single: boolean;
  reading?: LineReading;
  furniture?: LineFurniture;
  category?: boolean;
}

/** "— Jane Doe (@jane) March 16, 2020": the signature under a post embedded from a social network. */
const POST_SIGNATURE = /^[—–-]\s*[^()\n]{1,60}\(@[\w.]{1,30}\)\s+(.{6,40})$/u;
/** What marks a post's text: a hashtag, a mention, a short link. */
const POST_MARK = /(?:^|\s)[#@]\p{L}|\bt\.co\/|pic\.twitter\.com\//u;

/**
 * Posts embedded from a social network: the signature line with its date, and the post's text
 * above it (a post is short: at most 300 characters in all; more than one block only when they
 * carry a hashtag, a mention or a short link).
 */
function markEmbeddedPosts(units: Unit[]): void {
  units.forEach((unit, i) => {
    const signature = POST_SIGNATURE.exec(unit.text);
    if (!signature || findDate(signature[1]!) === undefined) return;
    unit.furniture = { reason: 'embedded-post' };
    delete unit.reading;
    let total = 0;
    let marked = false;
    for (let k = i - 1; k >= 0; k--) {
      const above = units[k]!;
      if (above.reading || above.furniture || total + above.text.length > 300) break;
      if (k < i - 1 && !marked && !POST_MARK.test(above.text)) break;
      total += above.text.length;
      marked ||= POST_MARK.test(above.text);
      above.furniture = { reason: 'embedded-post' };
    }
  });
}

/**
 * A live ticker is furniture when an article is left beside it (a run of prose of 400
 * characters or more outside it); a page that is only a ticker is a live blog, and its entries
 * are its text.
 */
function markTicker(units: Unit[], classes: BlockClass[], ends: boolean[]): void {
  const skip = units.map((unit) => Boolean(unit.reading || unit.furniture));
  const ticker = tickerLines(units.map((unit) => unit.text), skip);
  if (ticker.size === 0) return;
  const rest = articleRun(classes, units.map((unit) => unit.text), skip.map((s, i) => s || ticker.has(i)), ends);
  if (!rest || rest.weight < 400) return;
  for (const i of ticker) {
    delete units[i]!.reading;
    units[i]!.furniture = { reason: 'live-ticker' };
  }
}

/** Blocks as units: a block holding metadata or furniture lines is read line by line. */
function unitsOf(blocks: Line[][]): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    const perLine = block.length === 1 || block.some((line) => readLine(line.text, true) || lineFurniture(line.text));
    const parts = perLine ? block.map((line) => [line]) : [block];
    for (const part of parts) {
      const text = part.map((line) => line.text).join(' ');
      const unit: Unit = { text, line: part[0]!.line, single: part.length === 1 };
      const reading = part.length === 1 ? readLine(text, true) : undefined;
      if (reading) unit.reading = reading;
      else {
        const furniture = part.length === 1 ? lineFurniture(text) : undefined;
        if (furniture) unit.furniture = furniture;
        else if (isCategoryWord(text)) unit.category = true;
      }
      units.push(unit);
    }
  }
  // A source or credit label alone on its line, its value on the next ("情報元" / "日本経済新聞 電子版"): both are that line of metadata.
  units.forEach((unit, i) => {
    const label = loneLabel(unit.text);
    const next = units[i + 1];
    if (!label || !next || next.reading || next.furniture || next.text.length > 60 || /[.!?。！？]$/u.test(next.text)) return;
    const reading = readLine(`${label}: ${next.text}`, true);
    if (reading?.kind !== 'source' && reading?.kind !== 'credits') return;
    unit.reading = reading;
    next.reading = reading;
    delete unit.category;
    delete next.category;
  });
  return units;
}

const normalised = (text: string) => text.replace(/\s+/gu, ' ').trim().toLowerCase();

const MONTH_WORDS = new Set(Object.keys(MONTHS));
/**
 * A line that is mostly a date: a date and at most three other words ("19.2.2020 16:20päivitetty
 * 19.2.2020 16:20", "CBS News February 24, 2020, 7:57 AM", "(Pescasseroli, 14 Gennaio 20)").
 */
export function isDateLine(text: string): boolean {
  if (text.length > 80 || findDate(text) === undefined) return false;
  const words = (text.match(/\p{L}{2,}/gu) ?? []).filter((word) => !MONTH_WORDS.has(word.toLowerCase()));
  return words.length <= 3;
}

/** "Jeanne Corriveau", "Nuño Domínguez", "Jan van der Berg": two to four capitalised names (and their small particles). */
const PERSON_NAME = /^(?=.{5,40}$)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:(?:de|da|del|della|van|von|der|la|le|di|dos|das)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,3}$/u;

/** Menu items run together by a scraper ("Últimas noticiasRusia invade UcraniaCoronavirus"): a lower-case letter glued to a capital, twice or more. */
export function isGluedMenu(text: string): boolean {
  return (text.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2 && text.length <= 200;
}

/**
 * A media label before a headline ("動画：ナイジェリアで…", "Video: …") reads like a caption; it is a
 * headline when what follows the label is a headline's length without a sentence's end and the
 * date line is right below it.
 */
function isLabelledHeadline(units: Unit[], i: number): boolean {
  if (units[i]!.furniture?.reason !== 'caption') return false;
  const rest = afterCaptionLabel(units[i]!.text);
  if (rest === undefined || /[.。!！]["'”»)）]*$/u.test(rest) || headlineWords(rest) < 2) return false;
  return [1, 2].some((d) => units[i + d] !== undefined && (units[i + d]!.reading?.kind === 'date' || units[i + d]!.furniture?.reason === 'dateline' || isDateLine(units[i + d]!.text)));
}

/** A line printed three times or more on the page, and twice or more with the same line after it: the label of a widget the page repeats. */
function isWidgetLabel(texts: readonly string[], i: number): boolean {
  const at = texts.flatMap((text, k) => (text === texts[i] ? [k] : []));
  if (at.length < 3) return false;
  const after = at.map((k) => texts[k + 1]);
  return after.some((text, n) => text !== undefined && after.indexOf(text) !== n);
}

/** A line that shows a headline on its own: the line itself, its end after a separator ("Seite 1 —Im ICE …"), or its start before a title bar's separator. */
function showsAlone(line: string, headline: string, withKicker: string): boolean {
  if (line === headline) return true;
  if (line.endsWith(headline) && !line.endsWith(withKicker) && line.length - headline.length <= 40) return /[^\p{L}\p{N}]$/u.test(line.slice(0, -headline.length));
  return /^\s*[|–—-]\s/u.test(line.slice(headline.length)) && line.startsWith(headline);
}

const isMetadataUnit = (unit: Unit | undefined) =>
  unit !== undefined &&
  (unit.reading?.kind === 'date' || unit.reading?.kind === 'credits' || unit.furniture?.reason === 'byline' || unit.furniture?.reason === 'dateline' || (unit.furniture?.reason !== 'caption' && unit.text.length <= 160 && findDate(unit.text) !== undefined));

/**
 * The headline among the units above the article: a "Section|Title" line if there is one;
 * else the line scored best for having a headline's words (not a one-word menu item), being
 * shown twice on the page (a breadcrumb or title bar repeats it), standing next to the date
 * or the byline, and being close to where the text starts.
 */
function findHeadline(units: Unit[], start: number): number | undefined {
  const section = units.slice(0, start).map((unit, i) => (unit.reading?.kind === 'sectionTitle' ? i : -1)).filter((i) => i >= 0);
  if (section.length) return section[section.length - 1];
  const texts = units.map((unit) => normalised(unit.text));
  // Fifteen lines above the text, not counting furniture and metadata (a long row of share buttons).
  /** Fifteen lines above `below`, not counting furniture and metadata (a long row of share buttons). */
  const windowAbove = (below: number) => {
    let from = below;
    for (let seen = 0; from > 0 && seen < 15; from--) if (!units[from - 1]!.reading && !units[from - 1]!.furniture) seen++;
    return from;
  };
  const headlineLike = (i: number) => {
    const unit = units[i]!;
    const text = unit.text;
    if (unit.reading || (unit.furniture && !isLabelledHeadline(units, i)) || unit.category || text.length < 3 || text.length > 200 || /[:：]$/u.test(text)) return false;
    if (isDateLine(text) || isGluedMenu(text) || headlineWords(text) === 0) return false;
    // A name alone beside the date line is the byline (unless the page shows it twice close together, as it shows a headline: "Ein Albtraum").
    const twice = units.some((other, k) => k !== i && Math.abs(k - i) <= 5 && other.text === text);
    if (!twice && PERSON_NAME.test(text) && [-2, -1, 1, 2].some((d) => units[i + d] !== undefined && (units[i + d]!.reading?.kind === 'date' || isDateLine(units[i + d]!.text)))) return false;
    // A widget's label ("Como você se sentiu com essa matéria?" above each reaction box) is printed three times or more, twice with the same line below it.
    return !isWidgetLabel(texts, i);
  };
  const between = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k).filter(headlineLike);
  const from = windowAbove(start);
  // The run of prose may begin with the headline itself when it reads like a sentence.
  const last = /[.。!?！？]["'”»)]*$/u.test(units[start]?.text ?? '.') || (units[start]?.text.length ?? 0) > 160 ? start : start + 1;
  let candidates = between(from, last);
  // Boxes of linked headlines between the headline and the text ("Sur le même sujet", "Las más leídas"): their headlines are other
  // articles'. The headline is above the first box; when the boxes fill the fifteen lines, it is looked for above them.
  const isBox = (unit: Unit) => unit.furniture?.reason === 'related' && isBarePrompt(unit.text);
  let box = units.slice(from, last).findIndex(isBox);
  box = box === -1 ? -1 : box + from;
  // A box longer than the window ("Just watched" and fifteen videos): when no line of the window stands by the date or
  // the byline, the lines above it that are not prose are followed up to forty lines for a box's prompt.
  if (box === -1 && !candidates.some((i) => [-2, -1, 1, 2, 3].some((d) => isMetadataUnit(units[i + d])))) {
    for (let k = from - 1, seen = 0; k >= 0 && seen < 40; k--) {
      if (isBox(units[k]!)) {
        box = k;
        break;
      }
      if (units[k]!.reading || units[k]!.furniture) continue;
      if (classifyBlock(units[k]!.text) === 'prose') break;
      seen++;
    }
  }
  if (box !== -1) {
    // Boxes stacked one above the other: the top one, whose prompt is at most fifteen lines above the next one's.
    for (let higher = box; higher >= 0; ) {
      box = higher;
      const upper = windowAbove(box);
      higher = units.slice(upper, box).findIndex(isBox);
      higher = higher === -1 ? -1 : higher + upper;
    }
    const before = box > from ? between(from, box) : [];
    candidates = before.length ? before : between(windowAbove(box), box);
    if (candidates.length === 0) candidates = between(from, last);
  }
  const scoreOf = (i: number, closeness: number, far: boolean) => {
    const own = texts[i]!;
    // Shown twice: right again beside itself, at the end of a breadcrumb, or in a title bar (menus repeat in footers, and do not count).
    // (A headline far above the text counts as shown twice also when a sticky title bar anywhere above the text repeats it.)
    const repeated = texts.some((other, k) => k !== i && other.length < 400 && ((other === own && (Math.abs(k - i) <= 5 || (far && k < start))) || other.endsWith(` ${own}`) || other.startsWith(`${own} |`) || other.startsWith(`${own} -`)));
    // Next to the date or byline: 3 right beside it, less further away.
    const distance = [1, 2, 3].find((d) => isMetadataUnit(units[i + d]) || (d <= 2 && isMetadataUnit(units[i - d])));
    const near = distance === undefined ? 0 : 4 - distance;
    // A standfirst right after the headline ends with a full stop and is penalised below.
    // A headline rarely ends with a full stop; a caption or a sentence does.
    const text = units[i]!.text;
    const sentence = (/[.。]$/u.test(text) && !/\.\.\.$/u.test(text)) || (/[!！]$/u.test(text) && text.split(/\s+/u).length > 8) ? -3 : 0;
    return headlineWords(units[i]!.text) * 2 + (repeated && (own.split(' ').length >= 4 || own.length >= 12 && /\p{Script=Han}/u.test(own)) ? 3 : 0) + near + closeness + sentence;
  };
  let best: { index: number; score: number } | undefined;
  candidates.forEach((i, rank) => {
    const score = scoreOf(i, candidates.length - rank <= 1 ? 2 : candidates.length - rank <= 2 ? 1 : 0, false);
    if (!best || score >= best.score) best = { index: i, score };
  });
  // A headline far above the text, behind its standfirst, tags, save and report buttons: when the best line looked at does not stand
  // by the date or the byline, the date line above them anchors the headline, which is looked for in the fifteen lines above that
  // date line (and is taken only when it scores better than the lines close to the text).
  if (best && ![-2, -1, 1, 2, 3].some((d) => isMetadataUnit(units[best!.index + d]))) {
    const top = Math.min(from, ...candidates);
    for (let k = top - 1, seen = 0; k >= 0 && seen < 40; k--) {
      const unit = units[k]!;
      if (unit.reading?.kind === 'date' || unit.furniture?.reason === 'dateline' || (!unit.reading && !unit.furniture && isDateLine(unit.text))) {
        let farBest: { index: number; score: number } | undefined;
        for (const i of between(windowAbove(k), k)) {
          const score = scoreOf(i, 0, true);
          if (!farBest || score >= farBest.score) farBest = { index: i, score };
        }
        if (farBest && (!best || farBest.score > best.score)) return farBest.index;
        break;
      }
      if (!unit.reading && !unit.furniture) seen++;
    }
  }
  // A headline stands above its standfirst: of two headline-like lines in a row, the first when it is the shorter.
  const above = best ? candidates[candidates.indexOf(best.index) - 1] : undefined;
  // (A kicker of a few words above a headline is not one: the first must have five words or more.)
  if (best && above === best.index - 1 && units[above]!.text.length < units[best.index]!.text.length && wordsOf(units[above]!.text) >= 5 && wordsOf(units[best.index]!.text) >= 8) return above;
  // A kicker of a few words right above a longer headline (not a standfirst: no full stop) is not the headline either.
  const below = best ? candidates[candidates.indexOf(best.index) + 1] : undefined;
  if (best && below === best.index + 1 && wordsOf(units[best.index]!.text) <= 4 && wordsOf(units[below]!.text) >= 8 && !/[.。]["'”»)]*$/u.test(units[below]!.text)) return below;
  return best?.index;
}

/**
 * A box above the headline joined to the article's run (a site's "about" paragraph the page prints again further down): inside
 * the top of the run, a headline-like line with a date or a time stamp right below it, every paragraph of the run above it printed
 * again outside the article (its opening at least), and no date line above the run. The article starts below the stamp; the line is its headline.
 */
function boxAboveHeadline(units: Unit[], classes: BlockClass[], run: { start: number; end: number }): number | undefined {
  const stamped = (unit: Unit | undefined) => unit !== undefined && (unit.reading?.kind === 'date' || unit.furniture?.reason === 'dateline' || isDateLine(unit.text) || isTimeStamp(unit.text));
  if (units.slice(Math.max(0, run.start - 15), run.start).some(stamped)) return undefined;
  for (let h = run.start + 1; h < run.end; h++) {
    const unit = units[h]!;
    if (unit.reading || unit.furniture || classes[h] === 'prose' || headlineWords(unit.text) < 2 || /[.。!?！？:：]$/u.test(unit.text) || PERSON_NAME.test(unit.text)) continue;
    const stamp = [1, 2].find((d) => stamped(units[h + d]));
    if (stamp === undefined) continue;
    const above = units.slice(run.start, h).filter((other, k) => classes[run.start + k] === 'prose' && !other.reading && !other.furniture);
    // (Again: the same opening, forty characters or half the paragraph; the two copies may end differently, one for narrow screens.)
    const copiesOf = (other: Unit) => {
      const opening = other.text.slice(0, Math.min(40, Math.ceil(other.text.length / 2)));
      return units.filter((u, k) => (k < run.start || k > h) && !u.reading && !u.furniture && u.text.startsWith(opening));
    };
    if (above.length === 0 || !above.every((other) => copiesOf(other).length > 0)) return undefined;
    const start = units.findIndex((other, k) => k > h + stamp && classes[k] === 'prose' && !other.reading && !other.furniture);
    if (start === -1 || start > run.end) return undefined;
    // The box and its copies further down are the site's, not the article's.
    for (const other of above) for (const box of [other, ...copiesOf(other)]) box.furniture = { reason: 'navigation' };
    run.start = start;
    return h;
  }
  return undefined;
}

/** The publication date: a date line or a date in a short line around the headline, nearest after it first. */
function findPageDate(units: Unit[], headline: number | undefined, start: number): string | undefined {
  const anchor = headline ?? start;
  const order: number[] = [];
  // After the headline: its standfirst, byline and date line, perhaps a little into the text.
  for (let i = anchor + 1; i <= Math.min(units.length - 1, start + 5); i++) order.push(i);
  for (let i = anchor - 1; i >= Math.max(0, anchor - 15); i--) order.push(i);
  for (const i of order) {
    const unit = units[i]!;
    if (unit.reading?.kind === 'date') return unit.reading.date;
    if (i >= start && i > anchor + 1 && unit.text.length > 160) continue;
    const found = unit.text.length <= 160 ? findDate(unit.text) : undefined;
    if (found) return found;
  }
  return undefined;
}

export function readTextPage(text: string, file?: string): TextPageReading {
  const blocks = splitBlocks(text);
  const units = unitsOf(blocks);
  markEmbeddedPosts(units);
  const classes = units.map((unit) => classifyBlock(unit.text));
  const ends = units.map((unit) => isEndSection(unit.text));
  markTicker(units, classes, ends);
  const skip = units.map((unit) => Boolean(unit.reading || unit.furniture));
  const run = articleRun(classes, units.map((unit) => unit.text), skip, ends);
  // Without a run of prose the page is read the simple way (header lines, then paragraphs).
  if (!run) return readPlainPage(text, file);
  // A paywall cuts the text off mid-sentence: the words left before its notice ("その判断は…") are the text's last.
  const cut = units[run.end + 1];
  if (cut && !skip[run.end + 1] && cut.text.length <= 60 && /(?:…|\.\.\.)$/u.test(cut.text) && units[run.end + 2]?.furniture?.reason === 'appeal') run.end += 1;

  const page: Page = { credits: {}, languages: [], blocks: [], dropped: [] };
  const dropped = page.dropped;
  const headline = boxAboveHeadline(units, classes, run) ?? findHeadline(units, run.start);
  if (headline !== undefined) {
    const unit = units[headline]!;
    if (unit.reading?.kind === 'sectionTitle') {
      page.title = unit.reading.title;
      page.section = unit.reading.section;
    } else page.title = unit.text;
  }
  // A title bar that prints "Headline - Kicker" shows that the headline line is the kicker glued before the headline.
  if (page.title && headline !== undefined) {
    for (const [k, unit] of units.entries()) {
      const bar = k !== headline ? /^(.{8,}?)\s+[-–—|]\s+(.{3,})$/u.exec(unit.text) : null;
      if (bar && normalised(page.title) === normalised(`${bar[2]} ${bar[1]}`)) {
        page.title = bar[1]!.trim();
        break;
      }
    }
  }
  // A kicker joined to the headline by a colon ("Zugverkehr: Im ICE von …"), shown when the page also prints the headline without it (a page index, a title bar).
  const kicker = page.title ? /^([^:：]{2,30})[:：]\s*(.+)$/u.exec(page.title) : null;
  if (kicker && headline !== undefined && wordsOf(kicker[1]!) <= 3 && wordsOf(kicker[2]!) >= 3) {
    const whole = normalised(page.title!);
    const rest = normalised(kicker[2]!);
    if (units.some((unit, k) => k !== headline && showsAlone(normalised(unit.text), rest, whole))) page.title = kicker[2]!.trim();
  }
  const date = findPageDate(units, headline, run.start);
  if (date) page.date = date;

  const body: BodyBlock[] = [];
  /** Lines of a box inside the text (linked headlines under a "Read more"), dropped. */
  const boxed = new Set<number>();
  // Text in the run: prose, a short line of some words, a sentence that a language with few
  // small words writes without passing for prose on its own, a long heading above a paragraph.
  const kept = (unit: Unit, i: number) =>
    !unit.reading && !unit.furniture && !boxed.has(i) && (classes[i] === 'bad' ? isProse(unit.text) || (/[.!?。！？]["'”»)）]*$/u.test(unit.text) && wordsOf(unit.text) >= 6) || (wordsOf(unit.text) <= 16 && classes[i + 1] === 'prose') : classes[i] === 'prose' || shortWords(unit.text) >= 2);
  const proseAt = units.map((unit, i) => (kept(unit, i) && i >= run.start && i <= run.end ? unit.text.length : 0));
  // A bare "related" or comment prompt ends the article once most of its text is behind it
  // (mid-article "Related articles" boxes are followed by more of the text than came before).
  let weight = 0;
  /**
   * Where the text goes on after a box that interrupts it: the first of two paragraphs in a row
   * that end their sentences (a list of linked headlines with their blurbs has no two such), a
   * dozen lines below at most, not counting furniture.
   */
  const paragraph = (j: number) => classes[j] === 'prose' && !skip[j] && /[.!?。！？]["'”»)）]*$/u.test(units[j]!.text);
  // After a prompt with its colon ("Leggi anche:") and its link, one long paragraph is enough: a teaser's blurb is short.
  // (Boxes may follow each other: the lines are counted from the last prompt.)
  const colonPrompt = (j: number) => units[j]!.furniture?.reason === 'related' && /[:：]\s*$/u.test(units[j]!.text);
  const resumes = (i: number) => {
    let fromPrompt = colonPrompt(i) ? 0 : Number.POSITIVE_INFINITY;
    for (let j = i + 1, seen = 0; j <= run.end && seen < 12; j++) {
      if (skip[j]) {
        if (colonPrompt(j)) fromPrompt = 0;
        continue;
      }
      seen++;
      fromPrompt++;
      if (paragraph(j) && (paragraph(j + 1) || (fromPrompt <= 3 && units[j]!.text.length >= 300))) return j;
    }
    return undefined;
  };
  const end = units.findIndex((unit, i) => {
    weight += proseAt[i] ?? 0;
    if (i < run.start || i > run.end) return false;
    const reason = unit.furniture?.reason;
    // A rights notice or an appeal for support closes the text once most of it is behind it.
    if ((reason === 'copyright' && isRightsNotice(unit.text)) || reason === 'appeal') {
      const after = proseAt.slice(i + 1).reduce((a, b) => a + b, 0);
      return weight >= (weight + after) * 0.6;
    }
    if (!(reason === 'related' || reason === 'comments' || reason === 'newsletter' || reason === 'share') || !isBarePrompt(unit.text)) return false;
    // A box of links or share buttons inside the article: two paragraphs in a row follow it closely.
    const resumed = reason === 'related' || reason === 'share' ? resumes(i) : undefined;
    if (resumed !== undefined) {
      // The box's own lines (linked headlines, their authors) are not text.
      if (reason === 'related') for (let k = i + 1; k < resumed; k++) boxed.add(k);
      return false;
    }
    const after = proseAt.slice(i + 1).reduce((a, b) => a + b, 0);
    return weight >= (weight + after) * 0.6 || (weight >= 400 && after < weight * 2);
  });
  if (end !== -1) run.end = end - 1;
  // Four or more lines in a row that are neither paragraphs nor sentences (linked headlines, a
  // teaser list, an author box and its links) are a box: inside the text when two paragraphs
  // follow it, else the end of the text. (After a line ending with a colon they are a list.)
  const loose = (i: number) => !skip[i] && classes[i] !== 'prose' && !/[.。:：]["'”»)）]*$/u.test(units[i]!.text);
  for (let i = run.start + 1; i <= run.end; i++) {
    if (!loose(i)) continue;
    const stretch: number[] = [];
    let k = i;
    for (; k <= run.end && (skip[k] || loose(k)); k++) if (!skip[k]) stretch.push(k);
    const opener = units.slice(0, i).reverse().find((_, d) => !skip[i - 1 - d]);
    if (stretch.length >= 4 && !/[:：]$/u.test(opener?.text ?? '')) {
      if (resumes(stretch[stretch.length - 1]!) === undefined) {
        run.end = i - 1;
        break;
      }
      for (const s of stretch) boxed.add(s);
    }
    i = k;
  }
  // No date above the text: a date line right below it ("Pubblicato il: 30 Settembre 2020", "13. 1. 2020").
  if (!page.date) {
    for (let i = run.end + 1; i < Math.min(units.length, run.end + 9); i++) {
      const reading = units[i]!.reading;
      if (reading?.kind === 'date') {
        page.date = reading.date;
        break;
      }
    }
  }
  // The standfirst: the first paragraph below the headline, when the text proper starts further down (after the date line or a picture).
  let standfirst: number | undefined;
  if (headline !== undefined) {
    for (let i = headline + 1, seen = 0; i < run.start && seen < 4; i++) {
      if (units[i]!.reading || units[i]!.furniture) continue;
      seen++;
      const text = units[i]!.text;
      // Prose; or a sentence of eight words or more; or, right below the headline, a longer line of eight words or more.
      const sentence = /[.!?。！？]["'”»)）]*$/u.test(text) && wordsOf(text) >= 8;
      const below = i === headline + 1 && wordsOf(text) >= 8 && text.length > units[headline]!.text.length && !isGluedMenu(text);
      // (A line above a bare credit label, "Foto:", is the picture's caption.)
      const caption = units[i + 1]?.furniture?.reason === 'caption' && afterCaptionLabel(units[i + 1]!.text) === '';
      if ((classes[i] === 'prose' || sentence || below) && !caption && findDate(text) === undefined) {
        standfirst = i;
        break;
      }
    }
  }
  // A headline far above the text (more than fifteen lines, not counting furniture): the paragraphs in a run of their own between
  // it and the text, above the first box of linked headlines, are the text's first paragraphs (a box cut them off the rest).
  // (The paragraphs right above that box: save and follow buttons with their messages stand higher up, by the date line.)
  const lead = new Set<number>();
  if (headline !== undefined && units.slice(headline + 1, run.start).filter((unit) => !unit.reading && !unit.furniture).length > 15) {
    // (From the date line or byline below the headline on: a tag list, "Relacionados:", may stand between them.)
    let top = headline + 1;
    for (let i = headline + 1; i < run.start; i++) if (isMetadataUnit(units[i])) top = i + 1;
    let box = units.slice(top, run.start).findIndex((unit) => unit.furniture?.reason === 'related' && isBarePrompt(unit.text));
    box = box === -1 ? run.start : box + top;
    for (let i = box - 1; i >= top; i--) {
      const unit = units[i]!;
      if (unit.reading || unit.furniture) continue;
      if (classes[i] !== 'prose' || i === standfirst) break;
      lead.add(i);
    }
  }
  // A name alone on its line beside the date line, below the headline: the byline without its "By".
  const dated = (i: number) => units[i] !== undefined && (units[i]!.reading?.kind === 'date' || isDateLine(units[i]!.text));
  const isNameByline = (i: number) =>
    headline !== undefined && i > headline && i <= run.start + 6 && PERSON_NAME.test(units[i]!.text) && [1, 2].some((d) => dated(i - d) || dated(i + d));
  units.forEach((unit, i) => {
    if (i === headline) return;
    if (i === standfirst || lead.has(i)) {
      body.push({ text: withoutMarks(unit.text, dropped, unit.line), line: unit.line, single: unit.single });
      return;
    }
    if (boxed.has(i) && !unit.reading && !unit.furniture) {
      dropped.push({ reason: 'related', text: unit.text, line: unit.line });
      return;
    }
    if (!unit.reading && !unit.furniture && isNameByline(i)) {
      page.credits.author ??= unit.text;
      dropped.push({ reason: 'byline', text: unit.text, line: unit.line });
      return;
    }
    const inRun = i >= run.start && i <= run.end;
    if (unit.reading && unit.reading.kind !== 'sectionTitle') {
      const kind = unit.reading.kind;
      // Metadata above the article, and credits, a source line or a language bar anywhere.
      if (i < run.start || kind === 'credits' || kind === 'languages' || (kind === 'source' && unit.reading.labelled)) {
        if (kind !== 'date') applyReading(page, unit.reading, false);
        dropped.push({ reason: 'metadata', text: unit.text, line: unit.line });
        return;
      }
    }
    if (unit.furniture) {
      if (unit.furniture.author && (i < run.start || inRun)) page.credits.author ??= unit.furniture.author;
      dropped.push({ reason: unit.furniture.reason, text: unit.text, line: unit.line });
      return;
    }
    if (unit.category && i < run.start && !page.category) {
      page.category = unit.text;
      dropped.push({ reason: 'metadata', text: unit.text, line: unit.line });
      return;
    }
    if (inRun && kept(unit, i)) {
      const cleaned = withoutMarks(unit.text, dropped, unit.line);
      if (cleaned) body.push({ text: cleaned, line: unit.line, single: unit.single });
      return;
    }
    dropped.push({ reason: 'outside-article', text: unit.text, line: unit.line });
  });
  if (!page.title) {
    const first = units.find((unit) => !unit.reading && !unit.furniture && unit.text.length <= 200);
    if (first) page.title = first.text;
  }
  finishBody(page, body);
  return { page, bodyPlace: { ...(file ? { file } : {}), line: units[run.start]?.line ?? 1, column: 1 } };
}
