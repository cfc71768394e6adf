// French month names for dates ("26 juillet 2024", "1er août", "26 juil.").

import type { DateLanguage } from '../number-data.js';

export const dates: DateLanguage = {
  months: {
    janvier: 1, 'janv .': 1, février: 2, 'févr .': 2, 'fév .': 2, mars: 3, avril: 4, 'avr .': 4, mai: 5, juin: 6,
    juillet: 7, 'juil .': 7, août: 8, septembre: 9, 'sept .': 9, octobre: 10, 'oct .': 10, novembre: 11, 'nov .': 11,
    décembre: 12, 'déc .': 12,
  },
  daySuffixes: ['er'],
  times: { weakHourWords: ['h', 'heures', 'heure'], markers: ['à', 'vers', 'dès', "jusqu'à", 'avant', 'après'], approx: ['vers', 'aux alentours de', 'autour de'], am: ['du matin'], pm: ["de l'après-midi", 'du soir'], named: { midi: '12:00', minuit: '00:00' } },
};
