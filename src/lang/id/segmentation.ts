// Indonesian sentence-segmentation data: abbreviations ("dll.", "dsb.", "Bpk.", "No."), “…” quotations.

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['!', '?'],
  nonFinalAbbreviations: [
    'Bpk.', 'Bp.', 'Ibu.', 'Sdr.', 'Sdri.', 'Dr.', 'dr.', 'Prof.', 'Ir.', 'Drs.', 'Dra.', 'Hj.', 'K.H.',
    'Jl.', 'Jln.', 'Kec.', 'Kab.', 'Kel.', 'Tn.', 'Ny.', 'a.n.', 'u.p.', 'yth.', 'Yth.', 'mis.', 'spt.', 'sbg.',
  ],
  abbreviations: ['dll.', 'dsb.', 'dst.', 'dkk.', 'tsb.', 'S.H.', 'S.E.', 'S.T.', 'M.Sc.', 'Tbk.', 'PT.', 'CV.', 'Rp.', 'Jan.', 'Feb.', 'Agu.', 'Agt.', 'Sep.', 'Okt.', 'Nov.', 'Des.'],
  numberAbbreviations: ['No.', 'hlm.', 'hal.', 'Tel.', 'Telp.', 'Rp.'],
  sentenceStarters: ['Ia', 'Dia', 'Mereka', 'Kami', 'Kita', 'Saya', 'Ini', 'Itu', 'Namun', 'Tetapi', 'Dan', 'Di', 'Pada', 'Dalam', 'Sementara'],
  quotes: [
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ],
};
