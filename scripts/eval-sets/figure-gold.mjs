#!/usr/bin/env node
// Builds eval/figure-gold/<lang>.json from the hand annotations in eval/figure-gold/annotations/*.ann
// and the public texts they were made on (see eval/figure-gold/README.md).
//
//   node scripts/eval-sets/figure-gold.mjs --flores DIR --newstest DIR --latin FILE [--out DIR] [--check]
//
//   --flores DIR    FLORES-200 dev files (<code>.dev, one sentence a line: deu.dev, cmn_Hans.dev, ...)
//   --newstest DIR  the OPUS-MT-testsets checkout (testsets/deu-eng/newstest2019.deu, ...) or its bare git dir
//   --latin FILE    the Latin sentence file (lat.txt, one sentence a line)
//   --annotations DIR  the .ann files (default eval/figure-gold/annotations)
//   --check         build in memory and compare with the JSON files in --out instead of writing them
//
// An annotation file lists figures in text order, one a line:
//   span | kind | value | unit-or-currency | qualifier # comment
// value: a number (10e9, 0.5), min..max for a range, YYYY-MM-DD or --MM-DD without a year (or two joined by ..) for a date,
// HH:MM for a time. `# text: <path> <first>-<last>` starts a document made of those lines of a
// newstest file; without it, each figure is found in the sentence file of the language: the
// sentences are searched in order from the one that held the figure before, and each sentence
// that holds figures becomes one document. `# sentence: N` (1-based line) pins the next figure
// to that sentence when its span also occurs earlier.

import { BuildError, differsFrom, fail, runCli, writeAtomic } from './common.mjs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Language code of newsdesk -> FLORES-200 file code. */
const FLORES = { de: 'deu', el: 'ell', en: 'eng', es: 'spa', fi: 'fin', fr: 'fra', id: 'ind', it: 'ita', ja: 'jpn', pt: 'por', ru: 'rus', sa: 'san', zh: 'cmn_Hans' };
const KINDS = new Set(['number', 'quantity', 'percent', 'money', 'range', 'date', 'year', 'ordinal', 'time']);
const QUALIFIERS = new Set(['exact', 'approx', 'min', 'max', 'over', 'under']);

export { BuildError };

function args(argv) {
  const out = { out: join(root, 'eval/figure-gold'), annotations: join(root, 'eval/figure-gold/annotations'), check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') out.check = true;
    else if (['--flores', '--newstest', '--latin', '--out', '--annotations'].includes(a)) {
      if (argv[i + 1] === undefined) fail(`${a} needs a value`);
      out[a.slice(2)] = resolve(argv[++i]);
    } else fail(`unknown argument ${a}`);
  }
  for (const need of ['flores', 'newstest', 'latin']) if (!out[need]) fail(`--${need} is required (see the head of this script)`);
  return out;
}

const lines = (path) => {
  if (!existsSync(path)) fail(`${path} not found`);
  return readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
};

function parseNumber(s, where) {
  const n = Number(s);
  if (s === '' || !Number.isFinite(n)) fail(`${where}: "${s}" is not a number`);
  return n;
}

/** One annotation line -> a GoldFigure (without its place). */
export function parseFigure(line, where) {
  const hash = line.indexOf(' # ');
  const note = hash >= 0 ? line.slice(hash + 3).trim() : undefined;
  const cells = (hash >= 0 ? line.slice(0, hash) : line).split('|').map((c) => c.trim());
  const [text, kind, value, unit = '', qualifier = ''] = cells;
  if (!text || !kind || value === undefined || cells.length > 5) fail(`${where}: expected "span | kind | value | unit | qualifier"`);
  if (!KINDS.has(kind)) fail(`${where}: unknown kind "${kind}"`);
  const figure = { text, kind };
  if (kind === 'date' || (kind === 'range' && /^\d{4}-\d\d/.test(value))) {
    const [from, to] = value.split('..');
    // YYYY, YYYY-MM, YYYY-MM-DD, a day or month without its year: --MM-DD, --MM, or a day alone
    // without its month: ---DD (as the reader writes them)
    const isDate = (d) => /^(?:\d{4}(-\d\d(-\d\d)?)?|--\d\d(-\d\d)?|---\d\d)$/.test(d);
    if (!isDate(from) || (to !== undefined && !isDate(to))) fail(`${where}: "${value}" is not a date`);
    figure.date = from;
    if (to !== undefined) figure.endDate = to;
  } else if (kind === 'time') {
    if (!/^\d\d:\d\d$/.test(value)) fail(`${where}: "${value}" is not a time HH:MM`);
    figure.time = value;
  } else if (kind === 'range') {
    const [min, max] = value.split('..');
    if (max === undefined) fail(`${where}: a range value is min..max`);
    figure.min = parseNumber(min, where);
    figure.max = parseNumber(max, where);
  } else figure.value = parseNumber(value, where);
  if (unit === 'pp') {
    figure.unit = '%';
    figure.percentPoints = true;
  } else if (unit) {
    if (kind === 'money' || (kind === 'range' && /^[A-Z]{3}$/.test(unit))) figure.currency = unit;
    else figure.unit = unit;
  }
  if (qualifier && !QUALIFIERS.has(qualifier)) fail(`${where}: unknown qualifier "${qualifier}"`);
  figure.qualifier = qualifier || 'exact';
  if (note) figure.note = note;
  return figure;
}

/** Parses one .ann file into blocks: { source?: {path, first, last}, figures: [{figure, pin?, where}] }. */
function parseAnnotations(path) {
  return parseAnnotationText(lines(path).join('\n'), basename(path));
}

export function parseAnnotationText(text, name) {
  const blocks = [{ figures: [] }];
  let pin;
  text.split('\n').forEach((line, i) => {
    const where = `${name}:${i + 1}`;
    const t = line.trim();
    if (t === '') return;
    const text = /^#\s*text:\s*(\S+)\s+(\d+)-(\d+)\s*$/.exec(t);
    if (text) return void blocks.push({ source: { path: text[1], first: Number(text[2]), last: Number(text[3]) }, figures: [] });
    const sentence = /^#\s*sentence:\s*(\d+)\s*$/.exec(t);
    if (sentence) return void (pin = Number(sentence[1]));
    if (t.startsWith('#')) return;
    blocks.at(-1).figures.push({ figure: parseFigure(t, where), pin, where });
    pin = undefined;
  });
  return blocks.filter((b) => b.figures.length > 0 || b.source);
}

/**
 * Where `span` occurs in `text` from `from`: exactly, or else with its spaces standing for any
 * space character of the text (annotators type plain spaces; FLORES French writes "9\u00a0h\u00a030").
 * Returns the position and the span as the text writes it, or undefined.
 */
export function findSpan(text, span, from = 0) {
  const exact = text.indexOf(span, from);
  if (exact >= 0) return { pos: exact, text: span };
  const re = new RegExp(span.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0\\u202f\\u2009]'), 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { pos: m.index, text: m[0] } : undefined;
}

/** Places figures in sentences, in order; returns documents (one per sentence holding figures). */
export function placeInSentences(figures, sentences, idPrefix, file) {
  const docs = new Map();
  let at = 0;
  let from = 0;
  const dropped = [];
  for (const { figure, pin, where } of figures) {
    let found = -1;
    if (pin !== undefined) {
      const idx = pin - 1;
      const hit = sentences[idx] === undefined ? undefined : findSpan(sentences[idx], figure.text, idx === at ? from : 0);
      if (!hit) fail(`${where}: \`${figure.text}\` not in sentence ${pin} of ${file}`);
      found = idx;
      figure.text = hit.text;
      from = hit.pos + hit.text.length;
    } else {
      for (let s = at; s < sentences.length && found < 0; s++) {
        const hit = findSpan(sentences[s], figure.text, s === at ? from : 0);
        if (hit) {
          found = s;
          figure.text = hit.text;
          from = hit.pos + hit.text.length;
        }
      }
    }
    if (found < 0) {
      dropped.push(`${where} \`${figure.text}\``);
      continue;
    }
    at = found;
    const id = `${idPrefix}-${found + 1}`;
    if (!docs.has(id)) docs.set(id, { id, text: sentences[found], figures: [] });
    docs.get(id).figures.push(figure);
  }
  return { documents: [...docs.values()], dropped };
}

/** A file of the newstest checkout, or of HEAD when the directory is a bare git repository. */
function newstestLines(dir, path) {
  if (existsSync(join(dir, path)) || !existsSync(join(dir, 'HEAD'))) return lines(join(dir, path));
  return execFileSync('git', ['--git-dir', dir, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 1 << 26 }).replace(/\n$/, '').split('\n');
}

function build(opts) {
  const dir = opts.annotations;
  const byLang = new Map();
  const report = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ann')).sort()) {
    const lang = name.replace(/(-news)?\.ann$/, '');
    const file = byLang.get(lang) ?? { lang, documents: [] };
    byLang.set(lang, file);
    for (const block of parseAnnotations(join(dir, name))) {
      if (block.source) {
        const all = newstestLines(opts.newstest, block.source.path);
        const text = all.slice(block.source.first - 1, block.source.last).join('\n');
        const doc = { id: `${basename(block.source.path)}:${block.source.first}-${block.source.last}`, text, figures: block.figures.map((f) => f.figure) };
        file.documents.push(doc);
        report.push(`${name}: ${doc.id} ${doc.figures.length} figures`);
      } else {
        const source = lang === 'la' ? opts.latin : join(opts.flores, `${FLORES[lang] ?? fail(`${name}: no FLORES code for ${lang}`)}.dev`);
        const prefix = lang === 'la' ? 'lat' : `flores-dev-${FLORES[lang]}`;
        const { documents, dropped } = placeInSentences(block.figures, lines(source), prefix, basename(source));
        file.documents.push(...documents);
        report.push(`${name}: ${documents.length} sentences, ${documents.reduce((n, d) => n + d.figures.length, 0)} figures${dropped.length ? `; NOT FOUND (dropped): ${dropped.join(', ')}` : ''}`);
      }
    }
  }
  return { files: [...byLang.values()], report };
}

function main(argv) {
  const opts = args(argv);
  const { files, report } = build(opts);
  process.stdout.write(report.join('\n') + '\n');
  let differs = 0;
  for (const file of files) {
    const path = join(opts.out, `${file.lang}.json`);
    const json = JSON.stringify(file, null, 1) + '\n';
    if (!opts.check) writeAtomic(path, json);
    else if (differsFrom(path, json)) {
      differs++;
      process.stdout.write(`${path} differs from the build\n`);
    }
  }
  const total = files.reduce((n, f) => n + f.documents.reduce((m, d) => m + d.figures.length, 0), 0);
  process.stdout.write(`${files.length} languages, ${total} figures${opts.check ? (differs ? `; ${differs} files differ` : '; all files match') : ' written'}\n`);
  if (differs) process.exitCode = 1;
}

runCli(import.meta.url, 'figure-gold', main);
