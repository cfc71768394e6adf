// The term base (content/glossary.yaml): read, checked with a position for every problem,
// and turned into entities with their names in the 14 languages.

import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import { Location } from '../article/location.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import { Errors, fail, shownValue } from '../errors/index.js';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../lang/codes.js';
import { ENTITY_TYPES, type EntityType, type Glossary, type GlossaryEntity, type Variant } from './types.js';
import { readYaml } from '../config/yaml.js';
import { readTextFile } from '../fs/text.js';

const ENTITY_KEYS = new Set(['id', 'type', 'names', 'variants', 'verified', 'unverified', 'note']);
const VARIANT_KEYS = new Set(['text', 'lang', 'wrong', 'note']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

export const EMPTY_GLOSSARY: Glossary = Object.freeze({ file: '', entities: [], byId: new Map() });

/** Parse glossary text. `file` is used in messages. Throws one positioned error. */
export function parseGlossary(text: string, file: string): Glossary {
  const location = new Location(text);
  const at = (node: YamlNode | null | undefined, fallback = 0) => {
    const point = location.toPoint(node?.range?.[0] ?? fallback);
    return { file, line: point.line, column: point.column };
  };
  const problem: (message: string, node: YamlNode | null | undefined, fallback?: number) => never = (message, node, fallback) => fail(Errors.InvalidGlossary, `glossary: ${message}`, at(node, fallback));

  const read = readYaml(text, { file, error: Errors.InvalidGlossary, what: 'glossary: invalid YAML', schema: 'core' });
  const doc = read.doc;
  read.toJS(); // aliases bounded before entries are read
  const root = doc.contents;
  if (root === null) return { file, entities: [], byId: new Map() };
  if (!isMap(root)) return problem('the glossary must be a mapping with an `entities` list', root);
  for (const pair of root.items) {
    if (!isScalar(pair.key) || pair.key.value !== 'entities') problem(`unknown key \`${String(isScalar(pair.key) ? pair.key.value : pair.key)}\` (only \`entities\`)`, pair.key as YamlNode);
  }
  const list = root.get('entities', true) as YamlNode | undefined;
  if (list === undefined || (isScalar(list) && list.value === null)) return { file, entities: [], byId: new Map() };
  if (!isSeq(list)) return problem('`entities` must be a list', list);

  const entities: GlossaryEntity[] = [];
  const byId = new Map<string, GlossaryEntity>();
  /** Every written form → the entity it names, to catch a name given to two entities. */
  const owners = new Map<string, { id: string; wrong: boolean }>();

  for (const item of list.items as YamlNode[]) {
    if (!isMap(item)) problem('each entity must be a mapping with `id`, `type` and `names`', item);
    const map = item as YAMLMap<unknown, unknown>;
    const valueOf = (key: string) => map.get(key, true) as YamlNode | undefined;
    const keyNode = (key: string) => map.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key as YamlNode | undefined;
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!ENTITY_KEYS.has(key)) problem(`unknown entity key \`${key}\` (expected ${[...ENTITY_KEYS].join(', ')})`, pair.key as YamlNode);
    }

    const idNode = valueOf('id');
    if (!idNode) problem('an entity needs an `id`', item);
    const id = isScalar(idNode) ? idNode.value : undefined;
    if (typeof id !== 'string' || !ID.test(id)) problem('`id` must be lower-case words joined by hyphens (e.g. `boda-data`)', idNode);
    if (byId.has(id)) problem(`duplicate id \`${id}\``, idNode);
    const name = `entity \`${id}\``;

    const typeNode = valueOf('type');
    const type = isScalar(typeNode) ? typeNode.value : undefined;
    if (typeof type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type)) {
      problem(`${name}: \`type\` must be one of ${ENTITY_TYPES.join(', ')}${type === undefined ? '' : `, not \`${shownValue(type)}\``}`, typeNode ?? keyNode('id'));
    }

    const namesNode = valueOf('names');
    if (!isMap(namesNode)) problem(`${name}: \`names\` must map each language to the entity's name`, namesNode ?? item);
    const names: Partial<Record<LanguageCode, string>> = {};
    for (const pair of namesNode.items) {
      const code = isScalar(pair.key) ? pair.key.value : undefined;
      if (!isLanguageCode(code)) problem(`${name}: unknown language \`${String(code)}\` in \`names\``, pair.key as YamlNode);
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof value !== 'string' || value.trim() === '') problem(`${name}: the ${code} name must be a non-empty string`, (pair.value as YamlNode | null) ?? (pair.key as YamlNode));
      names[code] = value.trim();
    }
    const missing = LANGUAGES.filter((code) => names[code] === undefined);
    if (missing.length) problem(`${name} has no name in ${missing.map((code) => `\`${code}\``).join(', ')} (all 14 languages are needed)`, namesNode);

    const variants: Variant[] = [];
    const variantsNode = valueOf('variants');
    if (variantsNode !== undefined) {
      if (!isSeq(variantsNode)) problem(`${name}: \`variants\` must be a list`, variantsNode);
      for (const v of variantsNode.items as YamlNode[]) {
        if (isScalar(v) && typeof v.value === 'string' && v.value.trim()) {
          variants.push({ text: v.value.trim(), wrong: false });
          continue;
        }
        if (!isMap(v)) problem(`${name}: a variant is a string or a mapping with \`text\``, v);
        const vmap = v as YAMLMap<unknown, unknown>;
        for (const pair of vmap.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : '';
          if (!VARIANT_KEYS.has(key)) problem(`${name}: unknown variant key \`${key}\` (expected text, lang, wrong, note)`, pair.key as YamlNode);
        }
        const text = vmap.get('text');
        if (typeof text !== 'string' || !text.trim()) problem(`${name}: a variant needs a \`text\``, v);
        const variant: Variant = { text: text.trim(), wrong: false };
        const lang = vmap.get('lang');
        if (lang !== undefined) {
          if (!isLanguageCode(lang)) problem(`${name}: unknown language \`${shownValue(lang)}\` in a variant`, vmap.get('lang', true) as YamlNode);
          variant.lang = lang;
        }
        const wrong = vmap.get('wrong');
        if (wrong !== undefined && typeof wrong !== 'boolean') problem(`${name}: \`wrong\` must be true or false`, vmap.get('wrong', true) as YamlNode);
        variant.wrong = wrong === true;
        const note = vmap.get('note');
        if (note !== undefined) {
          if (typeof note !== 'string') problem(`${name}: a variant's \`note\` must be text`, vmap.get('note', true) as YamlNode);
          variant.note = note;
        }
        if (variant.wrong && !variant.note) problem(`${name}: a wrong variant needs a \`note\` saying why (it is shown to editors)`, v);
        variants.push(variant);
      }
    }

    const verifiedNode = valueOf('verified');
    const verified = isScalar(verifiedNode) ? verifiedNode.value : verifiedNode === undefined ? true : undefined;
    if (typeof verified !== 'boolean') problem(`${name}: \`verified\` must be true or false`, verifiedNode);
    const unverified: LanguageCode[] = [];
    const unverifiedNode = valueOf('unverified');
    if (unverifiedNode !== undefined) {
      if (!isSeq(unverifiedNode)) problem(`${name}: \`unverified\` must be a list of language codes`, unverifiedNode);
      for (const code of unverifiedNode.items as YamlNode[]) {
        const value = isScalar(code) ? code.value : undefined;
        if (!isLanguageCode(value)) problem(`${name}: unknown language \`${String(value)}\` in \`unverified\``, code);
        unverified.push(value);
      }
    }
    const noteNode = valueOf('note');
    const note = isScalar(noteNode) ? noteNode.value : undefined;
    if (noteNode !== undefined && typeof note !== 'string') problem(`${name}: \`note\` must be text`, noteNode);

    // A form names one entity only; a wrong variant must not be anybody's right name.
    const forms: Array<{ text: string; wrong: boolean; node: YamlNode }> = [
      ...LANGUAGES.map((code) => ({ text: names[code]!, wrong: false, node: namesNode.get(code, true) as YamlNode })),
      ...variants.map((variant, i) => ({ text: variant.text, wrong: variant.wrong, node: (variantsNode as { items: YamlNode[] }).items[i]! })),
    ];
    for (const form of forms) {
      const owner = owners.get(form.text);
      if (owner && owner.id !== id) {
        if (owner.wrong || form.wrong) problem(`\`${form.text}\` is marked wrong for one entity and is a name of another (\`${owner.id}\`, ${name})`, form.node);
        problem(`\`${form.text}\` names two entities: \`${owner.id}\` and \`${id}\``, form.node);
      }
      if (owner && owner.id === id && owner.wrong !== form.wrong) problem(`${name}: \`${form.text}\` is both a name and a wrong variant`, form.node);
      owners.set(form.text, { id, wrong: form.wrong });
    }

    const point = location.toPoint(item.range?.[0] ?? 0);
    const entity: GlossaryEntity = { id, type: type as EntityType, names: names as Record<LanguageCode, string>, variants, verified, unverified, line: point.line, column: point.column };
    if (typeof note === 'string') entity.note = note;
    entities.push(entity);
    byId.set(id, entity);
  }
  return { file, entities, byId };
}

/** Read content/glossary.yaml (or `path`); an absent file is an empty glossary. */
export function loadGlossary(config: PipelineConfig, path: string = projectPath(config, config.paths.content, 'glossary.yaml'), cwd: string = process.cwd()): Glossary {
  if (!existsSync(path)) return EMPTY_GLOSSARY;
  const shown = relative(cwd, path) || path;
  return parseGlossary(readTextFile(path, { file: shown, error: Errors.InvalidGlossary }), shown);
}
