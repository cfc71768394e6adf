// English month names for dates ("July 26, 2024", "26 July", "Jul. 26").

import type { DateLanguage } from '../number-data.js';

export const dates: DateLanguage = {
  months: {
    january: 1, 'jan .': 1, jan: 1, february: 2, 'feb .': 2, feb: 2, march: 3, 'mar .': 3, april: 4, 'apr .': 4,
    may: 5, june: 6, 'jun .': 6, july: 7, 'jul .': 7, august: 8, 'aug .': 8, aug: 8, september: 9, 'sept .': 9,
    'sep .': 9, sept: 9, october: 10, 'oct .': 10, oct: 10, november: 11, 'nov .': 11, nov: 11, december: 12,
    'dec .': 12, dec: 12,
  },
  // "the 22nd of November"
  joiners: ['of'],
  monthFirst: true,
  dayOnlyBefore: ['on the', 'of the', 'since the', 'until the', 'by the'],
  daySuffixes: ['st', 'nd', 'rd', 'th'],
  times: { hourWords: ["o'clock", 'hrs', 'GMT'], markers: [], am: ['a.m.', 'am', 'a. m.', 'in the morning', 'midnight'], pm: ['p.m.', 'pm', 'p. m.', 'in the afternoon', 'in the evening', 'at night', 'noon'], named: { noon: '12:00', midday: '12:00', midnight: '00:00' }, approx: ['around', 'about', 'at about', 'at around', 'shortly before', 'shortly after'] },
};
