// QA results for people and tools: the report section per language for report.html (the
// validation reporter's `qa` hook), the JSON contract of `newsdesk qa` / `qa-pair`
// (`{ ok, messages }`), and a readable terminal report.

import { LANGUAGE_NAMES, type LanguageCode } from '../lang/codes.js';
import type { QaReportSection } from '../validate/reporters/index.js';
import type { QaMessage } from './types.js';

export interface QaStats {
  sentences?: number;
  figures?: number;
}

const open = (messages: readonly QaMessage[]) => messages.filter((m) => !m.acknowledged);

/**
 * Findings listed per language in report.html (and kept in the manifest, which rebuilds it):
 * the summary counts them all; past this, the open errors come first and `newsdesk qa` lists
 * every one. A translation that is no translation at all (a 1 MiB article copied into 14
 * languages) has 10,000 findings per language: 90 MB of manifest and report nobody reads.
 */
export const LISTED_FINDINGS = 500;

/** The findings a section lists: all, or the first open errors, then warnings, then the rest, in file order. */
function listed(messages: readonly QaMessage[]): QaMessage[] {
  if (messages.length <= LISTED_FINDINGS) return [...messages];
  const rank = (m: QaMessage) => (m.acknowledged ? 3 : m.severity === 'error' ? 0 : m.severity === 'warning' ? 1 : 2);
  const chosen = new Set<QaMessage>();
  for (let level = 0; level <= 3 && chosen.size < LISTED_FINDINGS; level++) {
    for (const m of messages) {
      if (chosen.size === LISTED_FINDINGS) break;
      if (rank(m) === level) chosen.add(m);
    }
  }
  return messages.filter((m) => chosen.has(m));
}

/** One language's section of report.html. */
export function qaReportSection(lang: LanguageCode, messages: readonly QaMessage[], stats: QaStats = {}): QaReportSection {
  const pending = open(messages);
  const errors = pending.filter((m) => m.severity === 'error').length;
  const warnings = pending.filter((m) => m.severity === 'warning').length;
  const acknowledged = messages.length - pending.length;
  const parts: string[] = [];
  if (stats.sentences !== undefined) parts.push(`${stats.sentences} sentence${stats.sentences === 1 ? '' : 's'}`);
  if (stats.figures !== undefined) parts.push(`${stats.figures} figure${stats.figures === 1 ? '' : 's'} checked by value`);
  parts.push(`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`);
  if (acknowledged) parts.push(`${acknowledged} acknowledged`);
  const shown = listed(messages);
  const more = messages.length - shown.length;
  return { lang, title: `${LANGUAGE_NAMES[lang]} (${lang})`, status: errors > 0 ? 'fail' : 'pass', summary: parts.join(' · '), messages: shown, ...(more > 0 ? { more } : {}) };
}

/** The JSON contract: `{ ok, messages: [{ ruleId, severity, message, line, column, lang, segment, actual, expected, … }] }`. */
export function formatQaJson(messages: readonly QaMessage[]): string {
  const ok = !open(messages).some((m) => m.severity === 'error');
  const out = messages.map((m) => {
    const entry: Record<string, unknown> = { ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, lang: m.lang };
    if (m.file !== undefined) entry.file = m.file;
    if (m.segment !== undefined) entry.segment = m.segment;
    if (m.actual !== undefined) entry.actual = m.actual;
    if (m.expected !== undefined) entry.expected = m.expected;
    if (m.acknowledged) entry.acknowledged = true;
    return entry;
  });
  return `${JSON.stringify({ ok, messages: out }, null, 2)}\n`;
}

/** A readable report, grouped by language and file. */
export function formatQaTerminal(messages: readonly QaMessage[], options: { checked?: ReadonlyArray<{ lang: LanguageCode } & QaStats> } = {}): string {
  const lines: string[] = [];
  const byLang = new Map<string, QaMessage[]>();
  for (const m of messages) byLang.set(m.lang, [...(byLang.get(m.lang) ?? []), m]);
  for (const [lang, list] of byLang) {
    lines.push(`${LANGUAGE_NAMES[lang as LanguageCode] ?? lang} (${lang})`);
    let file: string | undefined;
    for (const m of list) {
      if (m.file !== file && m.file !== undefined) {
        file = m.file;
        lines.push(`  ${file}`);
      }
      const severity = m.acknowledged ? 'ack' : m.severity;
      lines.push(`    ${`${m.line}:${m.column}`.padEnd(9)} ${severity.padEnd(8)} ${m.message}  ${m.ruleId}`);
      if (m.segment) lines.push(`    ${''.padEnd(9)} ${''.padEnd(8)} key: ${m.segment}`);
    }
    lines.push('');
  }
  const pending = open(messages);
  const errors = pending.filter((m) => m.severity === 'error').length;
  const warnings = pending.filter((m) => m.severity === 'warning').length;
  const checked = options.checked ?? [];
  const what = checked.length ? `${checked.length} language${checked.length === 1 ? '' : 's'}, ${checked.reduce((n, c) => n + (c.sentences ?? 0), 0)} sentences, ${checked.reduce((n, c) => n + (c.figures ?? 0), 0)} figures checked by value: ` : '';
  lines.push(`${what}${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${errors ? ' — not publishable' : ''}`);
  return `${lines.join('\n')}\n`;
}
