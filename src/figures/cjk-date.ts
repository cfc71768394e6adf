// Calendar dates written with 年/月/日 (or as "2024-07-26"), completed the way a reader of the
// article completes them: a missing year comes from the publication date, choosing the nearest
// candidate ("7月26日" in an article of 2024-08-02 is 2024-07-26; "12月30日" in one of
// 2025-01-03 is 2024-12-30); a day alone is the latest such day up to the publication day.
// Without a publication date the ISO 8601 truncated forms are returned ("--07-26", "--07",
// "---26"), so nothing is guessed.

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseReference(reference: string | undefined): { y: number; m: number; d: number } | undefined {
  const match = reference ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(reference) : null;
  if (!match) return undefined;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3] ?? '1') };
}

/** Is this a real calendar date (day and month in range)? */
export function validParts(parts: DateParts): boolean {
  const { month, day } = parts;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > 31)) return false;
  if (day !== undefined && month !== undefined && day > daysIn(parts.year ?? 2000, month)) return false;
  return true;
}

/** The ISO date (YYYY-MM-DD or YYYY-MM) a reader understands, or a truncated form without one. */
export function resolveDate(parts: DateParts, referenceDate?: string): string | undefined {
  const { year, month, day } = parts;
  if (year !== undefined && month !== undefined) return day !== undefined ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
  const ref = parseReference(referenceDate);
  if (month !== undefined) {
    if (!ref) return day !== undefined ? `--${pad(month)}-${pad(day)}` : `--${pad(month)}`;
    const refTime = Date.UTC(ref.y, ref.m - 1, ref.d);
    let best: { time: number; y: number } | undefined;
    for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
      if (day !== undefined && day > daysIn(y, month)) continue;
      const time = Math.abs(Date.UTC(y, month - 1, day ?? 15) - refTime);
      if (!best || time < best.time) best = { time, y };
    }
    if (!best) return undefined;
    return day !== undefined ? `${best.y}-${pad(month)}-${pad(day)}` : `${best.y}-${pad(month)}`;
  }
  if (day !== undefined) {
    if (!ref) return `---${pad(day)}`;
    // A day alone ("26日") is this month up to the publication day and last month after it:
    // newswire style names the day of events already reported on.
    for (const offset of day <= ref.d ? [0, -1] : [-1, -2]) {
      const first = new Date(Date.UTC(ref.y, ref.m - 1 + offset, 1));
      const y = first.getUTCFullYear();
      const m = first.getUTCMonth() + 1;
      if (day <= daysIn(y, m)) return `${y}-${pad(m)}-${pad(day)}`;
    }
    return undefined;
  }
  return undefined;
}
