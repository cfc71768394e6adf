#!/usr/bin/env node
// Builds eval/figure-pairs/pairs.jsonl and eval/figure-pairs/corruptions.jsonl (see
// eval/figure-pairs/README.md) from a snapshot of Helsinki-NLP/OPUS-MT-testsets, which holds the
// FLORES-200 devtest files, the WMT newstest sets and the Tatoeba test sets it is made from.
//
//   node scripts/eval-sets/figure-pairs.mjs [--split dev|check|news|fresh] [--opus DIR] [--commit SHA] [--out DIR] [--check]
//
//   --opus DIR     a checkout of OPUS-MT-testsets (with testsets/) or its bare git dir
//                  (default /work/.mirror/Helsinki-NLP+OPUS-MT-testsets/repo)
//   --commit SHA   the snapshot commit read from a git dir (default: the one the set was built from)
//   --split S      dev (default: eval/figure-pairs, the set QA is tuned on) or check (eval/figure-pairs-check:
//                  the held-back set nobody tunes on; the candidates after the dev split's, disjoint from it)
//                  or news (eval/figure-pairs-news: a second dev set from other test sets of the snapshot,
//                  WMT newstest 2009–2020, TICO-19, Tatoeba; no sentence of dev or check in it)
//                  or fresh (eval/figure-pairs-fresh: a third dev set, the plan's rows after the candidates the
//                  check split used, disjoint from dev, check and news; FLORES rows with a third-language source)
//   --out DIR      where the files go (default eval/<the split's folder>)
//   --check        build in memory and compare with the files in --out instead of writing them (exit 1 when they differ)
//   --counts       print the count tables of the README (markdown) for the files in --out
//
// Everything is decided by fixed rules: a pair is a candidate when its source holds a figure
// (digits, or a number word of the source language); candidates are ordered by an FNV-1a hash of
// SEED and their id, and the first ones of each (source, target) quota are taken. A corruption is
// made from a correct pair by ONE edit of its target, of one class, with words of the target
// language (the tables below); classes are tried in turn so that each language gets each class it
// can. Reviews (`reviews.tsv`: id, tab, reason) mark correct pairs whose reference itself changes a
// figure as `divergent`; they are read from --out and kept across rebuilds.

import { BuildError, differsFrom, fail, fnv, runCli, snapshotReader, writeAtomic } from './common.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED = 'figure-pairs-2026';
/** The seed of the corruption order per split: the check split's corruptions are drawn in another order. */
const CORRUPTION_SEED = { dev: SEED, check: 'figure-pairs-check-2026', news: 'figure-pairs-news-2026', fresh: 'figure-pairs-fresh-2026' };
/** The seed of the candidate order of the news split's rows. */
const NEWS_SEED = 'figure-pairs-news-2026';
/** Where each split's files go. */
const OUT = { dev: 'eval/figure-pairs', check: 'eval/figure-pairs-check', news: 'eval/figure-pairs-news', fresh: 'eval/figure-pairs-fresh' };
const SNAPSHOT = 'ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180';
/** Corruptions per target language. */
const CORRUPTIONS_PER_LANGUAGE = 26;
/** Longer sources are left out (a figure check reads sentences, and the set must run fast). */
const MAX_CHARS = 400;

/** newsdesk code -> file code in the OPUS-MT-testsets FLORES-200 folder. */
const FLORES = { de: 'deu', el: 'ell', en: 'eng', es: 'spa', fi: 'fin', fr: 'fra', id: 'ind', it: 'ita', ja: 'jpn', pt: 'por', ru: 'rus', sa: 'san', zh: 'cmn_Hans' };
const ISO3 = { de: 'deu', el: 'ell', en: 'eng', es: 'spa', fi: 'fin', fr: 'fra', id: 'ind', it: 'ita', ja: 'jpn', la: 'lat', pt: 'por', ru: 'rus', zh: 'zho' };
/** newsdesk code -> file code of the TICO-19 test set (testsets/en-<code>/tico19-test.<code>). */
const TICO = { es: 'es_LA', fr: 'fr', id: 'id', pt: 'pt_BR', ru: 'ru', zh: 'zh' };

/**
 * The sources: one row per (origin, from, to) with how many pairs it gives. Every language is a
 * target; about 74 pairs each (1,040 in all).
 */
const FLORES_TARGETS = ['el', 'es', 'fi', 'fr', 'id', 'it', 'ja', 'pt', 'sa', 'zh'];
const PLAN = [
  ...FLORES_TARGETS.flatMap((to) => [
    { kind: 'flores', from: 'de', to, take: 37, check: 24 },
    { kind: 'flores', from: 'en', to, take: 37, check: 16 },
  ]),
  { kind: 'flores', from: 'de', to: 'ru', take: 25, check: 13 },
  { kind: 'flores', from: 'en', to: 'ru', take: 25, check: 13 },
  { kind: 'wmt', name: 'wmt20', test: 'newstest2020', from: 'en', to: 'ru', take: 25, check: 14 },
  { kind: 'flores', from: 'de', to: 'en', take: 25, check: 10 },
  { kind: 'wmt', name: 'wmt20', test: 'newstest2020', from: 'ja', to: 'en', take: 25, check: 15 },
  { kind: 'wmt', name: 'wmt17', test: 'newstest2017', from: 'fi', to: 'en', take: 25, check: 15 },
  { kind: 'flores', from: 'en', to: 'de', take: 37, check: 11 },
  { kind: 'wmt', name: 'wmt19', test: 'newstest2019', from: 'fr', to: 'de', take: 38, check: 29 },
  { kind: 'tatoeba', version: 'v2021-08-07', from: 'de', to: 'la', take: 25, check: 13 },
  { kind: 'tatoeba', version: 'v2021-08-07', from: 'en', to: 'la', take: 50, check: 27 },
];

/**
 * The news split (eval/figure-pairs-news): test sets of the snapshot that neither dev nor check
 * reads — WMT news test sets of other years and directions (never 2021 or 2022), TICO-19 (COVID-19
 * texts translated from English) and Tatoeba sentences — 36 pairs a target where they exist. `dir`
 * names the folder when it is not `<from>-<to>` in ISO 639-3. Sanskrit has none of these.
 */
const wmt = (year, from, to, take, dir) => ({ kind: 'wmt', name: `wmt${String(year).slice(2)}`, test: `newstest${year}`, from, to, take, dir });
const tatoeba = (from, to, take, dir) => ({ kind: 'tatoeba', version: 'v2021-08-07', from, to, take, dir });
const tico = (to, take) => ({ kind: 'tico', from: 'en', to, take });
export const NEWS_PLAN = [
  wmt(2014, 'en', 'de', 18), wmt(2020, 'fr', 'de', 18),
  tatoeba('en', 'el', 24, 'ell-eng'), tatoeba('de', 'el', 12),
  wmt(2020, 'de', 'en', 8), wmt(2019, 'ru', 'en', 7), wmt(2019, 'zh', 'en', 7), wmt(2019, 'fi', 'en', 7), wmt(2013, 'es', 'en', 7),
  tico('es', 18), wmt(2012, 'en', 'es', 9), wmt(2013, 'de', 'es', 9),
  wmt(2019, 'en', 'fi', 18), wmt(2015, 'en', 'fi', 18),
  tico('fr', 12), wmt(2014, 'en', 'fr', 12), wmt(2020, 'de', 'fr', 12),
  tico('id', 30), tatoeba('en', 'id', 6),
  wmt(2009, 'en', 'it', 12), wmt(2009, 'de', 'it', 12), tatoeba('en', 'it', 12),
  wmt(2020, 'en', 'ja', 24), tatoeba('en', 'ja', 12),
  tatoeba('en', 'la', 36),
  tico('pt', 24), tatoeba('en', 'pt', 12),
  wmt(2019, 'en', 'ru', 12), tico('ru', 12), wmt(2013, 'de', 'ru', 12),
  wmt(2019, 'en', 'zh', 12), tico('zh', 12), wmt(2017, 'en', 'zh', 12),
];

/** Number words that make a source a candidate (digits always do). */
const NUMBER_WORDS = {
  en: /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|twice|once)\b/i,
  de: /(?<![\p{L}])(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|Millionen|Million|Milliarden|Milliarde|Dutzend|Hälfte|halb|zweimal|dreimal|einmal)(?![\p{L}])/iu,
};
const hasFigure = (text, lang) => /[0-9０-９]/.test(text) || Boolean(NUMBER_WORDS[lang]?.test(text));

// ---------------------------------------------------------------- reading the snapshot

export { BuildError };

function args(argv) {
  const out = { opus: '/work/.mirror/Helsinki-NLP+OPUS-MT-testsets/repo', commit: SNAPSHOT, out: undefined, split: 'dev', check: false, counts: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') out.check = true;
    else if (a === '--counts') out.counts = true;
    else if (['--opus', '--commit', '--out', '--split'].includes(a)) {
      if (argv[i + 1] === undefined) fail(`${a} needs a value`);
      out[a.slice(2)] = a === '--commit' || a === '--split' ? argv[++i] : resolve(argv[++i]);
    } else fail(`unknown argument ${a} (see the head of this script)`);
  }
  if (!SPLITS.includes(out.split)) fail(`--split ${out.split}: dev, check, news or fresh`);
  out.out ??= join(root, OUT[out.split]);
  if (!out.counts && !existsSync(out.opus)) fail(`${out.opus} not found (--opus: an OPUS-MT-testsets checkout or bare git dir)`);
  return out;
}


export function sources(row) {
  if (row.kind === 'flores') {
    const dir = 'testsets/flores200_dataset/devtest';
    return { prefix: `flores-devtest-${row.from}-${row.to}`, src: `${dir}/${FLORES[row.from]}.devtest`, tgt: `${dir}/${FLORES[row.to]}.devtest`, origin: 'FLORES-200 devtest' };
  }
  if (row.kind === 'tico') {
    const dir = `testsets/en-${TICO[row.to]}`;
    return { prefix: `tico19-${row.from}${row.to}`, src: `${dir}/tico19-test.en`, tgt: `${dir}/tico19-test.${TICO[row.to]}`, origin: `TICO-19 test ${row.from}-${row.to}` };
  }
  const dir = `testsets/${row.dir ?? `${ISO3[row.from]}-${ISO3[row.to]}`}`;
  if (row.kind === 'wmt') {
    return { prefix: `${row.name}-${row.from}${row.to}`, src: `${dir}/${row.test}.${ISO3[row.from]}`, tgt: `${dir}/${row.test}.${ISO3[row.to]}`, origin: `WMT ${row.test} ${row.from}-${row.to}` };
  }
  return { prefix: `tatoeba-${row.from}-${row.to}`, src: `${dir}/tatoeba-test-${row.version}.${ISO3[row.from]}`, tgt: `${dir}/tatoeba-test-${row.version}.${ISO3[row.to]}`, origin: `Tatoeba test ${row.version} ${row.from}-${row.to}` };
}

const byHash = (key, seed = SEED) => (a, b) => fnv(`${seed}:${key(a)}`) - fnv(`${seed}:${key(b)}`) || (key(a) < key(b) ? -1 : 1);

/** A row's candidates in the fixed order: lines whose source holds a figure, sorted by hash. */
function candidatesOf(read, row, seed = SEED) {
  const s = sources(row);
  const src = read(s.src);
  const tgt = read(s.tgt);
  if (src.length !== tgt.length) fail(`${s.src} and ${s.tgt} differ in length (${src.length} / ${tgt.length})`);
  const width = String(src.length).length;
  const candidates = [];
  src.forEach((source, i) => {
    const target = tgt[i];
    if (!source.trim() || !target.trim() || source.length > MAX_CHARS) return;
    if (!hasFigure(source, row.from)) return;
    const id = `${s.prefix}-${String(i + 1).padStart(width, '0')}`;
    candidates.push({ id, line: i + 1, source: source.trim(), target: target.trim(), key: row.kind === 'flores' ? `flores:${i + 1}` : id, origin: `${s.origin}, line ${i + 1}` });
  });
  return { prefix: s.prefix, candidates: candidates.sort(byHash((c) => c.id, seed)) };
}

const pairOf = (row, c) => ({ id: c.id, from: row.from, to: row.to, source: c.source, target: c.target, origin: c.origin });

/** The dev split (eval/figure-pairs): per row of the plan, the first `take` candidates; a FLORES line once per target language. */
function selectDev(read, gold = goldTexts(undefined, DEV_GOLD_SETS)) {
  const inGold = (text) => gold.some((g) => g.includes(text));
  const pairs = [];
  const stops = []; // per row: the index after the last candidate the dev split looked at
  const usedLines = new Map(); // target language -> Set of "file:line" already taken
  for (const row of PLAN) {
    const { prefix, candidates } = candidatesOf(read, row);
    const used = usedLines.get(row.to) ?? new Set();
    usedLines.set(row.to, used);
    let taken = 0;
    let i = 0;
    for (; i < candidates.length && taken < row.take; i++) {
      const c = candidates[i];
      if (used.has(c.key)) continue; // one FLORES sentence once per target language
      if (inGold(c.source) || inGold(c.target)) continue; // a sentence of a figure gold set
      used.add(c.key);
      pairs.push(pairOf(row, c));
      taken++;
    }
    if (taken < row.take) fail(`${prefix}: only ${taken} candidates for ${row.take} pairs`);
    stops.push(i);
  }
  return { pairs, stops };
}

/**
 * The held-back check split (eval/figure-pairs-check): the same rows and the same candidate order,
 * the candidates AFTER those the dev split looked at, `check` of them a row, a FLORES line once per
 * target language. A candidate is skipped when the dev split holds its id or its source or target
 * text, as a source or as a target: no sentence of the check split, in any language, is read by
 * the dev split (FLORES is multi-parallel, so a line whose German sentence is a dev source is never
 * a check pair, whatever its target).
 */
function selectCheck(read, dev, gold = goldTexts(undefined, DEV_GOLD_SETS)) {
  const inGold = (text) => gold.some((g) => g.includes(text));
  const devIds = new Set(dev.pairs.map((p) => p.id));
  const devTexts = new Set(dev.pairs.flatMap((p) => [p.source, p.target]));
  const pairs = [];
  const stops = []; // per row: the index after the last candidate the check split looked at
  const usedLines = new Map();
  PLAN.forEach((row, r) => {
    const { prefix, candidates } = candidatesOf(read, row);
    const used = usedLines.get(row.to) ?? new Set();
    usedLines.set(row.to, used);
    let taken = 0;
    let i = dev.stops[r];
    for (; i < candidates.length && taken < row.check; i++) {
      const c = candidates[i];
      if (used.has(c.key) || devIds.has(c.id) || devTexts.has(c.source) || devTexts.has(c.target) || inGold(c.source) || inGold(c.target)) continue;
      used.add(c.key);
      pairs.push(pairOf(row, c));
      taken++;
    }
    if (taken < row.check) fail(`${prefix}: only ${taken} candidates after the dev split for ${row.check} check pairs`);
    stops.push(i);
  });
  assertDisjoint(dev.pairs, pairs);
  return { pairs, stops };
}

/** Throws when the check split shares an id or a source sentence with the dev split. */
export function assertDisjoint(devPairs, checkPairs, names = ['check', 'dev']) {
  const ids = new Set(devPairs.map((p) => p.id));
  const texts = new Set(devPairs.map((p) => p.source));
  for (const p of checkPairs) {
    if (ids.has(p.id)) fail(`${names[0]} split: ${p.id} is a pair of the ${names[1]} split`);
    if (texts.has(p.source)) fail(`${names[0]} split: the source of ${p.id} is a source of the ${names[1]} split`);
  }
}

/**
 * The figure gold sets of the repository: no pair of any split may hold a sentence of one of their
 * documents. figure-gold-2 and figure-gold-3 were built after the four pair splits and excluded
 * every pair sentence, so leaving their sentences out of the splits changes no committed pair set
 * (`--check` on each split says so); it keeps a rebuild or a new split from taking them.
 */
export const GOLD_SETS = ['figure-gold', 'figure-gold-check', 'figure-gold-2', 'figure-gold-3'];
/**
 * The gold sets the dev and check splits leave out: all but eval/figure-gold, whose Latin texts (made
 * from another Tatoeba file before the pair sets existed) share two sentences with two committed dev
 * pairs (tatoeba-en-la-04724, tatoeba-en-la-00168), both development material; leaving them out
 * would change the committed dev split and, through its stopping points, the check split.
 */
const DEV_GOLD_SETS = GOLD_SETS.filter((set) => set !== 'figure-gold');

/** The texts of the repository's figure gold sets (by default the documents of all of GOLD_SETS): no pair may hold one. */
export function goldTexts(dir = join(root, 'eval'), sets = GOLD_SETS) {
  const texts = [];
  for (const set of sets) {
    for (const code of Object.keys(ISO3).concat('sa')) {
      const file = join(dir, set, `${code}.json`);
      if (existsSync(file)) texts.push(...JSON.parse(readFileSync(file, 'utf8')).documents.map((d) => d.text));
    }
  }
  return texts;
}

/**
 * The news split (eval/figure-pairs-news): per row of NEWS_PLAN the first `take` candidates in
 * their own order (NEWS_SEED). No sentence is used twice in it (as a source or a target: the older
 * newstest sets and TICO-19 are multi-parallel), and none that the dev or the check split holds or
 * that stands in a document of the figure gold sets.
 */
function selectNews(read, others, gold = goldTexts()) {
  const taken = new Set(others.flatMap((p) => [p.source, p.target]));
  const inGold = (text) => gold.some((g) => g.includes(text));
  const pairs = [];
  for (const row of NEWS_PLAN) {
    const { prefix, candidates } = candidatesOf(read, row, NEWS_SEED);
    let n = 0;
    for (const c of candidates) {
      if (n === row.take) break;
      if (taken.has(c.source) || taken.has(c.target) || inGold(c.source) || inGold(c.target)) continue;
      taken.add(c.source).add(c.target);
      pairs.push(pairOf(row, c));
      n++;
    }
    if (n < row.take) fail(`${prefix}: only ${n} candidates for ${row.take} news pairs`);
  }
  assertDisjoint(others, pairs, ['news', 'dev or check']);
  return pairs;
}

/**
 * The fresh split (eval/figure-pairs-fresh): the rows of PLAN in the same candidate order as dev
 * and check, the candidates AFTER those the check split looked at, `FRESH[row]` of them a row, a
 * FLORES line once per target language. A candidate is skipped when dev, check or news holds its id
 * or its source or target sentence (in any role), or when either sentence stands in a document of a
 * figure gold set (GOLD_SETS: the held-back figure-gold-check reads FLORES devtest too).
 *
 * Every FLORES line with a figure in its German or English sentence has that sentence in dev or
 * check already (as a source for some target), so no FLORES pair from German or English is left.
 * A FLORES candidate therefore keeps its line and its target sentence and takes its source from the
 * same line in the first language of PIVOTS (not the target) whose sentence holds a digit and is in
 * no set: FLORES is one text in every language, so the pair says the same thing, in a source
 * sentence nobody has tuned on. German and English targets have no FLORES line left at all (their
 * sentences with figures are all used); their WMT rows give their pairs.
 */
const PIVOTS = ['fr', 'es', 'it', 'pt', 'ru', 'zh', 'ja', 'fi', 'el', 'id'];
/** Pairs a row of PLAN gives to the fresh split (by prefix): 40 a target as in the check split, but Greek (32: no more FLORES lines are left for it). */
const FRESH = {
  'flores-devtest-de-el': 25, 'flores-devtest-en-el': 7,
  'flores-devtest-de-es': 24, 'flores-devtest-en-es': 16,
  'flores-devtest-de-fi': 40, 'flores-devtest-en-fi': 0,
  'flores-devtest-de-fr': 24, 'flores-devtest-en-fr': 16,
  'flores-devtest-de-id': 20, 'flores-devtest-en-id': 20,
  'flores-devtest-de-it': 12, 'flores-devtest-en-it': 28,
  'flores-devtest-de-ja': 38, 'flores-devtest-en-ja': 2,
  'flores-devtest-de-pt': 24, 'flores-devtest-en-pt': 16,
  'flores-devtest-de-sa': 33, 'flores-devtest-en-sa': 7,
  'flores-devtest-de-zh': 39, 'flores-devtest-en-zh': 1,
  'flores-devtest-de-ru': 13, 'flores-devtest-en-ru': 13, 'wmt20-enru': 14,
  'flores-devtest-de-en': 0, 'wmt20-jaen': 20, 'wmt17-fien': 20,
  'flores-devtest-en-de': 0, 'wmt19-frde': 40,
  'tatoeba-de-la': 13, 'tatoeba-en-la': 27,
};

function selectFresh(read, dev, check, news, gold = goldTexts()) {
  const others = [...dev.pairs, ...check.pairs, ...news];
  const ids = new Set(others.map((p) => p.id));
  const texts = new Set(others.flatMap((p) => [p.source, p.target]));
  const inGold = (text) => gold.some((g) => g.includes(text));
  const flores = (lang) => read(sources({ kind: 'flores', from: lang, to: lang }).src).map((l) => l.trim());
  const pairs = [];
  const usedLines = new Map();
  PLAN.forEach((row, r) => {
    const { prefix, candidates } = candidatesOf(read, row);
    const quota = FRESH[prefix] ?? 0;
    const used = usedLines.get(row.to) ?? new Set();
    usedLines.set(row.to, used);
    let taken = 0;
    for (const c of candidates.slice(check.stops[r])) {
      if (taken === quota) break;
      if (used.has(c.key) || ids.has(c.id) || texts.has(c.target) || inGold(c.target)) continue;
      let pair = pairOf(row, c);
      if (texts.has(c.source) || inGold(c.source)) {
        if (row.kind !== 'flores') continue;
        const pivot = PIVOTS.find((lang) => lang !== row.to && /[0-9]/.test(flores(lang)[c.line - 1]) && !texts.has(flores(lang)[c.line - 1]) && !inGold(flores(lang)[c.line - 1]));
        if (!pivot) continue;
        const s = sources({ kind: 'flores', from: pivot, to: row.to });
        const id = `${s.prefix}-${c.id.slice(-4)}`;
        const source = flores(pivot)[c.line - 1];
        if (ids.has(id) || source.length > MAX_CHARS) continue;
        pair = { id, from: pivot, to: row.to, source, target: c.target, origin: `${s.origin}, line ${c.line} (the line of ${c.id}; its ${row.from} sentence is in another set)` };
      }
      used.add(c.key);
      pairs.push(pair);
      taken++;
    }
    if (taken < quota) fail(`${prefix}: only ${taken} candidates after the check split for ${quota} fresh pairs`);
  });
  assertDisjoint(others, pairs, ['fresh', 'dev, check or news']);
  const targets = new Set(others.map((p) => p.target).concat(others.map((p) => p.source)));
  for (const p of pairs) if (targets.has(p.target)) fail(`fresh split: the target of ${p.id} is a sentence of the dev, check or news split`);
  return pairs;
}

export const SPLITS = ['dev', 'check', 'news', 'fresh'];

/** The pairs of a split: `dev` (eval/figure-pairs), `check` (eval/figure-pairs-check), `news` (eval/figure-pairs-news) or `fresh` (eval/figure-pairs-fresh). */
export function selectPairs(read, split = 'dev') {
  if (!SPLITS.includes(split)) fail(`unknown split ${split} (dev, check, news or fresh)`);
  const gold = goldTexts();
  const devGold = goldTexts(undefined, DEV_GOLD_SETS);
  const dev = selectDev(read, devGold);
  if (split === 'dev') return dev.pairs;
  const check = selectCheck(read, dev, devGold);
  if (split === 'check') return check.pairs;
  const news = selectNews(read, [...dev.pairs, ...check.pairs], gold);
  return split === 'news' ? news : selectFresh(read, dev, check, news, gold);
}

// ---------------------------------------------------------------- corruptions

// Each class: per language a list of [old, new] word edits (the first match in the target that
// stands where a figure is is changed), or a function of the target. Words are the language's own.
const DIGIT = '[0-9\u0966-\u096f]';
const NUM = String.raw`(?<![\p{L}\p{N}\-–./:：,])(${DIGIT}{1,3}(?:[ .,\u00a0\u202f]${DIGIT}{3})+|${DIGIT}+)(?:[.,]${DIGIT}+)?(?![\p{N}\-–]|[.,:：]\d)`;
/** A number that may be a year: left to the date class. */
const YEARISH = /^(1\d{3}|20\d\d|[\u0967][\u0966-\u096f]{3}|\u0968\u0966[\u0966-\u096f]{2})$/u;
/** What after a number makes it an ordinal, a day, a decade or part of a code: not a plain quantity. */
const NOT_QUANTITY = /^(?:\.(?!\d)|th\b|st\b|nd\b|rd\b|e\b|er\b|ème|º|ª|°|[-–]|:|\s?[-–:]\s?\d|\s?(?:位|世紀|世纪|日|月|年|号|號|時|点|分(?![钟鐘之])|人制|時代|年代|тамे|तमे|तम|-?[йяегох]\b|η\b|ος\b|ο\b|ης\b|ου\b))/u;
/** What before a number makes it an ordinal, a decade, a clock time or a list mark. */
const NOT_QUANTITY_BEFORE = /(?:\bke[- ]|第|['’]|\b(?:kello|klo|pukul|ore)\s|\(|\d\s?[-–:]\s?)$/u;

/** Changes the first digit of a digit string, in its own script (1 -> 2, 9 -> 8). */
function bump(n) {
  const c = n.codePointAt(0);
  const zero = c >= 0x966 ? 0x966 : 0x30;
  const d = c - zero;
  return String.fromCodePoint(zero + (d === 9 ? 8 : d === 0 ? 1 : d + 1)) + n.slice(1);
}

/** The numbers of a text that stand for a quantity (not a year, an ordinal, a day or a code). */
function* quantities(text, lang) {
  const months = monthWords(lang);
  for (const m of text.matchAll(new RegExp(NUM, 'gu'))) {
    if (YEARISH.test(m[0])) continue;
    const after = text.slice(m.index + m[0].length);
    if (NOT_QUANTITY.test(after)) continue;
    if (NOT_QUANTITY_BEFORE.test(text.slice(0, m.index))) continue;
    if (/^0\d/.test(m[0])) continue; // "08", "00": a time or a score, not a count
    if (/^(?:[01]?\d|2[0-3])\.[0-5]\d$/.test(m[0]) && /\b(?:kello|klo|pukul)\s/.test(text)) continue; // "kello 6.30 ja 7.30"
    // a day of a month ("4 de julho", "October 7", "9 जुलै")
    if (months && (new RegExp(`^\\s?(?:de\\s|του\\s)?(?:${months})`, 'u').test(after) || new RegExp(`(?:${months})\\s?$`, 'u').test(text.slice(0, m.index)))) continue;
    yield m;
  }
}

/** Month and day names of a language (its date table), as a regex source. */
function monthWords(lang) {
  const extra = { sa: ['जुलै', 'जुलाई', 'अगस्त', 'जनवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'सितम्बर', 'अक्टूबर', 'नवम्बर', 'दिसम्बर'], zh: ['月'], ja: ['月'], la: ['Kalendas', 'Idus', 'Nonas'] }[lang] ?? [];
  const words = new Set(extra);
  for (const [a, b] of WORDS.date[lang] ?? []) words.add(a).add(b);
  return [...words].join('|');
}

function changeDigits(text, lang) {
  // value: the first digit of the first quantity
  for (const m of quantities(text, lang)) return { at: m.index, old: m[0], new: bump(m[0]) };
  return undefined;
}

function changeYear(text, lang) {
  const re = /(?<![\p{N}\-–./:,])(1[5-9]\d\d|20\d\d)(?![\p{N}])/gu;
  for (const m of text.matchAll(re)) {
    const after = text.slice(m.index + 4);
    if (/^(?:[\-–'’]|\p{L})/u.test(after) && !((lang === 'zh' || lang === 'ja') && /^年(?!代)/.test(after))) continue;
    if (/^\s?(?:年代|s\b)/.test(after)) continue;
    return { at: m.index, old: m[1], new: String(Number(m[1]) + 1) };
  }
  return undefined;
}

function changeTime(text) {
  // H:MM, H h MM, or H.MM after the word for "o'clock" (kello 6.30, pukul 06.30)
  const m = /(?<![\p{N}.,:])([01]?\d|2[0-3])([:：h]\s?)([0-5]\d)(?![\p{N}]|[.,]\d)/u.exec(text) ?? /(?<=\b(?:kello|klo|pukul)\s)([01]?\d|2[0-3])(\.)([0-5]\d)(?![\p{N}])/u.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const nh = String(h === 23 ? 22 : h + 1).padStart(m[1].length, '0');
  return { at: m.index, old: m[0], new: `${nh}${m[2]}${m[3]}` };
}

function dropNumber(text, lang) {
  // lost: the first quantity goes, with a currency sign before it and a unit symbol or % after it
  for (const m of quantities(text, lang)) {
    let at = m.index;
    let old = m[0];
    const sign = /[$€£¥]\s?$/.exec(text.slice(0, at));
    if (sign) {
      at -= sign[0].length;
      old = sign[0] + old;
    }
    const unit = /^\s?(?:%|％|km|kg|cm|mm|m|°C|°F)(?![\p{L}])/u.exec(text.slice(m.index + m[0].length));
    if (unit) old += unit[0];
    const before = text.slice(0, at);
    const after = text.slice(at + old.length);
    if (!NO_SPACES.has(lang)) {
      // keep one space between the words around it
      if (before.endsWith(' ') && (after.startsWith(' ') || /^[,.;:!?)]/.test(after) || after === '')) return { at: at - 1, old: ` ${old}`, new: '' };
      if (after.startsWith(' ')) return { at, old: `${old} `, new: '' };
    }
    return { at, old, new: '' };
  }
  // no digits: a cardinal number word goes, with the space after it ("duos filios" -> "filios")
  const word = firstCardinal(text, lang);
  if (!word) return undefined;
  const rest = /^\s(\p{L})/u.exec(text.slice(word.index + word[0].length));
  if (!rest) return { at: word.index, old: word[0], new: '' };
  // at the start of a sentence the next word takes the capital: "Quinquaginta annos" -> "Annos"
  const starts = /^\p{Lu}/u.test(word[0]) && /(?:^|[.!?]\s+)$/u.test(text.slice(0, word.index));
  return starts ? { at: word.index, old: `${word[0]} ${rest[1]}`, new: rest[1].toUpperCase() } : { at: word.index, old: `${word[0]} `, new: '' };
}

/** Fractions and multipliers in the number-word tables: not a count that can go or be approximate. */
const NOT_CARDINAL = /half|hälfte|halb|moitié|mitad|metà|metade|полови|μισό|puolet|setengah|separuh|半|अर्ध|dimidium|twice|mal$|fois|kahdesti|дважды|dozen|^bis$/iu;

/** The first cardinal number word of a text (languages with spaces; Chinese and Japanese numerals are left to digits). */
function firstCardinal(text, lang) {
  if (NO_SPACES.has(lang)) return undefined;
  const words = (WORDS['number-word'][lang] ?? []).map(([old]) => old).filter((w) => !NOT_CARDINAL.test(w));
  if (lang === 'la') words.push(String.raw`\p{L}+(?:ginta|genti|gentos|gentas|decim)`);
  if (!words.length) return undefined;
  // the whole compound: "tiga belas", "two hundred", "septem et nonaginta", "vingt-deux"
  const part = `(?:${[...words, numberWords(lang), ...(COMPOUND_PARTS[lang] ?? [])].join('|')})`;
  const joint = String.raw`(?:[\s-]+(?:and|und|et|e|y|и|και|ja|dan)?\s*)`;
  return new RegExp(W(`(?:${words.join('|')})(?:${joint}${part})*`), 'iu').exec(text) ?? undefined;
}

/** Words that continue a number in a compound without being a number word of the tables. */
const COMPOUND_PARTS = { id: ['belas', 'puluh', 'ratus', 'ribu'], en: ['hundred', 'thousand', 'eleven', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'], la: [String.raw`\p{L}+(?:ginta|genti|gentos|decim)`] };

const W = (word) => String.raw`(?<![\p{L}\p{M}])${word}(?![\p{L}\p{M}])`;

/** Swap tables: [old, new] pairs tried in order; `old` is a word (or a regex source with \p classes). */
const WORDS = {
  scale: {
    en: [['million', 'billion'], ['billion', 'million'], ['thousand', 'million'], ['hundred', 'thousand']],
    de: [['Millionen', 'Milliarden'], ['Million', 'Milliarde'], ['Milliarden', 'Millionen'], ['Milliarde', 'Million'], ['Mio\\.', 'Mrd.'], ['Mrd\\.', 'Mio.'], ['tausend', 'hundert'], ['Tausende', 'Hunderte'], ['hundert', 'tausend'], ['Hunderte', 'Tausende']],
    fr: [['millions', 'milliards'], ['million', 'milliard'], ['milliards', 'millions'], ['milliard', 'million'], ['milliers', 'centaines'], ['mille', 'cent'], ['centaines', 'milliers'], ['cent', 'mille']],
    es: [['millones', 'billones'], ['millón', 'billón'], ['miles', 'cientos'], ['mil', 'cien'], ['cientos', 'miles']],
    it: [['milioni', 'miliardi'], ['milione', 'miliardo'], ['miliardi', 'milioni'], ['miliardo', 'milione'], ['migliaia', 'centinaia'], ['mila', 'cento'], ['centinaia', 'migliaia']],
    pt: [['milhões', 'bilhões'], ['milhão', 'bilhão'], ['bilhões', 'milhões'], ['mil', 'cem'], ['milhares', 'centenas'], ['centenas', 'milhares']],
    ru: [['миллионов', 'миллиардов'], ['миллиона', 'миллиарда'], ['миллион', 'миллиард'], ['млн', 'млрд'], ['миллиардов', 'миллионов'], ['миллиарда', 'миллиона'], ['млрд', 'млн'], ['тысяч', 'сотен'], ['тысячи', 'сотни'], ['сотни', 'тысячи']],
    el: [['εκατομμύρια', 'δισεκατομμύρια'], ['εκατομμυρίων', 'δισεκατομμυρίων'], ['εκατομμύριο', 'δισεκατομμύριο'], ['δισεκατομμύρια', 'εκατομμύρια'], ['χιλιάδες', 'εκατοντάδες'], ['χιλιάδων', 'εκατοντάδων'], ['εκατοντάδες', 'χιλιάδες']],
    fi: [['miljoonaa', 'miljardia'], ['miljoona', 'miljardi'], ['miljoonan', 'miljardin'], ['miljardia', 'miljoonaa'], ['tuhatta', 'sataa'], ['tuhansia', 'satoja'], ['satoja', 'tuhansia']],
    id: [['juta', 'miliar'], ['miliar', 'juta'], ['ribu', 'ratus'], ['ribuan', 'ratusan'], ['ratusan', 'ribuan']],
    zh: [['百万', '十亿'], ['亿', '万'], ['万', '亿'], ['千', '百'], ['百', '千']],
    ja: [['億', '万'], ['万', '億'], ['千', '百'], ['百', '千']],
    sa: [['कोटि', 'लक्ष'], ['लक्ष', 'कोटि'], ['सहस्र', 'शत'], ['शत', 'सहस्र']],
    la: [['milia', 'centum'], ['mille', 'centum'], ['centum', 'mille'], ['ducenti', 'duo milia']],
  },
  unit: {
    en: [['years', 'months'], ['year', 'month'], ['months', 'weeks'], ['days', 'weeks'], ['hours', 'minutes'], ['minutes', 'seconds'], ['km', 'm'], ['kilometres', 'metres'], ['kilometers', 'meters'], ['miles', 'kilometres'], ['kg', 'g'], ['metres', 'feet'], ['meters', 'feet'], ['feet', 'metres']],
    de: [['Jahre', 'Monate'], ['Jahren', 'Monaten'], ['Jahr', 'Monat'], ['Monate', 'Wochen'], ['Monaten', 'Wochen'], ['Tage', 'Wochen'], ['Tagen', 'Wochen'], ['Stunden', 'Minuten'], ['Minuten', 'Sekunden'], ['km', 'm'], ['Kilometer', 'Meter'], ['Meilen', 'Kilometer'], ['kg', 'g'], ['Meter', 'Fuß']],
    fr: [['ans', 'mois'], ['années', 'mois'], ['mois', 'semaines'], ['jours', 'semaines'], ['heures', 'minutes'], ['minutes', 'secondes'], ['km', 'm'], ['kilomètres', 'mètres'], ['milles', 'kilomètres'], ['kg', 'g'], ['mètres', 'pieds']],
    es: [['años', 'meses'], ['meses', 'semanas'], ['días', 'semanas'], ['horas', 'minutos'], ['minutos', 'segundos'], ['km', 'm'], ['kilómetros', 'metros'], ['millas', 'kilómetros'], ['kg', 'g'], ['metros', 'pies']],
    it: [['anni', 'mesi'], ['mesi', 'settimane'], ['giorni', 'settimane'], ['ore', 'minuti'], ['minuti', 'secondi'], ['km', 'm'], ['chilometri', 'metri'], ['miglia', 'chilometri'], ['kg', 'g'], ['metri', 'piedi']],
    pt: [['anos', 'meses'], ['meses', 'semanas'], ['dias', 'semanas'], ['horas', 'minutos'], ['minutos', 'segundos'], ['km', 'm'], ['quilômetros', 'metros'], ['quilómetros', 'metros'], ['milhas', 'quilômetros'], ['kg', 'g'], ['metros', 'pés']],
    ru: [['лет', 'месяцев'], ['года', 'месяца'], ['год', 'месяц'], ['месяцев', 'недель'], ['дней', 'недель'], ['часов', 'минут'], ['минут', 'секунд'], ['км', 'м'], ['километров', 'метров'], ['миль', 'километров'], ['кг', 'г'], ['метров', 'футов']],
    el: [['χρόνια', 'μήνες'], ['χρόνων', 'μηνών'], ['έτη', 'μήνες'], ['ετών', 'μηνών'], ['μήνες', 'εβδομάδες'], ['ημέρες', 'εβδομάδες'], ['μέρες', 'εβδομάδες'], ['ώρες', 'λεπτά'], ['λεπτά', 'δευτερόλεπτα'], ['χλμ\\.?', 'μ.'], ['χιλιόμετρα', 'μέτρα'], ['χιλιομέτρων', 'μέτρων'], ['μίλια', 'χιλιόμετρα'], ['κιλά', 'γραμμάρια'], ['μέτρα', 'πόδια']],
    fi: [['vuotta', 'kuukautta'], ['vuoden', 'kuukauden'], ['vuotiaana', 'kuukauden ikäisenä'], ['kuukautta', 'viikkoa'], ['päivää', 'viikkoa'], ['tuntia', 'minuuttia'], ['minuuttia', 'sekuntia'], ['km', 'm'], ['kilometriä', 'metriä'], ['mailia', 'kilometriä'], ['kg', 'g'], ['metriä', 'jalkaa']],
    id: [['tahun', 'bulan'], ['bulan', 'minggu'], ['hari', 'minggu'], ['jam', 'menit'], ['menit', 'detik'], ['km', 'm'], ['kilometer', 'meter'], ['mil', 'kilometer'], ['kg', 'g'], ['meter', 'kaki']],
    zh: [['公里', '米'], ['英里', '公里'], ['公斤', '克'], ['小时', '分钟'], ['分钟', '秒'], ['个月', '周'], ['天', '周'], ['岁', '个月大']],
    ja: [['キロメートル', 'メートル'], ['km', 'm'], ['マイル', 'キロ'], ['キロ', 'メートル'], ['時間', '分'], ['か月', '週間'], ['ヶ月', '週間'], ['日間', '週間'], ['年間', 'か月間'], ['歳', 'か月']],
    sa: [['वर्षाणि', 'मासाः'], ['वर्षाणां', 'मासानां'], ['वर्षेभ्यः', 'मासेभ्यः'], ['वर्षे', 'मासे'], ['वर्ष', 'मास'], ['दिनानि', 'सप्ताहाः'], ['घण्टाः', 'निमेषाः'], ['किलोमीटर', 'मीटर'], ['किलोग्राम', 'ग्राम']],
    la: [['annos', 'menses'], ['annorum', 'mensium'], ['annis', 'mensibus'], ['anni', 'menses'], ['annum', 'mensem'], ['dies', 'hebdomades'], ['horas', 'minutas'], ['pedes', 'passus'], ['passuum', 'pedum'], ['libras', 'uncias']],
  },
  currency: {
    en: [['\\$', '€'], ['€', '$'], ['£', '$'], ['dollars', 'euros'], ['euros', 'dollars'], ['yen', 'dollars'], ['JPY', 'USD'], ['USD', 'EUR'], ['EUR', 'USD'], ['AUD', 'USD'], ['¥', '$']],
    de: [['\\$', '€'], ['€', '$'], ['£', '$'], ['Dollar', 'Euro'], ['Euro', 'Dollar'], ['Yen', 'Dollar'], ['JPY', 'USD'], ['USD', 'EUR'], ['EUR', 'USD'], ['¥', '$']],
    fr: [['\\$', '€'], ['€', '$'], ['£', '$'], ['dollars', 'euros'], ['euros', 'dollars'], ['yens', 'dollars'], ['francs', 'euros'], ['JPY', 'USD'], ['USD', 'EUR'], ['EUR', 'USD'], ['¥', '$']],
    es: [['\\$', '€'], ['€', '$'], ['£', '$'], ['dólares', 'euros'], ['euros', 'dólares'], ['yenes', 'dólares'], ['francos', 'euros'], ['JPY', 'USD'], ['USD', 'EUR'], ['EUR', 'USD'], ['¥', '$']],
    it: [['\\$', '€'], ['€', '$'], ['£', '$'], ['dollari', 'euro'], ['euro', 'dollari'], ['sterline', 'dollari'], ['yen', 'dollari'], ['franchi', 'euro'], ['JPY', 'USD'], ['USD', 'EUR'], ['EUR', 'USD'], ['¥', '$']],
    pt: [['\\$', '€'], ['€', '$'], ['£', '$'], ['dólares', 'euros'], ['euros', 'dólares'], ['ienes', 'dólares'], ['francos', 'euros'], ['JPY', 'USD'], ['USD', 'EUR'], ['EUR', 'USD'], ['¥', '$']],
    ru: [['\\$', '€'], ['€', '$'], ['£', '$'], ['долларов', 'евро'], ['доллара', 'евро'], ['доллар', 'евро'], ['евро', 'долларов'], ['рублей', 'долларов'], ['руб\\.', 'долл.'], ['иен', 'долларов'], ['франков', 'евро'], ['JPY', 'USD'], ['USD', 'EUR'], ['¥', '$']],
    el: [['\\$', '€'], ['€', '$'], ['£', '$'], ['δολάρια', 'ευρώ'], ['δολαρίων', 'ευρώ'], ['ευρώ', 'δολάρια'], ['γιεν', 'δολάρια'], ['φράγκα', 'ευρώ'], ['JPY', 'USD'], ['USD', 'EUR'], ['¥', '$']],
    fi: [['\\$', '€'], ['€', '$'], ['£', '$'], ['dollaria', 'euroa'], ['dollarin', 'euron'], ['euroa', 'dollaria'], ['euron', 'dollarin'], ['dollareita', 'euroja'], ['jeniä', 'dollaria'], ['frangia', 'euroa'], ['JPY', 'USD'], ['USD', 'EUR'], ['¥', '$']],
    id: [['\\$', '€'], ['€', '$'], ['£', '$'], ['dolar', 'euro'], ['euro', 'dolar'], ['rupiah', 'dolar'], ['Rp', '€'], ['Franc', 'Dolar'], ['franc', 'dolar'], ['yen', 'dolar'], ['JPY', 'USD'], ['USD', 'EUR'], ['¥', '$']],
    zh: [['美元', '欧元'], ['欧元', '美元'], ['英镑', '美元'], ['人民币', '美元'], ['\\$', '€'], ['€', '$'], ['£', '$'], ['澳元', '美元'], ['日元', '美元'], ['JPY', 'USD'], ['USD', 'EUR'], ['¥', '$']],
    ja: [['ドル', 'ユーロ'], ['ユーロ', 'ドル'], ['円', 'ドル'], ['\\$', '€'], ['€', '$'], ['£', '$'], ['豪ドル', '米ドル'], ['JPY', 'USD'], ['USD', 'EUR'], ['¥', '$']],
    sa: [['डॉलर', 'यूरो'], ['डालर', 'यूरो'], ['रूप्यक', 'डॉलर'], ['रुप्यक', 'डॉलर'], ['\\$', '€'], ['€', '$'], ['£', '$'], ['¥', '$'], ['JPY', 'USD'], ['USD', 'EUR']],
    la: [['denarios', 'aureos'], ['denariis', 'aureis'], ['nummos', 'aureos'], ['sestertios', 'denarios'], ['argenteos', 'aureos'], ['\\$', '€'], ['€', '$'], ['¥', '$']],
  },
  'percent-points': {
    en: [['percentage points', 'percent'], ['per cent', 'percentage points'], ['percent', 'percentage points'], ['%', ' percentage points']],
    de: [['Prozentpunkte', 'Prozent'], ['Prozent', 'Prozentpunkte'], ['%', ' Prozentpunkte']],
    fr: [['points de pourcentage', 'pour cent'], ['pour cent', 'points de pourcentage'], ['%', ' points de pourcentage']],
    es: [['puntos porcentuales', 'por ciento'], ['por ciento', 'puntos porcentuales'], ['%', ' puntos porcentuales']],
    it: [['punti percentuali', 'per cento'], ['per cento', 'punti percentuali'], ['%', ' punti percentuali']],
    pt: [['pontos percentuais', 'por cento'], ['por cento', 'pontos percentuais'], ['%', ' pontos percentuais']],
    ru: [['процентных пункт\\p{L}*', 'процента'], ['процент\\p{L}*', 'процентных пункта'], ['%', ' процентных пункта']],
    el: [['ποσοστιαίες μονάδες', 'τοις εκατό'], ['τοις εκατό', 'ποσοστιαίες μονάδες'], ['%', ' ποσοστιαίες μονάδες']],
    fi: [['prosenttiyksikköä', 'prosenttia'], ['prosenttia', 'prosenttiyksikköä'], ['%', ' prosenttiyksikköä']],
    id: [['poin persentase', 'persen'], ['persen', 'poin persentase'], ['%', ' poin persentase']],
    zh: [['个百分点', '%'], ['%', '个百分点'], ['％', '个百分点']],
    ja: [['ポイント', '%'], ['%', 'ポイント'], ['％', 'ポイント'], ['パーセント', 'ポイント']],
    sa: [['प्रतिशतबिन्दु', 'प्रतिशत'], ['प्रतिशत', 'प्रतिशतबिन्दु'], ['%', ' प्रतिशतबिन्दवः']],
    la: [['centesimae', 'puncta centesimalia'], ['%', ' puncta centesimalia']],
  },
  // approx: an approximation word goes (when the target has one) or comes before a number
  approx: {
    en: ['about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some'],
    de: ['etwa', 'rund', 'ungefähr', 'circa', 'ca\\.', 'knapp', 'fast', 'nahezu'],
    fr: ['environ', 'près de', 'presque', 'quelque', 'approximativement'],
    es: ['aproximadamente', 'alrededor de', 'unos', 'unas', 'casi', 'cerca de'],
    it: ['circa', 'quasi', 'intorno a', 'approssimativamente'],
    pt: ['aproximadamente', 'cerca de', 'quase', 'por volta de'],
    ru: ['примерно', 'около', 'почти', 'приблизительно', 'порядка'],
    el: ['περίπου', 'σχεδόν', 'κοντά στα', 'κοντά στις'],
    fi: ['noin', 'lähes', 'melkein', 'suunnilleen', 'likimain', 'runsaat'],
    id: ['sekitar', 'hampir', 'kira-kira', 'kurang lebih'],
    zh: ['约', '大约', '近', '将近', '左右'],
    ja: ['約', 'およそ', '近く', 'ほぼ', '程度'],
    sa: ['प्रायः', 'प्रायेण', 'सामान्यतः'],
    la: ['circiter', 'fere', 'paene', 'prope'],
  },
  // bound: more <-> less
  bound: {
    en: [['more than', 'less than'], ['over', 'under'], ['less than', 'more than'], ['fewer than', 'more than'], ['at least', 'at most'], ['up to', 'at least'], ['under', 'over']],
    de: [['mehr als', 'weniger als'], ['über', 'unter'], ['weniger als', 'mehr als'], ['mindestens', 'höchstens'], ['bis zu', 'mindestens'], ['unter', 'über'], ['höchstens', 'mindestens']],
    fr: [['plus de', 'moins de'], ['moins de', 'plus de'], ['au moins', 'au plus'], ["jusqu'à", 'au moins'], ['au-delà de', 'en deçà de']],
    es: [['más de', 'menos de'], ['menos de', 'más de'], ['al menos', 'como máximo'], ['por lo menos', 'como máximo']],
    it: [['più di', 'meno di'], ['oltre', 'meno di'], ['meno di', 'più di'], ['almeno', 'al massimo']],
    pt: [['mais de', 'menos de'], ['menos de', 'mais de'], ['pelo menos', 'no máximo']],
    ru: [['более', 'менее'], ['больше', 'меньше'], ['свыше', 'менее'], ['менее', 'более'], ['меньше', 'больше'], ['по крайней мере', 'не более'], ['не менее', 'не более']],
    el: [['περισσότερα από', 'λιγότερα από'], ['περισσότερους από', 'λιγότερους από'], ['περισσότερες από', 'λιγότερες από'], ['πάνω από', 'κάτω από'], ['άνω των', 'κάτω των'], ['λιγότερο από', 'περισσότερο από'], ['τουλάχιστον', 'το πολύ']],
    fi: [['yli', 'alle'], ['alle', 'yli'], ['vähintään', 'enintään'], ['enintään', 'vähintään'], ['jopa', 'alle']],
    id: [['lebih dari', 'kurang dari'], ['kurang dari', 'lebih dari'], ['setidaknya', 'paling banyak'], ['paling sedikit', 'paling banyak'], ],
    zh: [['超过', '不到'], ['以上', '以下'], ['不到', '超过'], ['至少', '至多'], ['以下', '以上']],
    ja: [['以上', '未満'], ['未満', '以上'], ['少なくとも', '最大'], ['最大', '少なくとも'], ['以下', '以上']],
    sa: [['अधिकं', 'न्यूनं'], ['अधिकानि', 'न्यूनानि'], ['अधिक', 'न्यून'], ['न्यून', 'अधिक'], ['न्यूनातिन्यूनं', 'अधिकाधिकं']],
    la: [['plus quam', 'minus quam'], ['amplius', 'minus'], ['minus quam', 'plus quam'], ['saltem', 'summum']],
  },
  date: {
    en: [['Monday', 'Tuesday'], ['Tuesday', 'Wednesday'], ['Wednesday', 'Thursday'], ['Thursday', 'Friday'], ['Friday', 'Saturday'], ['Saturday', 'Sunday'], ['Sunday', 'Monday'], ['January', 'June'], ['February', 'March'], ['March', 'May'], ['April', 'August'], ['May', 'March'], ['June', 'July'], ['July', 'June'], ['August', 'April'], ['September', 'October'], ['October', 'November'], ['November', 'December'], ['December', 'November']],
    de: [['Montag', 'Dienstag'], ['Dienstag', 'Mittwoch'], ['Mittwoch', 'Donnerstag'], ['Donnerstag', 'Freitag'], ['Freitag', 'Samstag'], ['Samstag', 'Sonntag'], ['Sonntag', 'Montag'], ['Januar', 'Juni'], ['Februar', 'März'], ['März', 'Mai'], ['April', 'August'], ['Mai', 'März'], ['Juni', 'Juli'], ['Juli', 'Juni'], ['August', 'April'], ['September', 'Oktober'], ['Oktober', 'November'], ['November', 'Dezember'], ['Dezember', 'November']],
    fr: [['lundi', 'mardi'], ['mardi', 'mercredi'], ['mercredi', 'jeudi'], ['jeudi', 'vendredi'], ['vendredi', 'samedi'], ['samedi', 'dimanche'], ['dimanche', 'lundi'], ['janvier', 'juin'], ['février', 'mars'], ['mars', 'mai'], ['avril', 'août'], ['mai', 'mars'], ['juin', 'juillet'], ['juillet', 'juin'], ['août', 'avril'], ['septembre', 'octobre'], ['octobre', 'novembre'], ['novembre', 'décembre'], ['décembre', 'novembre']],
    es: [['lunes', 'martes'], ['martes', 'miércoles'], ['miércoles', 'jueves'], ['jueves', 'viernes'], ['viernes', 'sábado'], ['sábado', 'domingo'], ['domingo', 'lunes'], ['enero', 'junio'], ['febrero', 'marzo'], ['marzo', 'mayo'], ['abril', 'agosto'], ['mayo', 'marzo'], ['junio', 'julio'], ['julio', 'junio'], ['agosto', 'abril'], ['septiembre', 'octubre'], ['octubre', 'noviembre'], ['noviembre', 'diciembre'], ['diciembre', 'noviembre']],
    it: [['lunedì', 'martedì'], ['martedì', 'mercoledì'], ['mercoledì', 'giovedì'], ['giovedì', 'venerdì'], ['venerdì', 'sabato'], ['sabato', 'domenica'], ['domenica', 'lunedì'], ['gennaio', 'giugno'], ['febbraio', 'marzo'], ['marzo', 'maggio'], ['aprile', 'agosto'], ['maggio', 'marzo'], ['giugno', 'luglio'], ['luglio', 'giugno'], ['agosto', 'aprile'], ['settembre', 'ottobre'], ['ottobre', 'novembre'], ['novembre', 'dicembre'], ['dicembre', 'novembre']],
    pt: [['segunda-feira', 'terça-feira'], ['terça-feira', 'quarta-feira'], ['quarta-feira', 'quinta-feira'], ['quinta-feira', 'sexta-feira'], ['sexta-feira', 'sábado'], ['sábado', 'domingo'], ['domingo', 'segunda-feira'], ['janeiro', 'junho'], ['fevereiro', 'março'], ['março', 'maio'], ['abril', 'agosto'], ['maio', 'março'], ['junho', 'julho'], ['julho', 'junho'], ['agosto', 'abril'], ['setembro', 'outubro'], ['outubro', 'novembro'], ['novembro', 'dezembro'], ['dezembro', 'novembro']],
    ru: [['понедельник', 'вторник'], ['вторник', 'среду'], ['среду', 'четверг'], ['четверг', 'пятницу'], ['пятницу', 'субботу'], ['субботу', 'воскресенье'], ['воскресенье', 'понедельник'], ['января', 'июня'], ['февраля', 'марта'], ['марта', 'мая'], ['апреля', 'августа'], ['мая', 'марта'], ['июня', 'июля'], ['июля', 'июня'], ['августа', 'апреля'], ['сентября', 'октября'], ['октября', 'ноября'], ['ноября', 'декабря'], ['декабря', 'ноября'], ['январе', 'июне'], ['марте', 'мае'], ['мае', 'марте'], ['июне', 'июле'], ['июле', 'июне'], ['сентябре', 'октябре'], ['октябре', 'ноябре'], ['ноябре', 'декабре'], ['декабре', 'ноябре']],
    el: [['Δευτέρα', 'Τρίτη'], ['Τρίτη', 'Τετάρτη'], ['Τετάρτη', 'Πέμπτη'], ['Πέμπτη', 'Παρασκευή'], ['Παρασκευή', 'Σάββατο'], ['Σάββατο', 'Κυριακή'], ['Κυριακή', 'Δευτέρα'], ['Ιανουαρίου', 'Ιουνίου'], ['Φεβρουαρίου', 'Μαρτίου'], ['Μαρτίου', 'Μαΐου'], ['Απριλίου', 'Αυγούστου'], ['Μαΐου', 'Μαρτίου'], ['Ιουνίου', 'Ιουλίου'], ['Ιουλίου', 'Ιουνίου'], ['Αυγούστου', 'Απριλίου'], ['Σεπτεμβρίου', 'Οκτωβρίου'], ['Οκτωβρίου', 'Νοεμβρίου'], ['Νοεμβρίου', 'Δεκεμβρίου'], ['Δεκεμβρίου', 'Νοεμβρίου']],
    fi: [['maanantaina', 'tiistaina'], ['tiistaina', 'keskiviikkona'], ['keskiviikkona', 'torstaina'], ['torstaina', 'perjantaina'], ['perjantaina', 'lauantaina'], ['lauantaina', 'sunnuntaina'], ['sunnuntaina', 'maanantaina'], ['tammikuuta', 'kesäkuuta'], ['helmikuuta', 'maaliskuuta'], ['maaliskuuta', 'toukokuuta'], ['huhtikuuta', 'elokuuta'], ['toukokuuta', 'maaliskuuta'], ['kesäkuuta', 'heinäkuuta'], ['heinäkuuta', 'kesäkuuta'], ['elokuuta', 'huhtikuuta'], ['syyskuuta', 'lokakuuta'], ['lokakuuta', 'marraskuuta'], ['marraskuuta', 'joulukuuta'], ['joulukuuta', 'marraskuuta'], ['tammikuussa', 'kesäkuussa'], ['maaliskuussa', 'toukokuussa'], ['toukokuussa', 'maaliskuussa'], ['kesäkuussa', 'heinäkuussa'], ['heinäkuussa', 'kesäkuussa'], ['syyskuussa', 'lokakuussa'], ['lokakuussa', 'marraskuussa'], ['marraskuussa', 'joulukuussa'], ['joulukuussa', 'marraskuussa']],
    id: [['Senin', 'Selasa'], ['Selasa', 'Rabu'], ['Rabu', 'Kamis'], ['Kamis', 'Jumat'], ['Jumat', 'Sabtu'], ['Sabtu', 'Minggu'], ['Minggu', 'Senin'], ['Januari', 'Juni'], ['Februari', 'Maret'], ['Maret', 'Mei'], ['April', 'Agustus'], ['Mei', 'Maret'], ['Juni', 'Juli'], ['Juli', 'Juni'], ['Agustus', 'April'], ['September', 'Oktober'], ['Oktober', 'November'], ['November', 'Desember'], ['Desember', 'November']],
    zh: [['星期一', '星期二'], ['星期二', '星期三'], ['星期三', '星期四'], ['星期四', '星期五'], ['星期五', '星期六'], ['星期六', '星期日'], ['星期日', '星期一'], ['周一', '周二'], ['周二', '周三'], ['周三', '周四'], ['周四', '周五'], ['周五', '周六'], ['周六', '周日'], ['周日', '周一']],
    ja: [['月曜日', '火曜日'], ['火曜日', '水曜日'], ['水曜日', '木曜日'], ['木曜日', '金曜日'], ['金曜日', '土曜日'], ['土曜日', '日曜日'], ['日曜日', '月曜日']],
    sa: [['सोमवासरे', 'मङ्गलवासरे'], ['मङ्गलवासरे', 'बुधवासरे'], ['बुधवासरे', 'गुरुवासरे'], ['गुरुवासरे', 'शुक्रवासरे'], ['शुक्रवासरे', 'शनिवासरे'], ['शनिवासरे', 'रविवासरे'], ['रविवासरे', 'सोमवासरे']],
    la: [['Kalendis', 'Idibus'], ['Idibus', 'Kalendis'], ['Ianuariis', 'Iuniis'], ['Martiis', 'Maiis'], ['Aprilibus', 'Augustis'], ['die Lunae', 'die Martis'], ['die Martis', 'die Mercurii'], ['die Mercurii', 'die Iovis'], ['die Iovis', 'die Veneris'], ['die Veneris', 'die Saturni'], ['die Saturni', 'die Solis'], ['die Solis', 'die Lunae']],
  },
  'number-word': {
    en: [['two', 'three'], ['three', 'four'], ['four', 'five'], ['five', 'six'], ['six', 'seven'], ['seven', 'eight'], ['eight', 'nine'], ['nine', 'ten'], ['ten', 'twelve'], ['twelve', 'fifteen'], ['twenty', 'thirty'], ['thirty', 'forty'], ['forty', 'fifty'], ['fifty', 'sixty'], ['hundred', 'thousand'], ['twice', 'three times'], ['half', 'a third'], ['a dozen', 'two dozen']],
    de: [['zwei', 'drei'], ['drei', 'vier'], ['vier', 'fünf'], ['fünf', 'sechs'], ['sechs', 'sieben'], ['sieben', 'acht'], ['acht', 'neun'], ['neun', 'zehn'], ['zehn', 'zwölf'], ['zwölf', 'fünfzehn'], ['zwanzig', 'dreißig'], ['dreißig', 'vierzig'], ['zweimal', 'dreimal'], ['Hälfte', 'Drittel'], ['halb', 'doppelt']],
    fr: [['deux', 'trois'], ['trois', 'quatre'], ['quatre', 'cinq'], ['cinq', 'six'], ['six', 'sept'], ['sept', 'huit'], ['huit', 'neuf'], ['dix', 'douze'], ['douze', 'quinze'], ['vingt', 'trente'], ['trente', 'quarante'], ['moitié', 'tiers'], ['deux fois', 'trois fois']],
    es: [['dos', 'tres'], ['tres', 'cuatro'], ['cuatro', 'cinco'], ['cinco', 'seis'], ['seis', 'siete'], ['siete', 'ocho'], ['ocho', 'nueve'], ['nueve', 'diez'], ['diez', 'doce'], ['doce', 'quince'], ['veinte', 'treinta'], ['treinta', 'cuarenta'], ['mitad', 'tercera parte']],
    it: [['due', 'tre'], ['tre', 'quattro'], ['quattro', 'cinque'], ['cinque', 'sei'], ['sette', 'otto'], ['otto', 'nove'], ['nove', 'dieci'], ['dieci', 'dodici'], ['dodici', 'quindici'], ['venti', 'trenta'], ['trenta', 'quaranta'], ['metà', 'terza parte']],
    pt: [['dois', 'três'], ['duas', 'três'], ['três', 'quatro'], ['quatro', 'cinco'], ['cinco', 'seis'], ['seis', 'sete'], ['sete', 'oito'], ['oito', 'nove'], ['nove', 'dez'], ['dez', 'doze'], ['doze', 'quinze'], ['vinte', 'trinta'], ['trinta', 'quarenta'], ['metade', 'terça parte']],
    ru: [['два', 'три'], ['две', 'три'], ['двух', 'трёх'], ['три', 'четыре'], ['трёх', 'четырёх'], ['трех', 'четырех'], ['четыре', 'пять'], ['пять', 'шесть'], ['шесть', 'семь'], ['семь', 'восемь'], ['восемь', 'девять'], ['девять', 'десять'], ['десять', 'двенадцать'], ['двадцать', 'тридцать'], ['половин\\p{L}*', 'треть'], ['дважды', 'трижды']],
    el: [['δύο', 'πέντε'], ['τρία', 'πέντε'], ['τρεις', 'πέντε'], ['τέσσερα', 'πέντε'], ['τέσσερις', 'πέντε'], ['πέντε', 'έξι'], ['έξι', 'επτά'], ['επτά', 'οκτώ'], ['οκτώ', 'εννέα'], ['εννέα', 'δέκα'], ['δέκα', 'δώδεκα'], ['είκοσι', 'τριάντα'], ['μισό', 'τρίτο']],
    fi: [['kaksi', 'kolme'], ['kahden', 'kolmen'], ['kolme', 'neljä'], ['kolmen', 'neljän'], ['neljä', 'viisi'], ['viisi', 'kuusi'], ['kuusi', 'seitsemän'], ['seitsemän', 'kahdeksan'], ['kahdeksan', 'yhdeksän'], ['yhdeksän', 'kymmenen'], ['kymmenen', 'kaksitoista'], ['kaksikymmentä', 'kolmekymmentä'], ['puolet', 'kolmasosa'], ['kahdesti', 'kolmesti']],
    id: [['dua', 'tiga'], ['tiga', 'empat'], ['empat', 'lima'], ['lima', 'enam'], ['enam', 'tujuh'], ['tujuh', 'delapan'], ['delapan', 'sembilan'], ['sembilan', 'sepuluh'], ['sepuluh', 'dua belas'], ['dua puluh', 'tiga puluh'], ['setengah', 'sepertiga'], ['separuh', 'sepertiga']],
    zh: [['两', '三'], ['二', '三'], ['三', '四'], ['四', '五'], ['五', '六'], ['六', '七'], ['七', '八'], ['八', '九'], ['九', '十'], ['十', '十二'], ['一半', '三分之一']],
    ja: [['二', '三'], ['三', '四'], ['四', '五'], ['五', '六'], ['六', '七'], ['七', '八'], ['八', '九'], ['九', '十'], ['半分', '3分の1']],
    sa: [['द्वौ', 'त्रयः'], ['द्वे', 'तिस्रः'], ['द्वयोः', 'त्रयाणाम्'], ['त्रयः', 'चत्वारः'], ['त्रीणि', 'चत्वारि'], ['चत्वारः', 'पञ्च'], ['चत्वारि', 'पञ्च'], ['पञ्च', 'षट्'], ['षट्', 'सप्त'], ['सप्त', 'अष्ट'], ['अष्ट', 'नव'], ['दश', 'द्वादश'], ['अर्ध', 'तृतीयांश']],
    la: [['duo', 'tres'], ['duae', 'tres'], ['duos', 'tres'], ['duas', 'tres'], ['duobus', 'tribus'], ['tres', 'quattuor'], ['tria', 'quattuor'], ['tribus', 'quattuor'], ['quattuor', 'quinque'], ['quinque', 'sex'], ['sex', 'septem'], ['septem', 'octo'], ['octo', 'novem'], ['novem', 'decem'], ['decem', 'duodecim'], ['duodecim', 'quindecim'], ['viginti', 'triginta'], ['triginta', 'quadraginta'], ['centum', 'mille'], ['bis', 'ter'], ['dimidium', 'tertiam partem']],
  },
};

/** Languages whose words are not separated by spaces: a word edge is not asked for. */
const NO_SPACES = new Set(['zh', 'ja']);
/** Languages with a free word order: a figure word may stand on either side of its number. */
const FREE_ORDER = new Set(['sa', 'la']);

const CJK_NUMERAL = '[0-9０-９〇一二三四五六七八九十两兩几幾数數百千万萬亿億]';
const LATIN_NUMERAL = String.raw`(?:\p{L}*(?:ginta|genti|gentos|gentas|centos|centas|decim)|duo|duos|duas|duae|duobus|tres|tria|tribus|quattuor|quinque|sex|septem|octo|novem|decem|centum|mille|milia|unum|unam|unus|una|bis|ter|[IVXLCDM]+)`;

let numberWordCache = new Map();
/** A number word of the language (its number-word and scale table words), as a regex source. */
function numberWords(lang) {
  if (!numberWordCache.has(lang)) {
    const words = new Set();
    for (const [a, b] of [...(WORDS['number-word'][lang] ?? []), ...(WORDS.scale[lang] ?? [])]) {
      words.add(a);
      words.add(b.replace(/\./g, '\\.'));
    }
    numberWordCache.set(lang, [...words].sort((x, y) => y.length - x.length).join('|'));
  }
  return numberWordCache.get(lang);
}

/** A figure (digits or a number word) ends right before `at`. */
function numberBefore(text, at, lang, reach = 0) {
  const before = text.slice(Math.max(0, at - 40 - reach), at);
  if (NO_SPACES.has(lang)) return new RegExp(`${CJK_NUMERAL}[^\\s。，、]{0,${3 + reach}}$`, 'u').test(before);
  const word = lang === 'la' ? LATIN_NUMERAL : `(?:${numberWords(lang)})`;
  const gap = reach ? `[^.;!?]{0,${reach}}` : '[\\s\\u00a0\\u202f-]?';
  const m = new RegExp(`(?:(${DIGIT}[${DIGIT.slice(1, -1)}.,]*)|(?<![\\p{L}])${word})${gap}$`, 'iu').exec(before);
  return Boolean(m) && !(m[1] && YEARISH.test(m[1]));
}

/** A figure starts right after `end`. */
function numberAfter(text, end, lang, reach = 0) {
  const after = text.slice(end, end + 40 + reach);
  if (NO_SPACES.has(lang)) return new RegExp(`^\\s?[$€£¥]?${CJK_NUMERAL}`, 'u').test(after);
  const word = lang === 'la' ? LATIN_NUMERAL : `(?:${numberWords(lang)})`;
  const gap = reach ? `[^.;!?]{0,${reach}}?` : '[\\s\\u00a0\\u202f]{0,2}';
  return new RegExp(`^${gap}(?:[$€£¥]\\s?)?(?:${DIGIT}|${word}(?![\\p{L}]))`, 'iu').test(after);
}

/**
 * Where a word of each class must stand to be a figure's: `before` a number word ends right
 * before it (units, percent words), `after` one follows it (bounds, approximations), `near`
 * one is within a few words (currency names: "5,5 Milliarden australische Dollar").
 */
const PLACE = { unit: 'before', 'percent-points': 'before', currency: 'near', bound: 'after', scale: 'any', date: 'any', 'number-word': 'any' };
/** Bound words of Chinese and Japanese that follow their number. */
const CJK_SUFFIX = new Set(['以上', '以下', '未満', '超', '余り', '左右', '近く', '程度']);
/** Chinese and Japanese numerals count only before a counter. */
const CJK_COUNTER = '(?:个|個|名|位|年|天|次|种|種|架|人|座|辆|条|家|只|所|项|倍|支|枚|颗|场|部|岁|歳|艘|件|层|千|万|萬|百|十|亿|億|つ|回|度|日間|か月|ヶ月|週間|時間|本|台|機|隻|社|カ国|か国|周|星期|分钟|小时)';

function placed(cls, old, text, at, end, lang) {
  let place = PLACE[cls] ?? 'any';
  if (NO_SPACES.has(lang) && CJK_SUFFIX.has(old)) place = 'before';
  if (/^[$€£¥%％]$/u.test(old) || old === '\\$') place = 'symbol';
  if (place === 'symbol') return numberBefore(text, at, lang) || /^\s?[0-9]/.test(text.slice(end));
  if (FREE_ORDER.has(lang) && place !== 'any' && place !== 'before') return numberBefore(text, at, lang, 25) || numberAfter(text, end, lang, 25);
  if (place === 'before') {
    const m = new RegExp(`(${DIGIT}+)[\\s\\u00a0-]?$`, 'u').exec(text.slice(0, at));
    if (m && YEARISH.test(m[1])) return false; // "im Jahr 2015", "1940 वर्षे": a date
    return numberBefore(text, at, lang);
  }
  if (place === 'after') return numberAfter(text, end, lang);
  if (place === 'near') return numberBefore(text, at, lang, NO_SPACES.has(lang) ? 0 : 30) || numberAfter(text, end, lang);
  if (cls === 'scale' && NO_SPACES.has(lang)) return numberBefore(text, at, lang) && !/^分/.test(text.slice(end));
  if (cls === 'number-word' && NO_SPACES.has(lang)) return /[第星期周礼禮]$/.test(text.slice(0, at)) === false && new RegExp(`^${CJK_COUNTER}`, 'u').test(text.slice(end)) && !new RegExp(`${CJK_NUMERAL}$`, 'u').test(text.slice(0, at));
  return true;
}

function swap(cls, table, text, lang) {
  for (const [old, next] of table) {
    const source = NO_SPACES.has(lang) || /^(?:\\\$|[$€£¥%％])/u.test(old) ? old : W(old);
    for (const m of text.matchAll(new RegExp(source, 'gu'))) {
      if (!placed(cls, old, text, m.index, m.index + m[0].length, lang)) continue;
      if (/(?:pour|per|por) $/.test(text.slice(0, m.index)) && cls === 'scale') continue; // "pour cent" is a percent
      // "20 %" with its own space: "20 points de pourcentage", not two spaces
      const replacement = /\s$/u.test(text.slice(0, m.index)) ? next.trimStart() : next;
      return { at: m.index, old: m[0], new: replacement };
    }
  }
  return undefined;
}

/** An approximation word right before a number goes; else the first quantity gets one. */
function approx(words, text, lang) {
  for (const word of words) {
    const suffix = NO_SPACES.has(lang) && CJK_SUFFIX.has(word);
    const source = NO_SPACES.has(lang) ? word : W(word);
    for (const m of text.matchAll(new RegExp(`${source}\\s?`, 'gu'))) {
      const ok = suffix ? numberBefore(text, m.index, lang) : FREE_ORDER.has(lang) ? numberBefore(text, m.index, lang, 25) || numberAfter(text, m.index + m[0].length, lang, 25) : numberAfter(text, m.index + m[0].length, lang);
      if (!ok) continue;
      // keep the space before a removed word when a word follows
      return { at: m.index, old: m[0], new: '' };
    }
  }
  const add = words[0].replace(/\\/g, '');
  for (const m of quantities(text, lang)) {
    if (NO_SPACES.has(lang)) return { at: m.index, old: m[0], new: `${add}${m[0]}` };
    // French elides before a vowel: "de 4,2" -> "d'environ 4,2"
    const elided = lang === 'fr' && /[vaeiouy]/.test(add[0]) ? /\b([dlj]e|que) $/i.exec(text.slice(0, m.index)) : null;
    if (elided) return { at: m.index - elided[0].length, old: `${elided[0]}${m[0]}`, new: `${elided[1].slice(0, -1)}'${add} ${m[0]}` };
    return { at: m.index, old: m[0], new: `${add} ${m[0]}` };
  }
  // no digits: the approximation word goes before a cardinal number word ("circiter quinquaginta")
  const word = firstCardinal(text, lang);
  if (word) {
    // at the start of a sentence the added word takes the capital: "Circiter quinquaginta"
    const starts = /^\p{Lu}/u.test(word[0]) && /(?:^|[.!?]\s+)$/u.test(text.slice(0, word.index));
    return { at: word.index, old: word[0], new: starts ? `${add[0].toUpperCase()}${add.slice(1)} ${word[0][0].toLowerCase()}${word[0].slice(1)}` : `${add} ${word[0]}` };
  }
  return undefined;
}

const CLASSES = ['value', 'scale', 'unit', 'currency', 'percent-points', 'approx', 'bound', 'lost', 'date', 'time', 'number-word'];

export function edit(cls, text, lang) {
  switch (cls) {
    case 'value': return changeDigits(text, lang);
    case 'time': return changeTime(text);
    case 'lost': return dropNumber(text, lang);
    case 'approx': return approx(WORDS.approx[lang], text, lang);
    case 'date': return swap(cls, WORDS.date[lang], text, lang) ?? changeYear(text, lang);
    default: return swap(cls, WORDS[cls][lang], text, lang);
  }
}

/** The order in which a language's pairs are offered to the corruption classes. */
export function corruptionOrder(ids, seed = SEED) {
  return [...ids].sort(byHash((id) => `corrupt:${id}`, seed));
}

export function makeCorruptions(pairs, seed = SEED) {
  const out = [];
  const languages = [...new Set(pairs.map((p) => p.to))].sort();
  for (const lang of languages) {
    const order = corruptionOrder(pairs.filter((p) => p.to === lang && !p.divergent).map((p) => p.id), seed);
    const byId = new Map(pairs.map((p) => [p.id, p]));
    const mine = order.map((id) => byId.get(id));
    // every edit each class can make, in the pairs' order
    const options = new Map(CLASSES.map((cls) => [cls, []]));
    for (const p of mine) {
      for (const cls of CLASSES) {
        const e = edit(cls, p.target, lang);
        if (!e || e.old === e.new) continue;
        const target = p.target.slice(0, e.at) + e.new + p.target.slice(e.at + e.old.length);
        if (target !== p.target) options.get(cls).push({ p, e, target });
      }
    }
    // round robin, the scarcest class first, so that a pair a rare class needs (a currency, a time)
    // is not taken by a common one; each turn each class takes its first unused pair
    const classOrder = [...CLASSES].sort((x, y) => options.get(x).length - options.get(y).length || CLASSES.indexOf(x) - CLASSES.indexOf(y));
    const used = new Set();
    const made = [];
    let progress = true;
    while (made.length < CORRUPTIONS_PER_LANGUAGE && progress) {
      progress = false;
      for (const cls of classOrder) {
        if (made.length === CORRUPTIONS_PER_LANGUAGE) break;
        const next = options.get(cls).find((o) => !used.has(o.p.id));
        if (!next) continue;
        const { p, e, target } = next;
        used.add(p.id);
        made.push({ id: `${p.id}~${cls}`, from: p.from, to: p.to, source: p.source, target, origin: p.origin, class: cls, pair: p.id, edit: `${e.old.trim() || e.old} → ${e.new.trim() || '∅'}` });
        progress = true;
      }
    }
    out.push(...made);
  }
  return out;
}

// ---------------------------------------------------------------- reviews and output

function readReviews(dir) {
  const file = join(dir, 'reviews.tsv');
  const reviews = new Map();
  if (!existsSync(file)) return reviews;
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    if (tab < 0) fail(`${file}:${i + 1}: expected "id<TAB>reason"`);
    reviews.set(line.slice(0, tab).trim(), line.slice(tab + 1).trim());
  });
  return reviews;
}

const jsonl = (records) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

export function build(read, reviews, split = 'dev') {
  const pairs = selectPairs(read, split);
  const ids = new Set(pairs.map((p) => p.id));
  for (const id of reviews.keys()) if (!ids.has(id)) fail(`reviews.tsv: ${id} is not a pair of the set`);
  for (const p of pairs) if (reviews.has(p.id)) p.divergent = reviews.get(p.id);
  return { pairs, corruptions: makeCorruptions(pairs, CORRUPTION_SEED[split]) };
}

/** The README's count tables, from the files in `dir`. */
function countTables(dir) {
  const read = (name) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const pairs = read('pairs.jsonl');
  const corruptions = read('corruptions.jsonl');
  const langs = [...new Set(pairs.map((p) => p.to))].sort();
  const classes = [...new Set(corruptions.map((c) => c.class))].sort();
  const source = (p) => p.id.replace(/-\d+$/, '').replace(/^flores-devtest-(\w\w)-\w\w$/, 'FLORES $1').replace(/^(wmt\d\d|tico19)-(\w\w)\w\w$/, '$1 $2').replace(/^tatoeba-(\w\w)-\w\w$/, 'Tatoeba $1');
  const lines = ['| to | pairs | from | divergent | corruptions |', '|---|---:|---|---:|---:|'];
  for (const lang of langs) {
    const mine = pairs.filter((p) => p.to === lang);
    const by = new Map();
    for (const p of mine) by.set(source(p), (by.get(source(p)) ?? 0) + 1);
    lines.push(`| ${lang} | ${mine.length} | ${[...by].map(([k, n]) => `${k} ${n}`).join(', ')} | ${mine.filter((p) => p.divergent).length} | ${corruptions.filter((c) => c.to === lang).length} |`);
  }
  lines.push(`| all | ${pairs.length} | | ${pairs.filter((p) => p.divergent).length} | ${corruptions.length} |`, '');
  lines.push(`| class | ${langs.join(' | ')} | all |`, `|---|${langs.map(() => '---:|').join('')}---:|`);
  for (const cls of classes) lines.push(`| ${cls} | ${langs.map((l) => corruptions.filter((c) => c.to === l && c.class === cls).length || '·').join(' | ')} | ${corruptions.filter((c) => c.class === cls).length} |`);
  return lines.join('\n') + '\n';
}

function main() {
  const opts = args(process.argv.slice(2));
  if (opts.counts) return void process.stdout.write(countTables(opts.out));
  const { pairs, corruptions } = build(snapshotReader(opts.opus, opts.commit), readReviews(opts.out), opts.split);
  const name = OUT[opts.split].slice('eval/'.length);
  const files = { 'pairs.jsonl': jsonl(pairs), 'corruptions.jsonl': jsonl(corruptions) };
  if (opts.check) {
    const differ = Object.entries(files).filter(([name, text]) => differsFrom(join(opts.out, name), text));
    if (differ.length) {
      process.stderr.write(`${name}: ${differ.map(([n]) => n).join(', ')} differ from a fresh build\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`${name}: ${pairs.length} pairs and ${corruptions.length} corruptions match a fresh build\n`);
    return;
  }
  for (const [name, text] of Object.entries(files)) writeAtomic(join(opts.out, name), text);
  const count = (list, key) => Object.entries(list.reduce((m, r) => ((m[key(r)] = (m[key(r)] ?? 0) + 1), m), {})).sort().map(([k, n]) => `${k} ${n}`).join(', ');
  process.stdout.write(`${name}: ${pairs.length} pairs (${count(pairs, (r) => r.to)}), ${pairs.filter((p) => p.divergent).length} reviewed divergent\n`);
  process.stdout.write(`${name}: ${corruptions.length} corruptions (${count(corruptions, (r) => r.to)})\n  by class: ${count(corruptions, (r) => r.class)}\n`);
}

runCli(import.meta.url, 'figure-pairs', main);
