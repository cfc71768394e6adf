// Finnish QA data: ”…” (the same mark opens and closes), ’…’ inside, »…» in older print.
// Case endings are added to names ("Pekingissä", "Shanghaissa"): the name check allows them.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['”', '”'], nested: ['’', '’'], others: [['»', '»']], straight: true },
  lengthFactor: 1.03,
  nameEnding: 1,
  // "aamuseitsemää", "iltakahdeksalta", "yöyhdeltä": an hour said in one word with the time of day
  timeOfDayPrefixes: ['aamupäivä', 'iltapäivä', 'aamu', 'ilta', 'yö', 'päivä'],
  // both, and two as one thing: double, twins (kaksois- compounds begin with a number word and are traced by it)
  pairWords: ['molemmat', 'molempien', 'molempiin', 'molemmista', 'molemmille', 'molemmilla', 'kumpikin', 'kumpaakin', 'kaksoset', 'kaksosten', 'kaksosia'],
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['yhdysval', 'amerik'], CAD: ['kanada'], AUD: ['australia'], NZD: ['uusi-seelanti', 'uuden-seelanni', 'uudessa-seelannissa'], HKD: ['hongkong'], SGD: ['singapor'], CNY: ['kiina'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['täysi', 'täyden', 'täydellä', 'täydellinen', 'täydellisellä', 'täysin', 'kokonaan', 'ehdoton', 'ehdottomalla', 'ehdottomasti', 'varmuudella'],
};
