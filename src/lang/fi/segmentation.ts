// Finnish sentence-segmentation data: abbreviations ("esim.", "mm.", "ns.", "ym."), ordinals written
// with a dot ("26. heinäkuuta", "1. sija"), ”…” quotations (Finnish opens and closes with ”).

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['!', '?'],
  nonFinalAbbreviations: [
    'esim.', 'mm.', 'ns.', 'noin.', 'ks.', 'vrt.', 'ts.', 'eli.', 'kts.', 'tri.', 'prof.', 'toim.', 'klo.',
    'os.', 'puh.', 'em.',
  ],
  abbreviations: ['ym.', 'yms.', 'jne.', 'tms.', 'jKr.', 'eKr.', 'Oy.', 'Oyj.', 'milj.', 'mrd.', 'tuh.', 'v.', 'vv.', 'tam.', 'helm.', 'maalis.', 'huhti.', 'touko.', 'kesä.', 'heinä.', 'elo.', 'syys.', 'loka.', 'marras.', 'joulu.'],
  numberAbbreviations: ['s.', 'nro.', 'n:o.', 'kpl.', 'pykälä.'],
  sentenceStarters: ['Hän', 'He', 'Me', 'Te', 'Se', 'Ne', 'Minä', 'Sinä', 'Tämä', 'Nämä', 'Mutta', 'Ja', 'Kun', 'Jos', 'Siksi', 'Sitten'],
  ordinals: {
    months: [
      'tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta',
      'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta',
    ],
    nouns: ['sija', 'sijalle', 'sijalla', 'kerta', 'kerran', 'vuosisata', 'vuosisadalla', 'luokka', 'kierros', 'kerros', 'painos', 'luku', 'osa'],
    before: [],
  },
  quotes: [
    ['”', '”'],
    ['“', '”'],
    ['»', '»'],
    ['"', '"'],
  ],
};
