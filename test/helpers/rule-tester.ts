// The rule tables of test/rules/ run through the library's RuleTester (src/validate/tester.ts,
// exported as `newsdesk/rules`) under vitest's describe and it, with the repository's
// configuration and glossary: the tests of the rules are also the tests of the tester.

import { describe, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { loadGlossary } from '../../src/claims/index.js';
import { loadConfig } from '../../src/config/index.js';
import type { LanguageCode } from '../../src/lang/codes.js';
import type { QaCheck } from '../../src/qa/types.js';
import { caseArticle, RuleTester, type QaTestCases, type RuleTestCases } from '../../src/validate/tester.js';
import type { Rule } from '../../src/validate/types.js';
import { REPO } from './tmp.js';

export type { ExpectedMessage, InvalidRuleTestCase as InvalidCase, RuleTestCase as ValidCase } from '../../src/validate/tester.js';

const config = loadConfig(REPO);
/** Read once: the project glossary (content/glossary.yaml). */
const glossary = loadGlossary(config, undefined, REPO);
const tester = new RuleTester({ config, glossary });

export function articleOf(code: string, lang: LanguageCode = 'de', date = '2024-08-02'): Article {
  return caseArticle(code, config, lang, date);
}

export function ruleTester(rule: Rule, cases: RuleTestCases): void {
  RuleTester.describe = describe;
  RuleTester.it = it;
  tester.run(rule, cases);
}

/** The same tester for a QA check: sentence pairs in `valid` and `invalid` tables. */
export function qaRuleTester(check: QaCheck, cases: QaTestCases): void {
  RuleTester.describe = describe;
  RuleTester.it = it;
  tester.runQa(check, cases);
}
