// Portuguese month names for dates ("26 de julho de 2024", "1º de agosto").

import type { DateLanguage } from '../number-data.js';

export const dates: DateLanguage = {
  months: {
    janeiro: 1, 'jan .': 1, fevereiro: 2, 'fev .': 2, março: 3, 'mar .': 3, abril: 4, 'abr .': 4, maio: 5, junho: 6,
    'jun .': 6, julho: 7, 'jul .': 7, agosto: 8, 'ago .': 8, setembro: 9, 'set .': 9, outubro: 10, 'out .': 10,
    novembro: 11, 'nov .': 11, dezembro: 12, 'dez .': 12,
  },
  joiners: ['de'],
  daySuffixes: ['º', 'o'],
  times: { bareHourMarkers: ['às', 'até às', 'desde as', 'desde às', 'por volta das', 'a partir das', 'antes das', 'depois das'], weakHourWords: ['h', 'horas', 'hs'], markers: ['às', 'as', 'até as', 'até às', 'desde as', 'desde às', 'por volta das', 'a partir das'], commaMarkers: ['às', 'até às', 'desde às', 'por volta das', 'a partir das', 'cerca das'], approx: ['por volta das', 'cerca das'], am: ['da manhã', 'da madrugada'], pm: ['da tarde', 'da noite'], named: { 'meio-dia': '12:00', 'meia-noite': '00:00' } },
};
