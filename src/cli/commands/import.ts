// `newsdesk import <page.txt|page.html>`: turn a scraped news page into content/<slug>/index.md.

import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { loadConfig, projectPath } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import { checkText } from '../../fs/text.js';
import { parseArticle } from '../../ingest/index.js';
import { decodePage, explainReport, fetchPage, importPage, pageFormatOf, parseWebUrl, writeArticleFolder, type PageFormat } from '../../ingest/import/index.js';
import { isLanguageCode } from '../../lang/codes.js';
import type { Command } from '../io.js';

/** HTML pages carry markup, scripts and menus around the article: allow more than an article. */
const PAGE_SIZE_FACTOR = 8;
/** How long a page may take to arrive by URL, unless --timeout says otherwise. */
const DEFAULT_TIMEOUT_MS = 15_000;

export const command: Command = {
  name: 'import',
  summary: 'turn a scraped news page (text or HTML) into content/<slug>/index.md (--json)',
  usage: `Usage: newsdesk import <page.txt|page.html|https://…|-> [--out content] [--slug S] [--lang L] [--format txt|html] [--force] [--explain] [--json]

Reads a news page (a file as scraped, plain text or HTML, or a page fetched by its http(s)
address) and writes content/<slug>/index.md:
front matter (title, lang, date, category, section, sourceLine, credits, languages from
the language bar) and the article body as markdown. The source language is detected
from the text unless --lang is given; the slug comes from --slug, the file name, or the
title. An existing folder is left alone unless --force (which replaces only index.md).

Options:
  --out DIR       content folder to write into (default: the project's content/)
  --slug S        folder name of the article
  --lang L        source language (zh ru en fr id sa ja de pt el es it fi la)
  --format F      txt or html (default: from the file extension or the content)
  --force         replace an existing article's index.md
  --timeout MS    time limit for fetching a page by URL (default 15000); the size limit
                  is 8 × limits.articleBytes, redirects are followed up to 5 times
  --explain       also print what was left out of the page and why (captions, menus, …)
  --json          print { slug, path, frontmatter } (and "dropped" with --explain)`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        out: { type: 'string' },
        slug: { type: 'string' },
        lang: { type: 'string' },
        format: { type: 'string' },
        force: { type: 'boolean' },
        timeout: { type: 'string' },
        explain: { type: 'boolean' },
        json: { type: 'boolean' },
      }
    );
    const ref = positionals[0];
    if (!ref) fail(Errors.Usage, 'import: give a page file (.txt or .html), an http(s) address, or - for standard input');
    if (positionals.length > 1) fail(Errors.Usage, `import: one page at a time (got ${positionals.length})`);
    if (values.lang !== undefined && !isLanguageCode(values.lang)) fail(Errors.UnknownLanguage, `import: unknown language \`${values.lang}\` for --lang`);
    if (values.format !== undefined && values.format !== 'txt' && values.format !== 'html') fail(Errors.Usage, `import: --format is txt or html, not \`${values.format}\``);

    const timeoutMs = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(values.timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) fail(Errors.Usage, `import: --timeout is a number of milliseconds, not \`${values.timeout}\``);

    const config = loadConfig(io.cwd);
    const limit = config.limits.articleBytes * PAGE_SIZE_FACTOR;
    let text: string;
    let shownInput: string;
    let url: string | undefined;
    let fetchedFormat: PageFormat | undefined;
    const web = /^[a-z][a-z0-9+.-]*:\/\//iu.test(ref) ? parseWebUrl(ref) : undefined;
    if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(ref) && !web) fail(Errors.Usage, `import: \`${ref}\` is not an http or https address`);
    if (web) {
      const page = await fetchPage(web.href, { timeoutMs, maxBytes: limit });
      shownInput = page.url;
      url = page.url;
      // Decoded by its charset, then through the text door like a page read from a file.
      text = checkText(page.text, { file: page.url, error: Errors.BinaryFile, what: 'the page' });
      fetchedFormat = /^text\/plain/iu.test(page.contentType) ? 'txt' : 'html';
    } else if (ref === '-') {
      shownInput = '<stdin>';
      text = decodePage(new TextEncoder().encode(await io.readStdin()), shownInput, limit);
    } else {
      const path = resolve(io.cwd, ref);
      shownInput = relative(io.cwd, path) || path;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        fail(Errors.FileNotFound, code === 'EISDIR' ? `\`${ref}\` is a folder, not a page` : `no page at \`${ref}\``);
      }
      text = decodePage(bytes, shownInput, limit);
    }
    const format: PageFormat = (values.format as PageFormat | undefined) ?? fetchedFormat ?? pageFormatOf(ref, text);
    const result = importPage(text, {
      format,
      file: shownInput,
      ...(values.lang !== undefined && isLanguageCode(values.lang) ? { lang: values.lang } : {}),
      ...(values.slug !== undefined ? { slug: values.slug } : {}),
      ...(ref !== '-' && !web ? { name: basename(ref) } : {}),
      // A URL's last segment names the article only when it is words ("koeln-netz"), not an id.
      ...(web && url ? { url, ...(/\p{L}{2,}[-_]\p{L}{2,}/u.test(basename(web.pathname)) ? { name: basename(web.pathname) } : {}) } : {}),
    });

    const contentDir = values.out !== undefined ? resolve(io.cwd, values.out) : projectPath(config, config.paths.content);
    const shownDir = relative(io.cwd, resolve(contentDir, result.slug)) || result.slug;
    // The article must read back before anything is written (nothing half-written).
    parseArticle(result.markdown, `${shownDir}/index.md`, config);
    const written = writeArticleFolder(contentDir, result.slug, result.markdown, { force: values.force === true, shown: shownDir });
    const shownPath = relative(io.cwd, written) || written;
    if (values.json) {
      const printed = { slug: result.slug, path: shownPath, frontmatter: result.frontmatter, ...(values.explain ? { dropped: result.dropped } : {}) };
      io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
    } else {
      io.stdout(`${shownPath}\n`);
      if (values.explain) io.stdout(explainReport(result.dropped));
    }
    return 0;
  },
};
