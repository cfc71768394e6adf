// XLIFF 1.2 for CAT tools (OmegaT, memoQ, Trados): one <file> per article and language, one
// <trans-unit id="<key>"> per sentence. Figures and tags travel as inline elements a CAT
// tool protects, so a translator can move them but not type them:
//
//   {{f1, figure}}   <x id="f1" ctype="x-figure" equiv-text="{{f1, figure}}"/>
//   <1>…</1>         <g id="1" ctype="bold|italic|link|x-strikethrough">…</g>
//   <2/>             <x id="2" ctype="lb|image|x-…" equiv-text="&lt;2/&gt;"/>
//   <3>code</3>      <ph id="3" ctype="x-code">code</ph>   (inline code: not translated)
//
// States (target/@state, XLIFF 1.2 values):
//   missing   needs-translation (empty target)
//   machine   needs-review-translation, state-qualifier mt-suggestion (leveraged-tm from memory)
//   stale     needs-review-translation, with a <note> holding the source it was written for
//   edited    translated
//   reviewed  final, approved="yes"
//
// Import: a target that differs from the locale value becomes `edited`, or `reviewed` when
// its state is final or signed-off (or the unit is approved); an unchanged target whose state
// was raised (final, signed-off; translated over a machine or stale value) changes only the
// state; an unchanged export changes nothing, byte for byte. Figures or tags that differ from
// the source refuse the whole import, each problem at its line and column; nothing is written.

import { basename, dirname } from 'node:path';
import type { Message } from '../../article/types.js';
import type { PipelineConfig } from '../../config/index.js';
import { fail, type ErrorPlace } from '../../errors/index.js';
import { checkText } from '../../fs/text.js';
import { detectLanguage } from '../../ingest/import/detect.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { WorkflowErrors } from './errors.js';
import type { Change } from './files.js';
import { markupProblems } from './markup-check.js';
import { viewLanguage, type KeyRow } from './language-state.js';
import { loadArticleSource, type ArticleSource, type SourceKey } from './source.js';
import { sha256, type HumanState } from './state.js';
import { childElements, escapeAttribute, escapeText, XmlReader, type XmlElement, type XmlNode } from './xml.js';

const TOKEN = /\{\{\s*(f\d+)\s*,\s*figure\s*\}\}|<(\/?)(\d+)(\/?)>/g;

/** A locale value as XLIFF inline content; a value whose tags are broken is written as text. */
function inline(value: string, unit: SourceKey): string {
  if (markupProblems(value, value).length > 0) return escapeText(value);
  let out = '';
  let last = 0;
  const keep = new Set(unit.keep);
  let code: { number: string; start: number } | undefined;
  for (const match of value.matchAll(TOKEN)) {
    const [whole, figure, slash, number, selfClosing] = match;
    if (code) {
      if (slash && number === code.number) {
        out += `<ph id="${code.number}" ctype="x-code">${escapeText(value.slice(code.start, match.index))}</ph>`;
        code = undefined;
        last = match.index + whole.length;
      }
      continue;
    }
    out += escapeText(value.slice(last, match.index));
    last = match.index + whole.length;
    if (figure !== undefined) out += `<x id="${figure}" ctype="x-figure" equiv-text="${escapeAttribute(whole)}"/>`;
    else if (selfClosing) out += `<x id="${number}" ctype="${unit.voids.get(number!) ?? 'x-tag'}" equiv-text="${escapeAttribute(whole)}"/>`;
    else if (slash) out += '</g>';
    else if (keep.has(number!)) code = { number: number!, start: last };
    else out += `<g id="${number}" ctype="${unit.pairs.get(number!) ?? 'x-tag'}">`;
  }
  return out + escapeText(value.slice(last));
}

function targetOf(row: KeyRow): { attributes: string; content: string } {
  switch (row.state) {
    case 'missing':
      return { attributes: ' state="needs-translation"', content: '' };
    case 'machine':
      return { attributes: ` state="needs-review-translation" state-qualifier="${row.engine === 'memory' ? 'leveraged-tm' : 'mt-suggestion'}"`, content: row.value ?? '' };
    case 'stale':
    case 'broken':
      return { attributes: ' state="needs-review-translation"', content: row.value ?? '' };
    case 'edited':
      return { attributes: ' state="translated"', content: row.value ?? '' };
    case 'reviewed':
      return { attributes: ' state="final"', content: row.value ?? '' };
  }
}

/** The XLIFF 1.2 document for one language of an article. */
export function exportXliff(source: ArticleSource, lang: LanguageCode, localesDir: string): string {
  const view = viewLanguage(source, lang, localesDir);
  const units = view.rows.map((row) => {
    const unit = source.byKey.get(row.key)!;
    const target = targetOf(row);
    const approved = row.state === 'reviewed' ? ' approved="yes"' : '';
    const lines = [
      `      <trans-unit id="${escapeAttribute(row.key)}" xml:space="preserve"${approved}>`,
      `        <source xml:lang="${source.lang}">${inline(row.source, unit)}</source>`,
      target.content === '' ? `        <target xml:lang="${lang}"${target.attributes}/>` : `        <target xml:lang="${lang}"${target.attributes}>${inline(target.content, unit)}</target>`,
    ];
    if (row.state === 'stale') {
      const previous = row.previousSource === undefined ? 'not recorded' : row.previousSource;
      lines.push(`        <note from="newsdesk" annotates="target">The source sentence changed: this translation (${row.was ?? 'edited'}) was written for the previous source: ${escapeText(previous)}</note>`);
    }
    lines.push('      </trans-unit>');
    return lines.join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="locales/${source.lang}/${escapeAttribute(source.slug)}.json" source-language="${source.lang}" target-language="${lang}" datatype="plaintext" tool-id="newsdesk">`,
    '    <header>',
    '      <tool tool-id="newsdesk" tool-name="newsdesk"/>',
    '    </header>',
    '    <body>',
    ...units,
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

// ------------------------------------------------------------------------------- import

export interface ImportResult {
  article: string;
  lang: LanguageCode;
  edited: string[];
  reviewed: string[];
  unchanged: number;
  /** Units of sentences that changed since the export: kept, see the messages. */
  kept: string[];
  messages: Message[];
  wrote: boolean;
}

interface UnitInput {
  id: string;
  element: XmlElement;
  source: XmlElement | undefined;
  target: XmlElement | undefined;
}

function transUnits(element: XmlElement, out: UnitInput[] = []): UnitInput[] {
  for (const child of childElements(element)) {
    if (child.name === 'group') transUnits(child, out);
    else if (child.name === 'trans-unit') {
      out.push({ id: child.attributes.get('id') ?? '', element: child, source: childElements(child, 'source')[0], target: childElements(child, 'target')[0] });
    }
  }
  return out;
}

function slugOfOriginal(original: string): string {
  const name = basename(original);
  if (name === 'index.md') return basename(dirname(original));
  return name.replace(/\.(json|md)$/i, '');
}

const FIGURE_ID = /^f\d+$/;
const UNSUPPORTED = new Set(['bpt', 'ept', 'bx', 'ex', 'it', 'sub']);

class InlineReader {
  constructor(private readonly report: (at: number, message: string, ruleId: string) => void) {}

  textOf(nodes: readonly XmlNode[]): string {
    return nodes.map((n) => (n.type === 'text' ? n.value : this.textOf(n.children))).join('');
  }

  /** Inline content back to a locale value; problems are reported at their element. */
  value(nodes: readonly XmlNode[], unit: SourceKey | undefined, figures: ReadonlySet<string>, where: string): string {
    let out = '';
    for (const node of nodes) {
      if (node.type === 'text') {
        out += node.value;
        continue;
      }
      const id = node.attributes.get('id');
      const keep = unit?.keep.includes(id ?? '') ?? false;
      if (node.name === 'mrk') out += this.value(node.children, unit, figures, where);
      else if (UNSUPPORTED.has(node.name)) this.report(node.start, `<${node.name}> is not used by newsdesk: keep the <g>, <x> and <ph> elements of the export`, 'xliff/inline');
      else if (node.name !== 'x' && node.name !== 'g' && node.name !== 'ph') this.report(node.start, `unexpected element <${node.name}> in <${where}>`, 'xliff/inline');
      else if (id === undefined || id === '') this.report(node.start, `<${node.name}> needs an \`id\``, 'xliff/inline');
      else if (FIGURE_ID.test(id) && node.name !== 'g') {
        if (!figures.has(id)) this.report(node.start, `the figure ${id} is not in the source of this unit`, 'xliff/placeholders');
        out += `{{${id}, figure}}`;
      } else if (keep) out += `<${id}>${this.textOf(node.children)}</${id}>`;
      else if (node.name === 'g') {
        if (unit && !unit.pairs.has(id)) this.report(node.start, unit.voids.has(id) ? `tag ${id} stands alone in the source: write <x id="${id}"/>` : `the tag ${id} is not in the source of this unit`, 'xliff/placeholders');
        out += `<${id}>${this.value(node.children, unit, figures, where)}</${id}>`;
      } else {
        if (unit && !unit.voids.has(id)) this.report(node.start, unit.pairs.has(id) ? `tag ${id} wraps text in the source: write <g id="${id}">…</g>` : `the tag ${id} is not in the source of this unit`, 'xliff/placeholders');
        out += `<${id}/>`;
      }
    }
    return out;
  }
}

/** The primary subtag of a language tag (`fr-FR` → `fr`). */
const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The text must be in the language the file says: a target whose own `xml:lang` names
 * another language is refused, and so is a file whose targets read, taken together, as a
 * third product language (French under `target-language="ja"` would replace every Japanese
 * value and mark it reviewed). Text still in the source language is QA's matter (untranslated).
 */
function checkLanguages(units: readonly UnitInput[], source: ArticleSource, lang: LanguageCode, filePlace: ErrorPlace, report: (at: number, message: string, ruleId: string) => void, reader: InlineReader): void {
  const texts: string[] = [];
  let marked = false;
  for (const unit of units) {
    if (!unit.target) continue;
    const declared = unit.target.attributes.get('xml:lang');
    if (declared !== undefined && primary(declared) !== lang) {
      report(unit.target.start, `the target is marked xml:lang="${declared}" in a file whose target-language is ${lang}`, 'xliff/language');
      marked = true;
    }
    texts.push(reader.textOf(unit.target.children));
  }
  if (marked) return;
  const detected = detectLanguage(texts.join('\n'));
  // Confident only: clearly more evidence for it than for any other language.
  if (detected && detected.lang !== lang && detected.lang !== source.lang && detected.score >= 2 * Math.max(1, detected.runnerUp)) {
    fail(WorkflowErrors.XliffMismatch, `the targets are written in ${detected.lang}, but the file's target-language is ${lang}: nothing imported`, filePlace);
  }
}

/** Import an XLIFF file exported by `exportXliff` (and edited by a CAT tool). */
export function importXliff(text: string, file: string, config: PipelineConfig, cwd: string, localesDir: string, now: string = new Date().toISOString()): ImportResult {
  checkText(text, { file, error: WorkflowErrors.InvalidXliff, what: 'the XLIFF file' });
  const reader = new XmlReader(text, file);
  const root = reader.parse();
  const here = (offset: number) => reader.place(offset);
  if (root.name !== 'xliff') fail(WorkflowErrors.InvalidXliff, `the root element is <${root.name}>, not <xliff>`, here(root.start));
  const version = root.attributes.get('version');
  if (version !== '1.2' && version !== '1.1' && version !== '1.0') fail(WorkflowErrors.InvalidXliff, `XLIFF version ${version ?? '(none)'}: only 1.2 is read`, here(root.start));
  const fileElements = childElements(root, 'file');
  if (fileElements.length !== 1) fail(WorkflowErrors.InvalidXliff, `expected one <file> (one article and language), found ${fileElements.length}`, here(root.start));
  const fileElement = fileElements[0]!;
  const original = fileElement.attributes.get('original') ?? '';
  const sourceLang = fileElement.attributes.get('source-language');
  const lang = fileElement.attributes.get('target-language');
  if (!isLanguageCode(lang)) fail(WorkflowErrors.InvalidXliff, `target-language \`${lang ?? ''}\` is not a language of the product`, here(fileElement.start));
  const source: ArticleSource = loadArticleSource(slugOfOriginal(original), config, cwd);
  if (sourceLang !== source.lang) fail(WorkflowErrors.XliffMismatch, `source-language is \`${sourceLang ?? ''}\` but ${source.slug} is written in ${source.lang}`, here(fileElement.start));
  if (lang === source.lang) fail(WorkflowErrors.XliffMismatch, `target-language is the source language ${lang}`, here(fileElement.start));

  const messages: Message[] = [];
  const report = (severity: Message['severity']) => (at: number, message: string, ruleId: string) => {
    const p = here(at);
    messages.push({ ruleId, severity, message, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, source: 'xliff', file, lang });
  };
  const inlineReader = new InlineReader(report('error'));
  // The <source> is ours (it is checked against the article, not read for problems).
  const sourceReader = new InlineReader(() => undefined);
  const view = viewLanguage(source, lang, localesDir, now);
  const rows = new Map(view.rows.map((row) => [row.key, row]));
  const result: ImportResult = { article: source.slug, lang, edited: [], reviewed: [], unchanged: 0, kept: [], messages, wrote: false };
  const changes: Change[] = [];
  const seen = new Set<string>();

  const units = transUnits(childElements(fileElement, 'body')[0] ?? fileElement);
  checkLanguages(units, source, lang, here(fileElement.start), report('error'), sourceReader);
  // A file none of whose units is a sentence of the article (or one corrected since) belongs
  // to another article or version: importing it would retire every unit as a removed sentence.
  const known = units.filter((unit) => source.byKey.has(unit.id) || view.reconciled.pairs.has(unit.id)).length;
  if (units.length > 0 && known === 0) {
    fail(WorkflowErrors.XliffMismatch, `none of the ${units.length} units of the file is a sentence of ${source.slug} (ids like \`${units[0]!.id}\`)`, here(fileElement.start));
  }
  for (const unit of units) {
    if (unit.id === '') {
      report('error')(unit.element.start, '<trans-unit> needs an `id`', 'xliff/structure');
      continue;
    }
    if (seen.has(unit.id)) {
      report('error')(unit.element.start, `a second <trans-unit id="${unit.id}">`, 'xliff/structure');
      continue;
    }
    seen.add(unit.id);
    const target = unit.target;
    const state = target?.attributes.get('state');
    if (!target || state === 'new' || state === 'needs-translation') {
      result.unchanged += 1;
      continue;
    }
    const sourceKey = source.byKey.get(unit.id);
    const xliffSource = unit.source ? sourceReader.value(unit.source.children, undefined, new Set(), 'source') : '';
    const figures = new Set([...(sourceKey?.value ?? xliffSource).matchAll(/\{\{\s*(f\d+)\s*,/g)].map((m) => m[1]!));
    const before = messages.length;
    const value = inlineReader.value(target.children, sourceKey, figures, 'target');
    if (value.trim() === '') {
      result.unchanged += 1;
      continue;
    }
    const reviewed = state === 'final' || state === 'signed-off' || unit.element.attributes.get('approved') === 'yes';
    const human: HumanState = reviewed ? 'reviewed' : 'edited';

    if (!sourceKey) {
      // The sentence was corrected after the export: the translator's work goes to the new
      // sentence, flagged stale, unless someone already translated that one by hand.
      if (messages.length > before) continue;
      const to = view.reconciled.pairs.get(unit.id);
      const row = to === undefined ? undefined : rows.get(to);
      const newSource = to === undefined ? undefined : source.byKey.get(to);
      if (to !== undefined && row && newSource && (row.state === 'missing' || row.state === 'machine' || row.state === 'stale')) {
        report('warning')(unit.element.start, `the source sentence changed since the export: the translation is kept on \`${to}\`, flagged stale`, 'xliff/changed-source');
        if (row.value !== value) {
          const entry = { state: 'stale' as const, was: human, previousKey: unit.id, previousSource: xliffSource, source: newSource.value, sourceDigest: sha256(newSource.value), valueDigest: sha256(value), at: now };
          changes.push({ key: to, expect: row.value, value, entry });
          result.kept.push(to);
        }
      } else {
        report('warning')(unit.element.start, `\`${unit.id}\` is no longer a sentence of ${source.slug}: the translation is kept in ${view.files.shownState} (retired)`, 'xliff/changed-source');
        changes.push({ key: unit.id, expect: view.reconciled.resource[unit.id], retire: { state: human, value, source: xliffSource, at: now } });
        result.kept.push(unit.id);
      }
      continue;
    }
    const problems = markupProblems(sourceKey.value, value, sourceKey.keep);
    if (problems.length > 0 && messages.length === before) report('error')(target.start, `\`${unit.id}\`: ${problems.join('; ')}`, 'xliff/placeholders');
    if (messages.length > before) continue;

    const row = rows.get(unit.id)!;
    const current = row.value;
    let next: HumanState | undefined;
    if (value !== current) next = human;
    else if (reviewed && row.state !== 'reviewed') next = 'reviewed';
    else if (state === 'translated' && (row.state === 'machine' || row.state === 'stale')) next = 'edited';
    if (!next) {
      result.unchanged += 1;
      continue;
    }
    const entry = { state: next, sourceDigest: sha256(sourceKey.value), source: sourceKey.value, valueDigest: sha256(value), at: now };
    changes.push(value === current ? { key: unit.id, expect: current, entry } : { key: unit.id, expect: current, value, entry });
    result[next].push(unit.id);
  }

  if (messages.some((m) => m.severity === 'error') || changes.length === 0) return result;
  if (view.reconciled.changes.length > 0) view.files.commit(view.reconciled.changes);
  const { conflicts } = view.files.commit(changes);
  for (const key of conflicts) {
    result.edited = result.edited.filter((k) => k !== key);
    result.reviewed = result.reviewed.filter((k) => k !== key);
    messages.push({ ruleId: 'xliff/conflict', severity: 'warning', message: `\`${key}\` changed on disk during the import; left as it is`, line: 1, column: 1, endLine: 1, endColumn: 1, source: 'xliff', file, lang });
  }
  result.wrote = true;
  return result;
}
