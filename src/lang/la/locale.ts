// Latin locale data. ICU/CLDR has no Latin: `Intl` silently falls back to English
// ("July 26, 2024", "15,000"), so the formatter takes Latin's numbers and dates from here.
//
// Choices (see src/localize/README.md):
// - Numbers follow the convention of the institutions that still write Latin (the Holy
//   See, Italian and central European schools): "." groups thousands, "," separates
//   decimals, the percent sign follows without a space: 15.000, 0,7449, 26%.
// - Dates use the form of modern news Latin (Nuntii Latini, Ephemeris): the ablative of
//   time with the month as a genitive, "die 26 mensis Iulii 2024", and "mense Iulio 2024"
//   for a month. Arabic day numbers, as those outlets write them. The classical Roman form
//   ("a. d. VII Kal. Aug.") is available as `classicalLatinDate` but not the default: a
//   reader of a news article should not have to count back from the Kalends.

export interface LatinNumberFormat {
  group: string;
  decimal: string;
  /** Where the number goes in a percentage. */
  percentPattern: string;
  /** Smallest integer that gets a group separator (1.000). */
  minimumGroupingValue: number;
}

export const LATIN_NUMBERS: LatinNumberFormat = {
  group: '.',
  decimal: ',',
  percentPattern: '{n}%',
  minimumGroupingValue: 1000,
};

/** Month names, January first. */
export const LATIN_MONTHS = {
  nominative: ['Ianuarius', 'Februarius', 'Martius', 'Aprilis', 'Maius', 'Iunius', 'Iulius', 'Augustus', 'September', 'October', 'November', 'December'],
  /** "die 26 mensis Iulii" */
  genitive: ['Ianuarii', 'Februarii', 'Martii', 'Aprilis', 'Maii', 'Iunii', 'Iulii', 'Augusti', 'Septembris', 'Octobris', 'Novembris', 'Decembris'],
  /** "mense Iulio" */
  ablative: ['Ianuario', 'Februario', 'Martio', 'Aprili', 'Maio', 'Iunio', 'Iulio', 'Augusto', 'Septembri', 'Octobri', 'Novembri', 'Decembri'],
  /** The abbreviated adjective of the classical date ("Kal. Aug."). */
  classical: ['Ian.', 'Feb.', 'Mart.', 'Apr.', 'Mai.', 'Iun.', 'Iul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
} as const;

/** Format a non-negative or negative number with Latin separators, keeping `decimals` places. */
export function formatLatinNumber(value: number, decimals: number, options: { grouping?: boolean } = {}): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [integer = '0', fraction] = fixed.split('.');
  const grouped = options.grouping !== false && Math.abs(value) >= LATIN_NUMBERS.minimumGroupingValue
    ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, LATIN_NUMBERS.group)
    : integer;
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : LATIN_NUMBERS.decimal + fraction}`;
}

export function formatLatinPercent(value: number, decimals: number): string {
  return LATIN_NUMBERS.percentPattern.replace('{n}', formatLatinNumber(value, decimals));
}

function parseIso(iso: string): { year: number; month: number; day?: number } {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new RangeError(`not an ISO date: ${iso}`);
  return match[3] === undefined ? { year, month } : { year, month, day: Number(match[3]) };
}

export type LatinDateParts = 'day-month-year' | 'day-month' | 'month-year' | 'month';

/** "die 26 mensis Iulii 2024", "die 26 mensis Iulii", "mense Iulio 2024", "mense Iulio". */
export function formatLatinDate(iso: string, parts: LatinDateParts): string {
  const { year, month, day } = parseIso(iso);
  const index = month - 1;
  if (parts === 'month') return `mense ${LATIN_MONTHS.ablative[index]}`;
  if (parts === 'month-year' || day === undefined) return `mense ${LATIN_MONTHS.ablative[index]} ${year}`;
  const base = `die ${day} mensis ${LATIN_MONTHS.genitive[index]}`;
  return parts === 'day-month' ? base : `${base} ${year}`;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** "15:30": modern Latin writes the hours of the day with digits. */
export function formatLatinTime(hour: number, minute: number): string {
  return `${hour}:${String(minute).padStart(2, '0')}`;
}

export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) throw new RangeError(`no Roman numeral for ${value}`);
  let rest = value;
  let out = '';
  for (const [n, letters] of ROMAN) {
    while (rest >= n) {
      out += letters;
      rest -= n;
    }
  }
  return out;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The classical Roman date: days counted inclusively back to the next Kalends, Nones or
 * Ides ("a. d. VII Kal. Aug." for 26 July). In a leap year 24 February is the doubled
 * sixth day, "a. d. bis VI Kal. Mart."; 25–29 February count back from a 29-day month
 * and the days before the 24th as in a common year, as the Julian calendar does.
 */
export function classicalLatinDate(iso: string): string {
  const { year, month, day } = parseIso(iso);
  if (day === undefined) throw new RangeError(`a classical date needs a day: ${iso}`);
  const nones = [3, 5, 7, 10].includes(month) ? 7 : 5;
  const ides = nones + 8;
  const abbr = (m: number) => LATIN_MONTHS.classical[(m - 1) % 12] ?? '';
  const count = (target: string, n: number) => (n === 1 ? target : n === 2 ? `prid. ${target}` : `a. d. ${romanNumeral(n)} ${target}`);
  if (day === 1) return `Kal. ${abbr(month)}`;
  if (day <= nones) return count(`Non. ${abbr(month)}`, nones - day + 1);
  if (day <= ides) return count(`Id. ${abbr(month)}`, ides - day + 1);
  const kalends = `Kal. ${abbr(month + 1)}`;
  const length = daysInMonth(year, month);
  if (month === 2 && length === 29 && day <= 24) {
    if (day === 24) return `a. d. bis VI ${kalends}`;
    return count(kalends, 28 - day + 2);
  }
  return count(kalends, length - day + 2);
}
