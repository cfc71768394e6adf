// TBX-Basic (TBX 2008, <martif type="TBX-Basic">), the term base exchange CAT tools read
// (OmegaT, memoQ, Trados MultiTerm), to and from content/glossary.yaml:
//
//   entity                 <termEntry id="<id>"> with <descrip type="subjectField"> (its type),
//                          <note> and <admin type="x-newsdesk-verified">false</admin>
//   names[lang]            <langSet xml:lang> <tig><term> preferredTerm-admn-sts
//   variant                admittedTerm-admn-sts; a known error (`wrong`) deprecatedTerm-admn-sts
//                          with its note; a variant of every language is in each langSet with
//                          <admin type="x-newsdesk-scope">all</admin>
//   unverified languages   <admin type="x-newsdesk-verified">false</admin> in their langSet
//
// Import merges a term base into the glossary: preferred terms replace names, new variants
// are added, entries with a name in every language are added as entities; the YAML keeps its
// comments and layout, and is written (atomically) only when something changed and the
// result is a valid glossary.

import { existsSync, readFileSync } from 'node:fs';
import { isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { Message } from '../../article/types.js';
import { parseGlossary, type Glossary } from '../../claims/index.js';
import { fail } from '../../errors/index.js';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../../lang/codes.js';
import { writeFileAtomic } from '../../localize/index.js';
import { WorkflowErrors } from './errors.js';
import { childElements, escapeAttribute, escapeText, XmlReader, type XmlElement, type XmlNode } from './xml.js';

const PREFERRED = 'preferredTerm-admn-sts';
const ADMITTED = 'admittedTerm-admn-sts';
const DEPRECATED = 'deprecatedTerm-admn-sts';

function tig(term: string, status: string, extra: string[] = []): string[] {
  return ['        <tig>', `          <term>${escapeText(term)}</term>`, '          <termNote type="partOfSpeech">properNoun</termNote>', `          <termNote type="administrativeStatus">${status}</termNote>`, ...extra.map((line) => `          ${line}`), '        </tig>'];
}

/** An entity id as an XML ID (TBX's termEntry/@id): one that starts with a digit gets `_`. */
function xmlId(id: string): string {
  return /^[A-Za-z_]/.test(id) ? id : `_${id}`;
}

function fromXmlId(id: string): string {
  return /^_[0-9]/.test(id) ? id.slice(1) : id;
}

/** The glossary as a TBX-Basic document. */
export function exportTbx(glossary: Glossary, options: { source: string; version: string }): string {
  const entries = glossary.entities.map((entity) => {
    const lines = [`    <termEntry id="${escapeAttribute(xmlId(entity.id))}">`, `      <descrip type="subjectField">${escapeText(entity.type)}</descrip>`];
    if (!entity.verified) lines.push('      <admin type="x-newsdesk-verified">false</admin>');
    if (entity.note) lines.push(`      <note>${escapeText(entity.note)}</note>`);
    for (const lang of LANGUAGES) {
      const name = entity.names[lang];
      if (!name) continue;
      lines.push(`      <langSet xml:lang="${lang}">`);
      if (entity.unverified.includes(lang)) lines.push('        <admin type="x-newsdesk-verified">false</admin>');
      lines.push(...tig(name, PREFERRED));
      for (const v of entity.variants) {
        if (v.lang !== undefined && v.lang !== lang) continue;
        const extra = [...(v.lang === undefined ? ['<admin type="x-newsdesk-scope">all</admin>'] : []), ...(v.note ? [`<note>${escapeText(v.note)}</note>`] : [])];
        lines.push(...tig(v.text, v.wrong ? DEPRECATED : ADMITTED, extra));
      }
      lines.push('      </langSet>');
    }
    lines.push('    </termEntry>');
    return lines.join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    '  <martifHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    `        <p>${escapeText(`newsdesk ${options.version}: ${options.source}`)}</p>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    '    <encodingDesc>',
    '      <p type="XCSURI">TBXBasicXCSV02.xcs</p>',
    '    </encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
    ...entries,
    '    </body>',
    '  </text>',
    '</martif>',
    '',
  ].join('\n');
}

// ------------------------------------------------------------------------------- import

interface TbxVariant {
  text: string;
  lang?: LanguageCode;
  wrong: boolean;
  note?: string;
}

interface TbxEntry {
  id: string;
  at: number;
  type?: string;
  note?: string;
  names: Partial<Record<LanguageCode, string>>;
  variants: TbxVariant[];
}

export interface TbxImportResult {
  /** Entities whose names changed, with the languages. */
  names: Array<{ id: string; langs: LanguageCode[] }>;
  variants: number;
  added: string[];
  unchanged: number;
  messages: Message[];
  wrote: boolean;
}

function textOf(nodes: readonly XmlNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : textOf(n.children))).join('').trim();
}

function typed(element: XmlElement, name: string, type: string): XmlElement | undefined {
  return childElements(element, name).find((e) => e.attributes.get('type') === type);
}

function readEntries(root: XmlElement, warn: (offset: number, message: string) => void): TbxEntry[] {
  const body = childElements(childElements(root, 'text')[0] ?? root, 'body')[0];
  if (!body) return [];
  const entries: TbxEntry[] = [];
  for (const termEntry of childElements(body, 'termEntry')) {
    const entry: TbxEntry = { id: fromXmlId(termEntry.attributes.get('id') ?? ''), at: termEntry.start, names: {}, variants: [] };
    const subject = typed(termEntry, 'descrip', 'subjectField');
    if (subject) entry.type = textOf(subject.children);
    const note = childElements(termEntry, 'note')[0];
    if (note) entry.note = textOf(note.children);
    const all = new Map<string, TbxVariant>();
    for (const langSet of childElements(termEntry, 'langSet')) {
      const lang = (langSet.attributes.get('xml:lang') ?? langSet.attributes.get('lang') ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
      if (!isLanguageCode(lang)) {
        warn(langSet.start, `langSet xml:lang="${langSet.attributes.get('xml:lang') ?? ''}" is not a language of the product: skipped`);
        continue;
      }
      for (const t of [...childElements(langSet, 'tig'), ...childElements(langSet, 'ntig')]) {
        const termElement = childElements(t, 'term')[0] ?? childElements(childElements(t, 'termGrp')[0] ?? t, 'term')[0];
        const term = termElement ? textOf(termElement.children) : '';
        if (term === '') continue;
        const status = typed(t, 'termNote', 'administrativeStatus') ?? typed(childElements(t, 'termGrp')[0] ?? t, 'termNote', 'administrativeStatus');
        const value = status ? textOf(status.children) : PREFERRED;
        const variantNote = childElements(t, 'note')[0];
        const scope = typed(t, 'admin', 'x-newsdesk-scope');
        if ((value === PREFERRED || value === '') && entry.names[lang] === undefined) {
          entry.names[lang] = term;
          continue;
        }
        const variant: TbxVariant = { text: term, wrong: value === DEPRECATED || value === 'supersededTerm-admn-sts', ...(variantNote ? { note: textOf(variantNote.children) } : {}) };
        if (scope && textOf(scope.children) === 'all') all.set(term, variant);
        else entry.variants.push({ ...variant, lang });
      }
    }
    entry.variants.push(...all.values());
    entries.push(entry);
  }
  return entries;
}

function sameVariant(a: { text: string; lang?: string }, b: { text: string; lang?: string }): boolean {
  return a.text === b.text && (a.lang ?? '') === (b.lang ?? '');
}

/** Merge a TBX term base into content/glossary.yaml. */
export function importTbx(text: string, file: string, glossaryPath: string, shownGlossary: string): TbxImportResult {
  const reader = new XmlReader(text, file, WorkflowErrors.InvalidExchangeFile);
  const root = reader.parse();
  const here = (offset: number) => reader.place(offset);
  if (root.name !== 'martif' && root.name !== 'tbx') fail(WorkflowErrors.InvalidExchangeFile, `the root element is <${root.name}>, not <martif> (TBX-Basic)`, here(root.start));
  const messages: Message[] = [];
  const warn = (offset: number, message: string) => {
    const p = here(offset);
    messages.push({ ruleId: 'tbx/entry', severity: 'warning', message, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, source: 'tbx', file });
  };
  const entries = readEntries(root, warn);
  const yamlText = existsSync(glossaryPath) ? readFileSync(glossaryPath, 'utf8') : 'entities: []\n';
  const glossary = parseGlossary(yamlText, shownGlossary);
  const doc: Document = parseDocument(yamlText, { schema: 'core' });
  const list = doc.get('entities');
  if (!isSeq(list)) fail(WorkflowErrors.InvalidExchangeFile, `${shownGlossary} has no \`entities\` list`, { file: shownGlossary, line: 1, column: 1 });
  const result: TbxImportResult = { names: [], variants: 0, added: [], unchanged: 0, messages, wrote: false };

  for (const entry of entries) {
    const index = glossary.entities.findIndex((e) => e.id === entry.id || (entry.names.en !== undefined && e.names.en === entry.names.en));
    if (index === -1) {
      const missing = LANGUAGES.filter((l) => entry.names[l] === undefined);
      if (missing.length > 0 || !entry.type || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id)) {
        warn(entry.at, `new entry \`${entry.id || '(no id)'}\` not added: ${missing.length > 0 ? `no name in ${missing.join(' ')}` : !entry.type ? 'no subjectField (the entity type)' : 'its id is not kebab-case'}`);
        continue;
      }
      const node = doc.createNode({
        id: entry.id,
        type: entry.type,
        names: Object.fromEntries(LANGUAGES.map((l) => [l, entry.names[l]])),
        ...(entry.variants.length > 0 ? { variants: entry.variants.map((v) => (v.wrong || v.lang || v.note ? { text: v.text, ...(v.lang ? { lang: v.lang } : {}), ...(v.wrong ? { wrong: true } : {}), ...(v.note ? { note: v.note } : {}) } : v.text)) } : {}),
        ...(entry.note ? { note: entry.note } : {}),
      });
      list.items.push(node);
      result.added.push(entry.id);
      continue;
    }
    const entity = glossary.entities[index]!;
    const item = list.items[index] as YAMLMap;
    const changed: LanguageCode[] = [];
    for (const lang of LANGUAGES) {
      const name = entry.names[lang];
      if (name !== undefined && name !== entity.names[lang]) {
        item.setIn(['names', lang], name);
        changed.push(lang);
      }
    }
    if (changed.length > 0) result.names.push({ id: entity.id, langs: changed });
    let variants = 0;
    for (const v of entry.variants) {
      if (entity.variants.some((known) => sameVariant(known, v)) || Object.values(entity.names).includes(v.text) && !v.wrong) continue;
      const seq = item.get('variants');
      const value = v.wrong || v.lang || v.note ? doc.createNode({ text: v.text, ...(v.lang ? { lang: v.lang } : {}), ...(v.wrong ? { wrong: true } : {}), ...(v.note ? { note: v.note } : {}) }) : doc.createNode(v.text);
      if (isSeq(seq)) seq.items.push(value);
      else item.set('variants', doc.createNode([value]));
      variants += 1;
    }
    result.variants += variants;
    if (changed.length === 0 && variants === 0) result.unchanged += 1;
  }
  if (result.names.length === 0 && result.variants === 0 && result.added.length === 0) return result;
  const next = doc.toString();
  // The merged glossary must still be one: checked before it is written.
  parseGlossary(next, shownGlossary);
  writeFileAtomic(glossaryPath, next);
  result.wrote = true;
  return result;
}

