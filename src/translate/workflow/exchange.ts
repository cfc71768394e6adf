// What every translation exchange format (XLIFF 1.2, XLIFF 2.0, PO) brings back, decided in
// one place. A format reader turns its file into `IncomingUnit`s — the key, the translation
// as a locale value, what the file says of its state, the translator's note — and
// `applyIncoming` decides, as the review states say (language-state.ts):
//
//   a target equal to the current value      nothing, unless its state was raised (reviewed;
//                                            translated over a machine or stale value)
//   a target equal to the source             nothing (a tool's copy of the source: OmegaT
//                                            fills every target with one)
//   any other target                         the translator's value: `reviewed` when the file
//                                            says final/approved, else `edited` — whatever
//                                            state the file left (OmegaT 3.6 keeps the
//                                            exported `needs-translation`)
//   a unit of a sentence corrected since     kept on its new key, flagged stale, or retired
//
// Figures or tags that differ from the source refuse the whole import, each problem at its
// line and column; nothing is written then. Translators' notes are kept beside the state.

import type { Message } from '../../article/types.js';
import { fail, type ErrorPlace } from '../../errors/index.js';
import { detectLanguage } from '../../ingest/import/detect.js';
import type { LanguageCode } from '../../lang/codes.js';
import type { Change } from './files.js';
import { viewLanguage } from './language-state.js';
import { WorkflowErrors } from './errors.js';
import { markupProblems } from './markup-check.js';
import type { ArticleSource } from './source.js';
import { sha256, type HumanState } from './state.js';

export type IncomingStatus = 'untranslated' | 'needs-review' | 'translated' | 'reviewed';

export interface Place {
  line: number;
  column: number;
}

export interface IncomingUnit {
  id: string;
  at: Place;
  /** The translation as a locale value; undefined or blank: none. */
  value?: string;
  /** Where the translation starts (for its problems); default `at`. */
  valueAt?: Place;
  /** The source value as the file has it (a sentence corrected since the export). */
  sourceValue?: string;
  status: IncomingStatus;
  /** The translator's note as the file has it; undefined: the file says nothing. */
  note?: string;
  /** The reader already reported this unit's translation (its codes): no second message. */
  reported?: boolean;
  /** The language the file marks this translation with (XLIFF 1.2 target/@xml:lang). */
  declaredLang?: string;
}

export interface ImportResult {
  article: string;
  lang: LanguageCode;
  edited: string[];
  reviewed: string[];
  unchanged: number;
  /** Units of sentences that changed since the export: kept, see the messages. */
  kept: string[];
  /** Keys whose translator's note changed. */
  notes: string[];
  messages: Message[];
  wrote: boolean;
}

export type Reporter = (at: Place, severity: Message['severity'], message: string, ruleId: string) => void;

/** A reporter that collects positioned messages for `file`. */
export function collectMessages(file: string, lang: LanguageCode, messages: Message[], source: string): Reporter {
  return (at, severity, message, ruleId) => {
    messages.push({ ruleId, severity, message, line: at.line, column: at.column, endLine: at.line, endColumn: at.column, source, file, lang });
  };
}

/** The primary subtag of a language tag (`fr-FR` → `fr`). */
const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The file must be this article in this language: a translation marked with another
 * language is refused at its place; targets that read, taken together, as a third product
 * language (French under target-language="ja" would replace every Japanese value) and a file
 * none of whose units is a sentence of the article (another article or version: importing it
 * would retire every unit) are refused whole. Text still in the source language is QA's
 * matter (untranslated), and a tool's copy of the source is not a translation.
 */
function checkFile(source: ArticleSource, lang: LanguageCode, units: readonly IncomingUnit[], pairs: ReadonlyMap<string, string>, report: Reporter, filePlace: ErrorPlace, prefix: string): void {
  let marked = false;
  for (const unit of units) {
    if (unit.declaredLang === undefined || primary(unit.declaredLang) === lang) continue;
    report(unit.valueAt ?? unit.at, 'error', `the target is marked xml:lang="${unit.declaredLang}" in a file whose target-language is ${lang}`, `${prefix}/language`);
    marked = true;
  }
  if (!marked) {
    const texts = units.filter((u) => u.value !== undefined && u.value !== (source.byKey.get(u.id)?.value ?? u.sourceValue)).map((u) => u.value!.replace(/\{\{[^{}]*\}\}|<\/?\d+\/?>/g, ' '));
    const detected = texts.length > 0 ? detectLanguage(texts.join('\n')) : undefined;
    // Confident only: clearly more evidence for it than for any other language.
    if (detected && detected.lang !== lang && detected.lang !== source.lang && detected.score >= 2 * Math.max(1, detected.runnerUp)) {
      fail(WorkflowErrors.XliffMismatch, `the targets are written in ${detected.lang}, but the file's target-language is ${lang}: nothing imported`, filePlace);
    }
  }
  const known = units.filter((unit) => source.byKey.has(unit.id) || pairs.has(unit.id)).length;
  if (units.length > 0 && known === 0) fail(WorkflowErrors.XliffMismatch, `none of the ${units.length} units of the file is a sentence of ${source.slug} (ids like \`${units[0]!.id}\`)`, filePlace);
}

/**
 * Decide and (when nothing is refused) write what the units bring. `messages` may hold the
 * reader's problems already; `filePlace` is where a refusal of the whole file points.
 */
export function applyIncoming(source: ArticleSource, lang: LanguageCode, localesDir: string, units: readonly IncomingUnit[], report: Reporter, messages: Message[], now: string, ruleSource: string, filePlace: ErrorPlace = {}): ImportResult {
  const view = viewLanguage(source, lang, localesDir, now);
  checkFile(source, lang, units, view.reconciled.pairs, report, filePlace, ruleSource);
  const rows = new Map(view.rows.map((row) => [row.key, row]));
  const result: ImportResult = { article: source.slug, lang, edited: [], reviewed: [], unchanged: 0, kept: [], notes: [], messages, wrote: false };
  const changes: Change[] = [];
  const seen = new Set<string>();
  const prefix = ruleSource;

  for (const unit of units) {
    if (unit.id === '') {
      report(unit.at, 'error', 'a unit without a key', `${prefix}/structure`);
      continue;
    }
    if (seen.has(unit.id)) {
      report(unit.at, 'error', `a second unit \`${unit.id}\``, `${prefix}/structure`);
      continue;
    }
    seen.add(unit.id);
    const sourceKey = source.byKey.get(unit.id);
    const row = rows.get(unit.id);
    const note = unit.note?.trim();
    if (sourceKey && row && note !== undefined && note !== (row.note ?? '')) {
      changes.push({ key: unit.id, expect: row.value, note: note === '' ? null : note });
      result.notes.push(unit.id);
    }
    const value = unit.value;
    if (value === undefined || value.trim() === '' || unit.status === 'untranslated' && value === (sourceKey?.value ?? unit.sourceValue)) {
      result.unchanged += 1;
      continue;
    }
    const reviewed = unit.status === 'reviewed';
    const human: HumanState = reviewed ? 'reviewed' : 'edited';
    const valueAt = unit.valueAt ?? unit.at;

    if (!sourceKey) {
      // The sentence was corrected after the export: the translator's work goes to the new
      // sentence, flagged stale, unless someone already translated that one by hand.
      const previous = unit.sourceValue ?? '';
      if (value === previous) {
        result.unchanged += 1;
        continue;
      }
      const to = view.reconciled.pairs.get(unit.id);
      const toRow = to === undefined ? undefined : rows.get(to);
      const newSource = to === undefined ? undefined : source.byKey.get(to);
      if (to !== undefined && toRow && newSource && (toRow.state === 'missing' || toRow.state === 'machine' || toRow.state === 'stale')) {
        report(unit.at, 'warning', `the source sentence changed since the export: the translation is kept on \`${to}\`, flagged stale`, `${prefix}/changed-source`);
        if (toRow.value !== value) {
          const entry = { state: 'stale' as const, was: human, previousKey: unit.id, previousSource: previous, source: newSource.value, sourceDigest: sha256(newSource.value), valueDigest: sha256(value), at: now };
          changes.push({ key: to, expect: toRow.value, value, entry });
          result.kept.push(to);
        }
      } else {
        report(unit.at, 'warning', `\`${unit.id}\` is no longer a sentence of ${source.slug}: the translation is kept in ${view.files.shownState} (retired)`, `${prefix}/changed-source`);
        changes.push({ key: unit.id, expect: view.reconciled.resource[unit.id], retire: { state: human, value, source: previous, at: now } });
        result.kept.push(unit.id);
      }
      continue;
    }
    if (value === sourceKey.value && value !== row?.value) {
      // A copy of the source (a CAT tool that pre-fills targets): not a translation.
      result.unchanged += 1;
      continue;
    }
    if (unit.reported) continue;
    const problems = markupProblems(sourceKey.value, value, sourceKey.keep);
    if (problems.length > 0) {
      report(valueAt, 'error', `\`${unit.id}\`: ${problems.join('; ')}`, `${prefix}/placeholders`);
      continue;
    }
    const current = row!.value;
    let next: HumanState | undefined;
    if (value !== current) next = human;
    else if (reviewed && row!.state !== 'reviewed') next = 'reviewed';
    else if (unit.status === 'translated' && (row!.state === 'machine' || row!.state === 'stale')) next = 'edited';
    if (!next) {
      result.unchanged += 1;
      continue;
    }
    const entry = { state: next, sourceDigest: sha256(sourceKey.value), source: sourceKey.value, valueDigest: sha256(value), at: now };
    changes.push(value === current ? { key: unit.id, expect: current, entry } : { key: unit.id, expect: current, value, entry });
    result[next].push(unit.id);
  }

  if (messages.some((m) => m.severity === 'error') || changes.length === 0) return result;
  if (view.reconciled.changes.length > 0) view.files.commit(view.reconciled.changes);
  const { conflicts } = view.files.commit(changes);
  for (const key of new Set(conflicts)) {
    result.edited = result.edited.filter((k) => k !== key);
    result.reviewed = result.reviewed.filter((k) => k !== key);
    result.notes = result.notes.filter((k) => k !== key);
    report({ line: 1, column: 1 }, 'warning', `\`${key}\` changed on disk during the import; left as it is`, `${prefix}/conflict`);
  }
  result.wrote = true;
  return result;
}
