// Latin sentence-segmentation data: abbreviations of praenomina ("M. Tullius", "C. Iulius"), of
// dates ("a. d.", "Kal.", "Non.", "Id.") and of reference works ("cap.", "cf."). Latin is not in CLDR.

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['!', '?'],
  nonFinalAbbreviations: [
    // praenomina longer than one letter (one-letter ones are initials)
    'Cn.', 'Sp.', 'Ti.', 'Ser.', 'Sex.', 'Tib.', 'Mam.', "M'.",
    'a. d.', 'a. u. c.', 'Kal.', 'Non.', 'Id.', 'cf.', 'sc.', 'scil.', 'i. e.', 'e. g.', 'v.', 'cos.', 'coss.', 'imp.', 'trib.', 'pont.', 'max.',
  ],
  abbreviations: ['etc.', 'a. Chr. n.', 'p. Chr. n.', 'Chr.', 'sqq.', 'al.', 'Ian.', 'Feb.', 'Mart.', 'Apr.', 'Iun.', 'Iul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  numberAbbreviations: ['cap.', 'p.', 'pag.', 'lib.', 'vol.', 'n.'],
  sentenceStarters: ['Is', 'Ea', 'Id', 'Hic', 'Haec', 'Hoc', 'Sed', 'Et', 'Nam', 'Tum', 'Deinde', 'Postea', 'Ego', 'Nos', 'Vos', 'Qui', 'Quae', 'Quod', 'Cum', 'In'],
  quotes: [
    ['“', '”'],
    ['«', '»'],
    ['"', '"'],
  ],
};
