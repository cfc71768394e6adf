// Property-based fuzzing (fast-check) of the doors hostile input comes through: the article
// parser and the stages right after it, the locale file reader, the XML/XLIFF reader and
// importer, and the text door. The property everywhere: the input is either accepted, or
// refused with a catalogue error (one positioned line) — never another exception, a stack
// overflow, or text the door forbids getting through. A failure prints the seed to replay it.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { NewsdeskError } from '../src/errors/index.js';
import { extractArticleFigures } from '../src/figures/index.js';
import { checkText, decodeText, firstInvalidUtf8, textProblem } from '../src/fs/text.js';
import { decodeArticle, parseArticle } from '../src/ingest/index.js';
import { buildSourceResource, parseResource } from '../src/localize/index.js';
import { segmentArticle } from '../src/segment/index.js';
import { exportXliff, importXliff, loadArticleSource } from '../src/translate/workflow/index.js';
import { XmlReader } from '../src/translate/workflow/xml.js';
import { validateArticle } from '../src/validate/index.js';
import { REPO, tmpProject } from './helpers/tmp.js';

// Bounded for `npm test` (seconds, one seed so CI is repeatable); a deeper hunt:
// FUZZ_RUNS=3000 FUZZ_SEED=random npx vitest run test/fuzz.test.ts --testTimeout 900000
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 14);
fc.configureGlobal({ ...(SEED === undefined ? {} : { seed: SEED }) });
const config = loadConfig(REPO);

/** Accepted, or refused with a catalogue error: anything else fails the property. */
function acceptedOrRefused(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof NewsdeskError) {
      expect(error.toLine().split('\n')).toHaveLength(1);
      return true;
    }
    throw error;
  }
}

/** Markdown made of the pieces that stress a parser: markers, nesting, figures, raw HTML, YAML. */
const markdownPiece = fc.oneof(
  fc.constantFrom('> ', '>', '- ', '* ', '1. ', '#', '## ', '**', '*', '_', '__', '~~', '`', '```\n', '[', ']', '(', ')', '<', '>', '</', '<script>', '<img onerror=x>', '&amp;', '\\', '|', ' | ', '---\n', '\n', '\n\n', '  ', '\t'),
  fc.constantFrom('15.000', '4,2 Milliarden Euro', '26 %', '2022-2023', 'von 5 bis 5', '26. Juli', '22:30 Uhr', '1,0000, 0,7449 bzw. 0,6266', '„Zitat“', 'Dr. Müller', 'z. B.', '…'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const markdown = fc.array(markdownPiece, { maxLength: 60 }).map((parts) => parts.join(''));
const frontMatter = fc.oneof(
  fc.constant('---\ntitle: Fuzz\nlang: de\n---\n\n'),
  fc.constant('---\ntitle: Fuzz\nlang: en\nlanguages: [en, de]\n---\n\n'),
  fc.tuple(fc.constantFrom('title', 'lang', 'slug', 'date', 'languages', 'credits', 'x'), fc.string({ maxLength: 20 })).map(([k, v]) => `---\ntitle: Fuzz\nlang: de\n${k}: ${v}\n---\n\n`),
  fc.string({ maxLength: 40 }).map((s) => `---\n${s}\n---\n\n`),
);

// Under a loaded machine (the full suite, other jobs) a property's runs take longer than usual.
const SLOW = { timeout: 180_000 };

describe('fuzz: the article parser and the stages after it', SLOW, () => {
  it('any text: an article, or one catalogue error', () => {
    fc.assert(
      fc.property(frontMatter, markdown, (head, body) =>
        acceptedOrRefused(() => {
          // As `run` reads it: through the text door (bytes), then the parser.
          const file = 'content/fuzz/index.md';
          const article = parseArticle(decodeArticle(Buffer.from(head + body), file, config), file, config);
          segmentArticle(article);
          extractArticleFigures(article);
          validateArticle(article, config, { cwd: REPO });
          const resource = buildSourceResource(article).resource;
          // What goes into a locale file passes the door a translator's file is read through.
          for (const value of Object.values(resource)) expect(textProblem(value)).toBeUndefined();
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('deep nesting of every kind is refused or read, never a stack overflow', () => {
    const nest = fc.tuple(fc.constantFrom('> ', '- ', '* ', '1. ', '  - ', '*_', '[', '**'), fc.integer({ min: 1, max: 3000 }));
    fc.assert(fc.property(nest, ([marker, depth]) => acceptedOrRefused(() => parseArticle(`---\ntitle: T\nlang: de\n---\n\n${marker.repeat(depth)}x\n`, 'a.md', config))), { numRuns: Math.ceil(RUNS / 3) });
  });
});

describe('fuzz: the text door and the locale reader', SLOW, () => {
  it('any bytes: decoded text holds nothing the door forbids, and agrees with a strict decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        let strict = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          strict = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(strict);
        return acceptedOrRefused(() => {
          const text = decodeText(bytes, { file: 'f' });
          expect(textProblem(text)).toBeUndefined();
        });
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('any JSON-ish text as a locale file: a flat resource of clean strings, or one positioned error', () => {
    const value = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));
    const json = fc.oneof(
      fc.dictionary(fc.string({ maxLength: 10 }), value, { maxKeys: 6 }).map((d) => JSON.stringify(d)),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.tuple(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 12 }), { maxKeys: 4 }), fc.constantFrom('\\u0000', '\\ud800', '\\u0007', '\ufeff', '')).map(([d, bad]) => JSON.stringify(d).replace(/"([^"]*)"}$/, `"$1${bad}"}`)),
    );
    fc.assert(
      fc.property(json, (text) =>
        acceptedOrRefused(() => {
          const resource = parseResource(text, 'locales/fr/x.json');
          for (const v of Object.values(resource)) {
            expect(typeof v).toBe('string');
            checkText(v, { file: 'x' });
          }
        }),
      ),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('fuzz: the XML reader and the XLIFF import', SLOW, () => {
  it('any text as XML: a tree or one positioned error', () => {
    const xmlPiece = fc.oneof(fc.constantFrom('<', '>', '</', '/>', '<g id="1">', '</g>', '<x id="f1"/>', '&amp;', '&#0;', '&#x1;', '&#65;', '&foo;', '<!--', '-->', '<![CDATA[', ']]>', '<?xml?>', '<!DOCTYPE x [', ']>', '"', "'", '=', ' '), fc.string({ maxLength: 8 }));
    const xml = fc.array(xmlPiece, { maxLength: 80 }).map((parts) => `<xliff>${parts.join('')}</xliff>`);
    fc.assert(fc.property(fc.oneof(xml, fc.string({ unit: 'binary', maxLength: 100 })), (text) => acceptedOrRefused(() => new XmlReader(text, 'f.xlf').parse())), { numRuns: RUNS * 2 });
  });

  it('a mutated export: imported, or refused whole with the locale files unchanged', () => {
    const dir = tmpProject();
    cpSync(join(REPO, 'content', 'ki-stadt'), join(dir, 'content', 'ki-stadt'), { recursive: true });
    for (const lng of ['de', 'fr']) cpSync(join(REPO, 'locales', lng), join(dir, 'locales', lng), { recursive: true });
    const projectConfig = loadConfig(dir);
    const localesDir = join(dir, 'locales');
    const source = loadArticleSource('ki-stadt', projectConfig, dir);
    const exported = exportXliff(source, 'fr', localesDir).replace(/state="final"/g, 'state="translated"');
    const locale = join(localesDir, 'fr', 'ki-stadt.json');
    const original = readFileSync(locale, 'utf8');
    const mutation = fc.tuple(fc.nat({ max: exported.length }), fc.nat({ max: 40 }), fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('<g id="9">', '</g>', '<x id="f99"/>', '&#1;', '\u0000', '<script>', 'target-language="ja"', '<trans-unit id="x">', '"')));
    fc.assert(
      fc.property(mutation, ([at, cut, insert]) => {
        writeFileSync(locale, original);
        const text = exported.slice(0, at) + insert + exported.slice(Math.min(exported.length, at + cut));
        return acceptedOrRefused(() => {
          const result = importXliff(text, 'fr.xlf', projectConfig, dir, localesDir);
          const after = readFileSync(locale, 'utf8');
          if (result.messages.some((m) => m.severity === 'error')) expect(after).toBe(original);
          // Whatever was written is a valid locale file.
          parseResource(after, 'locales/fr/ki-stadt.json');
        });
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

describe('fuzz findings, kept as plain cases', () => {
  // V8's JSON.parse quotes the text around the problem, line breaks and all.
  it('a locale file whose JSON error quotes a line break is still one line', () => {
    try {
      parseResource('\n#', 'locales/fr/x.json');
      expect.unreachable();
    } catch (error) {
      const line = (error as NewsdeskError).toLine();
      expect(line).toMatch(/^locales\/fr\/x\.json(:\d+){0,2}: invalid JSON: .*\\n#/);
      expect(line).not.toMatch(/\n/);
    }
  });

  it('a key with a line break named in an error stays one line', () => {
    try {
      parseResource('{"a\\nb": 5}', 'locales/fr/x.json');
      expect.unreachable();
    } catch (error) {
      expect((error as NewsdeskError).toLine()).toBe('locales/fr/x.json:1:2: the value of `a\\nb` must be a string (keys are flat: keySeparator is off)');
    }
  });
});

