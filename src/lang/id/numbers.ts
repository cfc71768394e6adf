// Indonesian figure knowledge for reading translations back: number words built with "belas"
// (teens), "puluh" (tens), "ratus" (hundreds) and the prefix "se-" (seratus, seribu, sejuta),
// scales (ribu, juta, miliar, triliun), ordinals ("pertama", "ketiga", "ke-3"), decades
// ("1930-an"), qualifiers, percent ("persen"), currency (Rp, rupiah, dolar AS) and units.

import type { NumberLanguage } from '../number-data.js';

export const numbers: NumberLanguage = {
  words: {
    nol: 0, kosong: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
    sepuluh: 10, sebelas: 11, seratus: 100, selusin: 12,
  },
  tens: ['puluh'],
  teens: ['belas'],
  hundreds: ['ratus'],
  // thousands, hundreds of thousands: orders of magnitude without a count (qa/figure-magnitude)
  magnitudes: { puluhan: 10, ratusan: 100, ribuan: 1e3, jutaan: 1e6, miliaran: 1e9, triliunan: 1e12 },
  magnitudeLinkers: [],
  scales: {
    ribu: 1e3, seribu: 1e3, juta: 1e6, sejuta: 1e6, jt: 1e6, 'jt .': 1e6, miliar: 1e9, milyar: 1e9, semiliar: 1e9, triliun: 1e12,
    setriliun: 1e12, rb: 1e3, 'rb .': 1e3,
  },
  standalone: ['seratus', 'seribu', 'sejuta'],
  connectors: [],
  connectorAfter: [],
  indefinite: [],
  // "salah satu" (one of), "satu-satunya" (the only one): no count.
  pronounNumbers: ['satu'],
  pronounDeterminers: ['salah'],
  pronounFollowers: ['-'],
  // "dua lusin", "selusin" (se-: one dozen)
  dozens: { lusin: 12 },
  // "dua pertiga" (two thirds), "tiga perempat" (three quarters): a count of parts after the number.
  fractions: {
    setengah: 2, sepertiga: 3, seperempat: 4, seperlima: 5, sepersepuluh: 10, seperseratus: 100,
    pertiga: 3, perempat: 4, perlima: 5, perenam: 6, pertujuh: 7, perdelapan: 8, persembilan: 9, persepuluh: 10, perseratus: 100,
  },
  // "tiga setengah tahun" (three and a half years), "satu setengah juta" (one and a half million):
  // "setengah" after a number adds a half; alone it is a half ("setengah jam").
  halves: { separuh: 0.5 },
  addedHalves: { setengah: 0.5 },
  // "kedua" is also "both" ("kedua negara", both countries): an ordinal only after its noun
  // ("edisi kedua", "tahap kedua") or "yang" ("yang kedua"), see ordinalsAfterNoun.
  ordinalsAfterNoun: { words: { kedua: 2 }, after: ['yang'] },
  ordinals: {
    pertama: 1, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9, kesepuluh: 10, kesebelas: 11,
    keseratus: 100, keseribu: 1000,
  },
  ordinalPrefixes: ['ke -', 'ke'],
  // "1930-an" (the 1930s), "tahun 90-an".
  digitEndings: { an: 'decade' },
  decimalWords: ['koma'],
  // "negatif" is also a film negative ("negatif 35 mm").
  minusWords: ['minus'],
  percent: ['persen', 'per sen', 'prosen', '%'],
  percentPoints: ['poin persentase', 'poin persen', 'persen poin', 'angka persentase'],
  qualifiers: {
    // more words for about, before the number (issue 11, approximation added or dropped)
    mendekati: 'approx', 'kurang-lebih': 'approx', 'lebih-kurang': 'approx', kisaran: 'approx', 'hampir mencapai': 'approx',
    sekitar: 'approx', kira: 'approx', 'kira-kira': 'approx', 'kurang lebih': 'approx', 'lebih kurang': 'approx', sekira: 'approx',
    'sekitar kurang lebih': 'approx', hampir: 'approx', nyaris: 'approx',
    'lebih dari': 'over', 'di atas': 'over', 'lebih dari sekitar': 'over', melebihi: 'over', melampaui: 'over',
    'kurang dari': 'under', 'di bawah': 'under',
    setidaknya: 'min', sedikitnya: 'min', 'paling sedikit': 'min', 'sekurang-kurangnya': 'min', 'sekurangnya': 'min', minimal: 'min',
    minimum: 'min', 'tidak kurang dari': 'min',
    hingga: 'max', sampai: 'max', 'paling banyak': 'max', 'sebanyak-banyaknya': 'max', maksimal: 'max', maksimum: 'max',
    // "sebanyak 800 juta orang" (as many as); before a number word it only counts ("sebanyak dua kali", twice).
    'tidak lebih dari': 'max', 'mencapai hingga': 'max', 'hingga mencapai': 'max', sebanyak: 'max',
    // "lebih tua dari 100 tahun" (older than), "lebih lama dari", "lebih tinggi dari": a comparative, then the figure.
    ...Object.fromEntries(['tua', 'lama', 'tinggi', 'besar', 'panjang', 'jauh', 'banyak', 'mahal', 'berat', 'luas'].map((adjective) => [`lebih ${adjective} dari`, 'over' as const])),
    ...Object.fromEntries(['muda', 'pendek', 'kecil', 'rendah', 'murah', 'ringan', 'sedikit'].map((adjective) => [`lebih ${adjective} dari`, 'under' as const])),
    tepat: 'exact', persis: 'exact', 'tepat pada': 'exact',
  },
  digitQualifiers: ['hingga', 'sampai', 'sebanyak'],
  // "sebanyak 27 kecelakaan", "sebanyak 20 persen": mostly "a total of", at times "as many as" (like
  // English "as many as"): the bound is not certain.
  uncertainQualifiers: ['sebanyak'],
  // "berlangsung hingga 40 tahun berikutnya" (lasted for the next 40 years): until, not up to.
  durationBounds: ['hingga', 'sampai'],
  // "40 keluarga lagi atau lebih": forty more families or more.
  // "2 menit lebih lambat" (two minutes slower), "3 cm lebih tinggi" (3 cm taller): adjectives after "lebih".
  comparativesAfter: [
    'lambat', 'cepat', 'tinggi', 'rendah', 'besar', 'kecil', 'lama', 'awal', 'dulu', 'mahal', 'murah', 'jauh', 'dekat', 'panjang',
    'pendek', 'berat', 'ringan', 'tua', 'muda', 'baik', 'buruk', 'kuat', 'lemah', 'luas', 'sempit', 'dalam', 'tebal', 'tipis',
    'singkat', 'hangat', 'dingin', 'panas', 'lebar', 'kecil', 'cepat', 'lambat', 'dahulu', 'lanjut',
  ],
  postQualifiers: { 'kurang lebih': 'approx', 'lebih kurang': 'approx', 'atau lebih': 'min', 'lagi atau lebih': 'min', lebih: 'over', 'lebih banyak': 'over', 'atau kurang': 'max' },
  range: { from: ['dari', 'antara', 'mulai dari'], between: ['antara'], to: ['hingga', 'sampai', 'sampai dengan', 's / d', '-', '–', '—', '~'], and: ['dan'] },
  boundJoiners: ['dan', ',', 'tetapi'],
  currencies: {
    rupiah: 'IDR', dolar: 'USD', dollar: 'USD', 'dolar as': 'USD', 'dolar amerika': 'USD', 'dolar amerika serikat': 'USD', 'dollar as': 'USD',
    'dolar kanada': 'CAD', 'dolar australia': 'AUD', 'dolar singapura': 'SGD', 'dolar hong kong': 'HKD', euro: 'EUR',
    'pound sterling': 'GBP', poundsterling: 'GBP', pound: 'GBP', 'pon sterling': 'GBP', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY',
    rubel: 'RUB', rupee: 'INR', 'rupee india': 'INR', won: 'KRW', 'franc swiss': 'CHF', bitcoin: 'BTC', sen: 'cent',

    // Keluarga mata uang yang dinamai dengan satu kata (issue 11): franc mana, krona mana, rupee mana.
    franc: 'CHF', 'franc prancis': 'FRF', 'franc cfa': 'XOF', 'franc belgia': 'BEF', krona: 'SEK', krone: 'NOK', 'krona swedia': 'SEK', 'krone norwegia': 'NOK',
    'krone denmark': 'DKK', 'koruna ceko': 'CZK', 'pound mesir': 'EGP', 'rupee pakistan': 'PKR', peso: 'MXN', 'peso meksiko': 'MXN', 'peso argentina': 'ARS',
    'peso filipina': 'PHP', lira: 'TRY', 'lira turki': 'TRY', 'rubel rusia': 'RUB', hryvnia: 'UAH', tenge: 'KZT', naira: 'NGN',
  },
  currencyFamilies: {
    dolar: 'Dollar', dollar: 'Dollar', franc: 'Franc', 'franc cfa': ['XOF', 'XAF'], krona: 'Krona', krone: 'Krona', pound: 'Pound',
    rupee: 'Rupee', peso: 'Peso', lira: 'Lira', rubel: 'Ruble', won: 'Won',
  },
  units: {
    // light-years, before the years they begin with ("5.000 años luz")
    'tahun cahaya': 'ly',
    kilometer: 'km', meter: 'm', sentimeter: 'cm', milimeter: 'mm', mikrometer: 'µm', nanometer: 'nm', 'meter persegi': 'm²',
    'kilometer persegi': 'km²', 'meter kubik': 'm³', kubik: 'm³', hektare: 'ha', hektar: 'ha', liter: 'l', mililiter: 'ml', kilogram: 'kg',
    kilo: 'kg', gram: 'g', miligram: 'mg', mikrogram: 'µg', ton: 't', pon: 'lb', pound: 'lb', ons: 'oz', ounce: 'oz', mil: 'mi',
    kaki: 'ft', inci: 'in', barel: 'bbl', galon: 'gal', 'derajat celsius': '°C', 'derajat celcius': '°C', megawatt: 'MW', gigawatt: 'GW',
    kilowatt: 'kW', watt: 'W', 'kilowatt jam': 'kWh', 'megawatt jam': 'MWh', 'terawatt jam': 'TWh', petaflops: 'P',
    'km / jam': 'km/h', 'km per jam': 'km/h', 'kilometer per jam': 'km/h', 'mil per jam': 'mph', 'm / dtk': 'm/s', 'm / detik': 'm/s',
    'meter per detik': 'm/s',
    // "56-64 km/j", "35-40 mpj": per hour with j(am)
    'km / j': 'km/h', 'kpj': 'km/h', mpj: 'mph', 'mil / j': 'mph',
    // Durations ("250 tahun", "3 bulan", "12 menit") and points ("76 poin").
    dekade: 'dec', dasawarsa: 'dec', dasarsa: 'dec', abad: 'cent',
        tahun: 'yr', bulan: 'mo', minggu: 'wk', pekan: 'wk', hari: 'd', jam: 'h', menit: 'min', detik: 's', poin: 'pt',
  },
  // "500 SM" (Sebelum Masehi), "tahun 79 M": an era after the number makes it a year.
  eraAfter: ['sm', 's . m .', 'sebelum masehi', 'masehi'],
  vagueQuantities: ['beberapa', 'sejumlah', 'segelintir'],
  yearBefore: ['tahun', 'pada tahun'],
  // "sehari" (one day), "setahun" (one year): the prefix se- is one.
  quantityWords: {
    sehari: [1, 'd'], setahun: [1, 'yr'], sebulan: [1, 'mo'], seminggu: [1, 'wk'], sepekan: [1, 'wk'], sejam: [1, 'h'], semenit: [1, 'min'],
    sedetik: [1, 's'], seabad: [1, 'cent'], sedekade: [1, 'dec'], sedasawarsa: [1, 'dec'],
  },
  countedNoun: 'next',
  yearPrepositions: ['pada', 'sejak', 'hingga', 'sampai', 'sebelum', 'sesudah', 'setelah'],
  stopWords: ['dan', 'atau', 'di', 'ke', 'dari', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'ini', 'itu', 'adalah', 'tidak', 'akan', 'sudah', 'kali'],
};
