// Italian sentence-segmentation data: abbreviations ("Sig.", "Sig.ra", "Dott.", "ecc."), «…» quotations.

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['!', '?'],
  nonFinalAbbreviations: [
    'Sig.', 'Sigg.', 'Sig.ra', 'Sig.na', 'Dott.', 'Dott.ssa', 'Prof.', 'Prof.ssa', 'Ing.', 'Avv.', 'Arch.', 'Geom.',
    'Rag.', 'On.', 'Dir.', 'Amm.', 'Egr.', 'Gent.', 'Spett.', 'Mons.', 'Dr.', 'Sen.',
    'ad es.', 'cfr.', 'ca.', 'vd.', 'p.es.', 'c.a.',
  ],
  abbreviations: ['ecc.', 'a.C.', 'd.C.', 'S.p.A.', 'S.r.l.', 'Inc.', 'gen.', 'feb.', 'apr.', 'giu.', 'lug.', 'ago.', 'set.', 'ott.', 'nov.', 'dic.'],
  numberAbbreviations: ['p.', 'pp.', 'pag.', 'pagg.', 'n.', 'nr.', 'N°.', 'art.', 'cap.', 'tel.', 'vol.'],
  sentenceStarters: [
    'Il', 'Lo', 'La', 'I', 'Gli', 'Le', 'Un', 'Una', 'Io', 'Lui', 'Lei', 'Noi', 'Voi', 'Loro', 'Questo', 'Questa',
    'Ma', 'E', 'In', 'Per', 'Quando', 'Se', 'Non', 'Poi',
  ],
  quotes: [
    ['«', '»'],
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ],
};
