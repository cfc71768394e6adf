// Latin month names for dates. ICU has no Latin: the project writes modern dates as day,
// month adjective and year ("die 26 mensis Iulii anni 2024", "26 Iulii 2024", "mense Iulio"),
// so the genitive, ablative and nominative of each month are listed.

import type { DateLanguage } from '../number-data.js';

export const dates: DateLanguage = {
  months: {
    ianuarius: 1, ianuarii: 1, ianuario: 1, februarius: 2, februarii: 2, februario: 2, martius: 3, martii: 3,
    martio: 3, aprilis: 4, aprili: 4, maius: 5, maii: 5, maio: 5, iunius: 6, iunii: 6, iunio: 6, iulius: 7,
    iulii: 7, iulio: 7, augustus: 8, augusti: 8, augusto: 8, september: 9, septembris: 9, septembri: 9,
    october: 10, octobris: 10, octobri: 10, november: 11, novembris: 11, novembri: 11, december: 12,
    decembris: 12, decembri: 12, 'mensis ianuarii': 1, 'mensis februarii': 2, 'mensis martii': 3,
    'mensis aprilis': 4, 'mensis maii': 5, 'mensis iunii': 6, 'mensis iulii': 7, 'mensis augusti': 8,
    'mensis septembris': 9, 'mensis octobris': 10, 'mensis novembris': 11, 'mensis decembris': 12,
  },
  // "prima die mensis Ianuarii, anni MCMXLVIII": the day's word and the year's word.
  joiners: ['anni', 'anno', 'die'],
  times: {
    strongMarkers: ['hora'],
    markers: [],
    // "sexta hora", "horam sextam": the sixth hour of the day, six o'clock.
    ordinalHourWords: ['hora', 'horam', 'horae', 'horā'],
    minutesPast: ['post'],
    named: { 'media nocte': '00:00', 'mediā nocte': '00:00' },
    minutesTo: ['ante'],
    am: ['antemeridiana', 'antemeridianam', 'antemeridianae', 'ante meridiem', 'mane'],
    pm: ['pomeridiana', 'pomeridianam', 'pomeridianae', 'post meridiem', 'vesperi'],
  },
};
