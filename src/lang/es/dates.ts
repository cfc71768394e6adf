// Spanish month names for dates ("26 de julio de 2024", "1º de agosto").

import type { DateLanguage } from '../number-data.js';

export const dates: DateLanguage = {
  months: {
    enero: 1, 'ene .': 1, febrero: 2, 'feb .': 2, marzo: 3, 'mar .': 3, abril: 4, 'abr .': 4, mayo: 5, junio: 6,
    'jun .': 6, julio: 7, 'jul .': 7, agosto: 8, 'ago .': 8, septiembre: 9, setiembre: 9, 'sept .': 9, 'sep .': 9,
    octubre: 10, 'oct .': 10, noviembre: 11, 'nov .': 11, diciembre: 12, 'dic .': 12,
  },
  joiners: ['de', 'del'],
  daySuffixes: ['º', 'o'],
  times: { bareHourMarkers: ['a las', 'desde las', 'hasta las', 'hacia las', 'sobre las', 'antes de las', 'después de las'], weakHourWords: ['h', 'horas', 'hs', 'hrs'], markers: ['a las', 'a la', 'desde las', 'hasta las', 'sobre las', 'hacia las', 'de las', 'entre las'], approx: ['sobre las', 'hacia las', 'alrededor de las', 'cerca de las'], am: ['a. m.', 'a.m.', 'de la mañana', 'de la madrugada'], pm: ['p. m.', 'p.m.', 'de la tarde', 'de la noche'] , named: { mediodía: '12:00', medianoche: '00:00' } },
};
