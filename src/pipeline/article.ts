// One article through every offline stage — parse → segment → figures → claims → validate →
// locale files → render → QA → outputs — doing only what changed since the manifest of its
// last run (manifest.ts): nothing, some languages (a translator's edit re-renders and
// re-checks that language alone), or everything. The checks that decide holds are those of
// `buildVersions` (versions.ts); this file decides what runs, takes the languages one at a
// time (rendered, checked, turned into a version and written before the next is rendered, so
// a run holds one language's pages), writes the outputs — each atomically, the folder made
// durable once, the manifest last — and says what it did.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article, Figure, Message } from '../article/types.js';
import { withMentionMemo, type Glossary } from '../claims/index.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import { syncDir, writeRegenerable, type WrittenFile } from '../fs/atomic.js';
import { withReadCache } from '../fs/cache.js';
import { parseFrontMatter, readArticle, resolveArticlePath, slugOf } from '../ingest/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { buildSourceResource, localizerFor, resourcePath, serializeResource, writeFileAtomic, type Localizer, type Resources } from '../localize/index.js';
import { mentionedEntities, outputFiles, versionsFromRendered, type LanguageVersion } from '../publish/index.js';
import { qaReportSection, type QaResult } from '../qa/index.js';
import { articleLanguages, COMMON_NS, localeChecks, passesLocaleChecks, renderLanguages, type LocaleChecks, type RenderedLanguage } from '../render/index.js';
import { articleSource, describeKeys, languageState, type LanguageState } from '../translate/workflow/index.js';
import { validateArticle } from '../validate/index.js';
import { renderReportHtml, type QaReportSection } from '../validate/reporters/index.js';
import { timed } from './clock.js';
import { FingerprintCache, fingerprintFile, type Fingerprint } from './fingerprint.js';
import { articleInputs, checkOutputs, GENERATOR, inputsUnchanged, MANIFEST, MANIFEST_FORMAT, projectRelative, readManifest, sharedInput, type LanguageEntry, type Manifest } from './manifest.js';
import type { ArticleResult, LanguageResult, ValidationSummary } from './result.js';
import { analyseArticle, defaultQa, loadLanguages, sourceFromArticle, validationHold, type Holds, type QaCheck } from './versions.js';

export type { ArticleResult, LanguageResult, ValidationSummary } from './result.js';

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

export interface ArticleRunOptions {
  config: PipelineConfig;
  glossary: Glossary;
  cwd: string;
  /** Restrict to these languages (default: the article's language bar). */
  languages?: readonly LanguageCode[];
  /** Run every language asked for even when nothing changed. */
  force?: boolean;
  /** Languages known to need a run (from `planArticle`); default: every language asked for. */
  only?: readonly LanguageCode[];
  /** This run's fingerprints of the files articles share. */
  shared?: FingerprintCache;
  /**
   * Return the versions rendered (a publish target needs them; default true). `false`: each
   * language's version is dropped once its files are written, so the run holds one at a time.
   */
  versions?: boolean;
}

/** What a run has to do for one article: nothing (its manifest's result), or run these languages (all when absent). */
export type ArticlePlan = { kind: 'unchanged'; result: ArticleResult } | { kind: 'run'; only?: LanguageCode[] };

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

/** The article's output folder and last manifest, found without parsing it when its folder name is its slug. */
function locate(config: PipelineConfig, path: string): { dir: string; manifest: Manifest } | undefined {
  const outputDir = projectPath(config, config.paths.output);
  const own = projectRelative(config, path);
  const byFolder = join(outputDir, slugOf(path));
  const manifest = readManifest(byFolder);
  if (manifest?.path === own) return { dir: byFolder, manifest };
  // A slug from the front matter: read just that.
  let slug: string;
  try {
    const text = readFileSync(path, 'utf8');
    slug = slugOf(path, parseFrontMatter(text, own, config).frontmatter.slug);
  } catch {
    return undefined; // the run reports what is wrong with the file
  }
  const dir = join(outputDir, slug);
  const found = dir === byFolder ? undefined : readManifest(dir);
  return found?.path === own ? { dir, manifest: found } : undefined;
}

/** The run table's rows for an article from its manifest. */
function resultFromManifest(manifest: Manifest, shownPath: string, languages: readonly LanguageCode[]): ArticleResult {
  return {
    slug: manifest.slug,
    path: shownPath,
    unchanged: true,
    digest: manifest.digest,
    validation: manifest.validation,
    languages: languages.map((lng) => manifest.languages[lng]?.result).filter((r): r is LanguageResult => r !== undefined),
  };
}

/**
 * What `runArticle` would have to do, from the manifest and the files' stat alone (hashing
 * only a file whose stat cannot tell): cheap enough to ask for every article of a project.
 */
export function planArticle(ref: string, options: Omit<ArticleRunOptions, 'glossary' | 'only'>): ArticlePlan {
  const { config, cwd } = options;
  const path = resolveArticlePath(ref, config, cwd);
  if (options.force) return { kind: 'run' };
  const located = locate(config, path);
  if (!located) return { kind: 'run' };
  const { dir, manifest } = located;
  const shared = options.shared ?? new FingerprintCache();
  if (manifest.generator !== GENERATOR) return { kind: 'run' };
  const inputs = articleInputs(config, path, manifest.slug);
  if (!inputsUnchanged(config, manifest.source, inputs.source, shared)) return { kind: 'run' };
  const outputs = checkOutputs(dir, manifest);
  if (outputs.article) return { kind: 'run' };
  const languages = (options.languages ?? manifest.bar).filter((lng) => manifest.bar.includes(lng));
  const only = languages.filter((lng) => {
    const entry = manifest.languages[lng];
    return !entry || outputs.languages.has(lng) || !inputsUnchanged(config, entry.inputs, inputs.language(lng), shared);
  });
  if (only.length > 0) return { kind: 'run', only };
  return { kind: 'unchanged', result: resultFromManifest(manifest, relative(cwd, path) || path, languages) };
}

/** Write the source language's locale file, only when its content changed. */
function writeSourceIfChanged(localesDir: string, article: Article): void {
  const path = resourcePath(localesDir, article.frontmatter.lang, article.slug);
  const text = serializeResource(buildSourceResource(article).resource);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileAtomic(path, text);
}

function fingerprints(config: PipelineConfig, paths: readonly string[], shared: FingerprintCache): Record<string, Fingerprint> {
  return Object.fromEntries(paths.map((path) => [projectRelative(config, path), sharedInput(config, path) ? shared.get(path) : fingerprintFile(path)]));
}

function digestOf(source: Record<string, Fingerprint>, languages: Manifest['languages']): string {
  const hash = createHash('sha256');
  const all: Array<[string, Fingerprint]> = [...Object.entries(source), ...Object.values(languages).flatMap((entry) => Object.entries(entry?.inputs ?? {}))];
  for (const [path, print] of all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${path}\0${print.sha256 ?? '-'}\0`);
  return hash.digest('hex');
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What the run keeps of a language's QA: the counts and the report section (a bounded list). */
interface QaSummary {
  errors: number;
  warnings: number;
  section: QaReportSection;
}

function qaSummary(lng: LanguageCode, result: QaResult): QaSummary {
  return { errors: countOpen(result.messages, 'error'), warnings: countOpen(result.messages, 'warning'), section: qaReportSection(lng, result.messages, result.checked) };
}

export function runArticle(ref: string, options: ArticleRunOptions): ArticleResult {
  // Every stage reads the article's locale files: from disk once (src/fs/cache.ts).
  // Every stage asks for the glossary mentions of the same sentences: each text scanned once.
  return withReadCache(() => withMentionMemo(() => runArticleOnce(ref, options)));
}

function runArticleOnce(ref: string, options: ArticleRunOptions): ArticleResult {
  const { config, glossary, cwd } = options;
  const shared = options.shared ?? new FingerprintCache();
  const path = resolveArticlePath(ref, config, cwd);
  // The article's own inputs are fingerprinted before they are read: an edit while this
  // runs makes the next run see a change, never the other way round.
  const firstLook = fingerprintFile(path);
  const article = timed('parse', () => readArticle(path, config, cwd));
  const inputs = articleInputs(config, path, article.slug);
  const source = { ...fingerprints(config, inputs.source.slice(1), shared), [projectRelative(config, path)]: firstLook };
  const dir = join(projectPath(config, config.paths.output), article.slug);
  const localesDir = projectPath(config, config.paths.locales);
  const bar = articleLanguages(article);
  const languages = (options.languages ?? bar).filter((lng) => bar.includes(lng));

  // What the last run left that is still good: every language it did, unless the source changed.
  const previous = readManifest(dir);
  const sourceKept = previous !== undefined && previous.generator === GENERATOR && previous.path === projectRelative(config, path) && sameList(previous.bar, bar) && Object.entries(source).every(([file, print]) => previous.source[file]?.sha256 === print.sha256);
  const redo = sourceKept && options.only && !options.force ? languages.filter((lng) => options.only!.includes(lng)) : languages;
  const kept = new Map<LanguageCode, LanguageEntry>();
  if (sourceKept) for (const lng of bar) if (!redo.includes(lng) && previous.languages[lng]) kept.set(lng, previous.languages[lng]!);

  analyseArticle(article, glossary);
  const validation = timed('validate', () => validateArticle(article, config, { glossary, cwd }));
  timed('localize', () => writeSourceIfChanged(localesDir, article));
  const src = article.frontmatter.lang;
  // Language inputs fingerprinted before they are read (the source language's after its file was written).
  const languageInputs = new Map(redo.map((lng) => [lng, fingerprints(config, inputs.language(lng), shared)]));

  const held: Holds = new Map();
  const load = (list: readonly LanguageCode[]) => {
    const resources: Resources = timed('localize', () => sourceFromArticle(article, loadLanguages(localesDir, list, article.slug, held)));
    return { resources, localizer: timed('localize', () => localizerFor(resources)) };
  };
  const render = (localizer: Localizer, list: readonly LanguageCode[], alternates: readonly LanguageCode[], checks?: readonly LocaleChecks[]) =>
    timed('render', () => renderLanguages(article, localizer, list, { languages: alternates, ...(checks ? { checks } : {}) }));

  // One language at a time — rendered, checked, turned into its version and written — so the
  // run holds one language's pages, not all fourteen. Each page links to every version known
  // complete: the changed languages that pass the render stage's checks of their keys and
  // labels (made first, without building a page), and the current ones. A language that
  // still fails while its sentences are written changes that set: the languages written
  // before it are rendered and written again with the true set (their QA kept).
  const { resources, localizer } = load(redo);
  const checks = timed('render', () => localeChecks(article, localizer, redo));
  const linked = bar.filter((lng) => redo.includes(lng) || kept.has(lng));
  const expected = linked.filter((lng) => (redo.includes(lng) ? passesLocaleChecks(checks.find((c) => c.lang === lng)!) : kept.get(lng)!.result.rendered));

  // QA of every changed translation that rendered: it decides holds with validation.
  const qaOf = new Map<LanguageCode, QaSummary>();
  const qa: QaCheck | undefined = redo.some((lng) => lng !== src) ? defaultQa(article, config, glossary, cwd, (lng, result) => qaOf.set(lng, qaSummary(lng, result))) : undefined;
  const qaHolds = new Map<LanguageCode, string | undefined>();
  const validationDetail = validationHold(validation);
  const reviewSource = articleSource(article);
  // The glossary entities the article names, the same in every language's ninjs: found once.
  const mentioned = mentionedEntities(article, glossary);

  const entries: Manifest['languages'] = {};
  for (const [lng, entry] of kept) entries[lng] = entry;
  const written = new Map<LanguageCode, Array<[string, WrittenFile]>>();
  const versions = new Map<LanguageCode, LanguageVersion>();
  const keepVersions = options.versions !== false;

  /** A rendered language through QA, its version, its row and its files. `before`: a current language rendered again for its links. */
  const finish = (rendered: RenderedLanguage, own: Localizer, alternates: readonly LanguageCode[], before?: LanguageEntry): boolean => {
    const lng = rendered.lang;
    if (rendered.publishable) {
      if (!before && lng !== src && qa && !qaHolds.has(lng)) {
        const check = timed('qa', () => qa(article, lng, resources));
        qaHolds.set(lng, check.blocking ? (check.detail ?? 'QA found errors') : undefined);
      }
      const qaHold = before ? before.qaHold : qaHolds.get(lng);
      if (validationDetail) held.set(lng, { reason: 'validation', detail: validationDetail });
      else if (qaHold) held.set(lng, { reason: 'qa', detail: qaHold });
    }
    const version = timed('render', () => versionsFromRendered(article, [rendered], held, { localizer: own, glossary })[0]!);
    const entry = before ? keptEntry(version, before, alternates) : freshEntry(version, alternates);
    entries[lng] = entry;
    timed('write', () => {
      const files: Array<[string, WrittenFile]> = [];
      for (const { name, content } of outputFiles(article, [version], { glossary, mentioned })) {
        files.push([name, writeRegenerable(join(dir, name), content)]);
        entry.files.push(name);
      }
      written.set(lng, files);
    });
    if (keepVersions) versions.set(lng, version);
    return rendered.publishable;
  };

  /** A current language rendered again for its links: its row and QA kept, its hold and files made again. */
  const keptEntry = (version: LanguageVersion, before: LanguageEntry, alternates: readonly LanguageCode[]): LanguageEntry => {
    const { held: _was, ...row } = before.result;
    return { ...before, alternates: version.rendered?.publishable ? [...alternates] : [], result: { ...row, publishable: version.publishable, ...(version.heldDetail ? { held: version.heldDetail } : {}) }, files: [] };
  };

  /** A changed language's row: the same key states as `status` and `review` (language-state.ts). */
  const freshEntry = (version: LanguageVersion, alternates: readonly LanguageCode[]): LanguageEntry => {
    const result = qaOf.get(version.lang);
    const state: LanguageState = timed('localize', () => languageState(reviewSource, version.lang, localesDir));
    const keys = reviewSource.keys.length;
    const missing = version.rendered?.missing ?? [];
    // Keys the render refused (missing, or present but unusable), named in the states' words.
    const unusable = missing.length > 0 ? missing : [...new Set((version.rendered?.problems ?? []).map((problem) => problem.key))];
    const held = version.heldReason === 'translation' && !state.broken && unusable.length > 0 ? heldKeys(state, unusable, version.lang, article.slug) : version.heldDetail;
    const row: LanguageResult = {
      lang: version.lang,
      ...(state.isSource ? { source: true } : {}),
      segments: keys,
      translated: keys - state.counts.missing - (state.broken ? keys : 0),
      reviewed: state.counts.reviewed,
      stale: state.counts.stale,
      rendered: Boolean(version.rendered?.publishable),
      publishable: version.publishable,
      output: !version.rendered?.publishable ? 'removed' : version.publishable ? 'current' : 'held',
      ...(held ? { held } : {}),
      missing,
      qa: { errors: result?.errors ?? 0, warnings: result?.warnings ?? 0 },
    };
    const inputsOf = version.lang === src ? fingerprints(config, inputs.language(src), shared) : languageInputs.get(version.lang)!;
    return {
      inputs: inputsOf,
      alternates: version.rendered?.publishable ? [...alternates] : [],
      result: row,
      ...(result ? { qa: result.section } : {}),
      ...(version.heldReason === 'qa' && version.heldDetail ? { qaHold: version.heldDetail } : {}),
      files: [],
    };
  };

  const complete = new Set<LanguageCode>();
  for (const lng of redo) {
    const [rendered] = render(localizer, [lng], expected, checks);
    if (finish(rendered!, localizer, expected)) complete.add(lng);
  }
  const alternates = linked.filter((lng) => (redo.includes(lng) ? complete.has(lng) : kept.get(lng)!.result.rendered));
  if (!sameList(alternates, expected)) {
    for (const lng of redo.filter((l) => complete.has(l))) finish(render(localizer, [lng], alternates, checks)[0]!, localizer, alternates);
  }
  // Current languages whose pages link to another set: rendered again, their QA kept.
  const relink = [...kept].filter(([, entry]) => entry.result.rendered && !sameList(entry.alternates, alternates)).map(([lng]) => lng);
  if (relink.length > 0) {
    const other = load(relink).localizer;
    for (const lng of relink) finish(render(other, [lng], alternates)[0]!, other, alternates, kept.get(lng)!);
  }
  const order = bar.filter((lng) => written.has(lng));

  const summary: ValidationSummary = { errors: countOpen(validation.messages, 'error'), warnings: countOpen(validation.messages, 'warning'), blocking: validation.blocking };
  const outputs = timed('write', () => writeArticleOutputs(dir, article, order, written, entries, { previous: sourceKept ? previous : undefined, bar, claims: !sourceKept || !previous?.outputs['claims.json'], validation }));
  const languageEntries: Manifest['languages'] = {};
  for (const lng of bar) if (entries[lng]) languageEntries[lng] = entries[lng];
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    generator: GENERATOR,
    slug: article.slug,
    path: projectRelative(config, path),
    digest: digestOf(source, languageEntries),
    bar,
    source,
    validation: summary,
    languages: languageEntries,
    outputs,
  };
  // The manifest last, then the folder made durable once (see manifest.ts for what a crash leaves).
  timed('write', () => {
    // One line: read on every run of the project, by programs.
    writeRegenerable(join(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
    syncDir(dir);
  });
  return {
    ...resultFromManifest(manifest, article.path, languages),
    unchanged: false,
    redone: order,
    article,
    ...(keepVersions ? { versions: order.map((lng) => versions.get(lng)!) } : {}),
  };
}

interface WriteOptions {
  /** The last manifest, when its files of current languages stay. */
  previous: Manifest | undefined;
  bar: readonly LanguageCode[];
  /** Write claims.json (the source changed, or it is not there). */
  claims: boolean;
  validation: ReturnType<typeof validateArticle>;
}

/**
 * Record the files of the languages written this run (`written`, in the order of `order`),
 * keep the current languages' files, write claims.json when the source changed and
 * report.html; remove every other file of the folder (a language no longer complete or asked
 * for, a crash's temp file). Returns what the folder holds, in the order the manifest lists
 * it: kept files, then each written language's pages, then their exchange files.
 */
function writeArticleOutputs(dir: string, article: Article, order: readonly LanguageCode[], written: ReadonlyMap<LanguageCode, Array<[string, WrittenFile]>>, entries: Manifest['languages'], options: WriteOptions): Record<string, WrittenFile> {
  const outputs: Record<string, WrittenFile> = {};
  for (const [lng, entry] of Object.entries(entries)) {
    if (!entry || written.has(lng as LanguageCode)) continue;
    for (const name of entry.files) {
      const record = options.previous?.outputs[name];
      if (record) outputs[name] = record;
    }
  }
  const page = (name: string) => name.endsWith('.md') || name.endsWith('.html');
  for (const lng of order) for (const [name, file] of written.get(lng)!) if (page(name)) outputs[name] = file;
  for (const lng of order) for (const [name, file] of written.get(lng)!) if (!page(name)) outputs[name] = file;
  if (options.claims) outputs['claims.json'] = writeRegenerable(join(dir, 'claims.json'), `${JSON.stringify(claimsDocument(article), null, 2)}\n`);
  else if (options.previous?.outputs['claims.json']) outputs['claims.json'] = options.previous.outputs['claims.json'];
  const sections = options.bar.map((lng) => entries[lng]?.qa).filter((section): section is QaReportSection => section !== undefined);
  const publication = options.bar.flatMap((lng) => {
    const row = entries[lng]?.result;
    return row ? [{ lang: row.lang, publishable: row.publishable, ...(row.held ? { held: row.held } : {}) }] : [];
  });
  outputs['report.html'] = writeRegenerable(join(dir, 'report.html'), renderReportHtml(article, options.validation.messages, { qa: sections, acknowledgements: options.validation.acknowledgements, publication }));
  for (const name of readdirSync(dir)) if (name !== MANIFEST && !(name in outputs)) rmSync(join(dir, name), { force: true, recursive: true });
  return outputs;
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
