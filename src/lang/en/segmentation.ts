// English sentence-segmentation data: abbreviations ("Mr.", "U.S.", "e.g.", "Co."), the words that
// open a sentence after an abbreviation ("I live in the U.S. How about you?"), “…” quotations.

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['!', '?'],
  nonFinalAbbreviations: [
    // titles before a name
    'Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Dr.', 'Prof.', 'St.', 'Mt.', 'Ft.', 'Gen.', 'Gov.', 'Sen.', 'Rep.',
    'Pres.', 'Capt.', 'Col.', 'Lt.', 'Sgt.', 'Cpl.', 'Maj.', 'Adm.', 'Cmdr.', 'Rev.', 'Hon.', 'Supt.', 'Insp.',
    // words that introduce what follows
    'e.g.', 'i.e.', 'vs.', 'cf.', 'approx.', 'ca.', 'viz.', 'Fig.', 'Figs.', 'Vol.', 'Ch.', 'Sec.', 'Ave.', 'Blvd.',
  ],
  abbreviations: [
    'Jr.', 'Sr.', 'Co.', 'Corp.', 'Inc.', 'Ltd.', 'Bros.', 'etc.', 'et al.', 'a.m.', 'p.m.', 'st.', 'Rd.', 'Dept.',
    'Univ.', 'est.', 'misc.', 'govt.', 'Esq.', 'Ph.D.', 'M.D.', 'B.A.', 'M.A.',
    // month abbreviations ("on Jan. 5")
    'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  ],
  numberAbbreviations: ['p.', 'pp.', 'No.', 'Nos.', 'N°.', 'Art.', 'Para.'],
  // pragmatic_segmenter's list of words that begin a sentence after an abbreviation
  sentenceStarters: [
    'A', 'Being', 'Did', 'For', 'He', 'How', 'However', 'I', 'In', 'It', 'Millions', 'More', 'She', 'That', 'The',
    'There', 'They', 'We', 'What', 'When', 'Where', 'Who', 'Why', 'This', 'These', 'Those', 'You', 'But', 'And',
    'So', 'Then', 'If', 'My', 'Our', 'His', 'Her', 'Their', 'Its', 'As', 'At', 'On',
  ],
  quotes: [
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ],
};
