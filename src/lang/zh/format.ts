// Chinese number formatting: large round numbers are written with the myriad units 万
// (10⁴) and 亿 (10⁸), as Chinese news writes them ("1.5万个标准机柜", "4万P",
// "11.53亿"). Only when that is exact: a number the unit form would round (15 432) keeps
// its digits with grouping (15,432), because a figure must never change on the way.

const UNITS: Array<[number, string]> = [
  [1e8, '亿'],
  [1e4, '万'],
];

/** At most this many decimals on the unit form: 1.25万 yes, 1.2345万 no (write 12,345). */
const MAX_UNIT_DECIMALS = 2;

/**
 * The myriad form of an integer, or undefined when the number is below 10 000, has
 * decimals, or would need more than two decimals on the unit.
 */
export function chineseMyriad(value: number, decimals: number, format: (value: number, decimals: number) => string): string | undefined {
  if (decimals !== 0 || !Number.isInteger(value)) return undefined;
  const magnitude = Math.abs(value);
  for (const [unit, sign] of UNITS) {
    if (magnitude < unit) continue;
    for (let places = 0; places <= MAX_UNIT_DECIMALS; places++) {
      // Integer arithmetic: exact when the number is a multiple of one step of the unit.
      const step = unit / 10 ** places;
      if (magnitude % step !== 0) continue;
      return `${value < 0 ? '-' : ''}${format(magnitude / step / 10 ** places, places)}${sign}`;
    }
    return undefined;
  }
  return undefined;
}
