// A small RuleTester (the ESLint / textlint-tester model): `valid` and `invalid` tables per
// rule, each case a markdown body run through the real stages (segment, figures, claims)
// and then through the one rule. Invalid cases assert rule id, line and column of every
// message (lines count from the first line of `code`), and optionally the text after fixes.

import { describe, expect, it } from 'vitest';
import type { Article, Message } from '../../src/article/types.js';
import type { LanguageCode } from '../../src/lang/codes.js';
import { loadConfig } from '../../src/config/index.js';
import { loadGlossary } from '../../src/claims/index.js';
import { parseArticle } from '../../src/ingest/index.js';
import { prepareArticle } from '../../src/validate/prepare.js';
import { applyFixes, runRules } from '../../src/validate/index.js';
import type { Rule } from '../../src/validate/types.js';
import { REPO } from './tmp.js';

export interface ValidCase {
  code: string;
  lang?: LanguageCode;
  /** Publication date (front matter); default 2024-08-02. */
  date?: string;
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

export interface InvalidCase extends ValidCase {
  errors: ExpectedMessage[];
  /** The code after `--fix`, when the rule offers fixes. */
  output?: string;
}

const config = loadConfig(REPO);
/** Read once: the project glossary (content/glossary.yaml). */
const glossary = loadGlossary(config, undefined, REPO);
const HEADER_LINES = 5;

export function articleOf(code: string, lang: LanguageCode = 'de', date = '2024-08-02'): Article {
  const text = `---\ntitle: Test\nlang: ${lang}\ndate: ${date}\n---\n${code}\n`;
  const article = parseArticle(text, 'test.md', config);
  return article;
}

/** Run one rule on a markdown body, as `newsdesk validate` would run it. */
export function runRule(rule: Rule, testCase: ValidCase): { article: Article; messages: Message[] } {
  const article = articleOf(testCase.code, testCase.lang, testCase.date);
  prepareArticle(article, config, REPO, glossary);
  const options: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(rule.meta.schema)) options[name] = schema.default;
  Object.assign(options, testCase.options);
  const messages = runRules(article, [{ rule, severity: 'error', options }], { glossary });
  return { article, messages };
}

const describeMessage = (m: Message) => `${m.line - HEADER_LINES}:${m.column}-${m.endLine - HEADER_LINES}:${m.endColumn} ${m.message} (${m.ruleId})`;

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.name ?? `${testCase.lang ?? 'de'}: ${testCase.code.slice(0, 70)}`, () => {
          const { messages } = runRule(rule, testCase);
          expect(messages.map(describeMessage)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name ?? `${testCase.lang ?? 'de'}: ${testCase.code.slice(0, 70)}`, () => {
          const { article, messages } = runRule(rule, testCase);
          const seen = messages.map(describeMessage);
          expect(messages.length, `messages: ${JSON.stringify(seen, null, 1)}`).toBe(testCase.errors.length);
          testCase.errors.forEach((want, i) => {
            const got = messages[i]!;
            expect(got.ruleId).toBe(rule.meta.id);
            expect({ line: got.line - HEADER_LINES, column: got.column }, seen[i]).toEqual({ line: want.line, column: want.column });
            if (want.endLine !== undefined) expect(got.endLine - HEADER_LINES).toBe(want.endLine);
            if (want.endColumn !== undefined) expect(got.endColumn).toBe(want.endColumn);
            if (want.messageId !== undefined) {
              const template = rule.meta.messages[want.messageId];
              expect(template, `unknown message id ${want.messageId}`).toBeDefined();
              const pattern = new RegExp(`^${template!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\s*\w+\s*\\\}\\\}/g, '[\\s\\S]*?')}$`);
              expect(got.message).toMatch(pattern);
            }
            if (typeof want.message === 'string') expect(got.message).toBe(want.message);
            else if (want.message) expect(got.message).toMatch(want.message);
            if (want.actual !== undefined) expect(got.actual).toBe(want.actual);
            if (want.expected !== undefined) expect(got.expected).toBe(want.expected);
          });
          if (testCase.output !== undefined) {
            const { output } = applyFixes(article.source, messages);
            expect(output.slice(article.bodyOffset).replace(/\n$/, '')).toBe(testCase.output);
          }
        });
      }
    });
  });
}
