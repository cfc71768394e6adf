// Front matter: split from the body, parsed as YAML, checked against the schema with a
// position for every problem. Keys newsdesk does not know are kept (in `extra`) and passed on.

import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { readYaml } from '../config/yaml.js';
import { slugProblem } from '../fs/paths.js';
import { Errors, fail, shownValue } from '../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../lang/codes.js';
import { Location } from '../article/location.js';
import type { Credits, FrontMatter } from '../article/types.js';
import type { PipelineConfig } from '../config/index.js';

const FENCE = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

export interface SplitFrontMatter {
  yaml: string;
  /** Offset of the YAML text in the file. */
  yamlOffset: number;
  /** Offset of the body after the closing fence. */
  bodyOffset: number;
}

export function splitFrontMatter(text: string, file: string): SplitFrontMatter {
  const open = FENCE.exec(text);
  if (!open) fail(Errors.MissingFrontMatter, 'the article has no front matter', { file, line: 1, column: 1 });
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) fail(Errors.MissingFrontMatter, 'the front matter is not closed with `---`', { file, line: 1, column: 1 });
  const yamlOffset = open[0].length;
  const closeEnd = yamlOffset + close.index + close[0].length;
  const bodyOffset = text[closeEnd] === '\r' ? closeEnd + 2 : text[closeEnd] === '\n' ? closeEnd + 1 : closeEnd;
  return { yaml: rest.slice(0, close.index), yamlOffset, bodyOffset };
}

export { yamlReason } from '../config/yaml.js';

const KNOWN = new Set(['title', 'lang', 'date', 'languages', 'section', 'category', 'sourceLine', 'credits', 'slug']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseFrontMatter(text: string, file: string, config: PipelineConfig): { frontmatter: FrontMatter; bodyOffset: number } {
  const { yaml, yamlOffset, bodyOffset } = splitFrontMatter(text, file);
  const location = new Location(text);
  const at = (offset: number) => {
    const p = location.toPoint(yamlOffset + offset);
    return { file, line: p.line, column: p.column };
  };
  // `core` schema: dates stay strings, as written. Aliases are bounded (a YAML alias bomb).
  const read = readYaml(yaml, { file, error: Errors.InvalidYaml, what: 'invalid YAML in front matter', offset: yamlOffset, source: text, schema: 'core' });
  const doc: Document = read.doc;
  const root = doc.contents;
  if (!isMap(root)) fail(Errors.InvalidFrontMatter, 'front matter must be a mapping of keys to values', at(0));

  const nodeOf = (key: string): YamlNode | undefined => {
    const pair = root.items.find((item) => isScalar(item.key) && item.key.value === key);
    return (pair?.value ?? undefined) as YamlNode | undefined;
  };
  const keyOffset = (key: string): number => {
    const pair = root.items.find((item) => isScalar(item.key) && item.key.value === key);
    return (pair?.key as YamlNode | undefined)?.range?.[0] ?? 0;
  };
  const placeOf = (key: string) => at(nodeOf(key)?.range?.[0] ?? keyOffset(key));
  const data = (read.toJS() ?? {}) as Record<string, unknown>;

  const title = data.title;
  if (title === undefined) fail(Errors.InvalidFrontMatter, 'front matter needs a `title`', at(0));
  if (typeof title !== 'string' || title.trim() === '') fail(Errors.InvalidFrontMatter, '`title` must be a non-empty string', placeOf('title'));

  const lang = data.lang;
  if (lang === undefined) fail(Errors.InvalidFrontMatter, 'front matter needs a `lang` (the source language)', at(0));
  if (!isLanguageCode(lang)) fail(Errors.UnknownLanguage, `unknown language \`${shownValue(lang)}\` in \`lang\``, placeOf('lang'));

  let date: string | undefined;
  if (data.date !== undefined) {
    const value = shownValue(data.date);
    if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
      fail(Errors.InvalidFrontMatter, `\`date\` must be a date written YYYY-MM-DD, got \`${value}\``, placeOf('date'));
    }
    date = value;
  }

  let languages: LanguageCode[] = [...config.languages];
  if (data.languages !== undefined) {
    const node = nodeOf('languages');
    if (!Array.isArray(data.languages) || !isSeq(node)) fail(Errors.InvalidFrontMatter, '`languages` must be a list of language codes', placeOf('languages'));
    languages = data.languages.map((code, i) => {
      if (!isLanguageCode(code)) {
        const item = node.items[i] as YamlNode | undefined;
        fail(Errors.UnknownLanguage, `unknown language \`${String(code)}\` in \`languages\``, at(item?.range?.[0] ?? 0));
      }
      return code;
    });
  }

  const credits: Credits = { ...config.defaults.credits };
  if (data.credits !== undefined) {
    if (typeof data.credits !== 'object' || data.credits === null || Array.isArray(data.credits)) {
      fail(Errors.InvalidFrontMatter, '`credits` must map roles to names', placeOf('credits'));
    }
    for (const [role, name] of Object.entries(data.credits)) {
      if (typeof name !== 'string') fail(Errors.InvalidFrontMatter, `credit \`${role}\` must be a name`, placeOf('credits'));
      credits[role] = name;
    }
  }

  const optionalString = (key: 'section' | 'category' | 'sourceLine' | 'slug'): string | undefined => {
    const value = data[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') fail(Errors.InvalidFrontMatter, `\`${key}\` must be a string`, placeOf(key));
    return value;
  };

  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!KNOWN.has(key)) extra[key] = value;

  const frontmatter: FrontMatter = { title: title.trim(), lang, languages, credits, extra };
  if (date) frontmatter.date = date;
  for (const key of ['section', 'category', 'sourceLine'] as const) {
    const value = optionalString(key);
    if (value !== undefined) frontmatter[key] = value;
  }
  // The slug names folders and addresses: the one slug policy (src/fs/paths.ts), NFC first.
  const slug = optionalString('slug')?.normalize('NFC');
  if (slug !== undefined) {
    const problem = slugProblem(slug);
    if (problem) fail(Errors.InvalidSlug, `\`${slug}\` cannot be a slug: ${problem}`, placeOf('slug'));
    frontmatter.slug = slug;
  }
  return { frontmatter, bodyOffset };
}
