// The translator's workflow on top of the engines: review state beside each locale file,
// translation memory, reconciliation with a corrected source, `translate`, `status`,
// `review` and XLIFF. Public entry; see README.md here for the decisions.

export { addComment, commentsPath, readComments, COMMENTS_FORMAT, type KeyComment } from './comments.js';
export { saveTranslation, type SaveInput, type SaveResult } from './edit.js';
export { engineResolver } from './engines.js';
export { WorkflowErrors } from './errors.js';
export { LanguageFiles, type Change, type CommitResult } from './files.js';
export { markupProblems } from './markup-check.js';
export { articleLang, buildMemory, TranslationMemory, type MemoryMatch } from './memory.js';
export { reconcile, similarity, type Reconciled, type ReconcileInput } from './reconcile.js';
export { articleStates, describeKeys, emptyCounts, isBrokenLanguageFile, KEY_STATUSES, languageState, viewLanguage, type BrokenFile, type KeyRow, type KeyStatus, type LanguageState, type LanguageView, type StateCounts } from './language-state.js';
export { markReviewed, type MarkResult } from './review.js';
export { articleSource, loadArticleSource, localesDirOf, writeSourceFile, type ArticleSource, type SourceKey } from './source.js';
export { KEY_STATES, keyState, machineMayWrite, parseState, readState, serializeState, sha256, statePath, STATE_FORMAT, type HumanState, type KeyState, type RecordedState, type RetiredEntry, type StateEntry, type StateFile } from './state.js';
export { articleSlugs, translationStatus, type ArticleStatus, type StatusReport } from './status.js';
export { translateArticle, type LanguageProgress, type LanguageReport, type TranslateArticleOptions, type TranslateArticleReport } from './translate-article.js';
export { applyIncoming, collectMessages, type ImportResult, type IncomingStatus, type IncomingUnit } from './exchange.js';
export { figureInfo, figureNote, pieces, type FigureInfo, type Piece } from './inline.js';
export { exportXliff, importXliff, type XliffExportOptions } from './xliff.js';
export { readExchangeFile } from './input.js';
export { exportPo, importPo } from './po.js';
export { exportTmx, importTmx, readImportedMemory, type TmxImportResult } from './tmx.js';
export { exportTbx, importTbx, type TbxImportResult } from './tbx.js';
