// Portuguese sentence-segmentation data: abbreviations ("Sr.", "Sra.", "Dr.", "p. ex."), «…» and “…”
// quotations.

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['!', '?'],
  nonFinalAbbreviations: [
    'Sr.', 'Sra.', 'Srta.', 'Srs.', 'Dr.', 'Dra.', 'Drs.', 'Prof.', 'Profa.', 'Eng.', 'Exmo.', 'Exma.', 'V. Exa.',
    'Sto.', 'Sta.', 'Gen.', 'Cel.', 'p. ex.', 'aprox.', 'cf.', 'Av.',
  ],
  abbreviations: [
    'etc.', 'a.C.', 'd.C.', 'Ltda.', 'S.A.', 'Cia.', 'Inc.',
    'jan.', 'fev.', 'mar.', 'abr.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.',
  ],
  numberAbbreviations: ['p.', 'pp.', 'pág.', 'págs.', 'n.º', 'nº.', 'N°.', 'no.', 'art.', 'cap.', 'tel.', 'vol.'],
  sentenceStarters: [
    'O', 'A', 'Os', 'As', 'Um', 'Uma', 'Eu', 'Ele', 'Ela', 'Nós', 'Eles', 'Elas', 'Você', 'Este', 'Esta', 'Isto',
    'Isso', 'Mas', 'E', 'Em', 'Por', 'Para', 'Quando', 'Se', 'Não',
  ],
  quotes: [
    ['«', '»'],
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ],
};
