#!/usr/bin/env node
// Builds eval/figure-gold-check/<lang>.json (the HELD-BACK strict gold, see its README) from the hand
// annotations in eval/figure-gold-check/annotations/<lang>.ann and the public texts they were made on:
// a snapshot of Helsinki-NLP/OPUS-MT-testsets (FLORES-200 devtest, WMT newstest2018 de-en, Tatoeba
// eng-lat), the same snapshot as eval/figure-pairs.
//
//   node scripts/eval-sets/figure-gold-check.mjs [--opus DIR] [--commit SHA] [--out DIR] [--check | --list LANG [N]]
//
//   --opus DIR     a checkout of OPUS-MT-testsets (with testsets/) or its bare git dir
//                  (default /work/.mirror/Helsinki-NLP+OPUS-MT-testsets/repo)
//   --commit SHA   the snapshot commit read from a git dir (default: the one the set was built from)
//   --out DIR      where the JSON files go and the annotations are read (default eval/figure-gold-check)
//   --check        build in memory and compare with the JSON files in --out (exit 1 when they differ)
//   --list LANG N  print the next N candidate sentences of LANG to annotate (after those annotated)
//
// Which sentences: per language, the lines of its text file that hold a digit (Latin: a digit or a
// Latin number word), at most 300 characters, that are in none of eval/figure-pairs,
// eval/figure-pairs-check and eval/figure-gold (as a source, a target or a gold text), ordered by
// an FNV-1a hash of `figure-gold-check-2026:<lang>:<line>`. The annotations must take them in that
// order from the first, none skipped (the builder refuses a gap): a sentence is annotated because it
// comes next, never because the reader does well or badly on it. A sentence may have no figure
// (a digit in a name or a code): it stays, as a document without figures.
//
// An annotation file: `# line: N` starts the document of line N of the language's file; the
// figures of that sentence follow in text order, one a line, in the format of eval/figure-gold:
//   span | kind | value | unit-or-currency | qualifier # comment

import { BuildError, differsFrom, fail, fnv, runCli, snapshotReader, writeAtomic } from './common.mjs';
import { parseFigure, findSpan } from './figure-gold.mjs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED = 'figure-gold-check-2026';
const SNAPSHOT = 'ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180';
const MAX_CHARS = 300;

const FLORES = { el: 'ell', es: 'spa', fi: 'fin', fr: 'fra', id: 'ind', it: 'ita', ja: 'jpn', pt: 'por', ru: 'rus', sa: 'san', zh: 'cmn_Hans' };
/** The text file of each language (German and English: their FLORES devtest sentences with a digit are all in the pair sets). */
export const TEXTS = {
  ...Object.fromEntries(Object.entries(FLORES).map(([lang, code]) => [lang, { path: `testsets/flores200_dataset/devtest/${code}.devtest`, prefix: `flores-devtest-${code}`, origin: 'FLORES-200 devtest' }])),
  de: { path: 'testsets/deu-eng/newstest2018.deu', prefix: 'newstest2018-deu', origin: 'WMT newstest2018 de-en, German side' },
  en: { path: 'testsets/deu-eng/newstest2018.eng', prefix: 'newstest2018-eng', origin: 'WMT newstest2018 de-en, English side' },
  la: { path: 'testsets/eng-lat/tatoeba-test-v2021-08-07.lat', prefix: 'tatoeba-lat', origin: 'Tatoeba test v2021-08-07 eng-lat, Latin side' },
};

const LATIN_NUMBER = /(?<![\p{L}])(?:unus|una|unum|duo|duae|duos|duas|duobus|tres|tria|tribus|quattuor|quinque|sex|septem|octo|novem|decem|undecim|duodecim|viginti|triginta|quadraginta|quinquaginta|sexaginta|septuaginta|octoginta|nonaginta|centum|ducent\p{L}*|trecent\p{L}*|mille|milia|bis|ter|semel|primus|prima|primum|secundus|tertius|dimidi\p{L}*)(?![\p{L}])/iu;
const hasFigure = (text, lang) => /\p{Nd}/u.test(text) || (lang === 'la' && LATIN_NUMBER.test(text));

export { BuildError };

/**
 * What a strict gold built from candidate sentences is: its folder under eval/, the seed of its
 * candidate order, the text file of each language, and the sets whose sentences it may not hold.
 */
export const CHECK_SET = {
  name: 'figure-gold-check',
  seed: SEED,
  texts: TEXTS,
  pairSets: ['figure-pairs', 'figure-pairs-check'],
  goldSets: ['figure-gold'],
};

function args(argv, set) {
  const out = { opus: '/work/.mirror/Helsinki-NLP+OPUS-MT-testsets/repo', commit: SNAPSHOT, out: join(root, 'eval', set.name), check: false, list: undefined, n: 10 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') out.check = true;
    else if (a === '--list') {
      out.list = argv[++i];
      if (!set.texts[out.list]) fail(`--list needs a language code (${Object.keys(set.texts).sort().join(' ')})`);
      if (/^\d+$/.test(argv[i + 1] ?? '')) out.n = Number(argv[++i]);
    } else if (['--opus', '--commit', '--out'].includes(a)) {
      if (argv[i + 1] === undefined) fail(`${a} needs a value`);
      out[a.slice(2)] = a === '--commit' ? argv[++i] : resolve(argv[++i]);
    } else fail(`unknown argument ${a} (see the head of this script)`);
  }
  if (!existsSync(out.opus)) fail(`${out.opus} not found (--opus: an OPUS-MT-testsets checkout or bare git dir)`);
  return out;
}

/** Every sentence the other sets hold: pair sources and targets, and the gold texts (a news gold text holds several lines). */
export function takenTexts(evalDir, pairSets = ['figure-pairs', 'figure-pairs-check'], goldSets = ['figure-gold']) {
  const sentences = new Set();
  const goldTexts = [];
  for (const set of pairSets) {
    const file = join(evalDir, set, 'pairs.jsonl');
    if (!existsSync(file)) fail(`${file} not found: the check gold must be built after the pair sets`);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const p = JSON.parse(line);
      sentences.add(p.source.trim());
      sentences.add(p.target.trim());
    }
  }
  for (const set of goldSets) {
    const gold = join(evalDir, set);
    if (!existsSync(gold)) fail(`${gold} not found`);
    for (const name of readdirSync(gold).filter((n) => n.endsWith('.json'))) {
      for (const doc of JSON.parse(readFileSync(join(gold, name), 'utf8')).documents) goldTexts.push(doc.text);
    }
  }
  return { has: (text) => sentences.has(text.trim()) || goldTexts.some((g) => g.includes(text.trim())) };
}

/** The candidate sentences of a language, in the fixed order. */
export function candidates(lang, lines, taken, seed = SEED) {
  const out = [];
  lines.forEach((text, i) => {
    const t = text.trim();
    if (!t || t.length > MAX_CHARS || !hasFigure(t, lang) || taken.has(t)) return;
    out.push({ line: i + 1, text: t });
  });
  return out.sort((a, b) => fnv(`${seed}:${lang}:${a.line}`) - fnv(`${seed}:${lang}:${b.line}`) || a.line - b.line);
}

/** Parses an annotation file into documents: [{ line, figures, where }]. */
export function parseCheckAnnotations(text, name) {
  const docs = [];
  text.split('\n').forEach((raw, i) => {
    const where = `${name}:${i + 1}`;
    const t = raw.trim();
    if (!t) return;
    const head = /^#\s*line:\s*(\d+)\s*$/.exec(t);
    if (head) return void docs.push({ line: Number(head[1]), figures: [], where });
    if (t.startsWith('#')) return;
    if (!docs.length) fail(`${where}: a figure before the first "# line: N"`);
    docs.at(-1).figures.push({ figure: parseFigure(t, where), where });
  });
  return docs;
}

/** One language's gold file: the annotated documents, checked against the candidate order. */
export function buildLanguage(lang, annotationText, lines, taken, set = CHECK_SET) {
  const name = `${lang}.ann`;
  const spec = set.texts[lang];
  const order = candidates(lang, lines, taken, set.seed);
  const docs = parseCheckAnnotations(annotationText, name);
  const documents = docs.map((doc, k) => {
    const expected = order[k];
    if (!expected) fail(`${doc.where}: line ${doc.line} is beyond the ${order.length} candidates of ${lang}`);
    if (expected.line !== doc.line) fail(`${doc.where}: line ${doc.line} is not the next candidate; annotate line ${expected.line} first (candidates are taken in order, none skipped)`);
    const text = expected.text;
    let from = 0;
    const figures = doc.figures.map(({ figure, where }) => {
      const hit = findSpan(text, figure.text, from);
      if (!hit) fail(`${where}: \`${figure.text}\` not in line ${doc.line} after offset ${from}`);
      from = hit.pos + hit.text.length;
      return { ...figure, text: hit.text };
    });
    return { id: `${spec.prefix}-${doc.line}`, text, figures };
  });
  return { lang, origin: spec.origin, documents };
}

function annotationsOf(dir) {
  const annDir = join(dir, 'annotations');
  if (!existsSync(annDir)) fail(`${annDir} not found`);
  return readdirSync(annDir).filter((n) => /^[a-z]{2}\.ann$/.test(n)).sort().map((n) => ({ lang: n.slice(0, 2), text: readFileSync(join(annDir, n), 'utf8') }));
}

/** The command line of a builder of `set` (this one: figure-gold-check). */
export function builderMain(set) {
  return (argv) => {
    const opts = args(argv, set);
    const read = snapshotReader(opts.opus, opts.commit);
    const taken = takenTexts(resolve(opts.out, '..'), set.pairSets, set.goldSets);
    if (opts.list) {
      const spec = set.texts[opts.list];
      const annFile = join(opts.out, 'annotations', `${opts.list}.ann`);
      const done = existsSync(annFile) ? parseCheckAnnotations(readFileSync(annFile, 'utf8'), `${opts.list}.ann`).length : 0;
      for (const c of candidates(opts.list, read(spec.path), taken, set.seed).slice(done, done + opts.n)) process.stdout.write(`# line: ${c.line}\n# ${c.text}\n`);
      return;
    }
    let differs = 0;
    let total = 0;
    const counts = [];
    for (const { lang, text } of annotationsOf(opts.out)) {
      if (!set.texts[lang]) fail(`annotations/${lang}.ann: no text file for ${lang}`);
      const file = buildLanguage(lang, text, read(set.texts[lang].path), taken, set);
      const n = file.documents.reduce((m, d) => m + d.figures.length, 0);
      total += n;
      counts.push(`${lang} ${file.documents.length}/${n}`);
      const path = join(opts.out, `${lang}.json`);
      const json = JSON.stringify(file, null, 1) + '\n';
      if (!opts.check) writeAtomic(path, json);
      else if (differsFrom(path, json)) {
        differs++;
        process.stdout.write(`${path} differs from the build\n`);
      }
    }
    process.stdout.write(`${set.name}: ${counts.length} languages (documents/figures: ${counts.join(', ')}), ${total} figures${opts.check ? (differs ? `; ${differs} files differ` : '; all files match') : ' written'}\n`);
    if (differs) process.exitCode = 1;
  };
}

runCli(import.meta.url, 'figure-gold-check', builderMain(CHECK_SET));
