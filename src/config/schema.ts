// A small schema for YAML configuration files, checked on the parsed nodes so every problem
// has its line and column: types, ranges, allowed values, required and unknown keys. A value
// of the wrong type is an error, never silently ignored or coerced ("abc" as a byte limit
// would turn the limit off; `languages: de` would be read letter by letter).

import { isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { fail, shownValue, type ErrorData, type ErrorPlace } from '../errors/index.js';

export type Schema =
  | { type: 'string'; enum?: readonly string[]; check?: (value: string) => string | undefined; describe?: string }
  | { type: 'integer'; min: number; max: number }
  | { type: 'boolean' }
  | { type: 'list'; items: Schema; minItems?: number; unique?: boolean; describe?: string }
  | { type: 'object'; fields: Record<string, Schema>; required?: readonly string[]; describe?: string }
  | { type: 'map'; values: Schema; key?: (key: string) => string | undefined; describe?: string }
  /** A value of any shape, checked elsewhere (engine options, rule options). */
  | { type: 'any' }
  /** The first option whose `when` accepts the node decides (severity string or [severity, options]). */
  | { type: 'either'; options: ReadonlyArray<{ when: (node: YamlNode) => boolean; schema: Schema }>; describe: string };

export interface SchemaContext {
  error: ErrorData;
  at: (node: YamlNode | null | undefined) => ErrorPlace;
  /** The document, to follow aliases (their number was bounded when it was read). */
  doc?: Document;
}

function describeValue(node: YamlNode | null | undefined): string {
  if (node === null || node === undefined) return 'nothing';
  if (isScalar(node)) return node.value === null ? 'nothing' : `\`${shownValue(node.value)}\``;
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isAlias(node)) return 'an alias';
  return 'something else';
}

export function describeSchema(schema: Schema): string {
  switch (schema.type) {
    case 'string':
      return schema.describe ?? (schema.enum ? `one of ${schema.enum.join(', ')}` : 'a string');
    case 'integer':
      return `a whole number from ${schema.min} to ${schema.max}`;
    case 'boolean':
      return 'true or false';
    case 'list':
      return schema.describe ?? `a list of ${describeSchema(schema.items).replace(/^an? /, '')}s`;
    case 'object':
      return schema.describe ?? `a mapping with ${Object.keys(schema.fields).join(', ')}`;
    case 'map':
      return schema.describe ?? 'a mapping';
    case 'any':
      return 'a value';
    case 'either':
      return schema.describe;
  }
}

/** Check `node` against `schema` and return its value; `path` names it (`limits.articleBytes`). */
export function checkNode(given: YamlNode | null | undefined, schema: Schema, path: string, context: SchemaContext): unknown {
  const node = isAlias(given) && context.doc ? (given.resolve(context.doc) as YamlNode | undefined) : given;
  const wrong = (what: string = describeSchema(schema)): never => fail(context.error, `${path ? `\`${path}\`` : 'the file'} must be ${what}, got ${describeValue(node)}`, context.at(node));
  if (isAlias(node)) fail(context.error, `\`${path}\`: aliases are not read in this file; write the value out`, context.at(node));
  switch (schema.type) {
    case 'any':
      if (!node) return undefined;
      return context.doc && 'toJS' in node ? (node as YamlNode & { toJS(doc: Document): unknown }).toJS(context.doc) : (node as YamlNode & { toJSON(): unknown }).toJSON();
    case 'string': {
      if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') return wrong();
      const value = node.value.trim();
      if (schema.enum && !schema.enum.includes(value)) return wrong();
      const problem = schema.check?.(value);
      if (problem) fail(context.error, `\`${path}\`: ${problem}`, context.at(node));
      return value;
    }
    case 'integer': {
      if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value) || node.value < schema.min || node.value > schema.max) return wrong();
      return node.value;
    }
    case 'boolean': {
      if (!isScalar(node) || typeof node.value !== 'boolean') return wrong();
      return node.value;
    }
    case 'list': {
      if (!isSeq(node)) return wrong();
      const items = node.items as YamlNode[];
      if (items.length < (schema.minItems ?? 0)) return wrong();
      const values = items.map((item, i) => checkNode(item, schema.items, `${path}[${i}]`, context));
      if (schema.unique) {
        const seen = new Set<unknown>();
        values.forEach((value, i) => {
          if (seen.has(value)) fail(context.error, `\`${path}\` lists \`${String(value)}\` twice`, context.at(items[i]));
          seen.add(value);
        });
      }
      return values;
    }
    case 'object': {
      if (!isMap(node)) return wrong();
      const out: Record<string, unknown> = {};
      for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode>[]) {
        const key = keyOf(pair, path, context);
        const field = schema.fields[key];
        if (!field) fail(context.error, `unknown key \`${key}\`${path ? ` in \`${path}\`` : ''} (known: ${Object.keys(schema.fields).join(', ')})`, context.at(pair.key));
        out[key] = checkNode(pair.value, field, join(path, key), context);
      }
      for (const key of schema.required ?? []) if (!(key in out)) fail(context.error, `\`${path}\` needs \`${key}\``, context.at(node));
      return out;
    }
    case 'map': {
      // An empty value (`targets:`) is an empty mapping.
      if (isScalar(node) && node.value === null) return {};
      if (!isMap(node)) return wrong();
      const out: Record<string, unknown> = {};
      for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode>[]) {
        const key = keyOf(pair, path, context);
        const problem = schema.key?.(key);
        if (problem) fail(context.error, `\`${path}\`: ${problem}`, context.at(pair.key));
        out[key] = checkNode(pair.value, schema.values, join(path, key), context);
      }
      return out;
    }
    case 'either': {
      const option = node ? schema.options.find((o) => o.when(node)) : undefined;
      if (!option) return wrong();
      return checkNode(node, option.schema, path, context);
    }
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function keyOf(pair: Pair<YamlNode, YamlNode>, path: string, context: SchemaContext): string {
  const key = pair.key;
  if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) fail(context.error, `a key of \`${path}\` must be a name`, context.at(key));
  return String(key.value);
}
