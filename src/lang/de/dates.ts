// German month names for dates ("26. Juli", "Juli 2017", "am 3. Okt. 2023").

import type { DateLanguage } from '../number-data.js';

export const dates: DateLanguage = {
  months: {
    januar: 1, jänner: 1, 'jan .': 1, februar: 2, feber: 2, 'feb .': 2, märz: 3, 'mär .': 3, april: 4, 'apr .': 4,
    mai: 5, juni: 6, 'jun .': 6, juli: 7, 'jul .': 7, august: 8, 'aug .': 8, september: 9, 'sep .': 9, 'sept .': 9,
    oktober: 10, 'okt .': 10, november: 11, 'nov .': 11, dezember: 12, 'dez .': 12,
    // without the dot in ranges and tables ("Nov–Feb"); "Jan" is also a first name
    feb: 2, mär: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12,
  },
  dayDot: true,
  times: { hourWords: ['Uhr'], markers: ['um', 'gegen', 'ab', 'bis', 'seit', 'von'], approx: ['gegen', 'etwa um', 'ungefähr um', 'gegen etwa'], am: ['morgens', 'früh', 'vormittags', 'in der Früh'], pm: ['nachmittags', 'abends', 'am Nachmittag', 'am Abend', 'mittags'], named: { Mitternacht: '00:00' } },
};
