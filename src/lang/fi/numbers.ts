// Finnish figure knowledge for reading translations back. Finnish writes a number as one word
// ("kaksikymmentäyksi" = two-tens-one, "yksitoista" = one-of-the-second-ten) and declines every
// part of it ("kahdenkymmenenyhden", "kolmessa", "sataan"); the words after a number take the
// case too ("60 miljardin dollarin", "yli 40 prosenttiyksiköllä", "99-prosenttisesti"). Unit,
// currency and percent words are stems (`*`) where every form starts alike; ranges may be
// written with cases alone ("340 miljoonasta 500 miljoonaan": from … to …).

import { inflect, pairs } from '../inflect.js';
import type { NumberLanguage } from '../number-data.js';
import { segmentation } from './segmentation.js';

/** Singular cases of a number word: nominative … translative, as Finnish declines them. */
const cardinal = (value: number, forms: string): Record<string, number> => Object.fromEntries(forms.split(' ').map((form) => [form, value]));

/**
 * Ordinal forms: the nominative, the oblique stem ("kolmanne-"), the partitive and the
 * illative/essive stem ("kolmante-"); `a` is the vowel of the endings (vowel harmony).
 */
function ordinal(value: number, nominative: string, oblique: string, partitive: string, strong: string, a: 'a' | 'ä'): Record<string, number> {
  const forms = [nominative, `${oblique}n`, partitive, `${oblique}ss${a}`, `${oblique}st${a}`, `${strong}en`, `${oblique}ll${a}`, `${oblique}lt${a}`, `${oblique}lle`, `${strong}n${a}`, `${oblique}ksi`, `${oblique}t`];
  return Object.fromEntries(forms.map((form) => [form, value]));
}

/** Stems of a noun in -a: singular and plural cases ("miljoona", "miljoonan", "miljoonia"). */
const A_NOUN = ['a', 'an', 'aa', 'assa', 'asta', 'aan', 'alla', 'alta', 'alle', 'ana', 'aksi', 'at', 'ia', 'ien', 'issa', 'ista', 'iin', 'illa', 'ilta', 'ille', 'ina', 'iksi'];
/** Stems of a noun in -i ("miljardi", "miljardin", "miljardeja"). */
const I_NOUN = ['i', 'in', 'ia', 'issa', 'ista', 'iin', 'illa', 'ilta', 'ille', 'ina', 'iksi', 'it', 'eja', 'ien', 'eissa', 'eista', 'eihin', 'eilla', 'eilta', 'eille', 'eina', 'eiksi'];
/** "euro", "kilo": a noun in -o. */
const O_NOUN = ['', 'a', 'n', 'ssa', 'sta', 'on', 'lla', 'lta', 'lle', 'na', 'ksi', 't', 'ja', 'jen', 'issa', 'ista', 'ihin', 'illa', 'ilta', 'ille', 'ina', 'iksi'];

/** "29-vuotias", "5-vuotinen", "3-päiväinen": an age or a length of time as the second half of an adjective. */
const DURATION_ADJECTIVES: Record<string, string> = {
  'vuotia*': 'yr', 'vuotis*': 'yr', vuotinen: 'yr', 'kuukautis*': 'mo', kuukautinen: 'mo', 'viikkois*': 'wk', viikkoinen: 'wk',
  'päiväis*': 'd', päiväinen: 'd', 'tuntis*': 'h', tuntinen: 'h', 'minuuttis*': 'min', minuuttinen: 'min',
};
/** Combining forms of the number words before such an adjective ("kaksi-", "kolmi-", "neli-", "kymmen-"). */
const COMBINING: Record<string, number> = {
  yksi: 1, kaksi: 2, kolmi: 3, neli: 4, viisi: 5, kuusi: 6, seitsemän: 7, kahdeksan: 8, yhdeksän: 9, kymmen: 10,
  puoli: 0.5, puolitoista: 1.5, kaksikymmen: 20, kolmekymmen: 30, sata: 100,
};

const TENS_FORMS = 'kymmentä kymmenen kymmenessä kymmenestä kymmeneen kymmenellä kymmeneltä kymmenelle kymmenenä kymmeneksi';
const HUNDRED_FORMS = 'sata sadan sataa sadassa sadasta sataan sadalla sadalta sadalle sadaksi';
// "17 500 mailin tuntinopeudella": at an hourly speed of 17,500 miles
const SPEED = ['tunnissa', 'tunnilla', 'tunnin', 'tuntinopeudella', 'tuntinopeutta', 'tuntinopeuteen', 'tuntinopeudesta', 'tuntinopeus'];

export const numbers: NumberLanguage = {
  // "kahdesti", "kolmesti": twice, three times, one word
  multiples: { kahdesti: 2, kolmesti: 3, neljästi: 4, viidesti: 5, kuudesti: 6, seitsemästi: 7, kahdeksasti: 8, yhdeksästi: 9, kymmenesti: 10 },
  words: {
    nolla: 0, nollan: 0, nollaa: 0,
    // "yhtä" (equally), "yhdessä" (together) and "yhteen" (together) are left out.
    ...cardinal(1, 'yksi yhden yhdestä yhdellä yhdeltä yhdelle yhtenä yhdeksi'),
    ...cardinal(2, 'kaksi kahden kahta kahdessa kahdesta kahteen kahdella kahdelta kahdelle kahtena kahdeksi'),
    ...cardinal(3, 'kolme kolmen kolmea kolmessa kolmesta kolmeen kolmella kolmelta kolmelle kolmena kolmeksi'),
    ...cardinal(4, 'neljä neljän neljää neljässä neljästä neljään neljällä neljältä neljälle neljänä neljäksi'),
    ...cardinal(5, 'viisi viiden viittä viidessä viidestä viiteen viidellä viideltä viidelle viitenä viideksi'),
    ...cardinal(6, 'kuusi kuuden kuutta kuudessa kuudesta kuuteen kuudella kuudelta kuudelle kuutena kuudeksi'),
    ...cardinal(7, 'seitsemän seitsemää seitsemässä seitsemästä seitsemään seitsemällä seitsemältä seitsemälle seitsemänä seitsemäksi'),
    ...cardinal(8, 'kahdeksan kahdeksaa kahdeksassa kahdeksasta kahdeksaan kahdeksalla kahdeksalta kahdeksalle kahdeksana kahdeksaksi'),
    ...cardinal(9, 'yhdeksän yhdeksää yhdeksässä yhdeksästä yhdeksään yhdeksällä yhdeksältä yhdeksälle yhdeksänä yhdeksäksi'),
    ...cardinal(10, TENS_FORMS.replace('kymmentä ', '')),
  },
  compounds: true,
  // Inside a compound a form of "kymmenen" multiplies the unit before it ("kahdenkymmenen" = 20).
  tens: TENS_FORMS.split(' '),
  teens: ['toista'],
  hundreds: HUNDRED_FORMS.split(' '),
  // thousands, hundreds of thousands: orders of magnitude without a count (qa/figure-magnitude)
  magnitudes: { kymmeniä: 10, satoja: 100, satojen: 100, tuhansia: 1e3, tuhansien: 1e3, miljoonia: 1e6, miljoonien: 1e6, miljardeja: 1e9, miljardien: 1e9 },
  magnitudeLinkers: [],
  scales: {
    ...cardinal(1e3, 'tuhat tuhannen tuhatta tuhannessa tuhannesta tuhanteen tuhannella tuhannelta tuhannelle tuhantena tuhanneksi'),
    ...inflect({ miljoon: 1e6, biljoon: 1e12 }, A_NOUN),
    ...inflect({ miljard: 1e9 }, I_NOUN),
    'milj .': 1e6, milj: 1e6, 'mrd .': 1e9, mrd: 1e9, 'mljd .': 1e9, 'mld .': 1e9, 'tuh .': 1e3,
  },
  standalone: [...HUNDRED_FORMS.split(' '), 'tuhat', 'tuhannen', 'miljoona', 'miljoonan', 'miljardi', 'miljardin', 'biljoona', 'biljoonan'],
  connectors: [],
  connectorAfter: [],
  indefinite: [],
  // "yksi heistä" (one of them): a pronoun, no count.
  pronounNumbers: ['yksi', 'yhden', 'yhdellä', 'yhdelle'],
  pronounFollowers: ['heistä', 'niistä', 'meistä', 'teistä', 'näistä', 'noista', 'joista', 'harvoista', 'suurimmista', 'tärkeimmistä'],
  fractions: { puoli: 2, puolet: 2, puolta: 2, kolmasosa: 3, kolmasosaa: 3, kolmasosan: 3, neljäsosa: 4, neljäsosaa: 4, neljäsosan: 4 },
  halves: { puolitoista: 1.5, puolentoista: 1.5 },
  // "kaksi ja puoli vuotta", "kahden ja puolen vuoden": two and a half, in its cases.
  addedHalves: Object.fromEntries('puoli puolen puolta puolessa puolesta puoleen puolella puolelta puolelle puolena puoleksi'.split(' ').map((form) => [`ja ${form}`, 0.5])),
  // "toinen" is also "other", "tuhannes" and "neljännes" are fractions: left out.
  ordinals: {
    'ensimmäi*': 1,
    // "ensi kertaa": for the first time ("ensi" alone is "next": ensi viikolla).
    'ensi kertaa': 1, 'ensi kerran': 1,
    ...ordinal(3, 'kolmas', 'kolmanne', 'kolmatta', 'kolmante', 'a'),
    ...ordinal(4, 'neljäs', 'neljänne', 'neljättä', 'neljänte', 'ä'),
    ...ordinal(5, 'viides', 'viidenne', 'viidettä', 'viidente', 'ä'),
    ...ordinal(6, 'kuudes', 'kuudenne', 'kuudetta', 'kuudente', 'a'),
    ...ordinal(7, 'seitsemäs', 'seitsemänne', 'seitsemättä', 'seitsemänte', 'ä'),
    ...ordinal(8, 'kahdeksas', 'kahdeksanne', 'kahdeksatta', 'kahdeksante', 'a'),
    ...ordinal(9, 'yhdeksäs', 'yhdeksänne', 'yhdeksättä', 'yhdeksänte', 'ä'),
    ...ordinal(10, 'kymmenes', 'kymmenenne', 'kymmenettä', 'kymmenente', 'ä'),
    ...ordinal(11, 'yhdestoista', 'yhdennentoista', 'yhdettätoista', 'yhdennentoista', 'a'),
    ...ordinal(12, 'kahdestoista', 'kahdennentoista', 'kahdettatoista', 'kahdennentoista', 'a'),
    ...ordinal(20, 'kahdeskymmenes', 'kahdennenkymmenenne', 'kahdettakymmenettä', 'kahdennenkymmenente', 'ä'),
    ...ordinal(100, 'sadas', 'sadanne', 'sadatta', 'sadante', 'a'),
  },
  // "5:llä", "2010:n" are case endings of the number; "1700-luvulla", "1990-luvun" a century or decade.
  digitEndings: {
    ...Object.fromEntries('n a ä ta tä ssa ssä sta stä lla llä lta ltä lle na nä ksi een iin ään aan seen hin ia iä ja jä'.split(' ').map((e) => [e, 'cardinal' as const])),
    'luku*': 'decade', 'luvu*': 'decade', 'luvun*': 'decade',
  },
  // "41. minuutilla", "15. sijalle", "63. syntymäpäiväänsä": digits with a dot before a word in
  // lower case are an ordinal (dates, "5. toukokuuta", are read before).
  dotOrdinals: { nouns: segmentation.ordinals?.nouns ?? [], before: segmentation.ordinals?.before ?? [], anyWord: true },
  decimalWords: ['pilkku'],
  minusWords: ['miinus'],
  percent: ['prosent*', '%'],
  // "2 %-yksikköä": the unit after a percent sign.
  percentPoints: ['prosenttiyksik*', 'prosenttiyks*', '- yksik*'],
  qualifiers: {
    // more words for about, before the number (issue 11, approximation added or dropped)
    'n .': 'approx', liki: 'approx', kutakuinkin: 'approx', karkeasti: 'approx',
    noin: 'approx', suunnilleen: 'approx', arviolta: 'approx', 'arviolta noin': 'approx', likimain: 'approx', 'suurin piirtein': 'approx',
    jotakuinkin: 'approx', lähes: 'approx', melkein: 'approx', miltei: 'approx',
    yli: 'over', 'vähän yli': 'over', 'hieman yli': 'over', 'reilusti yli': 'over', 'reippaasti yli': 'over', 'selvästi yli': 'over',
    runsaat: 'over', runsaan: 'over', runsaassa: 'over', reilut: 'over', reilun: 'over', 'enemmän kuin': 'over', 'useampi kuin': 'over',
    alle: 'under', 'vähän alle': 'under', 'hieman alle': 'under', 'reilusti alle': 'under', 'selvästi alle': 'under', vajaat: 'under',
    vajaa: 'under', vajaan: 'under', 'vähemmän kuin': 'under',
    vähintään: 'min', ainakin: 'min', vähintäänkin: 'min', 'ei vähempää kuin': 'min',
    // "peräti" (as much as) stresses a figure without bounding it.
    enintään: 'max', korkeintaan: 'max', jopa: 'max', 'ei enempää kuin': 'max', maksimissaan: 'max',
    tasan: 'exact', täsmälleen: 'exact', tarkalleen: 'exact',
  },
  // "30 euron paikkeilla", "klo 10 maissa", "kello 15 aikoihin": about, after the figure or the time.
  postQualifiers: { paikkeilla: 'approx', paikkeille: 'approx', tienoilla: 'approx', tienoille: 'approx', maissa: 'approx', aikoihin: 'approx', korvilla: 'approx', 'tai enemmän': 'min', 'tai yli': 'min', 'tai useampi': 'min', 'tai vähemmän': 'max', 'tai alle': 'max' },
  range: {
    from: [], between: [], to: ['-', '–', '—', '~'], and: [],
    // "340 miljoonasta 500 miljoonaan", "kahdeksasta sataan", "5:stä 7:ään": elative to illative.
    fromSuffixes: ['sta', 'stä'],
    toSuffixes: ['aan', 'ään', 'een', 'iin', 'oon', 'öön', 'uun', 'yyn', 'an', 'än', 'en', 'in', 'on', 'ön', 'un', 'yn', 'hin', 'seen', 'siin'],
  },
  boundJoiners: ['ja', ','],
  currencies: {
    ...inflect({ euro: 'EUR' }, O_NOUN), eur: 'EUR',
    'dollar*': 'USD', 'yhdysvaltain dollar*': 'USD', 'usa : n dollar*': 'USD', 'amerikkalais* dollar*': 'USD',
    'kanadan dollar*': 'CAD', 'australian dollar*': 'AUD', 'hongkongin dollar*': 'HKD', 'singaporen dollar*': 'SGD',
    punta: 'GBP', puntaa: 'GBP', punnan: 'GBP', punnalla: 'GBP', punnassa: 'GBP', puntiin: 'GBP', puntia: 'GBP', puntien: 'GBP',
    'englannin punt*': 'GBP', 'englannin punnan': 'GBP', 'britannian punt*': 'GBP', 'britannian punnan': 'GBP', 'sterling*': 'GBP',
    'jeni*': 'JPY', 'jene*': 'JPY', 'juan*': 'CNY', 'renminbi*': 'CNY', 'rupl*': 'RUB', 'ruotsin kruunu*': 'SEK', 'sveitsin frang*': 'CHF',
    'rupi*': 'INR', markkaa: 'FIM', markan: 'FIM', markalla: 'FIM', markkoja: 'FIM', 'bitcoin*': 'BTC',
    sentti: 'cent', senttiä: 'cent', sentin: 'cent', senttiin: 'cent', sentillä: 'cent', senttejä: 'cent', senttien: 'cent',

    // Yhdellä sanalla nimetyt valuuttaperheet (issue 11): mikä frangi, mikä kruunu, mikä rupia.
    'frang*': 'CHF', 'ranskan frang*': 'FRF', 'belgian frang*': 'BEF', 'cfa - frang*': 'XOF', 'kruunu*': 'SEK', 'norjan kruunu*': 'NOK', 'tanskan kruunu*': 'DKK',
    'tšekin kruunu*': 'CZK', 'islannin kruunu*': 'ISK', 'liira*': 'TRY', 'turkin liira*': 'TRY', 'italian liira*': 'ITL', 'egyptin punt*': 'EGP',
    'peso*': 'MXN', 'argentiinan peso*': 'ARS', 'meksikon peso*': 'MXN', 'won*': 'KRW', 'grivn*': 'UAH', 'hryvn*': 'UAH', 'tenge*': 'KZT', 'naira*': 'NGN',
    'denaari*': 'denarius', 'sestertsi*': 'sestertius',
  },
  currencyFamilies: {
    'dollar*': 'Dollar', 'frang*': 'Franc', 'cfa - frang*': ['XOF', 'XAF'], 'kruunu*': 'Krona', punta: 'Pound', puntaa: 'Pound', punnan: 'Pound', punnalla: 'Pound',
    punnassa: 'Pound', puntiin: 'Pound', puntia: 'Pound', puntien: 'Pound', 'liira*': 'Lira', 'rupi*': ['Rupee', 'Rupiah'], 'rupl*': 'Ruble', 'peso*': 'Peso', 'won*': 'Won',
  },
  // "29-vuotias", "53-vuotiaan", "5-vuotinen", "3-päiväinen": an age or a length of time as the first half of an adjective.
  hyphenUnits: DURATION_ADJECTIVES,
  units: {
    // light-years, before the years they begin with ("5.000 años luz")
    'valovuo*': 'ly', 'valovuot*': 'ly', 'valovuod*': 'ly',
    'kilometr*': 'km', 'metri*': 'm', 'metre*': 'm', 'senttimetr*': 'cm', 'millimetr*': 'mm', 'mikrometr*': 'µm', 'nanometr*': 'nm',
    'neliömetr*': 'm²', 'neliökilometr*': 'km²', 'kuutiometr*': 'm³', 'kuutio*': 'm³', 'hehtaar*': 'ha', 'litr*': 'l', 'millilitr*': 'ml',
    ...inflect({ kilo: 'kg' }, O_NOUN), 'kilogramm*': 'kg', 'gramm*': 'g', 'milligramm*': 'mg', 'mikrogramm*': 'µg',
    'tonni*': 't', 'tonne*': 't', 'paun*': 'lb', 'unssi*': 'oz', 'unsse*': 'oz', 'maili*': 'mi', 'maile*': 'mi', jalkaa: 'ft',
    // "500 jalan päässä" (500 feet away), "1 000 naulaa" (pounds)
    jalan: 'ft', jalkoja: 'ft', jalkojen: 'ft', jalassa: 'ft', 'naula*': 'lb', 'naulo*': 'lb',
    'megabit*': 'Mbit',
    'tuuma*': 'in', 'barreli*': 'bbl', 'barrele*': 'bbl', 'tynnyri*': 'bbl', 'gallon*': 'gal',
    'megawatti*': 'MW', 'gigawatti*': 'GW', 'kilowatti*': 'kW', 'watti*': 'W', 'kilowattitunti*': 'kWh', 'megawattitunti*': 'MWh',
    'terawattitunti*': 'TWh', 'celsiusaste*': '°C', 'astetta celsiusta': '°C', 'petaflops*': 'P',
    'km / t': 'km/h', ...pairs(['kilometr*'], SPEED, 'km/h'), ...pairs(['maili*', 'maile*'], SPEED, 'mph'),
    ...pairs(['metri*', 'metre*'], ['sekunnissa', 'sekunnilla'], 'm/s'),
    // Durations ("250 vuotta", "kolmen kuukauden", "24 tunnin") and points.
    ...Object.fromEntries(
      [
        ['yr', 'vuosi vuoden vuotta vuodessa vuodesta vuoteen vuodella vuodelta vuodelle vuotena vuodeksi vuodet vuosia vuosien vuosina vuosissa vuosiksi vuosiin vuotias vuotiaan vuotiaat vuotiaana vuotiaasta vuotiaalle vuotiaalla vuotiasta vuotiaita vuotiaiden vuotiaille vuotiailla vuotiaina vuotiaiksi'],
        ['mo', 'kuukausi kuukauden kuukautta kuukaudessa kuukaudesta kuukauteen kuukaudella kuukaudelta kuukaudelle kuukautena kuukaudeksi kuukaudet kuukausia kuukausien kuukausina kuukausiin kuukausissa kuukausista kuukausiksi kuukausilla'],
        ['wk', 'viikko viikon viikkoa viikossa viikosta viikkoon viikolla viikolta viikolle viikkona viikoksi viikot viikkoja viikkojen viikkoina viikkoihin viikoissa viikoista viikoiksi viikoilla'],
        ['d', 'päivä päivän päivää päivässä päivästä päivään päivällä päivältä päivälle päivänä päiväksi päivät päiviä päivien päivinä päivissä päivistä päiviksi päiville vuorokausi vuorokauden vuorokautta vuorokaudessa vuorokaudessa vuorokausia'],
        ['h', 'tunti tunnin tuntia tunnissa tunnista tuntiin tunnilla tunnilta tunnille tuntina tunniksi tunnit tunteja tuntien tunteina tunneissa tunneista tunneiksi tunneilla'],
        ['pt', 'piste pisteen pistettä pisteellä pisteeseen pisteet pisteitä pisteiden'],
      ].flatMap(([unit, forms]) => forms!.split(' ').map((form) => [form, unit!]))
    ),
    'vuosikymmen*': 'dec', 'vuosisat*': 'cent', 'vuosisad*': 'cent',
        'minuut*': 'min', 'sekunt*': 's', 'sekunn*': 's', min: 'min',
  },
  vagueQuantities: ['usea*', 'muutam*', 'monta', 'monia', 'lukuisa*'],
  eraAfter: ['jkr .', 'jkr', 'ekr .', 'ekr', 'jaa', 'eaa'],
  yearBefore: ['vuonna', 'vuodesta', 'vuoteen', 'vuodelta', 'vuoden'],
  quantityWords: {
    // "kaksivuotias tyttö", "kolmipäiväinen lakko", "kymmenvuotinen": the number word's combining form
    // and the same adjective in one word.
    ...Object.fromEntries(Object.entries(COMBINING).flatMap(([word, value]) => Object.entries(DURATION_ADJECTIVES).map(([adjective, unit]): [string, readonly [number, string]] => [`${word}${adjective}`, [value, unit]]))),
    // A day of 24 hours, round-the-clock, half a year as one word.
    ...Object.fromEntries('vuorokausi vuorokauden vuorokaudessa vuorokautta'.split(' ').map((w) => [w, [1, 'd'] as const])),
    'ympärivuorokautis*': [24, 'h'], 'ympärivuorokautinen': [24, 'h'], puolivuotis: [0.5, 'yr'],
  },
  countedNoun: 'next',
  yearPrepositions: ['ennen', 'jälkeen'],
  stopWords: ['ja', 'tai', 'on', 'ovat', 'oli', 'se', 'ne', 'että', 'kuin', 'myös', 'ei', 'vuonna', 'vuoden', 'kertaa'],
};
