// QA of one language version of an article: every key of the source resource, the source
// sentence (figures formatted for the source language) against the translation as a reader
// of the target language will see it (figures formatted by the localize stage's formatter,
// tags removed). Findings are positioned in locales/<lng>/<slug>.json, where a translator
// fixes them; an editor accepts one in content/<slug>/review.yaml with the validation
// stage's matching (rule id plus the source line of the sentence, or a quoted text).

import { Location } from '../article/location.js';
import type { Article, Message } from '../article/types.js';
import type { Glossary } from '../claims/index.js';
import type { RuleSetting } from '../config/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { buildSourceResource, localeFile, META_KEYS, namesOf, serializeResource, type Namespace, type Resources, type SourceResource, type SourceUnit } from '../localize/index.js';
import { commonKeyOf, COMMON_NS } from '../render/index.js';
import type { Acknowledgement, ReviewEntry } from '../validate/index.js';
// `acknowledge` is not exported from src/validate/index.ts: the matching is reused from its file, not copied.
import { acknowledge } from '../validate/review.js';
import { qaFiguresOf, type QaFigure } from './compare.js';
import { rawSpan, runUnit } from './run.js';
import { LocalePositions } from './locale-positions.js';
import { withNameMemo } from './names.js';
import { normalizeSpace, qaText } from './text.js';
import type { QaFinding, QaMessage, QaText, QaUnit } from './types.js';

export interface QaArticleOptions {
  /** Acknowledgements from content/<slug>/review.yaml (entries for `qa/…` rules are used). */
  review?: readonly ReviewEntry[];
  /** The locale file as it is on disk, for exact line and column; default: as the project writes it. */
  localeText?: string;
  /** `rules:` of the pipeline configuration. */
  rules?: Readonly<Record<string, RuleSetting>>;
}

export interface QaResult {
  lang: LanguageCode;
  /** Findings in locale-file order; acknowledged ones marked. */
  messages: QaMessage[];
  /** An error nobody acknowledged: this language version must not be published. */
  blocking: boolean;
  acknowledgements: Acknowledgement[];
  /** What was checked, for summaries. */
  checked: { sentences: number; figures: number };
}

/** A translation unit of the article with where it lives. */
interface Placed {
  unit: QaUnit;
  file: string;
  /** The namespace the value was read from, for positions. */
  namespace: Namespace;
  source: SourceUnit | undefined;
}

const META_FIELDS: Record<string, string> = Object.fromEntries(Object.entries(META_KEYS).map(([field, key]) => [key, field]));

/** Tag numbers of a unit that wrap inline code. */
function codeTagsOf(unit: SourceUnit | undefined): Set<number> {
  const tags = new Set<number>();
  for (const [number, tag] of unit?.tags ?? []) if (tag.node.type === 'inlineCode') tags.add(number);
  return tags;
}

/** One key's source side: the sentence as QaText and its figures. */
interface SourceSide {
  /** One object for every language: what checks derive from it is derived once (memo.ts). */
  text: QaText;
  figures: readonly QaFigure[];
}

/**
 * The source side of each key, made once per article and glossary and shared by every
 * language (valid while the article's source resource is the one it was made from), with the
 * article's names as one list. The figures are the figures stage's readings of the sentence
 * when the sentence reads the same in the locale value (markup and inline code aside), else
 * the source value read once.
 */
interface SourceSides {
  glossary: Glossary;
  built: SourceResource;
  names: readonly string[];
  byKey: Map<string, SourceSide>;
}

const sourceSides = new WeakMap<Article, SourceSides>();

function sourceSidesOf(article: Article, glossary: Glossary, built: SourceResource): SourceSides {
  let sides = sourceSides.get(article);
  if (!sides || sides.glossary !== glossary || sides.built !== built) sourceSides.set(article, (sides = { glossary, built, names: [], byKey: new Map() }));
  // The same names as one list (checks derive name masks per list).
  const names = namesOf(article);
  if (names.length !== sides.names.length || names.some((name, i) => name !== sides!.names[i])) sides.names = names;
  return sides;
}

function sourceSideOf(article: Article, sides: SourceSides, key: string, unit: SourceUnit | undefined, sourceRaw: string, codeTags: ReadonlySet<number>): SourceSide {
  const known = sides.byKey.get(key);
  if (known) return known;
  const lang = article.frontmatter.lang;
  const text = qaText(sourceRaw, lang, sides.built.figures[key] ?? {}, codeTags);
  const readings = unit?.segment ? article.readings?.get(unit.segment.id) : undefined;
  const same = readings !== undefined && normalizeSpace(unit!.segment!.text) === normalizeSpace(text.text);
  const figures = same ? qaFiguresOf(unit!.segment!.text, lang, sides.glossary, article.frontmatter.date, readings) : qaFiguresOf(text.text, lang, sides.glossary, article.frontmatter.date);
  const side = { text, figures };
  sides.byKey.set(key, side);
  return side;
}

/** The source position of a unit (its sentence in index.md, or its front-matter field). */
function sourcePosition(article: Article, key: string, source: SourceUnit | undefined, articleLocation: () => Location): Pick<Message, 'line' | 'column' | 'endLine' | 'endColumn'> {
  if (source?.segment) return { ...source.segment.position };
  const field = META_FIELDS[key];
  const location = articleLocation();
  const match = field ? new RegExp(`^${field}:`, 'm').exec(article.source.slice(0, article.bodyOffset)) : null;
  const start = location.toPoint(match?.index ?? 0);
  const lineEnd = article.source.indexOf('\n', match?.index ?? 0);
  const end = location.toPoint(lineEnd === -1 ? article.source.length : lineEnd);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * Check one language of an article. `resources` holds the article's namespace (and
 * `common` for section and category names the newsroom translates once).
 */
export function qaArticle(article: Article, lng: LanguageCode, resources: Resources, glossary: Glossary, options: QaArticleOptions = {}): QaResult {
  // Each text's glossary mentions and masked names once, however many checks read them.
  return withNameMemo(() => qaLanguageOf(article, lng, resources, glossary, options));
}

function qaLanguageOf(article: Article, lng: LanguageCode, resources: Resources, glossary: Glossary, options: QaArticleOptions): QaResult {
  const sourceLang = article.frontmatter.lang;
  const slug = article.slug;
  if (lng === sourceLang) return { lang: lng, messages: [], blocking: false, acknowledgements: [], checked: { sentences: 0, figures: 0 } };
  const built = buildSourceResource(article);
  const byKey = new Map(built.units.map((unit) => [unit.key, unit]));
  const namespace = resources[lng]?.[slug] ?? {};
  const common = resources[lng]?.[COMMON_NS] ?? {};
  const articleFile = localeFile(lng, slug);
  const sides = sourceSidesOf(article, glossary, built);
  const names = sides.names;
  const messages: QaMessage[] = [];
  const proxies = new Map<Message, QaMessage>();
  let figures = 0;
  let sentences = 0;

  // Each file's text and positions are made once: a scan of the file per finding was quadratic.
  const files = new Map<Namespace, LocalePositions>();
  const positionsOf = (ns: Namespace) => {
    let positions = files.get(ns);
    if (positions === undefined) files.set(ns, (positions = new LocalePositions(ns === namespace && options.localeText !== undefined ? options.localeText : serializeResource(ns))));
    return positions;
  };
  let location: Location | undefined;
  const articleLocation = () => (location ??= new Location(article.source));

  const emit = (message: QaMessage, key: string, sourceUnit: SourceUnit | undefined, targetText: string) => {
    messages.push(message);
    // The same finding placed at the source sentence, for review.yaml's `line` and `text`.
    // An editor may quote the finding or the translated sentence, typed with plain spaces.
    const quotable = [message.actual, targetText, normalizeSpace(targetText)].filter((x) => x !== undefined && x !== '');
    const proxy: Message = { ...message, ...sourcePosition(article, key, sourceUnit, articleLocation), actual: quotable.join('\n') };
    delete proxy.file;
    proxies.set(proxy, message);
  };

  for (const [key, sourceRaw] of Object.entries(built.resource)) {
    const sourceUnit = byKey.get(key);
    const values = built.figures[key] ?? {};
    let file = articleFile;
    let ns = namespace;
    let lookup = key;
    let targetRaw = namespace[key];
    // Section and category may come from common.json (`section.tiefe`), as the renderer takes them.
    const field = META_FIELDS[key];
    if ((targetRaw === undefined || targetRaw.trim() === '') && (field === 'section' || field === 'category')) {
      const name = article.frontmatter[field];
      const commonKey = name === undefined ? undefined : commonKeyOf(field, name);
      if (commonKey !== undefined && (common[commonKey] ?? '').trim() !== '') {
        targetRaw = common[commonKey];
        file = localeFile(lng, COMMON_NS);
        ns = common;
        lookup = commonKey;
      }
    }
    if (targetRaw === undefined || targetRaw.trim() === '') {
      const positions = positionsOf(namespace);
      const at = positions.valueOffset(key);
      const point = positions.toPoint(at === undefined ? 0 : at - 1);
      emit(
        {
          ruleId: 'qa/missing',
          severity: 'error',
          message: targetRaw === undefined ? `no ${lng} translation for \`${key}\`` : `the ${lng} translation of \`${key}\` is empty`,
          line: point.line,
          column: point.column,
          endLine: point.line,
          endColumn: point.column,
          source: 'qa',
          file: articleFile,
          lang: lng,
          segment: key,
          expected: sourceRaw,
        },
        key,
        sourceUnit,
        '',
      );
      continue;
    }
    const codeTags = codeTagsOf(sourceUnit);
    const source = sourceSideOf(article, sides, key, sourceUnit, sourceRaw, codeTags);
    const unit: QaUnit = {
      key,
      source: source.text,
      target: qaText(targetRaw, lng, values, codeTags),
      codeTags,
      sourceFigures: source.figures,
    };
    const placed: Placed = { unit, file, namespace: ns, source: sourceUnit };
    sentences++;
    const { findings, comparison } = runUnit(unit, { glossary, names, referenceDate: article.frontmatter.date, ...(options.rules ? { rules: options.rules } : {}) });
    // Figures of the source sentence read by value (number words included, names aside).
    figures += new Set(comparison?.source.filter((figure) => !figure.inName).map((figure) => figure.reading)).size;
    for (const finding of findings) emit(toMessage(placed, lookup, finding, positionsOf(ns), lng), key, sourceUnit, unit.target.text);
  }

  const entries = (options.review ?? []).filter((entry) => entry.rule.startsWith('qa/'));
  const { acknowledgements } = acknowledge(article, [...proxies.keys()], [...entries]);
  for (const [proxy, message] of proxies) if (proxy.acknowledged) message.acknowledged = true;
  const mapped = acknowledgements.map((a) => ({ entry: a.entry, messages: a.messages.map((m) => proxies.get(m) ?? m) }));
  const blocking = messages.some((m) => m.severity === 'error' && !m.acknowledged);
  return { lang: lng, messages, blocking, acknowledgements: mapped, checked: { sentences, figures } };
}

function toMessage(placed: Placed, key: string, finding: QaFinding, positions: LocalePositions, lng: LanguageCode): QaMessage {
  const { unit, file } = placed;
  const [start, end] = rawSpan(unit, finding);
  const a = positions.toPoint(positions.fileOffset(key, unit.target.raw, start));
  const b = positions.toPoint(positions.fileOffset(key, unit.target.raw, end));
  const message: QaMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    source: 'qa',
    file,
    lang: lng,
    segment: unit.key ?? key,
  };
  if (finding.actual !== undefined) message.actual = finding.actual;
  if (finding.expected !== undefined) message.expected = finding.expected;
  return message;
}

/**
 * Review entries for `qa/…` rules that matched no finding in any language checked: each
 * becomes the validation stage's "unused acknowledgement" warning.
 */
export function unusedAcknowledgements(article: Article, entries: readonly ReviewEntry[], results: readonly QaResult[]): QaMessage[] {
  const used = new Set<ReviewEntry>();
  for (const result of results) for (const a of result.acknowledgements) if (a.messages.length > 0) used.add(a.entry);
  const unused = entries.filter((entry) => entry.rule.startsWith('qa/') && !used.has(entry));
  return acknowledge(article, [], unused).unused.map((message) => ({ ...message, source: 'qa', lang: article.frontmatter.lang }));
}
