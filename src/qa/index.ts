// Stage `qa`: every figure of every translation checked by value before anything is
// published, and the other things a reviser checks on a translation — placeholders and
// tags, untranslated text, script, glossary names, quotation marks, length. One check per
// file under checks/; a finding is a positioned message (locales/<lng>/<slug>.json, or the
// target text of a pair).
//
// For the pipeline: `qaArticle(article, lng, resources, glossary, { review })` returns
// `{ messages, blocking }`; a language with `blocking` is not published. For report.html:
// `qaReportSection(lang, messages)` fills the validation reporter's `qa` hook.

export { qaArticle, unusedAcknowledgements, type QaArticleOptions, type QaResult } from './article.js';
export { qaPair, type PairInput, type QaOutcome } from './pair.js';
export { CHECKS, checkById } from './checks/index.js';
export { checkRuleIds, checkUnit, runUnit, severityOf, type RunOptions } from './run.js';
export { compareFigures, type FigureComparison, type FigurePair, type QaFigure } from './compare.js';
export { qaText, plainText } from './text.js';
export { formatQaJson, formatQaTerminal, LISTED_FINDINGS, qaReportSection, type QaStats } from './report.js';
export { qaLanguage } from './language.js';
export type { QaCheck, QaCheckContext, QaCheckMeta, QaFinding, QaLanguage, QaMessage, QaText, QaUnit } from './types.js';
