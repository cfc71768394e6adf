// `newsdesk/rules`: the validation rules (ESLint-style `meta` and a visitor over one shared
// traversal), the engine that runs them, and the RuleTester a newsroom writes its own rules'
// tests with (valid / invalid tables, positions asserted).

export { RULES, ruleById, runRules, applyFixes, resolveRules } from './validate/index.js';
export { caseArticle, RuleTester, ruleCaseProblems, runRuleCase, type ExpectedMessage, type InvalidRuleTestCase, type RuleTestCase, type RuleTestCases, type RuleTesterSetup } from './validate/index.js';
export type { Fix, Rule, RuleContext, RuleMeta, Visitor } from './validate/index.js';
export type { BlockNode, OptionSchema, PlacedFigure, ReportDescriptor, RuleOptions, RuleSeverity, SegmentNode } from './validate/types.js';
