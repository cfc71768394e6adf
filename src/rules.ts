// `newsdesk/rules`: the validation rules (ESLint-style `meta` and a visitor over one shared
// traversal) and the QA checks (the same `meta`, a check per translated sentence), the engine
// that runs them, and the RuleTester a newsroom writes its own rules' and checks' tests with
// (valid / invalid tables, positions asserted).

export { RULES, ruleById, runRules, applyFixes, resolveRules } from './validate/index.js';
export { caseArticle, RuleTester, ruleCaseProblems, runRuleCase, type ExpectedMessage, type InvalidRuleTestCase, type RuleTestCase, type RuleTestCases, type RuleTesterSetup } from './validate/index.js';
export type { Fix, Rule, RuleContext, RuleMeta, Visitor } from './validate/index.js';
export { qaCaseProblems, type ExpectedQaMessage, type InvalidQaTestCase, type QaTestCase, type QaTestCases } from './validate/tester.js';
export { CHECKS, checkById } from './qa/index.js';
export type { QaCheck, QaCheckContext, QaReport } from './qa/types.js';
export type { BlockNode, OptionSchema, PlacedFigure, ReportDescriptor, RuleOptions, RuleSeverity, SegmentNode } from './validate/types.js';
