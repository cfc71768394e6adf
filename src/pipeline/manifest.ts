// output/<slug>/manifest.json: what the last run of an article read and wrote, written last.
// It names every input with its fingerprint — the article's own (its file, review.yaml) and
// the project's (configuration, glossary) on one side, each language's files (locale file,
// review state, labels) on the other — and every file it wrote into output/<slug>/ with the
// size, inode and mtime it left. From it a run decides, without reading the article:
//   unchanged  every input and every output as recorded: nothing to do (well under 1 ms);
//   languages  the source side as recorded, some languages' files changed (a translator's
//              edit), their outputs missing or altered, or not run before: only those;
//   all        anything else: a changed article or project file, a damaged article-level
//              output, a file in the folder the manifest does not name (a crash's temp
//              file, a stranger's file), an unreadable manifest, a newer or older newsdesk.
// A crash while writing leaves the previous manifest, whose records no longer match the
// files replaced since (a rename gives a file a new inode), so the next run does it again.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { projectPath, type PipelineConfig } from '../config/index.js';
import type { LanguageCode } from '../lang/codes.js';
import type { WrittenFile } from '../fs/atomic.js';
import type { QaReportSection } from '../validate/reporters/index.js';
import { COMMON_NS } from '../render/index.js';
import { unchangedFile, type Fingerprint, type FingerprintCache } from './fingerprint.js';
import type { LanguageResult, ValidationSummary } from './result.js';

export const MANIFEST = 'manifest.json';
export const MANIFEST_FORMAT = 2;

/** newsdesk's own version: outputs made by another version are made again. */
export const GENERATOR = `newsdesk ${(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version}`;

export interface LanguageEntry {
  /** Fingerprints of this language's inputs, by project-relative path. */
  inputs: Record<string, Fingerprint>;
  /** The languages its page linked to when it was rendered ([] when it was not rendered). */
  alternates: LanguageCode[];
  result: LanguageResult;
  /** Its QA findings, for report.html when another language runs again. */
  qa?: QaReportSection;
  /** Why QA holds it (kept so a re-render for other reasons keeps the hold). */
  qaHold?: string;
  /** Its files in output/<slug>/. */
  files: string[];
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  generator: string;
  slug: string;
  /** The article's file, project-relative. */
  path: string;
  /** Digest over every input fingerprint (the run table's `digest`). */
  digest: string;
  /** The article's language bar, source language first when it is not in the bar. */
  bar: LanguageCode[];
  /** Fingerprints of the article's file, its review file, the configuration and the glossary. */
  source: Record<string, Fingerprint>;
  validation: ValidationSummary;
  languages: Partial<Record<LanguageCode, LanguageEntry>>;
  /** Every file of output/<slug>/ but the manifest, as written. */
  outputs: Record<string, WrittenFile>;
}

/** Article-level outputs (every other file belongs to one language: `<lng>.<ext>`). */
export const ARTICLE_FILES = ['claims.json', 'report.html'] as const;

export function readManifest(dir: string): Manifest | undefined {
  let data: Partial<Manifest>;
  try {
    data = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Partial<Manifest>;
  } catch {
    return undefined; // missing, torn by a crash or hand-edited: the article runs again
  }
  if (data.format !== MANIFEST_FORMAT || typeof data.slug !== 'string' || typeof data.path !== 'string' || !data.source || !data.languages || !data.outputs || !Array.isArray(data.bar) || !data.validation) return undefined;
  return data as Manifest;
}

/** Where an article's inputs are, absolute. */
export interface ArticleInputs {
  /** The article's file, its review file (beside it, or under content/<slug>/), configuration, glossary. */
  source: string[];
  language(lng: LanguageCode): string[];
}

export function articleInputs(config: PipelineConfig, articlePath: string, slug: string): ArticleInputs {
  const locales = projectPath(config, config.paths.locales);
  const review = [join(dirname(articlePath), 'review.yaml'), projectPath(config, config.paths.content, slug, 'review.yaml')];
  return {
    source: [articlePath, ...new Set(review), projectPath(config, 'pipeline', 'config.yaml'), projectPath(config, config.paths.content, 'glossary.yaml')],
    language: (lng) => [join(locales, lng, `${slug}.json`), join(locales, lng, `${slug}.state.json`), join(locales, lng, `${COMMON_NS}.json`)],
  };
}

/** Paths a check needs again and again, worked out once per configuration. */
interface ProjectPaths {
  prefix: string;
  config: string;
  glossary: string;
}

const pathsOf = new WeakMap<PipelineConfig, ProjectPaths>();

function projectPaths(config: PipelineConfig): ProjectPaths {
  let paths = pathsOf.get(config);
  if (!paths) {
    paths = { prefix: config.root.endsWith(sep) ? config.root : `${config.root}${sep}`, config: projectPath(config, 'pipeline', 'config.yaml'), glossary: projectPath(config, config.paths.content, 'glossary.yaml') };
    pathsOf.set(config, paths);
  }
  return paths;
}

/** Files read by every article of a run, fingerprinted once per run. */
export function sharedInput(config: PipelineConfig, path: string): boolean {
  const paths = projectPaths(config);
  return path.endsWith(`${sep}${COMMON_NS}.json`) || path === paths.config || path === paths.glossary;
}

/** A path as the manifest names it: relative to the project root. */
export function projectRelative(config: PipelineConfig, path: string): string {
  const { prefix } = projectPaths(config);
  return path.startsWith(prefix) ? path.slice(prefix.length) : relative(config.root, path);
}

/** Whether every file in `records` is as it was (shared files by the run's one fingerprint). */
export function inputsUnchanged(config: PipelineConfig, records: Record<string, Fingerprint>, paths: readonly string[], shared: FingerprintCache): boolean {
  if (Object.keys(records).length !== paths.length) return false;
  for (const path of paths) {
    const recorded = records[projectRelative(config, path)];
    if (!recorded) return false;
    if (sharedInput(config, path) ? !shared.same(path, recorded) : !unchangedFile(path, recorded)) return false;
  }
  return true;
}

/** The language an output file belongs to (`fr.ninjs.json` → fr), or undefined for an article-level file. */
export function outputLanguage(name: string, languages: readonly string[]): LanguageCode | undefined {
  const code = name.slice(0, name.indexOf('.'));
  return languages.includes(code) ? (code as LanguageCode) : undefined;
}

export interface OutputCheck {
  /** An article-level file damaged, or a file nobody wrote: everything runs again. */
  article: boolean;
  /** Languages whose own files are missing or altered. */
  languages: Set<LanguageCode>;
}

/** Compare output/<slug>/ with what the manifest says was written. */
export function checkOutputs(dir: string, manifest: Manifest): OutputCheck {
  const result: OutputCheck = { article: false, languages: new Set() };
  const languages = Object.keys(manifest.languages);
  const damaged = (name: string) => {
    const lng = outputLanguage(name, languages);
    if (lng) result.languages.add(lng);
    else result.article = true;
  };
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { article: true, languages: new Set() };
  }
  const present = new Set(names);
  for (const name of names) {
    if (name === MANIFEST) continue;
    const record = manifest.outputs[name];
    if (!record) {
      result.article = true; // a temp file left by a crash, or a file newsdesk did not write
      continue;
    }
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (!stat || stat.size !== record.size || stat.ino !== record.ino || stat.mtimeMs !== record.mtimeMs) damaged(name);
  }
  for (const name of Object.keys(manifest.outputs)) if (!present.has(name)) damaged(name);
  return result;
}
