// Rule severities and options from pipeline/config.yaml (`rules:`), ESLint style:
//   rule-id: off | info | warning | error      or   rule-id: [severity, { option: value }]
// The rule's meta gives only the default; a typo in a rule id or option is an error.

import type { RuleSetting } from '../config/index.js';
import { Errors, fail } from '../errors/index.js';
import type { Rule, RuleMeta, RuleOptions, RuleSetup, RuleSeverity } from './types.js';

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);
const FILE = 'pipeline/config.yaml';

function checkOptions(rule: { meta: RuleMeta }, given: Record<string, unknown>): RuleOptions {
  const options: RuleOptions = {};
  for (const [name, schema] of Object.entries(rule.meta.schema)) options[name] = structuredClone(schema.default);
  for (const [name, value] of Object.entries(given)) {
    const schema = rule.meta.schema[name];
    const where = `rules.${rule.meta.id}.${name}`;
    if (!schema) fail(Errors.InvalidConfig, `unknown option \`${name}\` for rule \`${rule.meta.id}\` (known: ${Object.keys(rule.meta.schema).join(', ') || 'none'})`, { file: FILE });
    const ok =
      schema.type === 'array'
        ? Array.isArray(value) && value.every((item) => typeof item === 'string')
        : typeof value === schema.type;
    if (!ok) fail(Errors.InvalidConfig, `\`${where}\` must be ${schema.type === 'array' ? 'a list of strings' : `a ${schema.type}`}`, { file: FILE });
    if (schema.type === 'number') {
      const n = value as number;
      if ((schema.minimum !== undefined && n < schema.minimum) || (schema.maximum !== undefined && n > schema.maximum)) {
        fail(Errors.InvalidConfig, `\`${where}\` must be between ${schema.minimum ?? '-∞'} and ${schema.maximum ?? '∞'}`, { file: FILE });
      }
    }
    if (schema.type === 'string' && schema.enum && !schema.enum.includes(value as string)) {
      fail(Errors.InvalidConfig, `\`${where}\` must be one of ${schema.enum.join(', ')}`, { file: FILE });
    }
    options[name] = value;
  }
  return options;
}

/** A rule of any stage (validation rule, QA check) with its configured severity and options. */
export interface Setup<R extends { meta: RuleMeta }> {
  rule: R;
  severity: Exclude<RuleSeverity, 'off'>;
  options: RuleOptions;
}

/**
 * The rules of one stage to run, with severity and options from `rules:`. `owns` says which
 * ids belong to the stage (validation: ids without a `/`; QA: `qa/…`): an unknown id it owns
 * is a typo and an error; ids of other stages are left to them. `known` lists ids the stage
 * reports itself without a rule object (`qa/missing`).
 */
export function resolveSettings<R extends { meta: RuleMeta }>(rules: readonly R[], settings: Readonly<Record<string, RuleSetting>>, owns: (id: string) => boolean, known: readonly string[] = []): Array<Setup<R>> {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  for (const id of Object.keys(settings)) {
    if (owns(id) && !byId.has(id) && !known.includes(id)) {
      fail(Errors.InvalidConfig, `unknown rule \`${id}\` in \`rules\` (known: ${[...byId.keys(), ...known].join(', ')})`, { file: FILE });
    }
  }
  const setups: Array<Setup<R>> = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    let severity: RuleSeverity = rule.meta.defaultSeverity;
    let given: Record<string, unknown> = {};
    if (setting !== undefined) {
      const [level, options] = Array.isArray(setting) ? setting : [setting, {}];
      if (!SEVERITIES.has(level)) fail(Errors.InvalidConfig, `\`rules.${rule.meta.id}\` must be off, info, warning or error, got \`${String(level)}\``, { file: FILE });
      if (typeof options !== 'object' || options === null || Array.isArray(options)) {
        fail(Errors.InvalidConfig, `the options of \`rules.${rule.meta.id}\` must be a mapping`, { file: FILE });
      }
      severity = level as RuleSeverity;
      given = options;
    }
    const options = checkOptions(rule, given);
    if (severity !== 'off') setups.push({ rule, severity, options });
  }
  return setups;
}

/** The validation rules to run with their severity and options (ids with a `/` belong to other stages). */
export function resolveRules(rules: readonly Rule[], settings: Record<string, RuleSetting>): RuleSetup[] {
  return resolveSettings(rules, settings, (id) => !id.includes('/'));
}
