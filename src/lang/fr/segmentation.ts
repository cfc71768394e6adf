// French sentence-segmentation data: abbreviations ("M.", "Mme", "p. ex.", "av. J.-C."), « … »
// quotations with their inner spaces.

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['!', '?'],
  nonFinalAbbreviations: [
    'M.', 'MM.', 'Mlle.', 'Mme.', 'Dr.', 'Pr.', 'Prof.', 'Me.', 'Mgr.', 'St.', 'Ste.',
    'p. ex.', 'c.-à-d.', 'cf.', 'env.', 'vol.', 'chap.', 'art.', 'av.', 'bd.', 'boul.',
  ],
  abbreviations: [
    'etc.', 'av. J.-C.', 'apr. J.-C.', 'J.-C.', 'Cie.', 'Ltd.', 'Inc.', 'éd.', 'coll.', 'suiv.',
    'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.',
  ],
  numberAbbreviations: ['p.', 'pp.', 'n°.', 'no.', 'tél.'],
  sentenceStarters: [
    'Le', 'La', 'Les', 'Un', 'Une', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous', 'Je', 'Ce', 'Cette',
    'Ces', 'Mais', 'Et', 'Donc', 'Puis', 'Alors', 'Selon', 'En', 'Dans', 'Pour', 'Quand', 'Si',
  ],
  quotes: [
    ['«', '»'],
    ['“', '”'],
    ['‹', '›'],
    ['"', '"'],
  ],
};
