// Run the QA checks over one unit (a sentence and its translation). Severities come from
// configuration (pipeline/config.yaml `rules:` entries with a `qa/` id, ESLint style),
// never from a check; a check's "weak" finding is reported one step lower.

import type { Severity } from '../article/types.js';
import type { Glossary } from '../claims/index.js';
import type { RuleSetting } from '../config/index.js';
import { Errors, fail } from '../errors/index.js';
import { CHECKS } from './checks/index.js';
import { compareFigures, type FigureComparison } from './compare.js';
import type { QaCheck, QaCheckContext, QaFinding, QaUnit } from './types.js';

export interface RunOptions {
  glossary: Glossary;
  /** Names that may stay untranslated (speakers, credited people). */
  names?: readonly string[];
  /** ISO date the article was published: the year of "26. Juli". */
  referenceDate?: string | undefined;
  /** `rules:` of the pipeline configuration; only `qa/…` ids are read. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** The checks to run; default: all. */
  checks?: readonly QaCheck[];
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);
const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

/** The configured severity of a check, or 'off'. */
export function severityOf(check: QaCheck, rules: Readonly<Record<string, RuleSetting>> = {}): Severity | 'off' {
  const setting = rules[check.meta.id];
  if (setting === undefined) return check.meta.defaultSeverity;
  const level = Array.isArray(setting) ? setting[0] : setting;
  if (!SEVERITIES.has(level)) fail(Errors.InvalidConfig, `\`rules.${check.meta.id}\` must be off, info, warning or error, got \`${String(level)}\``, { file: 'pipeline/config.yaml' });
  return level as Severity | 'off';
}

/** Unknown `qa/…` ids in the configuration are typos: say so instead of ignoring them. */
export function checkRuleIds(rules: Readonly<Record<string, RuleSetting>>, checks: readonly QaCheck[] = CHECKS): void {
  const known = new Set(checks.map((check) => check.meta.id));
  known.add('qa/missing');
  for (const id of Object.keys(rules)) {
    if (id.startsWith('qa/') && !known.has(id)) fail(Errors.InvalidConfig, `unknown QA check \`${id}\` in \`rules\` (known: ${[...known].join(', ')})`, { file: 'pipeline/config.yaml' });
  }
}

/** Every finding of the checks on one unit, in target-text order. */
export function checkUnit(unit: QaUnit, options: RunOptions): QaFinding[] {
  return runUnit(unit, options).findings;
}

/** The findings, and the figure comparison when a check asked for it. */
export function runUnit(unit: QaUnit, options: RunOptions): { findings: QaFinding[]; comparison: FigureComparison | undefined } {
  const findings: QaFinding[] = [];
  let comparison: FigureComparison | undefined;
  const figures = () =>
    (comparison ??= compareFigures(unit.source.text, unit.source.lang, unit.target.text, unit.target.lang, {
      glossary: options.glossary,
      referenceDate: options.referenceDate,
      source: unit.sourceFigures,
    }));
  for (const check of options.checks ?? CHECKS) {
    const severity = severityOf(check, options.rules);
    if (severity === 'off') continue;
    const context: QaCheckContext = {
      unit,
      glossary: options.glossary,
      names: options.names ?? [],
      referenceDate: options.referenceDate,
      figures,
      report(report) {
        findings.push({ ...report, ruleId: check.meta.id, severity: report.weak ? LOWER[severity] : severity });
      },
    };
    check.check(context);
  }
  const rawStart = (finding: QaFinding) => (finding.raw ? finding.start : unit.target.toRaw(finding.start, 'start'));
  findings.sort((a, b) => rawStart(a) - rawStart(b) || a.ruleId.localeCompare(b.ruleId));
  return { findings, comparison };
}

/** The span of a finding in the raw target value. */
export function rawSpan(unit: QaUnit, finding: QaFinding): [number, number] {
  if (finding.raw) return [finding.start, finding.end];
  const start = unit.target.toRaw(finding.start, 'start');
  const end = finding.end > finding.start ? unit.target.toRaw(finding.end, 'end') : start;
  return [start, Math.max(start, end)];
}
