// Spanish sentence-segmentation data: abbreviations ("Sr.", "Srta.", "Lic.", "Dr."), «…» and “…”
// quotations, the inverted marks ¿…? and ¡…!.

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['!', '?'],
  nonFinalAbbreviations: [
    'Sr.', 'Sra.', 'Srta.', 'Sres.', 'Dr.', 'Dra.', 'Lic.', 'Ing.', 'Arq.', 'Prof.', 'Profa.', 'Mtro.', 'Mtra.',
    'Dña.', 'Ud.', 'Uds.', 'Vd.', 'Vds.', 'Sto.', 'Sta.', 'Gral.', 'Cnel.', 'Excmo.', 'Ilmo.',
    'p. ej.', 'aprox.', 'vid.', 'cf.', 'Avda.', 'Av.', 'Cra.', 'Tel.', 'Ext.',
  ],
  abbreviations: [
    'etc.', 'EE. UU.', 'a. C.', 'd. C.', 'Cía.', 'S.A.', 'S.L.', 'Ltda.', 'Inc.',
    'ene.', 'feb.', 'mar.', 'abr.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.',
  ],
  numberAbbreviations: ['p.', 'pp.', 'pág.', 'págs.', 'núm.', 'n.º', 'N°.', 'no.', 'párr.', 'párrf.', 'art.', 'cap.'],
  sentenceStarters: [
    'El', 'La', 'Los', 'Las', 'Un', 'Una', 'Yo', 'Él', 'Ella', 'Nosotros', 'Ellos', 'Ellas', 'Usted', 'Este',
    'Esta', 'Esto', 'Pero', 'Y', 'En', 'Por', 'Para', 'Cuando', 'Si', 'Se', 'No',
  ],
  quotes: [
    ['«', '»'],
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ],
};
