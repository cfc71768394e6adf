// XLIFF 2.0 (`xliff export --version 2.0`): one <file> per article, one <unit id="<key>"> with
// one <segment> per sentence. Inline codes keep their native form in <originalData>, and
// every figure shows what it stands for:
//
//   {{f1, figure}}  <ph id="f1" dataRef="df1" equiv="15.000" disp="15 000"/>
//                   (equiv: the source text; disp: the value written for the target)
//   <1>…</1>        <pc id="1" dataRefStart="d1" dataRefEnd="d1e" type="fmt">…</pc>
//   <2/>            <ph id="2" dataRef="d2"/>
//   <3>code</3>     <ph id="3" dataRef="d3" canDelete="no"/>   (data: the code itself)
//
// States (segment/@state, with subState newsdesk:<state>):
//   missing initial (no target) · machine, stale, broken initial (with the value)
//   edited translated · reviewed final
// and back: final or reviewed → reviewed; any other changed target → edited.
// Notes: <note category="newsdesk"> (figures, previous source), <note category="translator">
// both ways.

import type { PipelineConfig } from '../../config/index.js';
import { fail, type ErrorPlace } from '../../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { WorkflowErrors } from './errors.js';
import type { IncomingStatus, IncomingUnit, Place, Reporter } from './exchange.js';
import { figureInfo, pieces, type FigureInfo } from './inline.js';
import { viewLanguage, type KeyRow } from './language-state.js';
import { loadArticleSource, type ArticleSource, type SourceKey } from './source.js';
import { InlineReader, slugOfOriginal, unitComments, type ParsedXliff, type XliffExportOptions } from './xliff.js';
import { childElements, escapeAttribute, escapeText, type XmlElement } from './xml.js';

const FMT: Record<string, string> = { bold: 'fmt', italic: 'fmt', 'x-strikethrough': 'fmt', link: 'link', image: 'image', lb: 'fmt' };

/** Inline content and the original data it refers to. */
function inline20(value: string, unit: SourceKey, figures: readonly FigureInfo[], data: Map<string, string>): string {
  const list = pieces(value, unit);
  if (!list) return escapeText(value);
  const byId = new Map(figures.map((f) => [f.id, f]));
  return list
    .map((p) => {
      switch (p.kind) {
        case 'text':
          return escapeText(p.text);
        case 'figure': {
          data.set(`d${p.id}`, p.native);
          const f = byId.get(p.id);
          return `<ph id="${p.id}" dataRef="d${p.id}" canDelete="no"${f ? ` equiv="${escapeAttribute(f.source)}" disp="${escapeAttribute(f.target)}"` : ''}/>`;
        }
        case 'open':
          data.set(`d${p.id}`, p.native);
          data.set(`d${p.id}e`, `</${p.id}>`);
          return `<pc id="${p.id}" dataRefStart="d${p.id}" dataRefEnd="d${p.id}e" type="${FMT[p.what] ?? 'other'}">`;
        case 'close':
          return '</pc>';
        case 'void':
          data.set(`d${p.id}`, p.native);
          return `<ph id="${p.id}" dataRef="d${p.id}" type="${FMT[p.what] ?? 'other'}"/>`;
        case 'code':
          data.set(`d${p.id}`, p.native);
          return `<ph id="${p.id}" dataRef="d${p.id}" canDelete="no"/>`;
      }
    })
    .join('');
}

function state20(row: KeyRow): string {
  switch (row.state) {
    case 'missing':
    case 'machine':
    case 'stale':
    case 'broken':
      return 'initial';
    case 'edited':
      return 'translated';
    case 'reviewed':
      return 'final';
  }
}

export function exportXliff2(source: ArticleSource, lang: LanguageCode, localesDir: string, _options: XliffExportOptions = {}): string {
  const view = viewLanguage(source, lang, localesDir);
  const units = view.rows.map((row) => {
    const unit = source.byKey.get(row.key)!;
    const figures = figureInfo(source, row.key, lang);
    const data = new Map<string, string>();
    const sourceXml = inline20(row.source, unit, figures, data);
    const targetXml = row.value === undefined ? undefined : inline20(row.value, unit, figures, data);
    const notes = unitComments(row, figures, lang).map((text) => `          <note category="newsdesk">${escapeText(text)}</note>`);
    if (row.note !== undefined) notes.push(`          <note category="translator">${escapeText(row.note)}</note>`);
    const subState = row.state === 'machine' && row.engine === 'memory' ? 'memory' : row.state;
    return [
      `      <unit id="${escapeAttribute(row.key)}">`,
      ...(notes.length > 0 ? ['        <notes>', ...notes, '        </notes>'] : []),
      ...(data.size > 0 ? ['        <originalData>', ...[...data].map(([id, text]) => `          <data id="${id}">${escapeText(text)}</data>`), '        </originalData>'] : []),
      `        <segment state="${state20(row)}" subState="newsdesk:${subState}">`,
      `          <source xml:space="preserve">${sourceXml}</source>`,
      ...(targetXml === undefined ? [] : [`          <target xml:space="preserve">${targetXml}</target>`]),
      '        </segment>',
      '      </unit>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${source.lang}" trgLang="${lang}">`,
    `  <file id="${escapeAttribute(source.slug)}" original="locales/${source.lang}/${escapeAttribute(source.slug)}.json">`,
    ...units,
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

function units20(element: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const child of childElements(element)) {
    if (child.name === 'group') units20(child, out);
    else if (child.name === 'unit') out.push(child);
  }
  return out;
}

function status20(states: ReadonlyArray<string | undefined>): IncomingStatus {
  if (states.length > 0 && states.every((s) => s === 'final' || s === 'reviewed')) return 'reviewed';
  if (states.length > 0 && states.every((s) => s === 'final' || s === 'reviewed' || s === 'translated')) return 'translated';
  return 'untranslated';
}

/** An XLIFF 2.0 document read into the shared import shape. */
export function readXliff2(doc: ParsedXliff, config: PipelineConfig, cwd: string, reporterFor: (lang: LanguageCode) => Reporter): { source: ArticleSource; lang: LanguageCode; units: IncomingUnit[]; place: ErrorPlace } {
  const { root, here } = doc;
  const at = (offset: number): Place => {
    const p = here(offset);
    return { line: p.line, column: p.column };
  };
  const files = childElements(root, 'file');
  if (files.length !== 1) fail(WorkflowErrors.InvalidXliff, `expected one <file> (one article and language), found ${files.length}`, here(root.start));
  const file = files[0]!;
  const srcLang = root.attributes.get('srcLang');
  const lang = root.attributes.get('trgLang');
  if (!isLanguageCode(lang)) fail(WorkflowErrors.InvalidXliff, `trgLang \`${lang ?? ''}\` is not a language of the product`, here(root.start));
  const source = loadArticleSource(slugOfOriginal(file.attributes.get('original') ?? file.attributes.get('id') ?? ''), config, cwd);
  if (srcLang !== source.lang) fail(WorkflowErrors.XliffMismatch, `srcLang is \`${srcLang ?? ''}\` but ${source.slug} is written in ${source.lang}`, here(root.start));
  if (lang === source.lang) fail(WorkflowErrors.XliffMismatch, `trgLang is the source language ${lang}`, here(root.start));
  const report = reporterFor(lang);
  const inline = new InlineReader((offset, message, ruleId) => report(at(offset), 'error', message, ruleId), 'xliff');
  const sourceReader = new InlineReader(() => undefined, 'xliff');
  const units = units20(file).map((element): IncomingUnit => {
    const id = element.attributes.get('id') ?? '';
    const sourceKey = source.byKey.get(id);
    const segments = childElements(element).filter((c) => c.name === 'segment' || c.name === 'ignorable');
    const sourceValue = segments.map((s) => sourceReader.value(childElements(s, 'source')[0]?.children ?? [], undefined, new Set(), 'source')).join('');
    const figures = new Set([...(sourceKey?.value ?? sourceValue).matchAll(/\{\{\s*(f\d+)\s*,/g)].map((m) => m[1]!));
    const targets = segments.map((s) => childElements(s, 'target')[0]);
    const hasTarget = targets.some((t) => t !== undefined);
    const before = inline.problems;
    const value = hasTarget ? segments.map((s, i) => (targets[i] ? inline.value(targets[i]!.children, sourceKey, figures, 'target') : s.name === 'ignorable' ? sourceReader.textOf(childElements(s, 'source')[0]?.children ?? []) : '')).join('') : undefined;
    const notes = childElements(childElements(element, 'notes')[0] ?? element, 'note').filter((n) => n.attributes.get('category') !== 'newsdesk');
    const firstTarget = targets.find((t) => t !== undefined);
    return {
      id,
      at: at(element.start),
      ...(value !== undefined ? { value, valueAt: at(firstTarget!.start) } : {}),
      sourceValue,
      ...(inline.problems > before ? { reported: true } : {}),
      status: status20(segments.filter((s) => s.name === 'segment').map((s) => s.attributes.get('state'))),
      ...(notes.length > 0 ? { note: notes.map((n) => inline.textOf(n.children)).join('\n') } : {}),
    };
  });
  return { source, lang, units, place: here(file.start) };
}
