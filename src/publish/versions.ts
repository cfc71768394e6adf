// The language versions of an article, as the publish targets receive them: what the render
// stage produced, held back when the render stage, validation or QA says so (the pipeline,
// src/pipeline/versions.ts, runs those stages and decides), with the figures (values, never
// spellings), claims and a digest over everything a target is sent.

import { createHash, type Hash } from 'node:crypto';
import type { Element, Root as HastRoot, RootContent } from 'hast';
import type { Article, Claim, Figure } from '../article/types.js';
import { EMPTY_GLOSSARY, type Glossary } from '../claims/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { buildSourceResource, stripTags, type FigureValue as FigureArgs, type Localizer } from '../localize/index.js';
import type { RenderedLanguage } from '../render/index.js';
import { bodyHtml as bodyHtmlOf } from '../render/html.js';
import type { ClaimValue, FigureValue, HeldReason, LanguageVersion } from './types.js';

/**
 * Versions from what the render stage produced (the pipeline's `run` has them already).
 * `held` names languages that rendered but must not go out (validation, QA).
 */
export function versionsFromRendered(
  article: Article,
  rendered: readonly RenderedLanguage[],
  held: ReadonlyMap<LanguageCode, { reason: HeldReason; detail: string }> = new Map(),
  options: { localizer?: Localizer; glossary?: Glossary } = {},
): LanguageVersion[] {
  const figures = article.figures.map(figureValue);
  const source = options.localizer ? buildSourceResource(article) : undefined;
  // Each sentence's figure values as the renderer passed them (the same objects: its
  // translations are not made twice).
  let unitFigures: Record<string, Record<string, FigureArgs>> | undefined;
  if (source) {
    unitFigures = {};
    for (const unit of source.units) unitFigures[unit.key] ??= unit.figures;
  }
  return rendered.map((r) => {
    // Claims of one sentence share its translation: written once per sentence, not per claim
    // (a sentence of 1,000 figures has as many claims).
    const sentences = new Map<string, string>();
    const claims = article.claims.map((claim) => claimValue(article, claim, r.lang, options.localizer, unitFigures, options.glossary ?? EMPTY_GLOSSARY, sentences));
    const hold = !r.publishable
      ? held.get(r.lang) ?? { reason: 'translation' as const, detail: `${r.missing.length || r.problems.length} ${r.missing.length ? 'missing' : 'invalid'} key${(r.missing.length || r.problems.length) === 1 ? '' : 's'} in locales/${r.lang}/${article.slug}.json` }
      : held.get(r.lang);
    const bodyHtml = r.page ? bodyHtmlOf(r.page.body).trimEnd() : '';
    const body = {
      lang: r.lang,
      sourceLang: r.sourceLang,
      title: r.title,
      slug: article.slug,
      markdown: r.markdown,
      html: r.html,
      bodyHtml,
      bodyMarkdown: stripFrontMatter(r.markdown),
      summary: r.page ? firstParagraph(r.page.body) : '',
      ...(article.frontmatter.date ? { datePublished: article.frontmatter.date } : {}),
      credits: { ...article.frontmatter.credits },
      claims,
      figures,
      jsonld: r.jsonld ?? {},
    };
    const version: LanguageVersion = { ...body, digest: versionDigest(body), publishable: hold === undefined, rendered: r };
    if (hold) {
      version.heldReason = hold.reason;
      version.heldDetail = hold.detail;
    }
    return version;
  });
}

/** sha256 over a canonical JSON of everything a target receives (keys sorted). */
export function versionDigest(value: unknown): string {
  // The canonical text is fed to the hash in pieces of about 16 K characters: a version's
  // pages are large, and building the whole string first would copy them several times over.
  const writer = new CanonicalWriter(createHash('sha256'));
  writer.value(value);
  return writer.hash!.update(writer.flush()).digest('hex');
}

/** JSON with object keys sorted and undefined members left out: equal values, equal text. */
export function canonicalJson(value: unknown): string {
  const writer = new CanonicalWriter(undefined);
  writer.value(value);
  return writer.flush();
}

/**
 * Canonical JSON written into one growing string, handed to `hash` (when given) each time
 * it passes 16 K characters. Keys are sorted by UTF-16 code units (the `<` of strings).
 */
class CanonicalWriter {
  private text = '';
  constructor(readonly hash: Hash | undefined) {}

  value(value: unknown): void {
    if (typeof value === 'string') this.text += JSON.stringify(value);
    else if (Array.isArray(value)) {
      this.text += '[';
      for (let i = 0; i < value.length; i++) {
        if (i > 0) this.text += ',';
        this.value(value[i]);
      }
      this.text += ']';
    } else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object).sort();
      this.text += '{';
      let first = true;
      for (const key of keys) {
        const member = object[key];
        if (member === undefined) continue;
        this.text += `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        this.value(member);
      }
      this.text += '}';
    } else this.text += JSON.stringify(value) ?? 'null';
    if (this.hash && this.text.length >= 1 << 14) this.hash.update(this.flush());
  }

  /** The text written since the last flush. */
  flush(): string {
    const text = this.text;
    this.text = '';
    return text;
  }
}

function figureValue(figure: Figure): FigureValue {
  const { id, kind, value, min, max, date, endDate, unit, currency, qualifier, decimals, percentPoints } = figure;
  const out: FigureValue = { id, kind, qualifier };
  if (value !== undefined) out.value = value;
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  if (date !== undefined) out.date = date;
  if (endDate !== undefined) out.endDate = endDate;
  if (unit !== undefined) out.unit = unit;
  if (currency !== undefined) out.currency = currency;
  if (decimals !== undefined) out.decimals = decimals;
  if (percentPoints !== undefined) out.percentPoints = percentPoints;
  return out;
}

/** A claim in the version's language: its translated sentence and the glossary's names. */
function claimValue(
  article: Article,
  claim: Claim,
  lng: LanguageCode,
  localizer: Localizer | undefined,
  figures: Record<string, Record<string, FigureArgs>> | undefined,
  glossary: Glossary,
  sentences: Map<string, string>,
): ClaimValue {
  const src = article.frontmatter.lang;
  let text = claim.text;
  if (lng !== src && localizer?.has(lng, article.slug, claim.segment)) {
    const known = sentences.get(claim.segment);
    if (known !== undefined) text = known;
    else {
      try {
        text = stripTags(localizer.t(lng, article.slug, claim.segment, figures?.[claim.segment] ?? {}));
      } catch {
        // The renderer already refused this language if the sentence cannot be written.
      }
      sentences.set(claim.segment, text);
    }
  }
  const nameIn = (name: string) => glossary.entities.find((e) => e.names[src] === name)?.names[lng] ?? name;
  const out: ClaimValue = { id: claim.id, text, figures: [...claim.figures], entities: claim.entities.map(nameIn) };
  if (claim.attribution) {
    out.attribution = { speaker: nameIn(claim.attribution.speaker), ...(claim.attribution.role !== undefined && lng === src ? { role: claim.attribution.role } : {}) };
  }
  return out;
}

function stripFrontMatter(markdown: string): string {
  const match = /^---\n[\s\S]*?\n---\n\n?/.exec(markdown);
  return match ? markdown.slice(match[0].length) : markdown;
}

function textOf(node: RootContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map((child) => textOf(child as RootContent)).join('');
  return '';
}

/** The plain text of the first paragraph of a body. */
export function firstParagraph(body: HastRoot): string {
  const stack: RootContent[] = [...body.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.type !== 'element') continue;
    // Only line breaks and ASCII spaces: a no-break space inside a figure (French 15 000, U+202F) stays.
    if (node.tagName === 'p') return textOf(node).replace(/[ \t\r\n]+/g, ' ').trim();
    stack.unshift(...(node.children as RootContent[]));
  }
  return '';
}

/**
 * newsdesk's stable id of an article, sent to a CMS as `externalId`: the front matter's `id`
 * when it has one, else the slug (the folder name, which locale files are keyed by too).
 */
export function articleId(article: Article): string {
  const id = article.frontmatter.extra.id;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : article.slug;
}
