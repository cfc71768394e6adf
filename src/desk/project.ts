// What the desk reads of the project, through the stages' own entry points: the same
// content/, locales/, review state, review.yaml and state store the CLI uses, so the two
// never disagree. Nothing is kept that the files could contradict: every cache is keyed by
// what it was computed from (file stamps, the pipeline's inputs digest), so a file changed
// by the CLI, git or an XLIFF import shows on the next request.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Message } from '../article/types.js';
import { findMentions, loadGlossary, type Glossary } from '../claims/index.js';
import { loadConfig, projectPath, type PipelineConfig } from '../config/index.js';
import { readArticle } from '../ingest/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { buildSourceResource, formatFigure, loadResources, type FigureValue, type Resources, type SourceResource } from '../localize/index.js';
import { buildVersions, inputsDigest } from '../pipeline/index.js';
import type { LanguageVersion } from '../publish/index.js';
import { plainText, qaArticle, qaText, type QaMessage, type QaResult } from '../qa/index.js';
import { COMMON_NS } from '../render/index.js';
import { articleSlugs, articleSource, buildMemory, languageState, localesDirOf, TranslationMemory, type ArticleSource, type KeyRow, type LanguageState, type StateCounts } from '../translate/workflow/index.js';
import { loadReview, reviewPath, type ReviewEntry, type ValidationResult } from '../validate/index.js';

export interface LanguageSheet {
  source: ArticleSource;
  /** The workflow's key states (language-state.ts), as `status` and `review` see them. */
  state: LanguageState;
  rows: KeyRow[];
  counts: StateCounts;
}

/** Why one language of an article is held, in parts an editor can act on. */
export interface HoldReasons {
  lang: LanguageCode;
  publishable: boolean;
  /** The one line the run table prints. */
  detail?: string;
  validation: Message[];
  missing: string[];
  broken: Array<{ key: string; problems: string[] }>;
  qa: QaMessage[];
  stale: string[];
}

export interface ArticleDecision {
  slug: string;
  digest: string;
  article: Article;
  validation: ValidationResult;
  versions: LanguageVersion[];
  qa: Map<LanguageCode, QaResult>;
  holds: HoldReasons[];
}

function stamp(path: string): string {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return 'absent';
  }
}

export class DeskProject {
  readonly config: PipelineConfig;
  readonly localesDir: string;
  private glossaryCache?: { stamp: string; glossary: Glossary };
  private readonly sources = new Map<string, { stamp: string; source: ArticleSource }>();
  private readonly decisions = new Map<string, { digest: string; decision: ArticleDecision }>();
  private readonly resources = new WeakMap<ArticleSource, SourceResource>();
  private readonly memories = new Map<string, { stamp: string; memory: TranslationMemory }>();

  constructor(readonly root: string) {
    this.config = loadConfig(root);
    this.localesDir = localesDirOf(this.config);
  }

  path(...parts: string[]): string {
    return projectPath(this.config, ...parts);
  }

  glossary(): Glossary {
    const file = this.path(this.config.paths.content, 'glossary.yaml');
    const s = stamp(file);
    if (this.glossaryCache?.stamp !== s) this.glossaryCache = { stamp: s, glossary: loadGlossary(this.config, file, this.root) };
    return this.glossaryCache.glossary;
  }

  slugs(): string[] {
    return articleSlugs(this.config);
  }

  articleFile(slug: string): string {
    return this.path(this.config.paths.content, slug, 'index.md');
  }

  /** The article's source side (keys, values, figures), parsed again only when index.md changed. */
  source(slug: string): ArticleSource {
    const s = stamp(this.articleFile(slug));
    const known = this.sources.get(slug);
    if (known?.stamp === s) return known.source;
    const source = articleSource(readArticle(slug, this.config, this.root));
    this.sources.set(slug, { stamp: s, source });
    return source;
  }

  reviewEntries(article: Article): ReviewEntry[] {
    const file = reviewPath(article, this.config, this.root);
    return file ? loadReview(file, this.root) : [];
  }

  /** The source resource (values and figure values per key), built once per version of the article. */
  sourceResource(source: ArticleSource): SourceResource {
    let built = this.resources.get(source);
    if (!built) this.resources.set(source, (built = buildSourceResource(source.article)));
    return built;
  }

  /** The translation memory from → to, built again only when a locale file of either language changed. */
  memory(from: LanguageCode, to: LanguageCode): TranslationMemory {
    const folders = [join(this.localesDir, from), join(this.localesDir, to)];
    const stamps = folders.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).sort().map((name) => `${name}@${stamp(join(dir, name))}`) : []));
    const key = `${from}>${to}`;
    const id = stamps.join('|');
    const known = this.memories.get(key);
    if (known?.stamp === id) return known.memory;
    const memory = buildMemory(this.localesDir, this.path(this.config.paths.content), from, to);
    this.memories.set(key, { stamp: id, memory });
    return memory;
  }

  resourcesOf(slug: string, lang: LanguageCode): Resources {
    return loadResources(this.localesDir, [lang], [slug, COMMON_NS]);
  }

  /** Every key of one language with its state, from the workflow's one module. */
  sheet(slug: string, lang: LanguageCode): LanguageSheet {
    const source = this.source(slug);
    const state = languageState(source, lang, this.localesDir);
    return { source, state, rows: state.rows, counts: state.counts };
  }

  /** QA of one language, as `newsdesk qa` runs it (review.yaml acknowledgements included). */
  qaLanguage(slug: string, lang: LanguageCode): QaResult {
    const source = this.source(slug);
    const file = join(this.localesDir, lang, `${slug}.json`);
    return qaArticle(source.article, lang, this.resourcesOf(slug, lang), this.glossary(), {
      review: this.reviewEntries(source.article),
      rules: this.config.rules,
      ...(existsSync(file) ? { localeText: readFileSync(file, 'utf8') } : {}),
    });
  }

  /** QA of one key with a value being typed: the same checks, on that key alone. */
  qaKey(slug: string, lang: LanguageCode, key: string, value: string): QaMessage[] {
    const source = this.source(slug);
    const resources: Resources = { [lang]: { [slug]: { [key]: value } } };
    const result = qaArticle(source.article, lang, resources, this.glossary(), { review: this.reviewEntries(source.article), rules: this.config.rules });
    return result.messages.filter((message) => message.segment === key);
  }

  /** The figures of a key: placeholder, the source spelling and the value written for `lang`. */
  figures(slug: string, key: string, lang: LanguageCode): Array<{ id: string; source: string; target: string }> {
    const source = this.source(slug);
    const values: Record<string, FigureValue> = this.sourceResource(source).figures[key] ?? {};
    return Object.entries(values).map(([id, figure]) => ({ id, source: formatFigure(figure, source.lang), target: formatFigure(figure, lang) }));
  }

  /** A key's source sentence as a reader reads it: figures written for the source language, tags removed. */
  sourceReading(slug: string, key: string): string {
    const source = this.source(slug);
    return qaText(source.byKey.get(key)?.value ?? '', source.lang, this.sourceResource(source).figures[key] ?? {}).text;
  }

  /** Glossary entities named in the source sentence, with their name in `lang`. */
  terms(slug: string, key: string, lang: LanguageCode): Array<{ source: string; target: string; id: string }> {
    const source = this.source(slug);
    const raw = source.byKey.get(key)?.value ?? '';
    const text = plainText(raw, source.lang).text;
    const seen = new Set<string>();
    const terms: Array<{ source: string; target: string; id: string }> = [];
    for (const mention of findMentions(this.glossary(), text, source.lang)) {
      if (seen.has(mention.entity.id)) continue;
      seen.add(mention.entity.id);
      terms.push({ id: mention.entity.id, source: mention.entity.names[source.lang] ?? text.slice(mention.start, mention.end), target: mention.entity.names[lang] ?? '' });
    }
    return terms;
  }

  /** Translation-memory suggestions for a key (fuzzy, best first), other keys than itself. */
  suggestions(slug: string, key: string, lang: LanguageCode, limit = 3) {
    const source = this.source(slug);
    const value = source.byKey.get(key)?.value ?? '';
    return this.memory(source.lang, lang).fuzzy(value, { limit: limit + 1, min: 0.5 }).filter((m) => !(m.article === slug && m.key === key)).slice(0, limit);
  }

  /**
   * What `newsdesk run` decides for an article: validation, every language rendered and
   * checked, holds. Computed again only when the pipeline's inputs digest changes.
   */
  decision(slug: string): ArticleDecision {
    const source = this.source(slug);
    const languages = source.article.frontmatter.languages;
    const digest = inputsDigest(this.config, source.article, languages);
    const known = this.decisions.get(slug);
    if (known?.digest === digest) return known.decision;
    // A fresh article: validation marks messages on the article it is given.
    const article = readArticle(slug, this.config, this.root);
    const qa = new Map<LanguageCode, QaResult>();
    const { versions, validation } = buildVersions(article, this.config, { cwd: this.root, glossary: this.glossary(), onQa: (lng, result) => qa.set(lng, result) });
    const errors = validation.messages.filter((m) => m.severity === 'error' && !m.acknowledged);
    const holds = versions.map((version): HoldReasons => {
      const isSource = version.lang === article.frontmatter.lang;
      const sheet = isSource ? undefined : this.sheet(slug, version.lang);
      return {
        lang: version.lang,
        publishable: version.publishable,
        ...(version.heldDetail ? { detail: version.heldDetail } : {}),
        validation: version.publishable ? [] : errors,
        missing: sheet?.rows.filter((r) => r.state === 'missing').map((r) => r.key) ?? [],
        broken: sheet?.rows.filter((r) => r.state === 'broken').map((r) => ({ key: r.key, problems: r.problems ?? [] })) ?? [],
        qa: (qa.get(version.lang)?.messages ?? []).filter((m) => m.severity === 'error' && !m.acknowledged),
        stale: sheet?.rows.filter((r) => r.state === 'stale').map((r) => r.key) ?? [],
      };
    });
    const decision: ArticleDecision = { slug, digest, article, validation, versions, qa, holds };
    this.decisions.set(slug, { digest, decision });
    return decision;
  }

  /** Forget what was computed for an article (after the desk itself wrote one of its files). */
  forget(slug: string): void {
    this.decisions.delete(slug);
  }
}
