// newsdesk as a library (`import … from 'newsdesk'`): the main job, the figure reader, the
// translation check of one sentence pair and validation of one article, with the types they
// take and return. Validation rules and their tester are `newsdesk/rules`.

export { runPipeline, type RunEvent, type RunOptions, type RunSummary } from './pipeline/index.js';
export type { ArticleResult, LanguageResult, ValidationSummary } from './pipeline/result.js';
export { readFigures, type FigureReading, type ReadOptions } from './figures/index.js';
export { qaPair, type PairInput, type QaOutcome, type QaMessage } from './qa/index.js';
export { validate, validateArticle, type ValidateOptions, type ValidateTextOptions, type ValidationResult } from './validate/index.js';
export { loadConfig, type PipelineConfig, type RuleSetting } from './config/index.js';
export { EMPTY_GLOSSARY, loadGlossary, parseGlossary, type Glossary, type GlossaryEntity } from './claims/index.js';
export { readArticle, parseArticle } from './ingest/index.js';
export { Errors, NewsdeskError, type ErrorData } from './errors/index.js';
export { LANGUAGES, isLanguageCode, type LanguageCode } from './lang/codes.js';
export type { Article, Claim, Figure, FigureKind, Message, Qualifier, Segment, Severity } from './article/types.js';
