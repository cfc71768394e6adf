// The pipeline configuration (pipeline/config.yaml): languages, paths, limits, rule
// severities, engines and publish targets. Read once per process and frozen.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { Errors, fail } from '../errors/index.js';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../lang/codes.js';
import type { Credits } from '../article/types.js';
import { yamlReason } from '../ingest/frontmatter.js';

export type RuleSetting = 'off' | 'info' | 'warning' | 'error' | [string, Record<string, unknown>];

export interface PipelineConfig {
  /** Absolute project root (the folder holding pipeline/). */
  root: string;
  languages: LanguageCode[];
  paths: { content: string; locales: string; output: string; state: string };
  limits: { articleBytes: number };
  defaults: { credits: Credits };
  rules: Record<string, RuleSetting>;
  translation: { engine: string; engines: Record<string, Record<string, unknown>>; perLanguage: Record<string, string> };
  publish: { target: string; targets: Record<string, Record<string, unknown>> };
}

const DEFAULTS: Omit<PipelineConfig, 'root'> = {
  languages: [...LANGUAGES],
  paths: { content: 'content', locales: 'locales', output: 'output', state: '.newsdesk' },
  limits: { articleBytes: 1024 * 1024 },
  defaults: { credits: {} },
  rules: {},
  translation: { engine: 'memory', engines: {}, perLanguage: {} },
  publish: { target: 'static', targets: {} },
};

const KNOWN_KEYS = new Set(Object.keys(DEFAULTS));

/** Resolve a path from the config (relative to the project root). */
export function projectPath(config: PipelineConfig, ...parts: string[]): string {
  return resolve(config.root, ...parts);
}

export function loadConfig(root: string = process.cwd(), file = 'pipeline/config.yaml'): PipelineConfig {
  const path = resolve(root, file);
  if (!existsSync(path)) return Object.freeze({ root: resolve(root), ...structuredClone(DEFAULTS) });
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text);
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = firstError.linePos?.[0];
    fail(Errors.InvalidConfig, `invalid YAML: ${yamlReason(firstError.message)}`, { file, ...(pos ? { line: pos.line, column: pos.col } : {}) });
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) fail(Errors.InvalidConfig, `unknown key \`${key}\``, { file });
  }
  const merged = { ...structuredClone(DEFAULTS), ...data } as Omit<PipelineConfig, 'root'>;
  merged.paths = { ...DEFAULTS.paths, ...(data.paths as object | undefined) };
  merged.limits = { ...DEFAULTS.limits, ...(data.limits as object | undefined) };
  merged.translation = { ...DEFAULTS.translation, ...(data.translation as object | undefined) };
  merged.publish = { ...DEFAULTS.publish, ...(data.publish as object | undefined) };
  for (const lang of merged.languages) {
    if (!isLanguageCode(lang)) fail(Errors.InvalidConfig, `unknown language \`${String(lang)}\` in languages`, { file });
  }
  return Object.freeze({ root: resolve(root), ...merged });
}
