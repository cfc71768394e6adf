// The JSON reporter (design.md contract for `newsdesk validate --json`):
// { "messages": [ { ruleId, severity, message, line, column, endLine, endColumn, actual?, expected? } ] }
// plus, per message, `acknowledged` and `fix` when set, and the article and verdict around it.

import type { Article, Message } from '../../article/types.js';

export interface JsonReport {
  article: string;
  file: string;
  blocking: boolean;
  fixed?: number;
  messages: Array<Pick<Message, 'ruleId' | 'severity' | 'message' | 'line' | 'column' | 'endLine' | 'endColumn' | 'actual' | 'expected' | 'acknowledged' | 'fix' | 'file'>>;
}

export function toJsonReport(article: Article, messages: readonly Message[], blocking: boolean, fixed?: number): JsonReport {
  return {
    article: article.slug,
    file: article.path,
    blocking,
    ...(fixed !== undefined ? { fixed } : {}),
    messages: messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ...(m.actual !== undefined ? { actual: m.actual } : {}),
      ...(m.expected !== undefined ? { expected: m.expected } : {}),
      ...(m.acknowledged ? { acknowledged: true } : {}),
      ...(m.fix ? { fix: m.fix } : {}),
      ...(m.file !== undefined && m.file !== article.path ? { file: m.file } : {}),
    })),
  };
}

export function formatJson(article: Article, messages: readonly Message[], blocking: boolean, fixed?: number): string {
  return `${JSON.stringify(toJsonReport(article, messages, blocking, fixed), null, 2)}\n`;
}
