// The shape of per-language figure knowledge: number words, scales, qualifiers, percent,
// currency and unit words (src/lang/<code>/numbers.ts) and month names (…/dates.ts).
// Everything here is data; the figure reader (src/figures) holds the only logic. Words may be
// written with or without diacritics and in any case: the reader folds both sides the same
// way (src/figures/fold.ts), so "fünf", "fuenf" and "FÜNF" meet.

import type { Qualifier } from '../article/types.js';

export interface NumberLanguage {
  /** Group and decimal separators when ICU has no data for the language (Latin). */
  separators?: { group: string; decimal: string };
  /** Digit grouping by 2 after the first thousand (12,34,567), as written in India. */
  indianGrouping?: boolean;
  /**
   * Number words that add up: 0–19, the tens, fused hundreds ("doscientos": 200),
   * fused tens and units ("veintiuno": 21). Elided stems used only inside compounds
   * ("vent" in "ventuno") go to `morphemes`.
   */
  words: Record<string, number>;
  /** Tens after which 10–19 may still follow (French "soixante-dix", "quatre-vingt-dix"). */
  vigesimal?: string[];
  /** Units come before tens, joined by a connector ("einundzwanzig": one-and-twenty). */
  unitsFirst?: boolean;
  /** "322 hundred", "3 hundred and 21": digits multiplied by a hundred word (English only). */
  hundredsAfterDigits?: boolean;
  /** The word for a hundred that multiplies what precedes it ("zweihundert", "trois cents"). */
  hundreds: string[];
  /** Words that multiply the preceding unit by ten (Finnish "kymmentä", Indonesian "puluh"). */
  tens?: string[];
  /** Words that add ten to the preceding unit (Indonesian "belas": "dua belas" = 12). */
  teens?: string[];
  /** Scale words: thousand and above, with abbreviations ("Mio.", "млн", "bn"). */
  scales: Record<string, number>;
  /** Scale symbols glued to or right after digits, case-sensitive ("10k", "2,5 M", "1MM"). */
  scaleSymbols?: Record<string, number>;
  /** Scale letters glued to an amount after a currency symbol ("£125m", "$1.2bn", "€3k"), where alone they are units ("125m": metres). */
  moneyScaleSymbols?: Record<string, number>;
  /** Scale words that are a number on their own ("hundert", "mille"): "sie wusste hundert Neuigkeiten". */
  standalone: string[];
  /** Parts that appear only inside one-word compounds (German, Italian, Finnish): stem → value. */
  morphemes?: Record<string, number>;
  /** Compound number words are written as one word ("einundzwanzig", "ventitré"). */
  compounds?: boolean;
  /** Words joining number words: "und", "and", "et", "y", "e". */
  connectors: string[];
  /**
   * After which term a connector continues a whole number: English "one hundred and six"
   * (after hundred), French "vingt et un" (after tens). Elsewhere it starts a fraction:
   * "one and a half", "trois millions et demi".
   */
  connectorAfter: Array<'unit' | 'tens' | 'hundred' | 'scale'>;
  /** A connector before a fraction always makes a mixed number ("cent et trois quarts" = 100¾). */
  mixedAfterConnector?: boolean;
  /** Words joining a whole number and a fraction only ("ciento treinta con tres quintos"). */
  mixedJoiners?: string[];
  /** Indefinite articles: 1 only before a scale, fraction or unit ("eine Million", "ein Euro"). */
  indefinite: string[];
  /** Words after which "one" is a pronoun, not a figure ("the one you mentioned"). */
  pronounDeterminers?: string[];
  /** Words that read as 1 and are also pronouns ("one"): a figure unless after a determiner. */
  pronounNumbers?: string[];
  /** Fraction denominators: "Viertel": 4, "thirds": 3, "quart": 4, "medio": 2. */
  fractions: Record<string, number>;
  /**
   * Denominators in the plural ("medios", "halves", "demis"): a fraction only after a numerator
   * ("tres medios"); alone they are other words ("millones de medios": media).
   */
  pluralFractions?: string[];
  /** Words for one half on their own ("half", "moitié", "anderthalb": 1.5), and other fractions said in words without a number ("la tercera parte": ⅓). */
  halves?: Record<string, number>;
  /**
   * Words or phrases after a whole number that add a half to it, never halve it ("два с
   * половиной" = 2½, "kolme ja puoli" = 3½, Indonesian "tiga setengah" = 3½, "satu setengah
   * juta" = 1.5 million). On their own they are a half, as `halves` are.
   */
  addedHalves?: Record<string, number>;
  /** Fraction suffix forming denominators from numbers ("-avos" in Spanish, Portuguese "avos"). */
  fractionSuffixes?: string[];
  /** Words after a denominator written as a cardinal ("um vinte e um avos" = 1/21). */
  fractionMarkers?: string[];
  /** Words that read "X over Y" as a fraction ("over", "sur", "sobre"). */
  fractionOver?: string[];
  /** Words that read "X out of Y" as a share when X < Y ("one in three", "one out of five"). */
  fractionOf?: string[];
  /** A dozen and friends: multiply the preceding number ("Dutzend", "dozen", "docena"). */
  dozens?: Record<string, number>;
  /** Decimal point said as a word ("Komma", "point", "virgule", "coma"). */
  decimalWords: string[];
  /** Minus said as a word ("minus", "negative", "menos"). */
  minusWords: string[];
  /** Percent words after a number ("Prozent", "per cent", "por ciento"). */
  percent: string[];
  /** Percent words written before the number ("percent of 10", "pourcentage de vingt"). */
  percentBefore?: string[];
  /** Percent-point words ("Prozentpunkte", "percentage points"). */
  percentPoints: string[];
  /**
   * Qualifiers written before the figure ("etwa", "bis zu", "more than"). "Nearly" and "almost"
   * ("fast", "presque", "почти", "近") are `approx`: close to the figure, as "about" is; `under`
   * is for "less than", a bound.
   */
  qualifiers: Record<string, Qualifier>;
  /**
   * Qualifiers that are also everyday prepositions: they qualify only a number written with
   * digits ("über 100 Menschen", but "verfügt über sechs Labore").
   */
  digitQualifiers?: string[];
  /** Definite articles that may stand between a qualifier and the figure ("plus de la moitié"). */
  articles?: string[];
  /**
   * Qualifier words (before or after the figure) that may not bound it: emphasis ("ganze 20
   * Prozent", "as many as 30": so many, not "up to") and words of "until" that with a duration
   * also say how long ("hingga 40 tahun", "60 वर्षाणि यावत्": for 40, 60 years). A figure keeps
   * the qualifier, marked uncertain: a change of it is reported one step lower. Stems with `*`.
   */
  uncertainQualifiers?: string[];
  /**
   * Bound words that also mean "until" and, with a duration, say how long ("hingga 40 tahun
   * berikutnya": for the next 40 years; "60 वर्षाणि यावत्": for 60 years): on a figure in a unit
   * of time the bound is uncertain, as with `uncertainQualifiers`. Stems with `*`.
   */
  durationBounds?: string[];
  /**
   * Words after a qualifier written after the figure that make it a comparison, not a bound
   * ("2 menit lebih lambat": two minutes slower; "3 cm lebih tinggi": 3 cm taller): the figure is
   * the difference, exact. Stems with `*`.
   */
  comparativesAfter?: string[];
  /** Qualifiers written after the figure ("überschritten", "or more", "ou plus"). */
  postQualifiers: Record<string, Qualifier>;
  /**
   * Range words: opening ("zwischen", "from"), joining ("bis", "to"), and "and" after "between".
   * `fromSuffixes` and `toSuffixes`: a range written with cases alone, the start ending in one
   * and the end in the other, nothing between (Finnish elative and illative: "340 miljoonasta
   * 500 miljoonaan", from 340 to 500 million). `afterFrom`: joining words that make a range only
   * after an opening word ("с 1 по 5 мая", from the 1st to the 5th of May; "4 по 100 м" is a relay).
   */
  range: { from: string[]; between: string[]; to: string[]; and: string[]; fromSuffixes?: string[]; toSuffixes?: string[]; afterFrom?: string[] };
  /** Words that join two bounds into one range ("mehr als 10 und weniger als 20"). */
  boundJoiners: string[];
  /** Words between a scale and what it counts ("millions de dollars", "milioni di euro"). */
  scaleLinkers?: string[];
  /** Currency words and phrases → ISO 4217 code (or a catalogue id such as "cent"). */
  currencies: Record<string, string>;
  /**
   * Words of `currencies` that name a family of currencies, not one ("francs": Swiss, French,
   * CFA, Belgian; "Kronen"; "dollars"), → the catalogue's family names (src/figures/currencies.ts)
   * whose currencies they may stand for (Italian "lire": Lira and Pound). Amounts are in another
   * currency only where what their words may name does not overlap (qa/figure-unit).
   */
  currencyFamilies?: Record<string, string | readonly string[]>;
  /**
   * A scale and a currency written as one word ("कोटिरूप्यकाणि": ten million rupees,
   * "अब्जामरिकीमुद्राः": a billion US dollars) → code and scale. Stems with `*`.
   */
  scaledCurrencies?: Record<string, readonly [string, number]>;
  /**
   * Unit words read only when joined to the number by a hyphen: the second half of an adjective
   * ("53-летнего", 53 years old; "29-vuotias"; "5-месячный"), where alone they are other words
   * ("летний": of summer). Stems with `*`.
   */
  hyphenUnits?: Record<string, string>;
  /** Unit words and phrases → unit id of the catalogue (src/figures/units.ts). */
  units: Record<string, string>;
  /**
   * Words of change after which a bound that is also a preposition means the value reached
   * ("сбавил скорость до 160 км/ч": slowed to 160 km/h, not up to). Stems with `*`.
   */
  changeWords?: string[];
  /**
   * Era words after a number that make it a calendar year of any size ("400 n. Chr.", "1100 г. н. э.",
   * "400 jKr.", "AD"/"BC" after the number): no count, no duration.
   */
  eraAfter?: string[];
  /**
   * Qualifiers only of a calendar year (a year word or era after it, or digits 1000–2100 with no
   * unit): German "um 1500" is around 1500, where "um 5 Prozent" is a change and "um 12 Uhr" a time.
   */
  yearQualifiers?: Record<string, Qualifier>;
  /** Words after a year-like number that make it a calendar year ("2014 года", in 2014), not a duration. */
  yearAfter?: string[];
  /**
   * Words for "(in) the year" written before a year ("vuonna 1000", "tahun 1000", "το έτος
   * 1000"): a qualifier before them qualifies the year ("noin vuonna 1000", about 1000).
   */
  yearBefore?: string[];
  /**
   * Prepositions (with their article) right before digits 1000–1899 that make them a calendar
   * year ("nel 1819", "desde 1800", "το 1889"); digits 1900–2100 are years anyway, and so are
   * digits 1000–1899 before a `yearAfter` word ("в 1608 году").
   */
  yearPrepositions?: string[];
  /** Words after which Roman numerals are an ordinal ("XVII век", the 17th century). */
  romanBefore?: string[];
  /**
   * Digits may be glued to the word they qualify ("13χρονος", 13-year-old; "250वर्षानन्तरं",
   * after 250 years): the number is a figure with that word, not a name such as "A4".
   */
  gluedWords?: boolean;
  /** Ordinal suffixes after digits ("st", "nd", "er", "º"). */
  ordinalSuffixes?: string[];
  /**
   * Ordinal words in every form the language uses → rank ("первый", "первого", "πρώτη",
   * "ensimmäisen", "ketiga"). A trailing `*` makes a stem that matches any ending
   * ("प्रथम*": "प्रथमवारं", first time). After tens or hundreds a unit ordinal joins them
   * ("двадцать первый" = 21st).
   */
  ordinals?: Record<string, number>;
  /**
   * Ordinal words that are also other words ("secondo": according to; "prima": before; "achten":
   * to heed; "seconde": a second): ordinals only right after one of `determiners`.
   */
  ambiguousOrdinals?: string[];
  /**
   * Ordinal words that rank only after the noun they follow and mean something else before one
   * (Indonesian "edisi kedua", "yang kedua": the second; "kedua negara": both countries): an
   * ordinal after a word that is no stop word, or after `yang`-like words listed here as `after`.
   */
  ordinalsAfterNoun?: { words: Record<string, number>; after?: string[] };
  /**
   * Words after an ordinal word that make it part of a title, no rank ("primer ministro", "primo
   * ministro", "First Lady", "Premier ministre"): the ordinal is no figure there.
   */
  ordinalTitles?: string[];
  /** Ordinal words that are weekdays when written with a capital inside a sentence (Greek "την Τρίτη", on Tuesday). */
  capitalNames?: string[];
  /** Articles and other determiners before an ordinal ("il", "la", "den", "the", "its"). */
  determiners?: string[];
  /** Words before which Roman numerals are an ordinal ("siglo XV", "século XVI"). */
  romanAfter?: string[];
  /**
   * Digits with a dot are an ordinal ("15. Jahrhundert", "den 3. Platz") before one of `nouns`
   * (a form with up to two more letters counts), after one of `before`, or before an inflected
   * adjective. Shared with the segmenter's ordinal data of the language. `anyWord`: before any word
   * in lower case (Finnish "41. minuutilla", "63. syntymäpäiväänsä": a sentence never goes on in
   * lower case after a number, so the dot is the ordinal's).
   */
  dotOrdinals?: { nouns: readonly string[]; before: readonly string[]; anyWord?: boolean };
  /**
   * Words before a round number that make it a decade ("años 80", "década de 1480", "anni '20",
   * "années 1920"): read as the range of its years, as "1920s" is (a century is no figure).
   */
  decadeBefore?: string[];
  /**
   * Articles before a round number that make it a decade when no counted noun follows ("en los 90,",
   * "de los 50 como jugador"; not "los 90 soldados").
   */
  decadeArticles?: string[];
  /** Endings written onto the digits that make them a decade or century ("1980s", "'80s", "80er Jahre", "80er-Jahren"). */
  decadeEndings?: string[];
  /** Endings that make a decade only of four digits ("1990er", "1990ern"; "20er" is a banknote, "Tempo-30er" a speed zone). */
  yearDecadeEndings?: string[];
  /** Possessives before two digits with a decade ending that make them a decade of age ("in her 80s", "in seinen 70ern"): no years. */
  ageDecadeAfter?: string[];
  /** Words before digits that make them a rank ("No 1", "No. 1", "Nr. 5"): an ordinal. */
  rankPrefixes?: string[];
  /**
   * Words that name an order of magnitude without a count ("thousands", „Hunderte“, "milliers",
   * "decine"): vague amounts, no figures, but their order is compared across a translation
   * ("thousands" is not "hundreds"). In the plural forms used without a number; after a number
   * ("3 Millionen") they are read as figures.
   */
  magnitudes?: Record<string, number>;
  /** Words between two orders that multiply ("hundreds of thousands", "decine di migliaia"). */
  magnitudeLinkers?: string[];
  /** How many times, said as one word ("zweimal", "twice"): read as the number. */
  multiples?: Record<string, number>;
  /**
   * Phrases that end in a qualifier word but are verbs ("turns over 10 billion euros": its
   * revenue; "verfügt über 100 Mitarbeiter": has 100): no bound on the number after them.
   */
  qualifierBlockers?: string[];
  /** Roman numerals are numbers in running text ("anno MCMXC", "XXVI"), as in Latin. */
  romanNumerals?: boolean;
  /**
   * Words right before a number that make it a calendar year ("anno", "im Jahr", "en el año",
   * "in the year"): digits, Roman numerals and ordinals after them are a year ("anno millesimo
   * nongentesimo" = 1900). A qualifier may stand before them, as before `yearBefore` ("cerca del
   * año 1000").
   */
  yearWords?: string[];
  /**
   * Nouns that say a round number approximately ("une vingtaine de" = about 20, "un centinaio di"
   * = about 100, "una decena de"): after an article or a number and before `scaleLinkers` ("de",
   * "di"), a figure of that value, approximate ("une quarantaine" alone is a quarantine).
   */
  approxCollectives?: Record<string, number>;
  /** Words joining a unit before its tens ("unum et triginta" = 31, "septem et nonaginta" = 97), as Latin counts. */
  unitsBeforeTens?: string[];
  /** A half said after the unit, adding to the amount ("deux semaines et demie" = 2.5 weeks, "an hour and a half"). */
  unitHalves?: string[];
  /** A unit word may stand before its number ("anni nongenti triginta": 930 years), as in Latin. */
  unitBefore?: boolean;
  /**
   * Number words that are also common nouns (Italian "venti": twenty, winds): a figure only
   * with a qualifier before it or a scale, percent, currency or unit word after it. Currency
   * words listed here (Spanish "real": genuine) are no amount after an article alone.
   */
  homographs?: string[];
  /**
   * Number words that are also a form of a verb (Italian "sei": six, and "you are"): the verb
   * before one of `next` ("sei stato", "sei qui", "sei un") or a word ending, as written, in one of
   * `nextEndings` (a singular participle: "sei entrata", "sei riuscito"; six counts plurals).
   */
  verbHomographs?: { words: string[]; next: string[]; nextEndings: string[] };
  /**
   * Number words that are one only as written with their accent: Italian "metà" (half), where
   * "meta" is a goal or a destination (the look-up folds accents away).
   */
  accentedWords?: string[];
  /** Words joined to digits before them that make an ordinal ("ke-3" in Indonesian: "ke -"). */
  ordinalPrefixes?: string[];
  /**
   * Endings joined to digits with a hyphen or colon, and what they make of the number:
   * `ordinal` ("17-й", "1-го"), `cardinal` (a case ending: "12-ти", "5:llä"), `decade` (a
   * decade or century when the number ends in 0: "1990-х", "1930-an", "1700-luvulla"; an
   * ordinal otherwise: "5-х классов"). A decade is no figure of its own, as "1930s" is not.
   */
  digitEndings?: Record<string, 'ordinal' | 'cardinal' | 'decade'>;
  /**
   * How a counted noun follows a number: `capitalized` (German nouns: skip lower-case
   * adjectives up to a capitalized word), `plural` (English: adjectives come first, so the
   * first of the next three content words that ends in -s, "15,000 standard cabinets"),
   * `next` (the next content word: Romance languages put adjectives after the noun).
   */
  countedNoun: 'capitalized' | 'plural' | 'next' | 'none';
  /** Words after which "one" is a pronoun ("one of the largest"). */
  pronounFollowers?: string[];
  /**
   * Words for an unspecified small number ("several", "mehrere", "несколько"): a number word of
   * the source replaced by one of them is a figure lost, not a rephrasing.
   */
  vagueQuantities?: string[];
  /**
   * Words that are a quantity on their own, number and unit in one ("полгода": half a year,
   * "сутки": a day, "sehari": one day, "εξάμηνο": six months): value and catalogue unit.
   * Stems with `*`.
   */
  quantityWords?: Record<string, readonly [number, string]>;
  /** Words that are never a counted noun after a number (articles, prepositions, verbs). */
  stopWords: string[];
  /**
   * Words after "a second", "une seconde", "un segundo" (a word both a unit and an ordinal, after an
   * indefinite article) that keep it the unit ("a second later"). Before any other word in lower case
   * that is not a stop word it is the ordinal ("a second stroke of luck", "une seconde vague").
   */
  durationAfter?: string[];
}

export interface DateLanguage {
  /** Month names and abbreviations, every inflected form used in dates → month 1–12. */
  months: Record<string, number>;
  /** Words between day and month or month and year ("de" in "26 de julio de 2024"). */
  joiners?: string[];
  /** The day is written with an ordinal dot ("26. Juli", "26. heinäkuuta"). */
  dayDot?: boolean;
  /** Day ordinal suffixes in dates ("1er", "1st", "1º"). */
  daySuffixes?: string[];
  /** Month before day ("July 26, 2024") is usual as well as day before month. */
  monthFirst?: boolean;
  /**
   * Words after a year written first that lead to the day and month ("१९६५ वर्षस्य १८ मार्चे":
   * of the year 1965, on 18 March).
   */
  yearLinks?: string[];
  /**
   * Words before a day of the month written alone ("on the 27th", "of the 21st"): a date in the
   * month of publication, or the month before when the day is still to come.
   */
  dayOnlyBefore?: string[];
  /** Words around clock times ("gegen 12.40 Uhr", "3 p.m.", "klo 7.55"). */
  times?: TimeWords;
}

/**
 * What makes digits a clock time in a language (src/figures/times.ts). "14:30" is a time in
 * every language; the rest needs one of these words.
 */
export interface TimeWords {
  /** Words after the hour that only ever follow a clock time ("Uhr", "o'clock", "WIB"). */
  hourWords?: string[];
  /**
   * Words after the hour that also measure durations ("h", "heures", "horas", "часов"): a
   * time only after a marker or with minutes after them ("15 h 30").
   */
  weakHourWords?: string[];
  /** Words before a time written "12.40" ("um", "à", "a las", "в"): with them the dot form is a time. */
  markers?: string[];
  /** Words before a number that make any hour a time ("klo 15", "pukul 7"). */
  strongMarkers?: string[];
  /**
   * Words before a bare hour that make it a time when no noun follows it: at the end of a clause or
   * before a stop word ("ogni mattina alle 7, ma", "a las 7 de hoy"; "alle 7 squadre" stays a count).
   */
  bareHourMarkers?: string[];
  /** Words before a time written with a comma that make it one ("alle 6,30", "às 6,30"), where the language writes times so. */
  commaMarkers?: string[];
  /** Words before a time that make it approximate ("gegen 12.40 Uhr", "around 3 p.m.", "vers 15 h"). */
  approx?: string[];
  /**
   * Words next to an ordinal that make it the hour of the day, before or after it (Latin "sexta
   * hora", "horam sextam": the sixth hour, six o'clock).
   */
  ordinalHourWords?: string[];
  /** Times said with a name: "noon" and "midnight" ("12:00", "00:00"), "Mitternacht", "mezzanotte". */
  named?: Record<string, string>;
  /** Minutes said before the hour: "viginti quinque minutis post sextam horam" (06:25), "ten minutes past five". */
  minutesPast?: string[];
  /** Minutes said before the hour, to be taken off: "decem minutis ante octavam horam" (07:50), "ten minutes to five". */
  minutesTo?: string[];
  /** Day halves after the time: "p.m." adds twelve hours ("3 p.m." = 15:00), "a.m." makes 12 midnight. */
  am?: string[];
  pm?: string[];
}
