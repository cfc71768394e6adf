// A benchmark corpus shaped like the sample: N articles made from one source article by
// varying its numbers and the order and choice of its paragraphs, each with complete
// locale files in every language (the sample's translations, re-keyed to the varied
// sentences). Figures are placeholders, so a translation stays valid when numbers change.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type PipelineConfig } from '../config/index.js';
import { parseArticle } from '../ingest/index.js';
import { LANGUAGES, type LanguageCode } from '../lang/codes.js';
import { buildSourceResource, serializeResource } from '../localize/index.js';
import { segmentArticle } from '../segment/index.js';

/** Deterministic pseudo-random numbers (mulberry32), so two runs build the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Change every digit except a number's first (which stays non-zero): same shape, other value. */
function varyNumbers(text: string, next: () => number): string {
  return text.replace(/\d+/g, (digits) => {
    if (/^(19|20)\d\d$/.test(digits)) return digits; // years stay plausible
    return [...digits].map((d, i) => (i === 0 && d !== '0' ? String(1 + Math.floor(next() * 9)) : i === 0 ? d : String(Math.floor(next() * 10)))).join('');
  });
}

export interface SampleSource {
  markdown: string;
  /** Translations of the sample, by language, keyed by the sample's keys. */
  translations: Map<LanguageCode, Record<string, string>>;
  common: Map<LanguageCode, string>;
}

export function loadSample(config: PipelineConfig, slug: string, languages: readonly LanguageCode[]): SampleSource {
  const markdown = readFileSync(join(config.root, config.paths.content, slug, 'index.md'), 'utf8');
  const translations = new Map<LanguageCode, Record<string, string>>();
  const common = new Map<LanguageCode, string>();
  for (const lng of languages) {
    translations.set(lng, JSON.parse(readFileSync(join(config.root, config.paths.locales, lng, `${slug}.json`), 'utf8')) as Record<string, string>);
    common.set(lng, readFileSync(join(config.root, config.paths.locales, lng, 'common.json'), 'utf8'));
  }
  return { markdown, translations, common };
}

/** A sentence with its digits masked: equal for the sample's and a varied article's sentence. */
const shapeOf = (text: string) => text.replace(/\d/g, '#');

/**
 * Write article `index` of the corpus under `root` (content/ and locales/). Written one at
 * a time by the caller, so generating 5,000 articles holds one in memory.
 */
export function writeCorpusArticle(root: string, sample: SampleSource, config: PipelineConfig, index: number, sampleKeys: Map<string, string>): string {
  const next = random(index + 1);
  const fence = sample.markdown.indexOf('\n---', 3) + 4;
  const head = sample.markdown.slice(0, fence);
  const blocks = sample.markdown.slice(fence).split(/\n{2,}/).filter((b) => b.trim() !== '');
  const [title, ...rest] = blocks;
  // Keep the title, drop one body paragraph and rotate the rest: articles differ in length and order.
  const dropped = Math.floor(next() * rest.length);
  const body = rest.filter((_, i) => i !== dropped);
  const shift = Math.floor(next() * body.length);
  const rotated = [...body.slice(shift), ...body.slice(0, shift)];
  const slug = `bench-${String(index).padStart(5, '0')}`;
  // The title stays as it is (it is also the front matter's title); the body varies.
  const markdown = `${head.replace(/^---\n/, `---\nslug: ${slug}\n`)}\n\n${title}\n\n${varyNumbers(rotated.join('\n\n'), next)}\n`;
  mkdirSync(join(root, 'content', slug), { recursive: true });
  writeFileSync(join(root, 'content', slug, 'index.md'), markdown);

  const article = parseArticle(markdown, `content/${slug}/index.md`, config);
  segmentArticle(article);
  const source = buildSourceResource(article);
  // Each key's sample key, found once (not per language, and without a search per key).
  const units = new Map<string, (typeof source.units)[number]>();
  for (const unit of source.units) if (!units.has(unit.key)) units.set(unit.key, unit);
  const keys = Object.keys(source.resource).map((key) => [key, key.startsWith('meta.') ? key : sampleKeys.get(shapeOf(units.get(key)?.segment?.text ?? ''))] as const);
  for (const [lng, translation] of sample.translations) {
    const resource: Record<string, string> = {};
    for (const [key, sampleKey] of keys) {
      const value = sampleKey === undefined ? undefined : translation[sampleKey];
      if (value !== undefined) resource[key] = value;
    }
    mkdirSync(join(root, 'locales', lng), { recursive: true });
    writeFileSync(join(root, 'locales', lng, `${slug}.json`), lng === article.frontmatter.lang ? serializeResource(source.resource) : serializeResource(resource));
  }
  return slug;
}

/** Map from a sample sentence's digit-masked text to its key. */
export function sampleKeyIndex(sample: SampleSource, config: PipelineConfig): Map<string, string> {
  const article = parseArticle(sample.markdown, 'sample.md', config);
  segmentArticle(article);
  const source = buildSourceResource(article);
  return new Map(source.units.map((unit) => [shapeOf(unit.segment?.text ?? unit.key), unit.key]));
}

export function writeCommon(root: string, sample: SampleSource): void {
  for (const [lng, text] of sample.common) {
    mkdirSync(join(root, 'locales', lng), { recursive: true });
    writeFileSync(join(root, 'locales', lng, 'common.json'), text);
  }
}

/**
 * A project folder with `count` articles made from the sample of the project at `root`: its
 * pipeline configuration and glossary, shared labels, and per article content/<slug>/index.md
 * and complete locale files in every language. Articles are written one at a time.
 */
export function buildCorpus(root: string, count: number, dir: string = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'))): string {
  cpSync(join(root, 'pipeline'), join(dir, 'pipeline'), { recursive: true });
  mkdirSync(join(dir, 'content'), { recursive: true });
  const glossary = join(root, 'content', 'glossary.yaml');
  if (existsSync(glossary)) cpSync(glossary, join(dir, 'content', 'glossary.yaml'));
  const config = loadConfig(dir);
  const sample = loadSample(loadConfig(root), 'ki-stadt', LANGUAGES);
  const keys = sampleKeyIndex(sample, config);
  writeCommon(dir, sample);
  for (let i = 0; i < count; i++) writeCorpusArticle(dir, sample, config, i, keys);
  return dir;
}
