// A RuleTester (the ESLint / textlint-tester model) for validation rules, newsdesk's own and
// a newsroom's: `valid` and `invalid` tables per rule, each case a markdown body run through
// the real stages (segment, figures, claims) and then through the one rule. An invalid case
// names every message it expects by line and column (lines count from the first line of
// `code`), optionally its message id, text, actual and expected values, and the text after
// fixes. Cases run under the test framework's `describe` and `it` when it has global ones
// (vitest with globals, mocha, jest), or set `RuleTester.describe` / `RuleTester.it`; with
// neither, each case runs at once and a failing one throws.

import { AssertionError } from 'node:assert';
import type { Article, Message } from '../article/types.js';
import { loadGlossary } from '../claims/index.js';
import { loadConfig, type PipelineConfig } from '../config/index.js';
import { parseArticle } from '../ingest/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { runRules } from './engine.js';
import { applyFixes } from './fix.js';
import type { Glossary } from './glossary.js';
import { prepareArticle } from './prepare.js';
import { qaPair } from '../qa/pair.js';
import type { QaCheck, QaMessage } from '../qa/types.js';
import type { Rule } from './types.js';

export interface RuleTestCase {
  /** The markdown body (front matter is added: title, `lang`, `date`). */
  code: string;
  lang?: LanguageCode;
  /** Publication date (front matter); default 2024-08-02. */
  date?: string;
  /** Rule options over the rule's defaults. */
  options?: Record<string, unknown>;
  name?: string;
}

export interface ExpectedMessage {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  messageId?: string;
  message?: string | RegExp;
  actual?: string;
  expected?: string;
}

export interface InvalidRuleTestCase extends RuleTestCase {
  errors: ExpectedMessage[];
  /** The code after `--fix`, when the rule offers fixes. */
  output?: string;
}

export interface RuleTestCases {
  valid: RuleTestCase[];
  invalid: InvalidRuleTestCase[];
}

export interface RuleTesterSetup {
  /** The pipeline configuration (languages, defaults); default: the project in the working folder. */
  config?: PipelineConfig;
  /** The glossary rules see; default: the configuration's content/glossary.yaml. */
  glossary?: Glossary;
}

/** A QA case: a sentence and its translation, checked by one QA check as `newsdesk qa-pair` would. */
export interface QaTestCase {
  from: LanguageCode;
  to: LanguageCode;
  source: string;
  target: string;
  /** Publication date (the year of "26. Juli"); default 2024-08-02. */
  date?: string;
  options?: Record<string, unknown>;
  name?: string;
}

/** A finding an invalid QA case expects: where in the target (1-based) and what. */
export interface ExpectedQaMessage {
  line?: number;
  column?: number;
  severity?: 'error' | 'warning' | 'info';
  message?: string | RegExp;
  actual?: string;
  expected?: string;
}

export interface InvalidQaTestCase extends QaTestCase {
  errors: ExpectedQaMessage[];
}

export interface QaTestCases {
  valid: QaTestCase[];
  invalid: InvalidQaTestCase[];
}

type Block = (name: string, body: () => void) => void;

/** Lines of the front matter put before a case's code. */
const HEADER_LINES = 5;

/** The article a case describes: its code under a small front matter. */
export function caseArticle(code: string, config: PipelineConfig, lang: LanguageCode = 'de', date = '2024-08-02'): Article {
  return parseArticle(`---\ntitle: Test\nlang: ${lang}\ndate: ${date}\n---\n${code}\n`, 'test.md', config);
}

/** Run one rule on one case as `newsdesk validate` would: the real stages first, then the rule alone. */
export function runRuleCase(rule: Rule, testCase: RuleTestCase, setup: Required<RuleTesterSetup>): { article: Article; messages: Message[] } {
  const article = caseArticle(testCase.code, setup.config, testCase.lang, testCase.date);
  prepareArticle(article, setup.config, setup.config.root, setup.glossary);
  const options: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(rule.meta.schema)) options[name] = schema.default;
  Object.assign(options, testCase.options);
  const messages = runRules(article, [{ rule, severity: 'error', options }], { glossary: setup.glossary });
  return { article, messages };
}

const shown = (m: Message) => `${m.line - HEADER_LINES}:${m.column}-${m.endLine - HEADER_LINES}:${m.endColumn} ${m.message} (${m.ruleId})`;

/** A message template as a pattern: `{{name}}` matches any text. */
function templatePattern(template: string): RegExp {
  return new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\s*\w+\s*\\\}\\\}/g, '[\\s\\S]*?')}$`);
}

/** What is wrong with a case's outcome (nothing: it passes). */
export function ruleCaseProblems(rule: Rule, testCase: RuleTestCase | InvalidRuleTestCase, setup: Required<RuleTesterSetup>): string[] {
  const { article, messages } = runRuleCase(rule, testCase, setup);
  const expected = 'errors' in testCase ? testCase.errors : [];
  const problems: string[] = [];
  if (messages.length !== expected.length) {
    problems.push(`expected ${expected.length} message${expected.length === 1 ? '' : 's'}, got ${messages.length}:${messages.map((m) => `\n  ${shown(m)}`).join('') || ' none'}`);
    return problems;
  }
  expected.forEach((want, i) => {
    const got = messages[i]!;
    const at = `message ${i + 1} (${shown(got)})`;
    if (got.ruleId !== rule.meta.id) problems.push(`${at}: rule ${got.ruleId}, expected ${rule.meta.id}`);
    if (got.line - HEADER_LINES !== want.line || got.column !== want.column) problems.push(`${at}: at ${got.line - HEADER_LINES}:${got.column}, expected ${want.line}:${want.column}`);
    if (want.endLine !== undefined && got.endLine - HEADER_LINES !== want.endLine) problems.push(`${at}: ends on line ${got.endLine - HEADER_LINES}, expected ${want.endLine}`);
    if (want.endColumn !== undefined && got.endColumn !== want.endColumn) problems.push(`${at}: ends at column ${got.endColumn}, expected ${want.endColumn}`);
    if (want.messageId !== undefined) {
      const template = rule.meta.messages[want.messageId];
      if (template === undefined) problems.push(`${at}: the rule has no message id \`${want.messageId}\``);
      else if (!templatePattern(template).test(got.message)) problems.push(`${at}: not the \`${want.messageId}\` message (“${template}”)`);
    }
    if (typeof want.message === 'string' && got.message !== want.message) problems.push(`${at}: message “${got.message}”, expected “${want.message}”`);
    if (want.message instanceof RegExp && !want.message.test(got.message)) problems.push(`${at}: message “${got.message}” does not match ${want.message}`);
    if (want.actual !== undefined && got.actual !== want.actual) problems.push(`${at}: actual “${got.actual}”, expected “${want.actual}”`);
    if (want.expected !== undefined && got.expected !== want.expected) problems.push(`${at}: expected value “${got.expected}”, expected “${want.expected}”`);
  });
  if ('output' in testCase && testCase.output !== undefined) {
    const { output } = applyFixes(article.source, messages);
    const fixed = output.slice(article.bodyOffset).replace(/\n$/, '');
    if (fixed !== testCase.output) problems.push(`after fixes: “${fixed}”, expected “${testCase.output}”`);
  }
  return problems;
}

const shownQa = (m: QaMessage) => `${m.line}:${m.column} ${m.severity} ${m.message} (${m.ruleId})`;

/** What is wrong with a QA case's outcome (nothing: it passes). */
export function qaCaseProblems(check: QaCheck, testCase: QaTestCase | InvalidQaTestCase, setup: Required<RuleTesterSetup>): string[] {
  const setting: [string, Record<string, unknown>] = ['error', testCase.options ?? {}];
  const { messages } = qaPair({
    from: testCase.from,
    to: testCase.to,
    source: testCase.source,
    target: testCase.target,
    glossary: setup.glossary,
    referenceDate: testCase.date ?? '2024-08-02',
    rules: { [check.meta.id]: setting },
    checks: [check],
  });
  const expected = 'errors' in testCase ? testCase.errors : [];
  if (messages.length !== expected.length) {
    return [`expected ${expected.length} message${expected.length === 1 ? '' : 's'}, got ${messages.length}:${messages.map((m) => `\n  ${shownQa(m)}`).join('') || ' none'}`];
  }
  const problems: string[] = [];
  expected.forEach((want, i) => {
    const got = messages[i]!;
    const at = `message ${i + 1} (${shownQa(got)})`;
    if (want.line !== undefined && got.line !== want.line) problems.push(`${at}: on line ${got.line}, expected ${want.line}`);
    if (want.column !== undefined && got.column !== want.column) problems.push(`${at}: at column ${got.column}, expected ${want.column}`);
    if (want.severity !== undefined && got.severity !== want.severity) problems.push(`${at}: ${got.severity}, expected ${want.severity}`);
    if (typeof want.message === 'string' && got.message !== want.message) problems.push(`${at}: message “${got.message}”, expected “${want.message}”`);
    if (want.message instanceof RegExp && !want.message.test(got.message)) problems.push(`${at}: message “${got.message}” does not match ${want.message}`);
    if (want.actual !== undefined && got.actual !== want.actual) problems.push(`${at}: actual “${got.actual}”, expected “${want.actual}”`);
    if (want.expected !== undefined && got.expected !== want.expected) problems.push(`${at}: expected value “${got.expected}”, expected “${want.expected}”`);
  });
  return problems;
}

const globals = globalThis as { describe?: Block; it?: Block };

export class RuleTester {
  /** The framework's `describe` (default: a global one, else the cases run at once). */
  static describe: Block | undefined;
  /** The framework's `it` (default: a global one, else the case runs at once and throws if it fails). */
  static it: Block | undefined;

  private readonly setup: Required<RuleTesterSetup>;

  constructor(setup: RuleTesterSetup = {}) {
    const config = setup.config ?? loadConfig();
    this.setup = { config, glossary: setup.glossary ?? loadGlossary(config, undefined, config.root) };
  }

  /** Outcome of one case without a framework: the problems, none when it passes. */
  check(rule: Rule, testCase: RuleTestCase | InvalidRuleTestCase): string[] {
    return ruleCaseProblems(rule, testCase, this.setup);
  }

  /** Outcome of one QA case without a framework: the problems, none when it passes. */
  checkQa(check: QaCheck, testCase: QaTestCase | InvalidQaTestCase): string[] {
    return qaCaseProblems(check, testCase, this.setup);
  }

  /** `valid` and `invalid` tables for one QA check: sentence pairs, as `newsdesk qa-pair` checks them. */
  runQa(check: QaCheck, cases: QaTestCases): void {
    const describe: Block = RuleTester.describe ?? globals.describe ?? ((_name, body) => body());
    const it: Block = RuleTester.it ?? globals.it ?? ((_name, body) => body());
    const title = (testCase: QaTestCase) => testCase.name ?? `${testCase.from}→${testCase.to}: ${testCase.target.slice(0, 60)}`;
    const one = (testCase: QaTestCase | InvalidQaTestCase) => () => {
      const problems = this.checkQa(check, testCase);
      if (problems.length > 0) throw new AssertionError({ message: `${check.meta.id}, ${title(testCase)}:\n${problems.join('\n')}` });
    };
    describe(check.meta.id, () => {
      describe('valid', () => {
        for (const testCase of cases.valid) it(title(testCase), one(testCase));
      });
      describe('invalid', () => {
        for (const testCase of cases.invalid) it(title(testCase), one(testCase));
      });
    });
  }

  run(rule: Rule, cases: RuleTestCases): void {
    const describe: Block = RuleTester.describe ?? globals.describe ?? ((_name, body) => body());
    const it: Block = RuleTester.it ?? globals.it ?? ((_name, body) => body());
    const title = (testCase: RuleTestCase) => testCase.name ?? `${testCase.lang ?? 'de'}: ${testCase.code.slice(0, 70)}`;
    const one = (testCase: RuleTestCase | InvalidRuleTestCase) => () => {
      const problems = this.check(rule, testCase);
      if (problems.length > 0) throw new AssertionError({ message: `${rule.meta.id}, ${title(testCase)}:\n${problems.join('\n')}` });
    };
    describe(rule.meta.id, () => {
      describe('valid', () => {
        for (const testCase of cases.valid) it(title(testCase), one(testCase));
      });
      describe('invalid', () => {
        for (const testCase of cases.invalid) it(title(testCase), one(testCase));
      });
    });
  }
}
