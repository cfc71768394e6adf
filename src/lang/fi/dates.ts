// Finnish month names for dates in the cases they take: the partitive after a day with its dot
// ("26. heinäkuuta 2024"), the genitive before one ("marraskuun 6. päivänä"), the inessive with
// a year ("syyskuussa 2017"), and "vuonna" between month and year ("17. syyskuuta vuonna 2007").

import { inflect } from '../inflect.js';
import type { DateLanguage } from '../number-data.js';

const MONTHS = { tammi: 1, helmi: 2, maalis: 3, huhti: 4, touko: 5, kesä: 6, heinä: 7, elo: 8, syys: 9, loka: 10, marras: 11, joulu: 12 };

export const dates: DateLanguage = {
  months: {
    ...inflect(MONTHS, ['kuu', 'kuuta', 'kuun', 'kuussa', 'kuusta', 'kuuhun', 'kuulle', 'kuulta', 'kuulla']),
    ...inflect(MONTHS, ['k .']),
  },
  joiners: ['vuonna'],
  dayDot: true,
  monthFirst: true,
  times: {
    strongMarkers: ['klo', 'kello'],
    weakHourWords: [],
    approx: ['noin klo', 'noin kello', 'suunnilleen klo', 'suunnilleen kello', 'arviolta klo', 'arviolta kello'],
    am: ['aamulla', 'aamupäivällä'],
    pm: ['iltapäivällä', 'illalla'],
  },
};
