// Finnish month names for dates: the partitive after a day with its dot ("26. heinäkuuta 2024").

import type { DateLanguage } from '../number-data.js';

export const dates: DateLanguage = {
  months: {
    tammikuuta: 1, tammikuu: 1, helmikuuta: 2, helmikuu: 2, maaliskuuta: 3, maaliskuu: 3, huhtikuuta: 4,
    huhtikuu: 4, toukokuuta: 5, toukokuu: 5, kesäkuuta: 6, kesäkuu: 6, heinäkuuta: 7, heinäkuu: 7, elokuuta: 8,
    elokuu: 8, syyskuuta: 9, syyskuu: 9, lokakuuta: 10, lokakuu: 10, marraskuuta: 11, marraskuu: 11,
    joulukuuta: 12, joulukuu: 12,
  },
  dayDot: true,
  times: { strongMarkers: ['klo', 'kello'], weakHourWords: [], approx: ['noin klo', 'noin kello', 'suunnilleen klo'], am: ['aamulla', 'aamupäivällä'], pm: ['iltapäivällä', 'illalla'] },
};
