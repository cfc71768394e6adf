// XLIFF 1.2 for CAT tools (OmegaT, memoQ, Trados, translate-toolkit): one <file> per article
// and language, one <trans-unit id="<key>"> per sentence. Every inline code carries its
// native form (the locale value's own token) as content, so a tool that flattens codes to
// text (translate-toolkit's xliff2po) still has the exact value, and a tool that protects
// them (OmegaT shows <f0/>) cannot corrupt a digit:
//
//   {{f1, figure}}   <ph id="f1" ctype="x-figure" equiv-text="15.000">{{f1, figure}}</ph>
//                    (equiv-text: the source text in <source>, the value written for the
//                    target language in <target>; a <note> lists each figure's value, unit
//                    and qualifier)
//   <1>…</1>         <bpt id="1" ctype="bold">&lt;1&gt;</bpt>…<ept id="1">&lt;/1&gt;</ept>
//   <2/>             <ph id="2" ctype="lb">&lt;2/&gt;</ph>
//   <3>code</3>      <ph id="3" ctype="x-code">&lt;3&gt;code&lt;/3&gt;</ph>   (not translated)
//
// Import also reads <g>, <x> and <mrk>, and codes a tool turned into text.
//
// States (target/@state):
//   missing   needs-translation (empty target)
//   machine   needs-review-translation, state-qualifier mt-suggestion (leveraged-tm from memory)
//   stale     needs-review-translation, with a <note> holding the source it was written for
//   broken    needs-review-translation, with a <note> naming what differs from the source
//   edited    translated
//   reviewed  final, approved="yes"
// and back (exchange.ts): final, signed-off or approved="yes" → reviewed; any other changed
// target → edited. Translators' notes: <note from="translator">, both ways.
//
// `targets: 'source'` writes a copy of the source into every <target> (state
// needs-translation, no approved): OmegaT 3.6's XLIFF filter translates what stands in
// <target>, so give it the source there and the translations as a project TM (TMX).

import { basename, dirname } from 'node:path';
import type { Message } from '../../article/types.js';
import type { PipelineConfig } from '../../config/index.js';
import { fail } from '../../errors/index.js';
import { slugProblem } from '../../fs/paths.js';
import { checkText } from '../../fs/text.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { WorkflowErrors } from './errors.js';
import { applyIncoming, collectMessages, type ImportResult, type IncomingStatus, type IncomingUnit, type Place, type Reporter } from './exchange.js';
import { figureInfo, figureNote, pieces, type FigureInfo } from './inline.js';
import { viewLanguage, type KeyRow } from './language-state.js';
import { loadArticleSource, type ArticleSource, type SourceKey } from './source.js';
import { childElements, escapeAttribute, escapeText, XmlReader, type XmlElement, type XmlNode } from './xml.js';
import { exportXliff2, readXliff2 } from './xliff2.js';

export type { ImportResult } from './exchange.js';

export interface XliffExportOptions {
  version?: '1.2' | '2.0';
  /** `values` (default): the translations in <target>; `source`: a copy of the source (OmegaT 3.6). */
  targets?: 'values' | 'source';
}

/** A locale value as XLIFF 1.2 inline content; a value whose tags are broken is written as text. */
function inline12(value: string, unit: SourceKey, figures: ReadonlyMap<string, string>): string {
  const list = pieces(value, unit);
  if (!list) return escapeText(value);
  return list
    .map((p) => {
      switch (p.kind) {
        case 'text':
          return escapeText(p.text);
        case 'figure':
          return `<ph id="${p.id}" ctype="x-figure"${figures.has(p.id) ? ` equiv-text="${escapeAttribute(figures.get(p.id)!)}"` : ''}>${escapeText(p.native)}</ph>`;
        case 'open':
          return `<bpt id="${p.id}" ctype="${p.what}">${escapeText(p.native)}</bpt>`;
        case 'close':
          return `<ept id="${p.id}">${escapeText(p.native)}</ept>`;
        case 'void':
          return `<ph id="${p.id}" ctype="${p.what}">${escapeText(p.native)}</ph>`;
        case 'code':
          return `<ph id="${p.id}" ctype="x-code">${escapeText(p.native)}</ph>`;
      }
    })
    .join('');
}

function stateOf(row: KeyRow): { state: string; qualifier?: string } {
  switch (row.state) {
    case 'missing':
      return { state: 'needs-translation' };
    case 'machine':
      return { state: 'needs-review-translation', qualifier: row.engine === 'memory' ? 'leveraged-tm' : 'mt-suggestion' };
    case 'stale':
    case 'broken':
      return { state: 'needs-review-translation' };
    case 'edited':
      return { state: 'translated' };
    case 'reviewed':
      return { state: 'final' };
  }
}

/** What newsdesk tells the translator about a unit (figures, a changed source, broken codes). */
export function unitComments(row: KeyRow, figures: readonly FigureInfo[], lang: LanguageCode): string[] {
  const notes: string[] = [];
  if (figures.length > 0) notes.push(`Figures (written by newsdesk, keep the codes):\n${figureNote(figures, lang)}`);
  if (row.state === 'stale') notes.push(`The source sentence changed: this translation (${row.was ?? 'edited'}) was written for the previous source: ${row.previousSource ?? 'not recorded'}`);
  if (row.state === 'broken') notes.push(`Figures or tags differ from the source: ${(row.problems ?? []).join('; ')}`);
  return notes;
}

/** The XLIFF document (1.2 unless asked for 2.0) for one language of an article. */
export function exportXliff(source: ArticleSource, lang: LanguageCode, localesDir: string, options: XliffExportOptions = {}): string {
  if (options.version === '2.0') return exportXliff2(source, lang, localesDir, options);
  const view = viewLanguage(source, lang, localesDir);
  const copy = options.targets === 'source';
  const units = view.rows.map((row) => {
    const unit = source.byKey.get(row.key)!;
    const figures = figureInfo(source, row.key, lang);
    const sourceForms = new Map(figures.map((f) => [f.id, f.source]));
    const targetForms = new Map(figures.map((f) => [f.id, f.target]));
    const { state, qualifier } = copy ? { state: 'needs-translation', qualifier: undefined } : stateOf(row);
    const content = copy ? row.source : (row.value ?? '');
    const approved = !copy && row.state === 'reviewed' ? ' approved="yes"' : '';
    const attributes = ` state="${state}"${qualifier ? ` state-qualifier="${qualifier}"` : ''}`;
    const lines = [
      `      <trans-unit id="${escapeAttribute(row.key)}" xml:space="preserve"${approved}>`,
      `        <source xml:lang="${source.lang}">${inline12(row.source, unit, sourceForms)}</source>`,
      content === '' ? `        <target xml:lang="${lang}"${attributes}/>` : `        <target xml:lang="${lang}"${attributes}>${inline12(content, unit, copy ? sourceForms : targetForms)}</target>`,
    ];
    const comments = unitComments(row, figures, lang);
    if (copy && row.value !== undefined) comments.push(`Current translation (${row.state}): ${row.value}`);
    for (const comment of comments) lines.push(`        <note from="newsdesk" annotates="general">${escapeText(comment)}</note>`);
    if (row.note !== undefined) lines.push(`        <note from="translator">${escapeText(row.note)}</note>`);
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

function transUnits(element: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const child of childElements(element)) {
    if (child.name === 'group') transUnits(child, out);
    else if (child.name === 'trans-unit') out.push(child);
  }
  return out;
}

/** The article a file's `original` names: `locales/de/<slug>.json` or `content/<slug>/index.md`. */
export function slugOfOriginal(original: string): string {
  const name = basename(original);
  const slug = name === 'index.md' ? basename(dirname(original)) : name.replace(/\.(json|md)$/i, '');
  // The file names the article it belongs to: only a slug (src/fs/paths.ts), never a path to follow.
  if (slugProblem(slug) !== undefined) fail(WorkflowErrors.XliffMismatch, `the file's \`original\` (\`${original}\`) names no article of this project`);
  return slug;
}

const FIGURE_ID = /^f\d+$/;
const NATIVE = /^(?:\{\{\s*f\d+\s*,\s*figure\s*\}\}|<\/?\d+\/?>|<(\d+)>[\s\S]*<\/\1>)$/;

/** Inline XLIFF (1.2 or 2.0) content back to a locale value; problems are reported at their element. */
export class InlineReader {
  /** How many problems were reported so far. */
  problems = 0;
  private readonly report: (at: number, message: string, ruleId: string) => void;

  constructor(
    report: (at: number, message: string, ruleId: string) => void,
    private readonly prefix: string,
  ) {
    this.report = (at, message, ruleId) => {
      this.problems += 1;
      report(at, message, ruleId);
    };
  }

  textOf(nodes: readonly XmlNode[]): string {
    return nodes.map((n) => (n.type === 'text' ? n.value : this.textOf(n.children))).join('');
  }

  /** The native form a code carries as content, when it is one (tools may drop it). */
  private native(node: XmlElement): string | undefined {
    const text = this.textOf(node.children);
    return NATIVE.test(text) ? text : undefined;
  }

  value(nodes: readonly XmlNode[], unit: SourceKey | undefined, figures: ReadonlySet<string>, where: string): string {
    let out = '';
    for (const node of nodes) {
      if (node.type === 'text') {
        out += node.value;
        continue;
      }
      const id = node.attributes.get('id');
      const code = id !== undefined && (unit?.keep.includes(id) ?? false);
      const problem = (message: string) => this.report(node.start, message, `${this.prefix}/placeholders`);
      switch (node.name) {
        case 'mrk':
          out += this.value(node.children, unit, figures, where);
          continue;
        case 'bx':
        case 'ex':
        case 'it':
        case 'sub':
        case 'sm':
        case 'em':
          this.report(node.start, `<${node.name}> is not used by newsdesk: keep the inline codes of the export`, `${this.prefix}/inline`);
          continue;
      }
      if (!['x', 'g', 'ph', 'bpt', 'ept', 'pc', 'sc', 'ec'].includes(node.name)) {
        this.report(node.start, `unexpected element <${node.name}> in <${where}>`, `${this.prefix}/inline`);
        continue;
      }
      // 2.0 <ec> names its <sc> by startRef; 1.2 <ept> by id (or rid).
      const ref = id ?? node.attributes.get('startRef') ?? node.attributes.get('rid');
      if (ref === undefined || ref === '') {
        this.report(node.start, `<${node.name}> needs an \`id\``, `${this.prefix}/inline`);
        continue;
      }
      if (FIGURE_ID.test(ref)) {
        if (node.name === 'g' || node.name === 'pc' || node.name === 'bpt' || node.name === 'sc') problem(`the figure ${ref} is a single code: write <${node.name === 'pc' || node.name === 'sc' ? 'ph' : 'x'} id="${ref}"/>`);
        else if (!figures.has(ref)) problem(`the figure ${ref} is not in the source of this unit`);
        out += `{{${ref}, figure}}`;
        continue;
      }
      if (unit && !unit.pairs.has(ref) && !unit.voids.has(ref)) {
        problem(`the tag ${ref} is not in the source of this unit`);
        continue;
      }
      if (code) {
        // Inline code is never translated: the source's own.
        const own = unit ? new RegExp(`<${ref}>[\\s\\S]*?</${ref}>`).exec(unit.value)?.[0] : undefined;
        out += own ?? this.native(node) ?? `<${ref}>${this.textOf(node.children)}</${ref}>`;
        continue;
      }
      switch (node.name) {
        case 'g':
        case 'pc':
          if (unit?.voids.has(ref)) problem(`tag ${ref} stands alone in the source: write a single code`);
          out += `<${ref}>${this.value(node.children, unit, figures, where)}</${ref}>`;
          break;
        case 'bpt':
        case 'sc':
          out += `<${ref}>`;
          break;
        case 'ept':
        case 'ec':
          out += `</${ref}>`;
          break;
        default:
          if (unit?.pairs.has(ref)) problem(`tag ${ref} wraps text in the source: write a pair of codes`);
          out += `<${ref}/>`;
      }
    }
    return out;
  }
}

const REVIEWED = new Set(['final', 'signed-off']);
const TRANSLATED = new Set(['translated']);
const REVIEW = new Set(['needs-review-translation', 'needs-review-adaptation', 'needs-review-l10n']);

function status12(target: XmlElement | undefined, unit: XmlElement): IncomingStatus {
  const state = target?.attributes.get('state');
  if (unit.attributes.get('approved') === 'yes' || (state !== undefined && REVIEWED.has(state))) return 'reviewed';
  if (state !== undefined && TRANSLATED.has(state)) return 'translated';
  if (state !== undefined && REVIEW.has(state)) return 'needs-review';
  return 'untranslated';
}

/** A file's root as a parsed document, with its reporter and places. */
export interface ParsedXliff {
  root: XmlElement;
  reader: XmlReader;
  here: (offset: number) => Place & { file: string };
}

const ARTICLE_ORIGINAL = /(?:^|\/)(?:locales\/[a-z]{2}\/[^/]+\.json|[^/]+\/index\.md)$/;

/**
 * The article and language of an XLIFF 1.2 document. Its <file>s may be several: translate-
 * toolkit's `po2xliff -t export.xlf` keeps the export and appends a <file datatype="po"> with
 * the translations. The article is the one a file's `original` names (or `--article`).
 */
function read12(doc: ParsedXliff, config: PipelineConfig, cwd: string, article: string | undefined): { source: ArticleSource; lang: LanguageCode; files: XmlElement[]; first: XmlElement } {
  const { root, here } = doc;
  const files = childElements(root, 'file');
  if (files.length === 0) fail(WorkflowErrors.InvalidXliff, 'no <file> in the document', here(root.start));
  const named = files.find((f) => ARTICLE_ORIGINAL.test(f.attributes.get('original') ?? ''));
  const first = named ?? files[0]!;
  const slug = named ? slugOfOriginal(named.attributes.get('original')!) : article;
  if (slug === undefined) fail(WorkflowErrors.XliffMismatch, `no <file original="locales/<lng>/<slug>.json"> names the article: give --article <slug>`, here(first.start));
  const source = loadArticleSource(slug, config, cwd);
  let lang: LanguageCode | undefined;
  for (const fileElement of files) {
    const sourceLang = fileElement.attributes.get('source-language');
    const target = fileElement.attributes.get('target-language');
    if (!isLanguageCode(target)) fail(WorkflowErrors.InvalidXliff, `target-language \`${target ?? ''}\` is not a language of the product`, here(fileElement.start));
    if (sourceLang !== source.lang) fail(WorkflowErrors.XliffMismatch, `source-language is \`${sourceLang ?? ''}\` but ${source.slug} is written in ${source.lang}`, here(fileElement.start));
    if (target === source.lang) fail(WorkflowErrors.XliffMismatch, `target-language is the source language ${target}`, here(fileElement.start));
    if (lang !== undefined && target !== lang) fail(WorkflowErrors.XliffMismatch, `a second target-language \`${target}\` (the file is for ${lang})`, here(fileElement.start));
    lang = target;
  }
  return { source, lang: lang!, files, first };
}

/** A unit's key: its id, or (po2xliff's numeric ids) the key its PO location names. */
function keyOf(element: XmlElement, source: ArticleSource): string {
  const id = element.attributes.get('id') ?? '';
  if (source.byKey.has(id)) return id;
  for (const group of childElements(element, 'context-group')) {
    for (const context of childElements(group, 'context')) {
      const text = context.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim();
      if (context.attributes.get('context-type') === 'sourcefile' && source.byKey.has(text)) return text;
    }
  }
  return id;
}

/** The units of XLIFF 1.2 <file>s, read into the shared import shape (a later file's unit wins). */
function units12(files: readonly XmlElement[], source: ArticleSource, doc: ParsedXliff, report: Reporter): IncomingUnit[] {
  const at = (offset: number): Place => {
    const p = doc.here(offset);
    return { line: p.line, column: p.column };
  };
  const inline = new InlineReader((offset, message, ruleId) => report(at(offset), 'error', message, ruleId), 'xliff');
  // The <source> is ours: read for its value, not for problems.
  const sourceReader = new InlineReader(() => undefined, 'xliff');
  const byKey = new Map<string, IncomingUnit>();
  const all: IncomingUnit[] = [];
  for (const fileElement of files) {
    // PO's "not fuzzy" is approved="yes" in po2xliff's output: translated, not reviewed.
    const po = fileElement.attributes.get('datatype') === 'po';
    for (const element of transUnits(childElements(fileElement, 'body')[0] ?? fileElement)) {
      if (element.attributes.get('restype') === 'x-gettext-domain-header') continue;
      const id = keyOf(element, source);
      const sourceElement = childElements(element, 'source')[0];
      const target = childElements(element, 'target')[0];
      const sourceKey = source.byKey.get(id);
      const sourceValue = sourceElement ? sourceReader.value(sourceElement.children, undefined, new Set(), 'source') : undefined;
      const figures = new Set([...(sourceKey?.value ?? sourceValue ?? '').matchAll(/\{\{\s*(f\d+)\s*,/g)].map((m) => m[1]!));
      const notes = childElements(element, 'note').filter((n) => n.attributes.get('from') !== 'newsdesk');
      const before = inline.problems;
      const status = status12(target, element);
      const unit: IncomingUnit = {
        id,
        at: at(element.start),
        ...(target ? { value: inline.value(target.children, sourceKey, figures, 'target'), valueAt: at(target.start) } : {}),
        ...(target?.attributes.get('xml:lang') !== undefined ? { declaredLang: target.attributes.get('xml:lang')! } : {}),
        ...(inline.problems > before ? { reported: true } : {}),
        ...(sourceValue !== undefined ? { sourceValue } : {}),
        status: po ? (status === 'reviewed' ? 'translated' : target ? 'needs-review' : 'untranslated') : status,
        ...(notes.length > 0 ? { note: notes.map((n) => inline.textOf(n.children)).join('\n') } : {}),
      };
      const known = byKey.get(id);
      if (known && files.length > 1) all.splice(all.indexOf(known), 1, unit);
      else all.push(unit);
      byKey.set(id, unit);
    }
  }
  return all;
}

/** Import an XLIFF 1.2 or 2.0 file exported by `exportXliff` (and edited by a CAT tool). */
export function importXliff(text: string, file: string, config: PipelineConfig, cwd: string, localesDir: string, now: string = new Date().toISOString(), options: { article?: string } = {}): ImportResult {
  checkText(text, { file, error: WorkflowErrors.InvalidXliff, what: 'the XLIFF file' });
  const reader = new XmlReader(text, file);
  const root = reader.parse();
  const doc: ParsedXliff = { root, reader, here: (offset) => reader.place(offset) };
  if (root.name !== 'xliff') fail(WorkflowErrors.InvalidXliff, `the root element is <${root.name}>, not <xliff>`, doc.here(root.start));
  const version = root.attributes.get('version');
  const messages: Message[] = [];
  if (version === '2.0' || version === '2.1') {
    const { source, lang, units, place } = readXliff2(doc, config, cwd, (l) => collectMessages(file, l, messages, 'xliff'));
    return applyIncoming(source, lang, localesDir, units, collectMessages(file, lang, messages, 'xliff'), messages, now, 'xliff', place);
  }
  if (version !== '1.2' && version !== '1.1' && version !== '1.0') fail(WorkflowErrors.InvalidXliff, `XLIFF version ${version ?? '(none)'}: 1.2 and 2.0 are read`, doc.here(root.start));
  const { source, lang, files, first } = read12(doc, config, cwd, options.article);
  const report = collectMessages(file, lang, messages, 'xliff');
  const units = units12(files, source, doc, report);
  return applyIncoming(source, lang, localesDir, units, report, messages, now, 'xliff', doc.here(first.start));
}
