#!/usr/bin/env node
// Builds eval/figure-gold-3/<lang>.json (a third DEVELOPMENT strict gold, see its README) from the
// hand annotations in eval/figure-gold-3/annotations/<lang>.ann and the public texts they were made
// on: the snapshot of Helsinki-NLP/OPUS-MT-testsets that eval/figure-pairs uses (WMT newstest
// 2009/2010/2016/2018/2019/2020, TICO-19, FLORES-200 devtest).
//
//   node scripts/eval-sets/figure-gold-3.mjs [--opus DIR] [--commit SHA] [--out DIR] [--check | --list LANG [N]]
//
// The same builder as eval/figure-gold-check and eval/figure-gold-2 (scripts/eval-sets/figure-gold-check.mjs):
// per language, the lines of its text file that hold a digit, at most 300 characters, in none of the
// figure sets of the repository — the four pair sets (figure-pairs, -check, -news, -fresh, as a source
// or a target) and the three other golds (figure-gold, figure-gold-check, figure-gold-2, inside a gold
// text) — ordered by an FNV-1a hash of `figure-gold-3-2026:<lang>:<line>`, annotated in that order
// from the first, none skipped. The languages figure-gold-2 has not: en, es, fi, pt, zh, from text
// files no other gold reads; and an extension of about 15 figures in de, it, ja, sa (EXTENSION).

import { runCli } from './common.mjs';
import { builderMain } from './figure-gold-check.mjs';

const text = (path, prefix, origin) => ({ path, prefix, origin });

/** The text file of each language: original news where the snapshot has it (WMT), else TICO-19. */
export const TEXTS = {
  en: text('testsets/eng-deu/newstest2019.eng', 'newstest2019-eng', 'WMT newstest2019 en-de, English side (original English news)'),
  es: text('testsets/eng-spa/newstest2010.spa', 'newstest2010-spa', 'WMT newstest2010 en-es, Spanish side'),
  fi: text('testsets/fin-eng/newstest2018.fin', 'newstest2018-fin', 'WMT newstest2018 fi-en, Finnish side'),
  pt: text('testsets/en-pt_BR/tico19-test.pt_BR', 'tico19-pt_BR', 'TICO-19 test en-pt_BR, Portuguese side'),
  zh: text('testsets/zho-eng/newstest2018.zho', 'newstest2018-zho', 'WMT newstest2018 zh-en, Chinese side'),
  // The extension (about 15 figures each) in four of the weakest languages on the held-back gold:
  // text files no other gold reads where the snapshot has one (de, ja), else the candidates of the
  // same file after every sentence another set holds (it: the only Italian news; sa: FLORES devtest).
  de: text('testsets/deu-eng/newstest2016.deu', 'newstest2016-deu', 'WMT newstest2016 de-en, German side'),
  it: text('testsets/eng-ita/newstest2009.ita', 'newstest2009-ita', 'WMT newstest2009 en-it, Italian side'),
  ja: text('testsets/eng-jpn/newstest2020.jpn', 'newstest2020-en-jpn', 'WMT newstest2020 en-ja, Japanese side'),
  sa: text('testsets/flores200_dataset/devtest/san.devtest', 'flores-devtest-san', 'FLORES-200 devtest'),
};
/** The languages of the extension: fewer figures (about 15), reported in their own README section. */
export const EXTENSION = ['de', 'it', 'ja', 'sa'];

/** Every figure set of the repository this one may share no sentence with. */
export const GOLD3_SET = {
  name: 'figure-gold-3',
  seed: 'figure-gold-3-2026',
  texts: TEXTS,
  pairSets: ['figure-pairs', 'figure-pairs-check', 'figure-pairs-news', 'figure-pairs-fresh'],
  goldSets: ['figure-gold', 'figure-gold-check', 'figure-gold-2'],
};

runCli(import.meta.url, 'figure-gold-3', builderMain(GOLD3_SET));
