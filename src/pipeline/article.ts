// One article through every offline stage: parse → segment → figures → claims → validate →
// source locale file → render every language → QA → outputs, then publish what passes.
// The checks that decide what may be published live in one place, `buildVersions`
// (versions.ts); this file writes the outputs and skips unchanged work.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Figure, Message } from '../article/types.js';
import type { Glossary } from '../claims/index.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import { readArticle } from '../ingest/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { buildSourceResource, resourcePath, serializeResource, writeFileAtomic } from '../localize/index.js';
import { outputFiles, type LanguageVersion } from '../publish/index.js';
import { syncDir, writeRegenerable } from '../fs/atomic.js';
import { qaReportSection, type QaResult } from '../qa/index.js';
import { articleLanguages, COMMON_NS } from '../render/index.js';
import { articleSource, describeKeys, languageState, type LanguageState } from '../translate/workflow/index.js';
import { renderReportHtml, type QaReportSection } from '../validate/reporters/index.js';
import { timed } from './clock.js';
import { buildVersions } from './versions.js';

export interface LanguageResult {
  lang: LanguageCode;
  /** The article's own language: its keys are the reference (counted as reviewed). */
  source?: true;
  /** Locale keys of the article (sentences and translatable front matter). */
  segments: number;
  /** Keys with a translation. */
  translated: number;
  /** Keys a translator marked reviewed (review state beside the locale file). */
  reviewed: number;
  /** Human translations whose source sentence changed since: shown, flagged for the translator. */
  stale: number;
  /** Rendered and written to output/<slug>/ (complete locale file). */
  rendered: boolean;
  /** Complete, validated and QA-clean: may go to a publish target. */
  publishable: boolean;
  /** Why a language is held back: missing keys, validation errors, QA errors. */
  held?: string;
  missing: string[];
  qa: { errors: number; warnings: number };
}

export interface ArticleResult {
  slug: string;
  path: string;
  /** Nothing changed since the last run (inputs' digest equal): no work done. */
  unchanged: boolean;
  digest: string;
  validation: { errors: number; warnings: number; blocking: boolean };
  languages: LanguageResult[];
  /** Present when the article was processed this run (not `unchanged`). */
  article?: Article;
  versions?: LanguageVersion[];
}

const MANIFEST = 'manifest.json';

/**
 * Digest of everything an article's outputs depend on: its file, its locale files (the
 * source language's included) and their review state, the shared labels, the glossary, the
 * review file and the pipeline configuration. Equal digests: the outputs on disk are current.
 */
export function inputsDigest(config: PipelineConfig, article: Article, languages: readonly LanguageCode[]): string {
  const hash = createHash('sha256').update(article.digest);
  const locales = projectPath(config, config.paths.locales);
  const files = [
    ...languages.flatMap((lng) => [join(locales, lng, `${article.slug}.json`), join(locales, lng, `${article.slug}.state.json`), join(locales, lng, `${COMMON_NS}.json`)]),
    projectPath(config, config.paths.content, 'glossary.yaml'),
    projectPath(config, config.paths.content, article.slug, 'review.yaml'),
    projectPath(config, 'pipeline', 'config.yaml'),
  ];
  for (const file of files) {
    hash.update(`\0${file}\0`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

type ManifestResult = Omit<ArticleResult, 'article' | 'versions'>;

/** An output the manifest vouches for: its name in output/<slug>/ and its size. */
interface ManifestFile {
  name: string;
  bytes: number;
}

interface Manifest {
  digest?: string;
  files?: ManifestFile[];
  result?: ManifestResult;
}

function readManifest(dir: string): Manifest {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return {}; // an unreadable manifest only costs a re-run
  }
}

/**
 * Whether the folder holds exactly what the manifest lists: every file there with its size,
 * nothing else. A deleted `fr.html`, a file cut short or one left by another run is not
 * "current", whatever the inputs' digest says.
 */
function outputsMatch(dir: string, files: readonly ManifestFile[] | undefined): boolean {
  if (!files) return false;
  const listed = new Map(files.map((f) => [f.name, f.bytes]));
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === MANIFEST || entry.name.startsWith('.')) continue;
    if (!listed.has(entry.name)) return false;
  }
  for (const [name, bytes] of listed) {
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size !== bytes) return false;
  }
  return true;
}

/** Remove what a previous run left in the folder that this run did not write (a language no longer rendered). */
function removeForeign(dir: string, written: ReadonlySet<string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === MANIFEST || entry.name.startsWith('.') || written.has(entry.name) || !entry.isFile()) continue;
    rmSync(join(dir, entry.name), { force: true });
  }
}

export interface ArticleRunOptions {
  config: PipelineConfig;
  glossary: Glossary;
  cwd: string;
  /** Restrict to these languages (default: the article's language bar). */
  languages?: readonly LanguageCode[];
  /** Run even when nothing changed. */
  force?: boolean;
}

/** Write the source language's locale file, only when its content changed. */
function writeSourceIfChanged(localesDir: string, article: Article): void {
  const path = resourcePath(localesDir, article.frontmatter.lang, article.slug);
  const text = serializeResource(buildSourceResource(article).resource);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileAtomic(path, text);
}

function countOpen(messages: readonly Message[], severity: Message['severity']): number {
  return messages.filter((m) => m.severity === severity && !m.acknowledged).length;
}

/** A translation hold in the key states' words (`1 stale key in …`), labels apart. */
function heldKeys(state: LanguageState, missing: readonly string[], lang: LanguageCode, slug: string): string {
  const own = new Set(state.rows.map((row) => row.key));
  const labels = missing.filter((key) => !own.has(key)).length;
  const keys = describeKeys(state, missing);
  // Named, so a translator knows where to look (the first three; the count says how many).
  const named = missing.filter((key) => own.has(key));
  const names = `${named.slice(0, 3).join(', ')}${named.length > 3 ? `, … ${named.length - 3} more` : ''}`;
  return [
    ...(keys ? [`${keys} in locales/${lang}/${slug}.json${names ? ` (${names})` : ''}`] : []),
    ...(labels ? [`${labels} missing label${labels === 1 ? '' : 's'} in locales/${lang}/${COMMON_NS}.json`] : []),
  ].join('; ');
}

export function runArticle(ref: string, options: ArticleRunOptions): ArticleResult {
  const { config, glossary, cwd } = options;
  const article = timed('parse', () => readArticle(ref, config, cwd));
  const bar = articleLanguages(article);
  const languages = (options.languages ?? bar).filter((lng) => bar.includes(lng));
  const articleDir = join(projectPath(config, config.paths.output), article.slug);
  const localesDir = projectPath(config, config.paths.locales);

  const manifest = readManifest(articleDir);
  if (!options.force && manifest.result && manifest.digest === inputsDigest(config, article, languages) && outputsMatch(articleDir, manifest.files)) {
    return { ...manifest.result, unchanged: true };
  }
  // No manifest while the outputs are being replaced: a run that dies from here on leaves a
  // folder the next run redoes, even if the inputs are back to what the old manifest says.
  rmSync(join(articleDir, MANIFEST), { force: true });

  // QA runs inside buildVersions (it decides holds); its messages are kept for the report.
  const qaResults = new Map<LanguageCode, QaResult>();
  const { versions, validation } = buildVersions(article, config, { cwd, glossary, languages, onQa: (lng, result) => qaResults.set(lng, result) });
  timed('localize', () => writeSourceIfChanged(localesDir, article));
  const files: ManifestFile[] = [];
  const write = (name: string, content: string) => {
    writeRegenerable(join(articleDir, name), content);
    files.push({ name, bytes: Buffer.byteLength(content) });
  };
  timed('write', () => {
    for (const { name, content } of outputFiles(article, versions, { glossary })) write(name, content);
  });

  const reviewSource = articleSource(article);
  const qaSections: QaReportSection[] = [];
  const results: LanguageResult[] = versions.map((version) => {
    // The same key states as `status` and `review` (language-state.ts).
    const state = timed('localize', () => languageState(reviewSource, version.lang, localesDir));
    const qa = qaResults.get(version.lang);
    if (qa) qaSections.push(qaReportSection(version.lang, qa.messages, qa.checked));
    const keys = reviewSource.keys.length;
    const missing = version.rendered?.missing ?? [];
    // Keys the render refused (missing, or present but unusable), named in the states' words.
    const unusable = missing.length > 0 ? missing : [...new Set((version.rendered?.problems ?? []).map((problem) => problem.key))];
    const held = version.heldReason === 'translation' && !state.broken && unusable.length > 0 ? heldKeys(state, unusable, version.lang, article.slug) : version.heldDetail;
    return {
      lang: version.lang,
      ...(state.isSource ? { source: true } : {}),
      segments: keys,
      translated: keys - state.counts.missing - (state.broken ? keys : 0),
      reviewed: state.counts.reviewed,
      stale: state.counts.stale,
      rendered: Boolean(version.rendered?.publishable),
      publishable: version.publishable,
      ...(held ? { held } : {}),
      missing,
      qa: { errors: qa ? countOpen(qa.messages, 'error') : 0, warnings: qa ? countOpen(qa.messages, 'warning') : 0 },
    };
  });

  timed('write', () => {
    write('claims.json', `${JSON.stringify(claimsDocument(article), null, 2)}\n`);
    write('report.html', renderReportHtml(article, validation.messages, { qa: qaSections, acknowledgements: validation.acknowledgements, publication: results.map((r) => ({ lang: r.lang, publishable: r.publishable, ...(r.held ? { held: r.held } : {}) })) }));
    removeForeign(articleDir, new Set(files.map((f) => f.name)));
  });

  // The digest is taken after the source locale file was (re)written, so the next run matches.
  const digest = inputsDigest(config, article, languages);
  const result: ManifestResult = {
    slug: article.slug,
    path: article.path,
    unchanged: false,
    digest,
    validation: { errors: countOpen(validation.messages, 'error'), warnings: countOpen(validation.messages, 'warning'), blocking: validation.blocking },
    languages: results,
  };
  // The manifest last, then the folder made durable once: a crash before this point leaves
  // the previous manifest, whose digest no longer matches, so the next run does it again.
  timed('write', () => {
    writeRegenerable(join(articleDir, MANIFEST), `${JSON.stringify({ digest, files, result }, null, 2)}\n`);
    syncDir(articleDir);
  });
  return { ...result, article, versions };
}

/** A figure in the contract's field order: id, segment, text, kind, the value fields, then the rest. */
function printableFigure(figure: Figure): Record<string, unknown> {
  const { id, segment, text, kind, value, min, max, date, endDate, unit, currency, qualifier, decimals, percentPoints, line, column, endLine, endColumn } = figure;
  const out: Record<string, unknown> = { id, segment, text, kind };
  for (const [key, field] of Object.entries({ value, min, max, date, endDate, unit, currency })) if (field !== undefined) out[key] = field;
  out.qualifier = qualifier;
  if (decimals !== undefined) out.decimals = decimals;
  if (percentPoints) out.percentPoints = true;
  return Object.assign(out, { line, column, endLine, endColumn });
}

/** The `claims.json` document (design.md contract of `newsdesk extract --json`). */
export function claimsDocument(article: Article) {
  return {
    article: article.slug,
    lang: article.frontmatter.lang,
    ...(article.frontmatter.date ? { date: article.frontmatter.date } : {}),
    figures: article.figures.map(printableFigure),
    claims: article.claims,
  };
}
