// Run the QA checks over one unit (a sentence and its translation). Severities come from
// configuration (pipeline/config.yaml `rules:` entries with a `qa/` id, ESLint style),
// never from a check; a check's "weak" finding is reported one step lower.

import type { Severity } from '../article/types.js';
import type { Glossary } from '../claims/index.js';
import type { RuleSetting } from '../config/index.js';
import { resolveSettings, type Setup } from '../validate/settings.js';
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

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

/** Ids QA reports without a check object: a key without a translation. */
const REPORTED = ['qa/missing'];

/** Resolved check settings per configuration object and check list (a run reuses them for every unit). */
const resolved = new WeakMap<object, Map<readonly QaCheck[], Array<Setup<QaCheck>>>>();
const NO_RULES: Readonly<Record<string, RuleSetting>> = Object.freeze({});

/** The checks to run with their severity and options, from `rules:` (the validation rules' resolver). */
export function checkSetups(rules: Readonly<Record<string, RuleSetting>> = NO_RULES, checks: readonly QaCheck[] = CHECKS): Array<Setup<QaCheck>> {
  let byChecks = resolved.get(rules);
  if (!byChecks) resolved.set(rules, (byChecks = new Map<readonly QaCheck[], Array<Setup<QaCheck>>>()));
  let setups = byChecks.get(checks);
  if (!setups) byChecks.set(checks, (setups = resolveSettings(checks, rules, (id) => id.startsWith('qa/'), REPORTED)));
  return setups;
}

/** The configured severity of a check, or 'off'. */
export function severityOf(check: QaCheck, rules: Readonly<Record<string, RuleSetting>> = NO_RULES): Severity | 'off' {
  return resolveSettings([check], rules, (id) => id === check.meta.id)[0]?.severity ?? 'off';
}

/** Unknown `qa/…` ids in the configuration are typos: say so instead of ignoring them. */
export function checkRuleIds(rules: Readonly<Record<string, RuleSetting>>, checks: readonly QaCheck[] = CHECKS): void {
  checkSetups(rules, checks);
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
  for (const { rule: check, severity, options: checkOptions } of checkSetups(options.rules, options.checks)) {
    const context: QaCheckContext = {
      unit,
      options: checkOptions,
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
