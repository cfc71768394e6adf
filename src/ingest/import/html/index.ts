// Read a news page saved as HTML: metadata from JSON-LD, OpenGraph and meta tags; the main
// block found by @mozilla/readability after furniture is removed by markup; its paragraphs
// checked line by line (date lines, credits, bylines, captions, "read more" prompts) and
// against the page's own stated article body. Everything left out is listed with a reason.

import type { BlockContent } from 'mdast';
import { lineFurniture, cutEndSections } from '../lines.js';
import { isCategoryWord, readCredits, readDate, readLine } from '../meta.js';
import { blockText, type Page, type Place } from '../page.js';
import { reconcileWithArticleBody } from './article-body.js';
import { toBlocks, type Keep } from './blocks.js';
import { findMainBlock } from './content.js';
import { checkHtmlDepth } from './depth.js';
import { parseDocument, sourcePlace, textOf } from './dom.js';
import { readMetadata } from './metadata.js';
import { readSwitcher } from './switcher.js';
import { normaliseLanguageTag } from './tags.js';
import { chooseTitle } from './title.js';

export { normaliseLanguageTag } from './tags.js';

export interface HtmlPageReading {
  page: Page;
  bodyPlace: Place;
}

const same = (a: string, b: string) => a.replace(/\s+/gu, ' ').trim().toLowerCase() === b.replace(/\s+/gu, ' ').trim().toLowerCase();

export function readHtmlPage(html: string, file?: string): HtmlPageReading {
  // What the DOM parser would take minutes over is refused first.
  checkHtmlDepth(html, file);
  const original = parseDocument(html);
  const metadata = readMetadata(original);
  const page: Page = { credits: {}, languages: [], blocks: [], dropped: [] };
  const dropped = page.dropped;

  const declared = normaliseLanguageTag(metadata.lang);
  if (declared) page.declaredLang = declared;
  page.languages = readSwitcher(original).languages;
  const title = chooseTitle(metadata, original);
  if (title) page.title = title;
  const date = metadata.published ? readDate(metadata.published) : undefined;
  if (date) page.date = date;
  if (metadata.section) page.section = metadata.section;
  if (metadata.url) page.sourceUrl = metadata.url;
  const category = original.querySelector('meta[name="category"]')?.getAttribute('content')?.trim() || textOf(original.querySelector('article .kicker, article .category, [rel~="category"]'));
  if (category && category.length <= 40) page.category = category;

  // The page's metadata names authors and editors best; bylines in the text come second.
  if (metadata.authors.length) page.credits.author = metadata.authors.join(', ');
  if (metadata.editors.length) page.credits.editor = metadata.editors.join(', ');
  readAroundHeadline(original, page);

  const main = findMainBlock(html, dropped, (document) => {
    for (const element of readSwitcher(document).elements) {
      dropped.push({ reason: 'language-bar', text: textOf(element) });
      element.remove();
    }
  });
  const bodyPlace = sourcePlace(html, main?.origin, file);
  if (!main) return { page, bodyPlace };

  let header = true;
  const keep: Keep = (text, element) => {
    if (page.title && same(text, page.title)) {
      dropped.push({ reason: 'title', text });
      return false;
    }
    const reading = readLine(text, header);
    if (reading && reading.kind !== 'sectionTitle') {
      let used = true;
      if (reading.kind === 'date') page.date ??= reading.date;
      else if (reading.kind === 'languages') {
        if (!page.languages.length) page.languages = reading.languages;
      } else if (reading.kind === 'credits') Object.assign(page.credits, reading.credits);
      else if (reading.kind === 'source') {
        if (!page.sourceLine && header) page.sourceLine = reading.text;
        else used = reading.labelled;
      }
      if (used) {
        dropped.push({ reason: 'metadata', text });
        return false;
      }
    }
    if (header && element?.localName !== 'h2' && isCategoryWord(text) && (!page.category || same(page.category, text))) {
      page.category ??= text;
      dropped.push({ reason: 'metadata', text });
      return false;
    }
    const furniture = lineFurniture(text);
    if (furniture) {
      if (furniture.author) page.credits.author ??= furniture.author;
      dropped.push({ reason: furniture.reason, text });
      return false;
    }
    if (element?.localName === 'p' || element?.localName === 'li' || text.length > 80) header = false;
    return true;
  };
  let blocks: BlockContent[] = toBlocks(main.root.childNodes, keep);
  blocks = cutEndSections(blocks, blockText, dropped);
  blocks = reconcileWithArticleBody(blocks, metadata.jsonLd?.articleBody, dropped).blocks;
  page.blocks = blocks;

  // Bylines, credits and datelines removed by markup still tell who wrote the article and when.
  for (const item of dropped) {
    if (item.reason !== 'byline' && item.reason !== 'credits-line' && item.reason !== 'dateline') continue;
    const credits = readCredits(item.text);
    if (credits) for (const [role, name] of Object.entries(credits)) if (name) page.credits[role] ??= name;
    const byline = lineFurniture(item.text);
    if (byline?.author) page.credits.author ??= byline.author;
    if (!page.date && item.reason === 'dateline') {
      const found = readDate(item.text);
      if (found) page.date = found;
    }
  }
  return { page, bodyPlace };
}

/**
 * The lines around the headline (a kicker, the dateline, a source line, a byline) sit in the
 * headline's own container, which the main block often leaves out: read them as metadata.
 */
function readAroundHeadline(document: Document, page: Page): void {
  const title = page.title;
  const headline = [...document.querySelectorAll('h1')].find((h1) => title !== undefined && same(textOf(h1), title));
  const box = headline?.closest('header, hgroup') ?? headline?.parentElement;
  if (!headline || !box || textOf(box).length > 1500) return;
  for (const element of box.querySelectorAll('p, div, span, time, address')) {
    if (element.querySelector('p, div') || element.contains(headline)) continue;
    const text = textOf(element);
    if (!text || text.length > 200) continue;
    const reading = readLine(text, true);
    if (reading?.kind === 'source') page.sourceLine ??= reading.text;
    else if (reading?.kind === 'credits') {
      for (const [role, name] of Object.entries(reading.credits)) if (name) page.credits[role] ??= name;
    } else if (reading?.kind === 'date') page.date ??= reading.date;
    else if (!reading) {
      const byline = lineFurniture(text);
      if (byline?.author) page.credits.author ??= byline.author;
    }
  }
}
