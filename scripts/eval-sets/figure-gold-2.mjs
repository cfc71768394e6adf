#!/usr/bin/env node
// Builds eval/figure-gold-2/<lang>.json (a second DEVELOPMENT strict gold, see its README) from the
// hand annotations in eval/figure-gold-2/annotations/<lang>.ann and the public texts they were made
// on: the snapshot of Helsinki-NLP/OPUS-MT-testsets that eval/figure-pairs uses (WMT newstest
// 2009/2017/2018/2020, TICO-19, FLORES-200 devtest, Tatoeba v2020-07-28).
//
//   node scripts/eval-sets/figure-gold-2.mjs [--opus DIR] [--commit SHA] [--out DIR] [--check | --list LANG [N]]
//
// The same builder as eval/figure-gold-check (scripts/eval-sets/figure-gold-check.mjs): per language,
// the lines of its text file that hold a digit (Latin: or a Latin number word), at most 300
// characters, in none of the figure sets of the repository (pairs, news pairs, held-back pairs, the
// two other golds), ordered by an FNV-1a hash of `figure-gold-2-2026:<lang>:<line>`, annotated in
// that order from the first, none skipped. Other text files than figure-gold-check's where the
// language has news text, and another seed.

import { runCli } from './common.mjs';
import { builderMain, TEXTS as CHECK_TEXTS } from './figure-gold-check.mjs';

const text = (path, prefix, origin) => ({ path, prefix, origin });

/** The text file of each language: original news where the snapshot has it, else FLORES devtest, TICO-19 or Tatoeba. */
export const TEXTS = {
  de: text('testsets/deu-eng/newstest2017.deu', 'newstest2017-deu', 'WMT newstest2017 de-en, German side'),
  el: CHECK_TEXTS.el,
  fr: text('testsets/eng-fra/newstest2013.fra', 'newstest2013-fra', 'WMT newstest2013 en-fr, French side'),
  id: text('testsets/eng-ind/tico19-test.ind', 'tico19-ind', 'TICO-19 test en-id, Indonesian side'),
  it: text('testsets/eng-ita/newstest2009.ita', 'newstest2009-ita', 'WMT newstest2009 en-it, Italian side'),
  ja: text('testsets/jpn-eng/newstest2020.jpn', 'newstest2020-jpn', 'WMT newstest2020 ja-en, Japanese side'),
  la: text('testsets/eng-lat/tatoeba-test-v2020-07-28.lat', 'tatoeba2020-lat', 'Tatoeba test v2020-07-28 eng-lat, Latin side'),
  ru: text('testsets/eng-rus/newstest2018.rus', 'newstest2018-rus', 'WMT newstest2018 en-ru, Russian side'),
  sa: CHECK_TEXTS.sa,
};

export const GOLD2_SET = {
  name: 'figure-gold-2',
  seed: 'figure-gold-2-2026',
  texts: TEXTS,
  pairSets: ['figure-pairs', 'figure-pairs-check', 'figure-pairs-news'],
  goldSets: ['figure-gold', 'figure-gold-check'],
};

runCli(import.meta.url, 'figure-gold-2', builderMain(GOLD2_SET));
