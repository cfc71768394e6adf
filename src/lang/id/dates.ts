// Indonesian month names for dates ("26 Juli 2024").

import type { DateLanguage } from '../number-data.js';

export const dates: DateLanguage = {
  months: {
    januari: 1, februari: 2, maret: 3, april: 4, mei: 5, juni: 6, juli: 7, agustus: 8, september: 9, oktober: 10,
    november: 11, desember: 12, 'jan .': 1, 'feb .': 2, 'mar .': 3, 'apr .': 4, 'jun .': 6, 'jul .': 7, 'agu .': 8,
    'agt .': 8, 'sep .': 9, 'okt .': 10, 'nov .': 11, 'des .': 12,
  },
  times: { strongMarkers: ['pukul'], markers: ['jam'], approx: ['sekitar pukul', 'kira-kira pukul'], am: ['pagi'], pm: ['sore', 'malam', 'siang'] },
};
