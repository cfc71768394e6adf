// QA of one text and its translation given directly (`newsdesk qa-pair`): the same checks as
// for an article, positions in the target text (line and column, 1-based).

import { Location } from '../article/location.js';
import type { Glossary } from '../claims/index.js';
import type { RuleSetting } from '../config/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { checkUnit, rawSpan } from './run.js';
import { plainText } from './text.js';
import type { QaCheck, QaMessage, QaUnit } from './types.js';

export interface PairInput {
  from: LanguageCode;
  to: LanguageCode;
  source: string;
  target: string;
  glossary: Glossary;
  /** ISO date the text was published (the year of "26. Juli"). */
  referenceDate?: string | undefined;
  rules?: Readonly<Record<string, RuleSetting>>;
  names?: readonly string[];
  /** The checks to run; default: all (the rule tester runs one). */
  checks?: readonly QaCheck[];
}

export interface QaOutcome {
  /** No error: the translation may be published. */
  ok: boolean;
  messages: QaMessage[];
}

export function qaPair(input: PairInput): QaOutcome {
  const unit: QaUnit = { source: plainText(input.source, input.from), target: plainText(input.target, input.to) };
  const location = new Location(input.target);
  const findings = checkUnit(unit, {
    glossary: input.glossary,
    referenceDate: input.referenceDate,
    ...(input.rules ? { rules: input.rules } : {}),
    ...(input.names ? { names: input.names } : {}),
    ...(input.checks ? { checks: input.checks } : {}),
  });
  const messages = findings.map((finding): QaMessage => {
    const [start, end] = rawSpan(unit, finding);
    const a = location.toPoint(start);
    const b = location.toPoint(end);
    const message: QaMessage = { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, source: 'qa', lang: input.to };
    if (finding.actual !== undefined) message.actual = finding.actual;
    if (finding.expected !== undefined) message.expected = finding.expected;
    return message;
  });
  return { ok: !messages.some((m) => m.severity === 'error'), messages };
}
