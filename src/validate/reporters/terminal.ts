// The terminal reporter (vfile-reporter / ESLint "stylish"): messages grouped by file,
//   36:1-36:88  error  2 named … but 3 values given with “bzw.”  respectively-arity
// and one summary line "✖ N problems (E errors, W warnings)". Acknowledged findings are
// listed as such and not counted.

import type { Message } from '../../article/types.js';

export interface TerminalOptions {
  color?: boolean;
  /** Fallback file name for messages without one. */
  file?: string;
}

const paint = (on: boolean, code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

export function formatTerminal(messages: readonly Message[], options: TerminalOptions = {}): string {
  const color = options.color === true;
  const red = paint(color, '31');
  const yellow = paint(color, '33');
  const blue = paint(color, '34');
  const dim = paint(color, '2');
  const green = paint(color, '32');
  const underline = paint(color, '4');

  const byFile = new Map<string, Message[]>();
  for (const message of messages) {
    const file = message.file ?? options.file ?? '<article>';
    const list = byFile.get(file) ?? [];
    list.push(message);
    byFile.set(file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(underline(file));
    const place = (m: Message) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    const placeWidth = Math.max(...list.map((m) => place(m).length));
    const severityWidth = Math.max(...list.map((m) => (m.acknowledged ? 'acknowledged' : m.severity).length));
    const messageWidth = Math.min(90, Math.max(...list.map((m) => m.message.length)));
    for (const m of list) {
      const label = m.acknowledged ? 'acknowledged' : m.severity;
      const paintLabel = m.acknowledged ? green : m.severity === 'error' ? red : m.severity === 'warning' ? yellow : blue;
      const text = m.message.length > messageWidth ? m.message : m.message.padEnd(messageWidth);
      out.push(`  ${dim(place(m).padEnd(placeWidth))}  ${paintLabel(label.padEnd(severityWidth))}  ${text}  ${dim(m.ruleId)}`);
    }
    out.push('');
  }
  const open = messages.filter((m) => !m.acknowledged);
  const errors = open.filter((m) => m.severity === 'error').length;
  const warnings = open.filter((m) => m.severity === 'warning').length;
  const infos = open.filter((m) => m.severity === 'info').length;
  const acknowledged = messages.length - open.length;
  const fixable = open.filter((m) => m.fix).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (open.length === 0) out.push(green('✔ no problems'));
  else {
    const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [`${infos} info`] : [])];
    out.push((errors ? red : yellow)(`✖ ${plural(open.length, 'problem')} (${parts.join(', ')})`));
  }
  if (acknowledged) out.push(dim(`  ${acknowledged} acknowledged in review.yaml`));
  if (fixable) out.push(dim(`  ${plural(fixable, 'problem')} fixable with --fix`));
  return `${out.join('\n')}\n`;
}
