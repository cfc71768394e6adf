// The pipeline configuration (pipeline/config.yaml): languages, paths, limits, rule
// severities, engines and publish targets. Read once per process and frozen.

import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { isScalar, isSeq } from 'yaml';
import { Errors } from '../errors/index.js';
import { readTextFile } from '../fs/text.js';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../lang/codes.js';
import type { Credits } from '../article/types.js';
import { checkNode, type Schema } from './schema.js';
import { readYaml } from './yaml.js';

export type RuleSetting = 'off' | 'info' | 'warning' | 'error' | [string, Record<string, unknown>];

/**
 * Bounds on the work one article may cause, not only its bytes: each is checked where it can
 * first be counted (lines, nesting and markup before parsing; sentences after segmenting;
 * figures after reading them) and refused with one positioned line, exit 2.
 */
export interface ArticleLimits {
  /** Size of the file. */
  articleBytes: number;
  /** Lines of the file (100,000 one-word lines would take the markdown parser minutes). */
  lines: number;
  /** Nesting of quotes, lists and inline markup (10,000 nested `>` overflow a parser's stack). */
  nesting: number;
  /** Inline markup characters (`*`, `_`, `~`, backticks, brackets, `<`): each costs the parser work. */
  markup: number;
  /** The same in one paragraph: the parser matches emphasis in quadratic time per paragraph. */
  markupPerParagraph: number;
  /** Sentences (each is a locale key in 14 languages). */
  segments: number;
  /** Characters of all sentences together: the text rendered and read by value in every language. */
  textChars: number;
  /** Characters of one sentence: QA places each figure of a sentence within it. */
  sentenceChars: number;
  /** Figures (each is formatted and checked in every language). */
  figures: number;
}

export interface PipelineConfig {
  /** Absolute project root (the folder holding pipeline/). */
  root: string;
  languages: LanguageCode[];
  paths: { content: string; locales: string; output: string; state: string };
  limits: ArticleLimits;
  defaults: { credits: Credits };
  rules: Record<string, RuleSetting>;
  translation: { engine: string; engines: Record<string, Record<string, unknown>>; perLanguage: Record<string, string> };
  publish: { target: string; targets: Record<string, Record<string, unknown>> };
}

export const DEFAULT_LIMITS: Readonly<ArticleLimits> = Object.freeze({
  articleBytes: 1024 * 1024,
  lines: 20_000,
  nesting: 32,
  markup: 20_000,
  markupPerParagraph: 500,
  segments: 2_000,
  textChars: 300_000,
  sentenceChars: 10_000,
  figures: 10_000,
});

const DEFAULTS: Omit<PipelineConfig, 'root'> = {
  languages: [...LANGUAGES],
  paths: { content: 'content', locales: 'locales', output: 'output', state: '.newsdesk' },
  limits: { ...DEFAULT_LIMITS },
  defaults: { credits: {} },
  rules: {},
  translation: { engine: 'memory', engines: {}, perLanguage: {} },
  publish: { target: 'static', targets: {} },
};

/** Resolve a path from the config (relative to the project root). */
export function projectPath(config: PipelineConfig, ...parts: string[]): string {
  return resolve(config.root, ...parts);
}

const language: Schema = { type: 'string', check: (code) => (isLanguageCode(code) ? undefined : `unknown language \`${code}\` (use one of ${LANGUAGES.join(' ')})`), describe: 'a language code' };
const name: Schema = { type: 'string', describe: 'a name' };
/** A folder of the project: relative, and inside it (`..` and absolute paths would leave it). */
const folder: Schema = { type: 'string', check: projectFolderProblem, describe: 'a folder inside the project' };
const count = (min: number, max: number): Schema => ({ type: 'integer', min, max });
const severity: Schema = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };

export const CONFIG_SCHEMA: Schema = {
  type: 'object',
  fields: {
    languages: { type: 'list', items: language, minItems: 1, unique: true, describe: 'a list of language codes, such as [de, en, fr]' },
    paths: { type: 'object', fields: { content: folder, locales: folder, output: folder, state: folder } },
    limits: {
      type: 'object',
      fields: {
        articleBytes: count(1024, 64 * 1024 * 1024),
        lines: count(10, 1_000_000),
        nesting: count(2, 1_000),
        markup: count(10, 1_000_000),
        markupPerParagraph: count(10, 100_000),
        segments: count(1, 1_000_000),
        textChars: count(100, 100_000_000),
        sentenceChars: count(100, 100_000_000),
        figures: count(1, 1_000_000),
      },
    },
    defaults: { type: 'object', fields: { credits: { type: 'map', values: name, describe: 'a mapping of roles to names' } } },
    rules: {
      type: 'map',
      describe: 'a mapping of rule ids to severities',
      values: {
        type: 'either',
        describe: 'off, info, warning or error, or [severity, { options }]',
        options: [
          { when: (node) => isScalar(node), schema: severity },
          { when: (node) => isSeq(node), schema: { type: 'list', items: { type: 'any' }, minItems: 1 } },
        ],
      },
    },
    translation: {
      type: 'object',
      fields: {
        engine: name,
        engines: { type: 'map', values: { type: 'map', values: { type: 'any' }, describe: 'a mapping of engine options' }, describe: 'a mapping of engine names to their options' },
        perLanguage: { type: 'map', values: name, key: (code) => (isLanguageCode(code) ? undefined : `unknown language \`${code}\``), describe: 'a mapping of language codes to engine names' },
      },
    },
    publish: {
      type: 'object',
      fields: {
        target: name,
        targets: { type: 'map', values: { type: 'map', values: { type: 'any' }, describe: 'a mapping of target options' }, describe: 'a mapping of target names to their options' },
      },
    },
  },
  describe: 'a mapping of languages, paths, limits, defaults, rules, translation and publish',
};

/** Why a configured folder is not a folder of the project, if it is not. */
export function projectFolderProblem(path: string): string | undefined {
  if (isAbsolute(path) || /^[a-zA-Z]:[\\/]/.test(path)) return `\`${path}\` is an absolute path; folders are relative to the project (pipeline/ is in it)`;
  const parts = path.split(/[\\/]+/);
  if (parts.includes('..')) return `\`${path}\` leads out of the project (\`..\`)`;
  if (parts.every((part) => part === '' || part === '.')) return `\`${path}\` is the project itself; name a folder in it`;
  return undefined;
}

export function loadConfig(root: string = process.cwd(), file = 'pipeline/config.yaml'): PipelineConfig {
  const path = resolve(root, file);
  if (!existsSync(path)) return Object.freeze({ root: resolve(root), ...structuredClone(DEFAULTS) });
  const text = readTextFile(path, { file, error: Errors.InvalidConfig });
  const yaml = readYaml(text, { file, error: Errors.InvalidConfig });
  // An empty file is the defaults.
  if (yaml.doc.contents === null) return Object.freeze({ root: resolve(root), ...structuredClone(DEFAULTS) });
  yaml.toJS(); // aliases bounded before any value is read
  const data = checkNode(yaml.doc.contents, CONFIG_SCHEMA, '', { error: Errors.InvalidConfig, at: (node) => yaml.at(node), doc: yaml.doc }) as Partial<Record<keyof typeof DEFAULTS, Record<string, unknown>>>;
  const merged = { ...structuredClone(DEFAULTS), ...data } as Omit<PipelineConfig, 'root'>;
  merged.paths = { ...DEFAULTS.paths, ...data.paths };
  merged.limits = { ...DEFAULTS.limits, ...data.limits };
  merged.defaults = { ...DEFAULTS.defaults, ...data.defaults } as PipelineConfig['defaults'];
  merged.translation = { ...DEFAULTS.translation, ...data.translation };
  merged.publish = { ...DEFAULTS.publish, ...data.publish };
  return Object.freeze({ root: resolve(root), ...merged });
}
