// `newsdesk qa <article> [--lang fr,ja] [--json]`: check an article's translations
// (locales/<lng>/<slug>.json) against its source, every figure by value; exit 1 when a
// language has an error nobody acknowledged in content/<slug>/review.yaml.

import { existsSync } from 'node:fs';
import { parseCommandArgs, listOption } from '../args.js';
import { loadConfig, projectPath } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import { readArticle } from '../../ingest/index.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { loadResources, readLocaleText, resourcePath } from '../../localize/index.js';
import { checkRuleIds, CHECKS, formatQaJson, formatQaTerminal, qaArticle, unusedAcknowledgements, type QaMessage, type QaResult } from '../../qa/index.js';
import { articleLanguages } from '../../render/index.js';
import { loadReview, reviewPath } from '../../validate/index.js';
import { prepareArticle } from '../../validate/prepare.js';
import type { Command } from '../io.js';

export const command: Command = {
  name: 'qa',
  summary: 'check an article’s translations: every figure by value in every language (--lang, --json)',
  usage: `Usage: newsdesk qa <article> [--lang fr,ja] [--json]

Checks each translation of an article (locales/<lng>/<slug>.json) against the source: the
source sentence and the translation as a reader sees it (figures formatted, tags removed) are
each read by their own language's rules and every figure is compared by value — none lost,
none added, same value, unit, qualifier and precision. Also: placeholders and tags as in the
source value, untranslated text, script, glossary names, quotation marks, length.

  --lang   languages to check (default: the article's languages but the source's)
  --json   print {"ok": …, "messages": [...]}; positions are in the locale files

An editor accepts a finding in content/<slug>/review.yaml (- rule: qa/…, line: <source line>
or text: "…", reason: …). Severities: \`rules:\` in pipeline/config.yaml (qa/… ids).
Exit codes: 0 no open error, 1 an error nobody acknowledged, 2 usage or input errors.

Checks:
  qa/missing           error    every key of the source has a translation
${CHECKS.map((check) => `  ${check.meta.id.padEnd(20)} ${check.meta.defaultSeverity.padEnd(8)} ${check.meta.description}`).join('\n')}`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { lang: { type: 'string' }, json: { type: 'boolean' } });
    const ref = positionals[0];
    if (!ref) fail(Errors.Usage, 'qa: give an article path or slug');
    if (positionals.length > 1) fail(Errors.Usage, `qa: one article at a time (got ${positionals.length})`);
    const config = loadConfig(io.cwd);
    checkRuleIds(config.rules);
    const article = readArticle(ref, config, io.cwd);
    const given = listOption(values.lang);
    for (const lang of given ?? []) if (!isLanguageCode(lang)) fail(Errors.UnknownLanguage, `unknown language \`${lang}\``);
    const source = article.frontmatter.lang;
    const languages = ((given as LanguageCode[] | undefined) ?? articleLanguages(article)).filter((lang) => lang !== source);
    if (languages.length === 0) fail(Errors.Usage, `qa: no target language to check (the article is written in ${source})`);

    const { glossary } = prepareArticle(article, config, io.cwd);
    const file = reviewPath(article, config, io.cwd);
    const review = file ? loadReview(file, io.cwd) : [];
    const localesDir = projectPath(config, config.paths.locales);
    const resources = loadResources(localesDir, languages, [article.slug, 'common']);

    const results: QaResult[] = [];
    const messages: QaMessage[] = [];
    for (const lng of languages) {
      const path = resourcePath(localesDir, lng, article.slug);
      if (!existsSync(path)) {
        messages.push({ ruleId: 'qa/missing', severity: 'error', message: `there is no ${lng} translation: locales/${lng}/${article.slug}.json does not exist`, line: 1, column: 1, endLine: 1, endColumn: 1, source: 'qa', file: `locales/${lng}/${article.slug}.json`, lang: lng });
        continue;
      }
      const result = qaArticle(article, lng, resources, glossary, { review, localeText: readLocaleText(path)!, rules: config.rules });
      results.push(result);
      messages.push(...result.messages);
    }
    messages.push(...unusedAcknowledgements(article, review, results));
    const blocking = messages.some((m) => m.severity === 'error' && !m.acknowledged);
    if (values.json) io.stdout(formatQaJson(messages));
    else io.stdout(formatQaTerminal(messages, { checked: results.map((r) => ({ lang: r.lang, ...r.checked })) }));
    return blocking ? 1 : 0;
  },
};
