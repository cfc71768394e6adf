// The shape of the per-language number knowledge the Chinese/Japanese figure reader needs.
// The data itself lives in src/lang/zh/numbers.ts and src/lang/ja/numbers.ts; the algorithm
// (src/figures/cjk-*.ts) never names a character of either language, so a third language written
// with the same numerals (Korean hanja, classical Chinese) is one more data file.

import type { Qualifier } from '../article/types.js';

/** A word that states how exact a figure is: "约" (approx), "以上" (over). */
export interface QualifierWord {
  text: string;
  qualifier: Qualifier;
  /** Units after which the word means something else ("近3年" is "the last 3 years"). */
  except?: readonly string[];
  /** Words after it that make it no bound ("160kmまで減速" slowed down to 160, not "up to"). */
  notBefore?: readonly string[];
  /**
   * The word may not bound the figure (emphasis: "400人もの", as many as 400 — so many, or up to
   * 400): the figure keeps the qualifier, marked uncertain, as `uncertainQualifiers` of the word readers.
   */
  uncertain?: boolean;
}

/** A comparison written around the number: "比 X 大" (over), "X より小さい" is a plain suffix. */
export interface QualifierFrame {
  before: string;
  after: string;
  qualifier: Qualifier;
}

export interface CurrencyWord {
  text: string;
  /** ISO 4217; absent where none exists (比特币). */
  code?: string;
  /** The catalogue families a word naming a family may stand for ("ドル": Dollar; "法郎": Franc). */
  family?: string | readonly string[];
}

/** A unit below the main one, read after it: "五元三角" = 5.3, "10円5銭" = 10.05. */
export interface SubunitWord {
  text: string;
  /** Value of one subunit in main units (角 0.1, 分 0.01). */
  fraction: number;
  /** The main currencies it belongs to; the subunit is only read after one of them. */
  of: string[];
}

/** A unit that begins with a numeral character ("千米", "兆字节"). */
export interface PrefixedUnit {
  text: string;
  /**
   * Read as the unit even after a written-out numeral. Without it the unit only wins after
   * digits: "12千米" is 12 km, while "三千米" is read 3000 m, as a native reader does.
   */
  always?: boolean;
}

/** A fixed expression with a figure in it and no numeral: "打对折" (50 %), "半ダース" (6), "首次" (the first). */
export interface FixedFigure {
  text: string;
  kind: 'number' | 'percent' | 'ordinal';
  value: number;
}

/** A word that makes a unit a rate: "时速" before the number, "/小时" after the unit. */
export interface RateWord {
  text: string;
  /** The time unit it divides by, a catalogue id ("h", "s", "min"). */
  per: string;
}

export interface ClockWords {
  /** The hour mark after the hour ("点", "時"). */
  hours: readonly string[];
  /** The minute mark after the minutes ("分"). */
  minutes: readonly string[];
  /** Hour marks that also count things ("5点建议": five proposals): a time only with minutes or a day part. */
  countingHours: readonly string[];
  /** Words before the hour that make it a rank, not a time ("第5点"). */
  notAfter: readonly string[];
  /** Half past ("半"). */
  half: readonly string[];
  /** Day parts before the hour: morning ones keep the hour, afternoon and evening ones add twelve. */
  am: readonly string[];
  pm: readonly string[];
  /** Words before a time that make it approximate ("约", "頃" is after: see `approxAfter`). */
  approxBefore: readonly string[];
  approxAfter: readonly string[];
  /** Words after an hour mark that make it a duration, not a time ("小时" is written apart; "時間"). */
  durationAfter: readonly string[];
  /** Time zones written beside a four-digit time ("UTC 0230", "0230 GMT"). */
  zones: readonly string[];
}

export interface CjkLexicon {
  /** Numeral characters and their digit value (〇 一 … 九, financial 壹 贰, 两). */
  digits: Readonly<Record<string, number>>;
  /** Characters before numerals of place that make an order of magnitude, no count: 数千, 几百万, 何千. */
  magnitudePrefixes?: readonly string[];
  /** Digits that are everyday words on their own (陆地, 队伍): read only next to another numeral. */
  boundDigits: string;
  /** Digits never written as the last digit after a unit (两: "两万两" is 20 000 liang). */
  nonFinalDigits: string;
  /** Digits allowed in positional runs ("二〇二四", "一九九九"). */
  positionalDigits: string;
  /** Shortest positional run read as one number (zh "九九" is a word, ja "三五分の百" is 35). */
  positionalMinLength: number;
  /** 十 百 千 and their financial forms. */
  units: Readonly<Record<string, number>>;
  /** 万 亿 兆 and their traditional forms. */
  scales: Readonly<Record<string, number>>;
  /** Scales a native reader cannot pin down on their own: the reason. */
  ambiguousScales: Readonly<Record<string, string>>;
  /** A scale whose ambiguity a smaller scale written after it settles (兆 before 亿: 10¹²). */
  scaleDisambiguators: string;
  /**
   * A last bare digit after a unit counts one step below it: zh "一万三" is 13 000 and
   * "两千四百五" 2450; ja writes every place, so "一万三" is 10 003.
   */
  abbreviatedTail: boolean;
  /** Decimal marks between written-out numerals (点, 點, ・). */
  decimalPoints: readonly string[];
  /** Group separators between digit groups of three. */
  groupSeparators: readonly string[];
  /** Group separators that also separate list items in running text: the reading is flagged. */
  ambiguousGroupSeparators: readonly string[];
  /** Minus words and signs written before the number. */
  minus: readonly string[];
  /** Vague digits inside a number before a scale: "十余万", "二十几万", "百二十数億". */
  vagueInfixes: readonly string[];
  /** Ordinal prefix (第) and suffixes (番目). */
  ordinalPrefixes: readonly string[];
  ordinalSuffixes: readonly string[];
  /** Units that number things in a series: "一季度" is the first quarter, "3号线" line 3. */
  ordinalUnits: readonly string[];
  /** A minute word after "点" digits makes them a clock time, not decimals ("10点30分"). */
  clockMinutes: readonly string[];
  /** Clock times ("上午10点30分", "午後5時30分", "17時半"): read as kind `time` by cjk-time.ts. */
  clock: ClockWords;
  /** Powers: "1.1の23乗", "2的5次方" (base, `between`, exponent, `after`). */
  powers: ReadonlyArray<{ between: string; after: string }>;
  /** Multiplication signs of a mantissa and a power of ten ("-127.32×10の13乗"). */
  times: readonly string[];
  /** "三分之一" / "三分の一": denominator first. */
  fractionMarkers: readonly string[];
  /** Joiners of a whole number and a fraction: "一又二分之一", "1と2分の1". */
  mixedFractionJoiners: readonly string[];
  /** Percent signs and words after the number (%, ％, パーセント). */
  percentSuffixes: readonly string[];
  /** Percentage points ("个百分点"), read as percent with percentPoints set. */
  percentPointSuffixes: readonly string[];
  /**
   * Tenths of a whole (成, 割): "三成" is 30 %. `smaller` are the finer places after it
   * (ja 割 分 厘: "3割8分7厘" is 38.7 %); `discount` words make it a reduction ("2割引" is 20 %
   * off, kept as 20 with the unit "割引" so that "20% off" in a translation matches).
   */
  tenths: {
    markers: readonly string[];
    smaller: ReadonlyArray<{ text: string; percent: number }>;
    discount: readonly string[];
    blockedBefore: string;
  };
  /**
   * Price fractions (zh 折): "八折" is 80 % of the price, "75折" 75 %. Read with the unit "折",
   * since a translation says "20% off" for the same figure.
   */
  priceFractions: { markers: readonly string[]; blockedBefore: string };
  /** Half added after a unit: "一吨半" is 1.5 t, "三成半" 35 %. */
  half: string;
  /** Expressions that are figures without a numeral ("打对折", "半ダース", "半数"). */
  fixedFigures: readonly FixedFigure[];
  /** Currency signs and words before the number ("$", "￥", "人民币 8千元"). */
  currenciesBefore: readonly CurrencyWord[];
  /** Currency words after the number, the longest match wins ("美元" over "元"). */
  currenciesAfter: readonly CurrencyWord[];
  subunits: readonly SubunitWord[];
  /** Joiners between a main unit and its subunit ("两美元又三美分", "545ドルと5セント"). */
  subunitJoiners: readonly string[];
  /** Scales in Latin letters after digits, as financial copy writes them: "2.5M", "US$1.2bn". */
  latinScales: Readonly<Record<string, number>>;
  /** Count words that multiply: "一打" is 12. */
  multipliers: Readonly<Record<string, number>>;
  /** Measure words of counted things and of time, read as the figure's unit ("个", "家", "件", "年间"). */
  counters: readonly string[];
  /** Units of measurement ("公斤", "平方米", "キロメートル"); Latin units ("cm", "P") need no list. */
  measures: readonly string[];
  /**
   * Catalogue ids (src/figures/units.ts) of unit words the catalogue does not list as symbols:
   * durations ("年" yr, "个月" mo, "小时" h) and ages ("岁" yr) among them.
   */
  unitIds: Readonly<Record<string, string>>;
  /** Rates: "时速 300 公里", "每小时 105 英里" (before the number), "5米/秒" (after the unit). */
  rates: { before: readonly RateWord[]; after: readonly RateWord[] };
  /** Counters after which "目" makes an ordinal: ja "2本目" (the second), "7年目". */
  ordinalAfterCounter: readonly string[];
  /**
   * Decades and centuries: "70年代", "1970年代" and "20 世纪 70 年代" name a decade, no figure of
   * their own (as "the 1970s" is none); "20世纪" alone is the 20th century, an ordinal.
   */
  decades: { markers: readonly string[]; centuries: readonly string[] };
  /** Vague words before a bare unit or scale: "数十億" (billions), "几百", "上千" are no figures. */
  vaguePrefixes: readonly string[];
  /**
   * Characters that may stand next to a lone numeral character that is a figure: "是五", "前三",
   * "五的", "二重". Next to any other Chinese character it is part of a word or name ("五源河",
   * "土卫二").
   */
  loneNumeralNeighbours: { before: string; after: string };
  /** Words before the article digit that make it a count ("只有一家" is one company, "一家" is "a"). */
  countMarkers: readonly string[];
  /** Words right before the article digit that make it a determiner, no count ("这一市场": this market). */
  demonstratives: readonly string[];
  /** Words after a day alone that make it a length of time, not a date ("1日券", "1日当たり"). */
  dayDurationAfter: readonly string[];
  /** Marks between a figure and its bound that make the bound inclusive ("800公里（含）以下"). */
  inclusiveMarks: readonly string[];
  /** Measure words that, after 一 alone, usually mean the article "a" ("一个问题"). */
  articleCounters: readonly string[];
  /** The digit that, with an article counter, reads as the article (一). */
  articleDigit: string;
  /** Units that begin with a numeral character ("千米", "兆字节"). */
  prefixedUnits: readonly PrefixedUnit[];
  /** Date markers: year, month, day; `dayAfterMonth` only after a month ("7月26号"). */
  dates: { year: readonly string[]; month: readonly string[]; day: readonly string[]; dayAfterMonth: readonly string[] };
  /** Words after a year number that make it a length of time ("1000年间"). */
  yearDurationAfter: readonly string[];
  /** Parts of the year after a year that make it the year, before a duration word they begin with ("2017年後半"). */
  yearPartAfter: readonly string[];
  /**
   * Eras whose years are counted from their start ("平成30年" = 2018): the name → the Gregorian
   * year before the era's first year (平成 1988). A year of an era is a calendar year.
   */
  eras: Readonly<Record<string, number>>;
  /**
   * Years written with two digits before a month or with a leading zero ("86年10月", "09年"): a
   * calendar year, in the century that puts it no later than a year after the publication year.
   */
  shortYears: boolean;
  /** Words after "2009/10" that make it a span of two years, not October 2009 ("シーズン", "赛季"). */
  yearSpanAfter: readonly string[];
  /** Qualifiers before the number ("约", "超过", "最大"); "等于"/"イコール" are exact and kept in the span. */
  qualifiersBefore: readonly QualifierWord[];
  /** Qualifiers after the number and its unit ("左右", "以上", "未満", "を超える"). */
  qualifiersAfter: readonly QualifierWord[];
  /** Qualifiers inside the unit ("三十多个"): read between the number and its unit. */
  qualifiersBeforeUnit: readonly QualifierWord[];
  /** Comparisons around the number ("比三十大"). */
  qualifierFrames: readonly QualifierFrame[];
  /** Words that end like a qualifier but are not one ("最近" is "recent", not "nearly"). */
  falseQualifiers: readonly string[];
  /** Linking verbs allowed between a qualifier and the number ("至少有10个", "最大が5"). */
  copulas: readonly string[];
  /** Between the two ends of a range ("0到1", "2022-2023", "1000から1500"). */
  rangeConnectors: readonly string[];
  /** Closes a "from … to" range ("1から5まで"). */
  rangeClosers: readonly string[];
  /** Between the items of a list: "11月3日、4日" (the 4th is November's too), "3月和5月". */
  listJoiners: readonly string[];
  /** "A 和 B 之间" / "AとBの間". */
  between: { joiners: readonly string[]; closers: readonly string[] };
  /** Between a lower and an upper bound read as one range ("大于10小于20", "100以上、300以下"). */
  boundJoiners: readonly string[];
  /** Words containing numeral characters that are not figures (一切, 四川, 十分). */
  nonNumberWords: readonly string[];
}
