// `newsdesk segment <file|-> --lang L [--json]`: print the sentences of a text or an article.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { decodeArticle, parseArticle } from '../../ingest/index.js';
import { Errors, fail } from '../../errors/index.js';
import { checkText } from '../../fs/text.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { segmentArticle, segmentText } from '../../segment/index.js';
import type { CliIO, Command } from '../io.js';

const FRONT_MATTER = /^---[ \t]*\r?\n/;

async function readInput(ref: string, io: CliIO): Promise<{ text: string; name: string }> {
  // Standard input goes through the same text door as a file (no NUL, control characters).
  if (ref === '-') return { text: checkText((await io.readStdin()).replace(/^\uFEFF/, ''), { file: '<stdin>', error: Errors.BinaryFile }), name: '<stdin>' };
  const path = resolve(io.cwd, ref);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    fail(Errors.FileNotFound, `no file at \`${ref}\``);
  }
  return { text: decodeArticle(bytes, ref, loadConfig(io.cwd)), name: ref };
}

/** Plain text: paragraphs are separated by blank lines; inside one, a line break ends a segment. */
function segmentPlainText(text: string, lang: LanguageCode): string[] {
  return text.split(/\r?\n[ \t]*\r?\n/).flatMap((paragraph) => segmentText(paragraph, lang));
}

export const command: Command = {
  name: 'segment',
  summary: 'split a text or an article into sentences (--lang, --json)',
  usage: `Usage: newsdesk segment <file|-> [--lang L] [--json]

Prints the sentences of a file (\`-\` reads standard input), one per line, or as a JSON array of
strings with --json. A file that starts with front matter (\`---\`) is read as a markdown article:
its headings, paragraphs, quotes, list items and table cells are segmented, and its \`lang\` is used
unless --lang is given. Anything else is plain text in the language given by --lang: paragraphs
are separated by blank lines, and a line break ends a sentence.

Languages: zh ru en fr id sa ja de pt el es it fi la.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { lang: { type: 'string' }, json: { type: 'boolean' } });
    const ref = positionals[0];
    if (!ref) fail(Errors.Usage, 'give a file, or `-` for standard input');
    const given = values.lang;
    if (given !== undefined && !isLanguageCode(given)) fail(Errors.UnknownLanguage, `unknown language \`${given}\``);

    const { text, name } = await readInput(ref, io);
    let sentences: string[];
    if (FRONT_MATTER.test(text)) {
      const article = parseArticle(text, name, loadConfig(io.cwd));
      sentences = segmentArticle(article, given ? { lang: given } : {}).map((segment) => segment.text);
    } else {
      if (!given) fail(Errors.Usage, 'plain text needs --lang (or front matter with `lang`)');
      sentences = segmentPlainText(text, given);
    }
    io.stdout(values.json ? `${JSON.stringify(sentences, null, 2)}\n` : sentences.map((s) => `${s}\n`).join(''));
    return 0;
  },
};
