// `newsdesk translate <article> [--to fr,ja] [--engine NAME] [--base-url URL] [--model M] [--json]`:
// fill an article's locale files — translation memory first, then an engine — without
// touching a translator's work.

import { relative } from 'node:path';
import { listOption, parseCommandArgs } from '../args.js';
import { loadGlossary } from '../../claims/index.js';
import { loadConfig, projectPath } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { TranslateErrors } from '../../translate/index.js';
import { engineResolver, loadArticleSource, localesDirOf, translateArticle, type LanguageProgress, type LanguageReport, type TranslateArticleReport } from '../../translate/workflow/index.js';
import type { CliIO, Command } from '../io.js';

const USAGE = `Usage: newsdesk translate <article> [--to fr,ja] [--engine NAME] [--base-url URL] [--model NAME] [--json]

Translates an article (a markdown file, a folder with index.md, or a slug under content/)
into its target languages: --to, else the front matter's \`languages\`, else the pipeline's
languages (every one but the source). Writes locales/<lng>/<slug>.json and the review state
beside it, locales/<lng>/<slug>.state.json, after every answered request.

Only keys that need work are sent: missing keys, and machine translations of a sentence
whose source changed. A value a translator wrote or changed is never overwritten; when its
source sentence is corrected it moves to the new key and is flagged stale for review
(\`newsdesk review\`). Exact matches anywhere under locales/ (translation memory) are reused
without calling an engine.

  --to LIST        target languages, comma-separated
  --engine NAME    an engine of \`translation.engines\` in pipeline/config.yaml, or a type
                   (openai, deepl, google, libretranslate) with its defaults; default: the
                   language's engine in \`translation.perLanguage\`, else \`translation.engine\`
                   (\`memory\`: translation memory only, no network)
  --base-url URL   OpenAI-compatible server (Ollama, vLLM, llama.cpp, …); implies
                   --engine openai unless --engine is given
  --model NAME     the model of that server
  --json           print the run report:
                   {"article","from","sent":{"requests","segments","characters"},"tmHits",
                    "languages":{"fr":{"engine","keys","needed","translated","tmHits","failed",
                    "failures":[{"key","reason"}],"sent","kept","stale","carried","retired",
                    "conflicts","stopped",
                    "fuzzy":[{"key","score","value","source","from"}]}}}
                   fuzzy: near matches (70 % and more alike) from the memory for keys it had
                   no exact match for — suggestions, never written

Keys come from the environment: OPENAI_API_KEY (none for a local server), DEEPL_AUTH_KEY,
GOOGLE_TRANSLATE_API_KEY, LIBRETRANSLATE_API_KEY.
Exit codes: 0 every key needing work was translated, 1 some failed (reasons listed),
2 usage, configuration or authentication errors.`;

function targetLanguages(value: string | undefined): LanguageCode[] | undefined {
  const list = listOption(value);
  if (!list) return undefined;
  if (list.length === 0) fail(Errors.Usage, 'translate: --to needs at least one language');
  for (const code of list) if (!isLanguageCode(code)) fail(Errors.UnknownLanguage, `unknown language \`${code}\` in --to`);
  return list as LanguageCode[];
}

function summaryLine(r: LanguageReport): string {
  const parts = [`${r.lang}  ${r.translated}/${r.needed} translated`];
  if (r.tmHits > 0) parts.push(`${r.tmHits} from memory`);
  if (r.failed > 0) parts.push(`${r.failed} failed`);
  const kept = r.kept.machine + r.kept.edited + r.kept.reviewed;
  if (kept > 0) parts.push(`kept ${kept} (${r.kept.reviewed} reviewed, ${r.kept.edited} edited, ${r.kept.machine} machine)`);
  if (r.stale > 0) parts.push(`${r.stale} stale for review`);
  if (r.fuzzy.length > 0) parts.push(`${r.fuzzy.length} fuzzy suggestion${r.fuzzy.length === 1 ? '' : 's'} (--json)`);
  if (r.retired > 0) parts.push(`${r.retired} retired`);
  const sent = `${r.sent.requests} requests, ${r.sent.segments} segments, ${r.sent.characters} characters sent (${r.engine})`;
  return `${parts.join(', ')} — ${sent}${r.stopped ? `; engine stopped: ${r.stopped.reason}` : ''}`;
}

function jsonReport(report: TranslateArticleReport) {
  const languages: Record<string, unknown> = {};
  for (const [lang, r] of Object.entries(report.languages)) {
    const { failures, stopped, lang: _lang, ...rest } = r;
    languages[lang] = { ...rest, failures: failures.map((f) => ({ key: f.id, reason: f.reason })), ...(stopped ? { stopped: { kind: stopped.kind, reason: stopped.reason } } : {}) };
  }
  return { article: report.article, from: report.from, sent: report.sent, tmHits: report.tmHits, languages };
}

function progressPrinter(io: CliIO, json: boolean) {
  const active = new Map<string, string>();
  let drawn = false;
  const draw = () => {
    if (!io.isTTY || json) return;
    const line = [...active].map(([lang, text]) => `${lang} ${text}`).join('  ');
    io.stderr(`\r\x1b[K${line ? `translating  ${line}` : ''}`);
    drawn = line !== '';
  };
  return {
    onProgress: (p: LanguageProgress) => {
      if (p.phase === 'done') {
        active.delete(p.lang);
        if (io.isTTY && !json) {
          io.stderr('\r\x1b[K');
          if (p.report) io.stderr(`${summaryLine(p.report)}\n`);
        }
      } else active.set(p.lang, `${p.translated + p.failed}/${p.total}`);
      draw();
    },
    end() {
      if (drawn && io.isTTY) io.stderr('\r\x1b[K');
    },
  };
}

export const command: Command = {
  name: 'translate',
  summary: 'translate an article into its languages: memory first, then an engine; never over a translator (--to, --engine, --json)',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { to: { type: 'string' }, engine: { type: 'string' }, 'base-url': { type: 'string' }, model: { type: 'string' }, json: { type: 'boolean' } }
    );
    const ref = positionals[0];
    if (!ref) fail(Errors.Usage, 'translate: give an article path or slug');
    if (positionals.length > 1) fail(Errors.Usage, `translate: one article at a time (got ${positionals.length})`);
    if (values['base-url'] !== undefined && !/^https?:\/\//.test(values['base-url'])) fail(Errors.Usage, 'translate: --base-url must be an http(s) URL');
    const config = loadConfig(io.cwd);
    const source = loadArticleSource(ref, config, io.cwd);
    const languages = (targetLanguages(values.to) ?? source.targets).filter((lang) => lang !== source.lang);
    const engineFor = engineResolver(config, languages, { engine: values.engine, baseUrl: values['base-url'], model: values.model }, io.env);
    const json = Boolean(values.json);
    const printer = progressPrinter(io, json);
    let report: TranslateArticleReport;
    try {
      report = await translateArticle(source, languages, {
        localesDir: localesDirOf(config),
        contentDir: projectPath(config, config.paths.content),
        engineFor,
        glossary: loadGlossary(config, undefined, io.cwd),
        onProgress: printer.onProgress,
      });
    } finally {
      printer.end();
    }

    const all = Object.values(report.languages);
    const auth = all.find((r) => r.stopped?.kind === 'auth');
    if (json) io.stdout(`${JSON.stringify(jsonReport(report), null, 2)}\n`);
    else {
      if (!io.isTTY) for (const r of all) io.stdout(`${summaryLine(r)}\n`);
      for (const r of all) {
        for (const f of r.failures.slice(0, 10)) io.stdout(`  ${r.lang} ${f.id}: ${f.reason}\n`);
        if (r.failures.length > 10) io.stdout(`  ${r.lang} … and ${r.failures.length - 10} more\n`);
        for (const key of r.conflicts) io.stdout(`  ${r.lang} ${key}: changed on disk during the run, left as the translator wrote it\n`);
      }
      const where = relative(io.cwd, localesDirOf(config)) || '.';
      io.stdout(`${source.slug}: ${all.length} language${all.length === 1 ? '' : 's'}, ${report.sent.segments} segments sent in ${report.sent.requests} requests, ${report.tmHits} from memory — ${where}/<lng>/${source.slug}.json\n`);
    }
    if (auth) {
      io.stderr(`newsdesk translate: ${auth.stopped?.reason} — ${TranslateErrors.Auth.hint}\n`);
      return 2;
    }
    return all.some((r) => r.failed > 0) ? 1 : 0;
  },
};
