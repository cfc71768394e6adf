// The page model both readers (text, HTML) produce, and the one step that turns it into an
// article file: front matter in the project's schema plus a markdown body.

import type { BlockContent, DefinitionContent, PhrasingContent, Root } from 'mdast';
import { Document, isSeq } from 'yaml';
import type { Credits } from '../../article/types.js';
import { Errors, fail } from '../../errors/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import { detectLanguage } from './detect.js';
import type { Dropped } from './explain.js';
import { ImportErrors } from './errors.js';
import { plainText, toMarkdown } from './markdown.js';
import { isValidSlug, slugFromFileName, slugify } from './slug.js';

export interface Place {
  file?: string;
  line?: number;
  column?: number;
}

/** What a reader found on a page. */
export interface Page {
  title?: string;
  /** The language the page says it is in (`<html lang>`), if any. */
  declaredLang?: LanguageCode;
  date?: string;
  category?: string;
  section?: string;
  sourceLine?: string;
  credits: Credits;
  /** The language bar, in its order. */
  languages: LanguageCode[];
  /** The article body without its title. */
  blocks: BlockContent[];
  /** The page's own address (canonical link, og:url), when it states one. */
  sourceUrl?: string;
  /** What was left out, and why (`import --explain`). */
  dropped: Dropped[];
}

/** Front matter of an imported article, in the order it is written. */
export interface ImportedFrontMatter {
  title: string;
  lang: LanguageCode;
  date?: string;
  category?: string;
  section?: string;
  sourceLine?: string;
  credits?: Credits;
  languages?: LanguageCode[];
  /** The page's address: its canonical URL, or where it was fetched from. */
  source?: string;
}

export interface ImportResult {
  slug: string;
  frontmatter: ImportedFrontMatter;
  /** The whole file: front matter and body, ready to be written as content/<slug>/index.md. */
  markdown: string;
  /** What the importer left out of the page, and why. */
  dropped: Dropped[];
}

export interface BuildOptions {
  lang?: LanguageCode;
  slug?: string;
  /** The page's file name, a hint for the slug. */
  name?: string;
  file?: string;
  /** Where the page was fetched from, when the page does not state its own address. */
  url?: string;
}

export function blockText(node: BlockContent | DefinitionContent): string {
  if ('children' in node && node.type !== 'list' && node.type !== 'blockquote') return plainText(node.children as PhrasingContent[]);
  if (node.type === 'blockquote') return node.children.map(blockText).join(' ');
  if (node.type === 'list') return node.children.map((item) => item.children.map(blockText).join(' ')).join(' ');
  return '';
}

function chooseLanguage(page: Page, options: BuildOptions, where: Place): LanguageCode {
  if (options.lang) return options.lang;
  const detected = detectLanguage([page.title ?? '', ...page.blocks.map(blockText)].join('\n'));
  const confident = detected && detected.score >= 8 && detected.score >= detected.runnerUp * 2;
  if (confident) return detected.lang;
  if (page.declaredLang) return page.declaredLang;
  if (detected) return detected.lang;
  fail(ImportErrors.UndetectedLanguage, 'cannot tell the language of the page', where);
}

function frontMatterYaml(frontmatter: ImportedFrontMatter): string {
  const doc = new Document(frontmatter, { schema: 'core' });
  const languages = doc.get('languages', true);
  if (isSeq(languages)) languages.flow = true;
  // No line folding: a long title stays on one line, as an editor expects to find it.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Turn a page into the article file (front matter + markdown). */
export function buildArticle(page: Page, options: BuildOptions, where: Place): ImportResult {
  if (!page.title) fail(ImportErrors.UnusablePage, 'the page has no title', where);
  if (page.blocks.length === 0) fail(ImportErrors.UnusablePage, 'the page has no article text (no paragraph after the title and header lines)', where);
  const lang = chooseLanguage(page, options, where);

  const frontmatter: ImportedFrontMatter = { title: page.title, lang };
  if (page.date) frontmatter.date = page.date;
  if (page.category) frontmatter.category = page.category;
  if (page.section) frontmatter.section = page.section;
  if (page.sourceLine) frontmatter.sourceLine = page.sourceLine;
  if (Object.keys(page.credits).length > 0) frontmatter.credits = page.credits;
  if (page.languages.length > 0) frontmatter.languages = page.languages;
  const source = page.sourceUrl ?? options.url;
  if (source) frontmatter.source = source;

  let slug = options.slug ?? (options.name ? slugFromFileName(options.name) : undefined) ?? slugify(page.title);
  if (!slug) slug = `article-${page.date ?? new Date().toISOString().slice(0, 10)}`;
  if (!isValidSlug(slug)) fail(Errors.Usage, `import: \`${slug}\` cannot be a folder name: use lower-case letters, digits and hyphens`);

  const tree: Root = { type: 'root', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: page.title }] }, ...page.blocks] };
  const markdown = `---\n${frontMatterYaml(frontmatter)}---\n\n${toMarkdown(tree)}`;
  return { slug, frontmatter, markdown, dropped: page.dropped };
}
