// `newsdesk review <article> --lang fr [--json] [--mark-reviewed KEY… | --all]`: what needs a
// translator in one language (stale, machine, missing keys with their source and the source
// a stale value was written for), and marking values reviewed.

import { listOption, parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { loadArticleSource, localesDirOf, markReviewed, viewLanguage, type KeyRow, type MarkResult } from '../../translate/workflow/index.js';
import type { Command } from '../io.js';

const USAGE = `Usage: newsdesk review <article> --lang fr [--json]
       newsdesk review <article> --lang fr --mark-reviewed KEY…
       newsdesk review <article> --lang fr --all

Lists what needs a translator in locales/<lng>/<slug>.json: stale values (their source
sentence was corrected; shown with the source they were written for), machine
translations, and missing keys, each with its source. Edited and reviewed values are
counted. Nothing is written.

  --lang LIST             one language, or several comma-separated
  --mark-reviewed KEY…    mark these keys reviewed (a machine never overwrites a reviewed
                          value; a stale value stops being stale)
  --all                   mark every key that has a value reviewed (for example files a
                          translator wrote by hand)
  --json                  {"article","lang","counts":{"machine","edited","reviewed","stale",
                          "missing"},"retired","keys":[{"key","state","source","value",
                          "previousSource","was","engine"}]} per language (an array when
                          several); with --mark-reviewed / --all: {"marked","unchanged","refused"}

A key is refused for review when it has no value or its figures or tags differ from the
source. Exit codes: 0 done, 1 some keys refused, 2 usage or input errors.`;

const NEEDS: ReadonlySet<string> = new Set(['stale', 'machine', 'missing']);

function printRows(rows: KeyRow[]): string {
  const out: string[] = [];
  for (const row of rows.filter((r) => NEEDS.has(r.state))) {
    const what = row.state === 'stale' ? `stale (was ${row.was ?? 'edited'})` : row.state === 'machine' ? `machine (${row.engine ?? 'engine'})` : 'missing';
    out.push(`${what}  ${row.key}`);
    out.push(`  source:    ${row.source}`);
    if (row.state === 'stale') out.push(`  previous:  ${row.previousSource ?? '(not recorded)'}`);
    if (row.value !== undefined) out.push(`  value:     ${row.value}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

export const command: Command = {
  name: 'review',
  summary: 'what needs a translator in one language (stale, machine, missing); mark keys reviewed (--lang, --json)',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { lang: { type: 'string' }, 'mark-reviewed': { type: 'boolean' }, all: { type: 'boolean' }, json: { type: 'boolean' } });
    const [ref, ...keys] = positionals;
    if (!ref) fail(Errors.Usage, 'review: give an article path or slug');
    const langs = listOption(values.lang);
    if (!langs || langs.length === 0) fail(Errors.Usage, 'review: give --lang');
    for (const code of langs) if (!isLanguageCode(code)) fail(Errors.UnknownLanguage, `unknown language \`${code}\` in --lang`);
    const marking = Boolean(values['mark-reviewed'] || values.all);
    if (values['mark-reviewed'] && !values.all && keys.length === 0) fail(Errors.Usage, 'review: --mark-reviewed needs keys (or --all)');
    if (!marking && keys.length > 0) fail(Errors.Usage, `review: unexpected argument \`${keys[0]}\` (did you mean --mark-reviewed?)`);
    const config = loadConfig(io.cwd);
    const source = loadArticleSource(ref, config, io.cwd);
    const localesDir = localesDirOf(config);
    const languages = langs as LanguageCode[];
    for (const lang of languages) if (lang === source.lang) fail(Errors.Usage, `review: ${lang} is the source language of ${source.slug}`);

    if (marking) {
      const results: Array<{ lang: LanguageCode } & MarkResult> = languages.map((lang) => ({ lang, ...markReviewed(source, lang, values.all ? 'all' : keys, localesDir) }));
      if (values.json) io.stdout(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
      else {
        for (const r of results) {
          io.stdout(`${source.slug} ${r.lang}: ${r.marked.length} marked reviewed, ${r.unchanged.length} already reviewed, ${r.refused.length} refused\n`);
          for (const f of r.refused) io.stdout(`  ${f.key}: ${f.reason}\n`);
        }
      }
      return results.some((r) => r.refused.length > 0) ? 1 : 0;
    }

    const views = languages.map((lang) => viewLanguage(source, lang, localesDir));
    if (values.json) {
      const docs = views.map((v) => ({ article: source.slug, lang: v.lang, sourceLang: source.lang, counts: v.counts, retired: v.retired, keys: v.rows }));
      io.stdout(`${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`);
      return 0;
    }
    for (const v of views) {
      const c = v.counts;
      const open = c.stale + c.machine + c.missing;
      io.stdout(`${source.slug} → ${v.lang}: ${open} need a translator (${c.stale} stale, ${c.machine} machine, ${c.missing} missing); ${c.edited} edited, ${c.reviewed} reviewed${v.retired ? `; ${v.retired} retired` : ''}\n`);
      const rows = printRows(v.rows);
      if (rows) io.stdout(`\n${rows}\n`);
    }
    return 0;
  },
};
