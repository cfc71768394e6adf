// Validation on real, professionally edited news (../shared/eval/validation-texts, read in place):
// every `*.md` article there (front matter: title, lang, date) goes through the same validate
// stage as `newsdesk validate`; an error-severity finding on such copy is a false alarm that would
// block publication. Target: none. The findings go to .newsdesk/eval/validation-texts.json.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadConfig } from '../config/index.js';
import { NewsdeskError } from '../errors/index.js';
import { readArticle } from '../ingest/index.js';
import { validateArticle } from '../validate/index.js';
import { prepareArticle } from '../validate/prepare.js';
import type { EvalOptions, EvalSection } from './index.js';
import type { SectionResult } from './pairs.js';
import { messagePattern, topPatterns } from './scoring.js';

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (name.endsWith('.md') && name !== 'README.md') out.push(path);
  }
  return out;
}

interface TextOutcome {
  file: string;
  lang: string;
  errors: Array<{ ruleId: string; message: string; line: number; column: number }>;
  warnings: number;
}

export async function evaluateValidation(sharedDir: string, options: EvalOptions): Promise<SectionResult | undefined> {
  const dir = join(sharedDir, 'validation-texts');
  if (!existsSync(dir)) {
    process.stdout.write(`  ${dir} not found — skipped\n`);
    return undefined;
  }
  const config = loadConfig(options.root);
  const outcomes: TextOutcome[] = [];
  const unreadable: string[] = [];
  for (const file of markdownFiles(dir)) {
    let article;
    try {
      article = readArticle(file, config, options.root);
    } catch (error) {
      // a text the pipeline cannot ingest is a failure of the set or of ingest: one line, go on
      if (!(error instanceof NewsdeskError)) throw error;
      unreadable.push(error.toLine());
      continue;
    }
    if (options.lang && article.frontmatter.lang !== options.lang) continue;
    const { glossary } = prepareArticle(article, config, options.root);
    const result = validateArticle(article, config, { glossary, cwd: options.root });
    const errors = result.messages.filter((m) => m.severity === 'error').map((m) => ({ ruleId: m.ruleId, message: m.message, line: m.line, column: m.column }));
    outcomes.push({ file: relative(dir, file), lang: article.frontmatter.lang, errors, warnings: result.messages.filter((m) => m.severity === 'warning').length });
  }
  const byLang = new Map<string, TextOutcome[]>();
  for (const o of outcomes) byLang.set(o.lang, [...(byLang.get(o.lang) ?? []), o]);
  const summary: Record<string, { texts: number; errors: number; textsWithErrors: number; warnings: number }> = {};
  for (const [lang, list] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) {
    const s = { texts: list.length, errors: list.reduce((n, o) => n + o.errors.length, 0), textsWithErrors: list.filter((o) => o.errors.length).length, warnings: list.reduce((n, o) => n + o.warnings, 0) };
    summary[lang] = s;
    process.stdout.write(`  ${lang}  ${String(s.texts).padStart(3)} texts  ${String(s.errors).padStart(3)} errors in ${s.textsWithErrors} texts  ${String(s.warnings).padStart(4)} warnings\n`);
  }
  const total = outcomes.reduce((n, o) => n + o.errors.length, 0);
  process.stdout.write(`  all: ${outcomes.length} texts, ${total} error-severity findings (target 0)${unreadable.length ? `; ${unreadable.length} texts could not be read` : ''}\n`);
  for (const o of outcomes) for (const e of o.errors) process.stdout.write(`  ERROR ${o.file}:${e.line}:${e.column} ${e.ruleId} ${e.message}\n`);
  for (const line of unreadable) process.stdout.write(`  UNREADABLE ${line}\n`);
  if (total > 0 || unreadable.length > 0) process.exitCode = 1;
  const items = outcomes.flatMap((o) => o.errors.map((e) => ({ ...e, file: o.file })));
  return {
    summary: { texts: outcomes.length, errors: total, unreadable: unreadable.length, perLanguage: summary },
    details: { 'validation-texts.json': { errors: items, unreadable, patterns: topPatterns(items, (e) => messagePattern(e.ruleId, e.message)).map((p) => ({ pattern: p.pattern, count: p.count, examples: p.examples.map((e) => `${e.file}:${e.line}: ${e.message}`) })) } },
  };
}

export const validationSection: EvalSection = {
  set: 'validation-texts',
  name: 'validation on real edited news (validation-texts: error-severity findings)',
  run: (sharedDir, options) => evaluateValidation(sharedDir, options),
};
