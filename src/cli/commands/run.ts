// `newsdesk run`: the main job (`npm start`) — every article under content/ through the
// offline pipeline, with progress on a terminal and a summary table (article × language).

import { relative } from 'node:path';
import { listOption, parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { Errors, fail, NewsdeskError } from '../../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import type { ArticlePublishResult } from '../../publish/index.js';
import { runPipeline, type ArticleResult, type RunEvent } from '../../pipeline/index.js';
import { TableBuilder } from '../../pipeline/table.js';
import type { CliIO, Command } from '../io.js';

function languagesOption(value: string | undefined): LanguageCode[] | undefined {
  const list = listOption(value);
  if (!list) return undefined;
  for (const code of list) if (!isLanguageCode(code)) fail(Errors.UnknownLanguage, `unknown language \`${code}\` in --lang`);
  return list as LanguageCode[];
}

function progress(io: CliIO, json: boolean) {
  return (event: RunEvent) => {
    if (json) return;
    const step = `[${event.index + 1}/${event.total}]`;
    if (event.type === 'article-start' && io.isTTY) io.stderr(`${step} ${relative(io.cwd, event.ref)} …\n`);
    if (event.type === 'article-done') {
      const r = event.result;
      const published = event.published ? `, ${event.published.sent} sent to ${event.published.target}` : '';
      const partly = r.redone && r.redone.length < r.languages.length ? `${r.redone.join(', ')} run again, the other ${r.languages.length - r.redone.length} current; ` : '';
      const done = `${partly}${r.languages.filter((l) => l.rendered).length}/${r.languages.length} languages rendered, ${r.languages.filter((l) => l.publishable).length} publishable${published}`;
      io.stderr(`${step} ${r.slug}: ${r.unchanged ? 'unchanged, skipped' : done}\n`);
    }
    if (event.type === 'article-failed') {
      // A NewsdeskError's line names its file already.
      const line = event.error instanceof NewsdeskError ? event.error.toLine(io.cwd) : `${relative(io.cwd, event.ref)}: ${event.error.message}`;
      io.stderr(`${step} ${line}\n`);
    }
  };
}

/**
 * The summary table (article × language), its rows added as each article is reported: a run
 * of thousands of articles keeps these rows, not the results they came from.
 */
class SummaryTable {
  private readonly table = new TableBuilder(['article', 'lang', 'segments', 'translated', 'reviewed', 'published', 'held because']);
  articles = 0;
  unchanged = 0;
  held = false;
  /** Versions sent, and to which target. */
  sent = 0;
  target: string | undefined;

  add(r: ArticleResult): void {
    this.articles += 1;
    if (r.unchanged) this.unchanged += 1;
    for (const l of r.languages) {
      if (!l.publishable) this.held = true;
      this.table.add([r.slug, l.lang, String(l.segments), String(l.translated), l.source ? 'source' : String(l.reviewed), l.publishable ? 'yes' : 'no', l.held ?? '']);
    }
  }

  format(): string {
    return this.table.format();
  }
}

/**
 * `--json`: one JSON document, `{ articles, published, failed }` as JSON.stringify(…, null, 2)
 * writes it, written as results arrive: each article's entry is printed when it is reported
 * and then dropped, so a run of any number of articles holds none of them (only the
 * publish results and failures, a line each, are kept for the end).
 */
class JsonStream {
  private opened = false;
  readonly published: ArticlePublishResult[] = [];
  held = false;

  constructor(private readonly write: (text: string) => void) {}

  /** A member at depth `depth` of the document: its own lines indented to that depth. */
  private static nested(value: unknown, depth: number): string {
    // JSON text has no raw line breaks inside strings: every one is between members.
    return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
  }

  add(result: ArticleResult, published: ArticlePublishResult | undefined): void {
    const { article: _article, versions: _versions, ...entry } = result;
    if (entry.languages.some((l) => !l.publishable)) this.held = true;
    if (published) this.published.push(published);
    this.write(`${this.opened ? ',\n    ' : '{\n  "articles": [\n    '}${JsonStream.nested(entry, 2)}`);
    this.opened = true;
  }

  end(failed: Array<{ ref: string; error: Error }>): void {
    const rest = `"published": ${JsonStream.nested(this.published, 1)},\n  "failed": ${JsonStream.nested(failed.map((f) => ({ ref: f.ref, error: f.error.message })), 1)}\n}\n`;
    this.write(this.opened ? `\n  ],\n  ${rest}` : `{\n  "articles": [],\n  ${rest}`);
  }
}

export const command: Command = {
  name: 'run',
  summary: 'the main job: every article under content/ through the pipeline',
  usage: `Usage: newsdesk run [article…] [--lang de,en] [--publish TARGET|none] [--jobs N] [--force] [--strict] [--json]

Runs every article under content/ (or the ones given) through the offline pipeline:
parse, segment, figures and claims, validation, locale files, render in every language,
translation QA. Writes output/<slug>/ (<lng>.md, <lng>.html, <lng>.ninjs.json, <lng>.jsonld,
claims.json, report.html for the editor, manifest.json last) and publishes the versions
that pass to the configured target (pipeline/config.yaml \`publish.target\`, default
\`static\`: output/site/). Only what changed since the last run is done: an article whose
inputs and outputs are as its manifest says is skipped; when only some languages' locale
files changed (or their outputs went missing), only those languages are rendered and
checked again. --force runs everything.

--jobs N runs articles on N worker threads (default: one per core; 1: no threads). The
results, the table and the order of publishing are the same for any N.

A language held back (missing translations, validation or QA errors) is listed with its
reason; it is a normal outcome of the job, so the exit code is 0 unless --strict is given.

Exit codes: 0 the job ran, 1 with --strict when some language was held back, 2 an article
could not be read.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, force: { type: 'boolean' }, strict: { type: 'boolean' }, publish: { type: 'string' }, lang: { type: 'string' }, jobs: { type: 'string' } });
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) fail(Errors.Usage, `--jobs takes a whole number of worker threads, 1 or more (got \`${values.jobs}\`)`);
    const config = loadConfig(io.cwd);
    const languages = languagesOption(values.lang);
    const json = Boolean(values.json);
    // The text table is built as articles are reported; --json writes each result as it comes.
    const table = json ? undefined : new SummaryTable();
    const stream = json ? new JsonStream((text) => io.stdout(text)) : undefined;
    const report = progress(io, json);
    const summary = await runPipeline({
      config,
      cwd: io.cwd,
      ...(positionals.length ? { articles: positionals } : {}),
      ...(languages ? { languages } : {}),
      ...(values.force ? { force: true } : {}),
      ...(values.publish !== undefined ? { publish: values.publish } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
      env: io.env,
      keepResults: false,
      onEvent: (event) => {
        if (event.type === 'article-done' && stream) stream.add(event.result, event.published);
        if (event.type === 'article-done' && table) {
          table.add(event.result);
          if (event.published) {
            table.sent += event.published.sent;
            table.target ??= event.published.target;
          }
        }
        report(event);
      },
    });
    const held = table ? table.held : stream!.held;
    if (!table) {
      stream!.end(summary.failed);
    } else if (table.articles === 0 && summary.failed.length === 0) {
      io.stdout('No articles under content/.\n');
    } else if (table.unchanged === table.articles && summary.failed.length === 0) {
      io.stdout(`Nothing changed since the last run: ${table.articles} article${table.articles === 1 ? '' : 's'} skipped.\n`);
      io.stdout(table.format());
    } else if (table.articles > 0) {
      io.stdout(table.format());
      const out = relative(io.cwd, config.root) || '.';
      const { sent, target } = table;
      io.stdout(`\nOutputs in ${out === '.' ? '' : `${out}/`}${config.paths.output}/<slug>/ (report.html for the editor)${target ? `; ${sent} version${sent === 1 ? '' : 's'} sent to ${target}` : ''}.\n`);
    }
    if (summary.failed.length > 0) return 2;
    return held && values.strict ? 1 : 0;
  },
};
