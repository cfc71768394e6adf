// Italian month names for dates ("26 luglio 2024", "1º agosto").

import type { DateLanguage } from '../number-data.js';

export const dates: DateLanguage = {
  months: {
    gennaio: 1, 'gen .': 1, febbraio: 2, 'feb .': 2, marzo: 3, 'mar .': 3, aprile: 4, 'apr .': 4, maggio: 5,
    'mag .': 5, giugno: 6, 'giu .': 6, luglio: 7, 'lug .': 7, agosto: 8, 'ago .': 8, settembre: 9, 'set .': 9,
    ottobre: 10, 'ott .': 10, novembre: 11, 'nov .': 11, dicembre: 12, 'dic .': 12,
  },
  daySuffixes: ['º', 'o'],
  // "alle ore 15", "dalle ore 9": "ore" after an article before the hour says a clock time ("3 ore 15 minuti" is a duration).
  times: { bareHourMarkers: ['alle', 'dalle', 'verso le', 'fino alle', 'entro le', 'prima delle', 'dopo le', 'intorno alle'], weakHourWords: ['h'], strongMarkers: ['le ore', 'alle ore', 'dalle ore', 'delle ore'], markers: ['alle', 'dalle', 'verso le', 'fino alle', 'entro le', 'prima delle', 'dopo le', "all'", "verso l'"], commaMarkers: ['alle', 'dalle', 'verso le', 'fino alle', 'entro le', 'prima delle', 'dopo le', 'intorno alle', 'circa alle'], approx: ['verso le', "verso l'", 'intorno alle', 'circa alle', 'verso le ore', 'intorno alle ore', 'circa alle ore'], am: ['del mattino', 'di mattina'], pm: ['del pomeriggio', 'di pomeriggio', 'di sera', 'della sera'] , named: { mezzogiorno: '12:00', mezzanotte: '00:00' } },
};
