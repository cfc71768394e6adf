// gettext PO for Weblate, Pootle, Poedit and translate-toolkit users: one entry per key of
// one article and language.
//
//   # a translator's note (both ways)
//   #. newsdesk: machine (mt-suggestion)                    the key's state
//   #. {{f1}} 15.000 → 15 000 (fr): quantity 15000 …        each figure: source text, the
//                                                           target's form, value, unit, qualifier
//   #: locales/de/rechenzentren.json:die-geplante-…         where the source lives
//   #, fuzzy, i18next-format                                fuzzy: machine, stale, broken;
//                                                           i18next-format: placeholders/tags
//   #| msgid "the source a stale value was written for"
//   msgctxt "die-geplante-gesamtkapazitaet-betraegt-b3f0da"
//   msgid "Die geplante Gesamtkapazität beträgt etwa {{f1, figure}} Standardschränke."
//   msgstr "La capacité totale prévue est d’environ {{f1, figure}} baies standard."
//
// Placeholders and tags stay as they are in the locale files. Import: msgctxt is the key; a
// non-fuzzy msgstr that differs from the value is `edited` (PO has no reviewed state: a
// reviewed value stays reviewed while unchanged); fuzzy entries count only when changed.
// The header names the article (X-Newsdesk-Article) and the language (Language).

import gettext, { type PoEntry, type PoTable } from 'gettext-parser';
import type { Message } from '../../article/types.js';
import type { PipelineConfig } from '../../config/index.js';
import { fail } from '../../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { WorkflowErrors } from './errors.js';
import { applyIncoming, collectMessages, type ImportResult, type IncomingUnit, type Place } from './exchange.js';
import { figureInfo, figureNote } from './inline.js';
import { viewLanguage, type KeyRow } from './language-state.js';
import { loadArticleSource, type ArticleSource } from './source.js';

const FUZZY = new Set(['machine', 'stale', 'broken']);
const CODES = /\{\{[^{}]*\}\}|<\/?\d+\/?>/;

function stateLine(row: KeyRow): string {
  if (row.state === 'machine') return `newsdesk: machine (${row.engine ?? 'engine'})`;
  if (row.state === 'stale') return `newsdesk: stale (was ${row.was ?? 'edited'}; the source sentence changed)`;
  if (row.state === 'broken') return `newsdesk: broken (${(row.problems ?? []).join('; ')})`;
  return `newsdesk: ${row.state}`;
}

/** The PO file of one language of an article. */
export function exportPo(source: ArticleSource, lang: LanguageCode, localesDir: string, version: string): string {
  const view = viewLanguage(source, lang, localesDir);
  const translations: PoTable['translations'] = {};
  for (const row of view.rows) {
    const figures = figureInfo(source, row.key, lang);
    const flags = [...(FUZZY.has(row.state) ? ['fuzzy'] : []), ...(CODES.test(row.source) ? ['i18next-format'] : [])];
    const extracted = [stateLine(row), ...(figures.length > 0 ? [figureNote(figures, lang)] : [])].join('\n');
    const entry: PoEntry = {
      msgctxt: row.key,
      msgid: row.source,
      msgstr: [row.value ?? ''],
      comments: {
        extracted,
        reference: `locales/${source.lang}/${source.slug}.json:${row.key}`,
        ...(flags.length > 0 ? { flag: flags.join(', ') } : {}),
        ...(row.note !== undefined ? { translator: row.note } : {}),
        ...(row.state === 'stale' && row.previousSource !== undefined ? { previous: `msgid ${JSON.stringify(row.previousSource)}` } : {}),
      },
    };
    translations[row.key] = { [row.source]: entry };
  }
  const table: PoTable = {
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': `newsdesk ${source.slug}`,
      Language: lang,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Generator': `newsdesk ${version}`,
      'X-Newsdesk-Article': source.slug,
      'X-Newsdesk-Source-Language': source.lang,
    },
    translations: { '': { '': { msgid: '', msgstr: [''] } }, ...translations },
  };
  return gettext.po.compile(table, { foldLength: 0 }).toString('utf8') + '\n';
}

/** The line and column of a key's entry (its msgctxt) in the file, for messages. */
function entryPlaces(text: string): Map<string, Place> {
  const places = new Map<string, Place>();
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const m = /^msgctxt\s+("(?:[^"\\]|\\.)*")\s*$/.exec(line);
    if (!m) return;
    try {
      places.set(JSON.parse(m[1]!) as string, { line: index + 1, column: 1 });
    } catch {
      // an escape JSON does not know: the entry gets line 1
    }
  });
  return places;
}

/** Import a PO file (ours, or one a PO editor or translate-toolkit wrote from it). */
export function importPo(text: string, file: string, config: PipelineConfig, cwd: string, localesDir: string, now: string = new Date().toISOString(), options: { article?: string } = {}): ImportResult {
  let table: PoTable;
  try {
    table = gettext.po.parse(text);
  } catch (error) {
    const message = (error as Error).message.replace(/^Error parsing PO data: /, '');
    const line = /at line (\d+)/.exec(message)?.[1];
    fail(WorkflowErrors.InvalidExchangeFile, `not a PO file: ${message}`, { file, ...(line ? { line: Number(line), column: 1 } : {}) });
  }
  const headers = table.headers ?? {};
  const slug = headers['X-Newsdesk-Article'] ?? options.article;
  if (!slug) fail(WorkflowErrors.XliffMismatch, 'the header names no article (X-Newsdesk-Article): give --article <slug>', { file, line: 1, column: 1 });
  const lang = (headers.Language ?? '').toLowerCase().split(/[-_]/)[0];
  if (!isLanguageCode(lang)) fail(WorkflowErrors.InvalidExchangeFile, `the header's Language \`${headers.Language ?? ''}\` is not a language of the product`, { file, line: 1, column: 1 });
  const source = loadArticleSource(slug, config, cwd);
  if (lang === source.lang) fail(WorkflowErrors.XliffMismatch, `Language is the source language ${lang}`, { file, line: 1, column: 1 });
  const sourceLang = headers['X-Newsdesk-Source-Language'];
  if (sourceLang !== undefined && sourceLang !== source.lang) fail(WorkflowErrors.XliffMismatch, `X-Newsdesk-Source-Language is \`${sourceLang}\` but ${source.slug} is written in ${source.lang}`, { file, line: 1, column: 1 });

  const places = entryPlaces(text);
  const messages: Message[] = [];
  const report = collectMessages(file, lang, messages, 'po');
  const units: IncomingUnit[] = [];
  for (const [context, entries] of Object.entries(table.translations)) {
    for (const entry of Object.values(entries)) {
      if (entry.msgid === '' && context === '') continue;
      const at = places.get(context) ?? { line: 1, column: 1 };
      if (context === '') {
        report(at, 'warning', `an entry without msgctxt (the key): skipped — "${entry.msgid.slice(0, 40)}"`, 'po/structure');
        continue;
      }
      const fuzzy = (entry.comments?.flag ?? '').split(',').map((f) => f.trim()).includes('fuzzy');
      const value = entry.msgstr[0] ?? '';
      units.push({
        id: context,
        at,
        ...(value !== '' ? { value } : {}),
        sourceValue: entry.msgid,
        status: value === '' ? 'untranslated' : fuzzy ? 'needs-review' : 'translated',
        ...(entry.comments?.translator !== undefined ? { note: entry.comments.translator } : {}),
      });
    }
  }
  return applyIncoming(source, lang, localesDir, units, report, messages, now, 'po', { file, line: 1, column: 1 });
}
