// Sanskrit formatting data. CLDR's Sanskrit numbers are right (Devanagari digits, Indian
// grouping: १५,०००, १,५०,०००, २६%), its dates are not usable in running text: it writes
// the month in the nominative inside a date ("२६ जुलाईमासः २०२४", "26 July-month 2024").
// A date in a sentence is a genitive construction, "जुलाईमासस्य २६" (the 26th of
// July), which a translator can continue with the case the sentence needs ("… दिनाङ्के",
// on the date). The year precedes as "२०२४ वर्षस्य" (of the year 2024).

/** Month stems as CLDR spells them (जुलाईमासः without the nominative ending). */
const MONTH_STEMS = ['जनवरीमास', 'फरवरीमास', 'मार्चमास', 'अप्रैलमास', 'मईमास', 'जूनमास', 'जुलाईमास', 'अगस्तमास', 'सितंबरमास', 'अक्तूबरमास', 'नवंबरमास', 'दिसंबरमास'] as const;

export const SANSKRIT_MONTHS = {
  nominative: MONTH_STEMS.map((stem) => `${stem}ः`),
  genitive: MONTH_STEMS.map((stem) => `${stem}स्य`),
};

export const SANSKRIT_INTL_LOCALE = 'sa-IN-u-nu-deva';

const digits = new Intl.NumberFormat(SANSKRIT_INTL_LOCALE, { useGrouping: false, maximumFractionDigits: 0 });

export type SanskritDateParts = 'day-month-year' | 'day-month' | 'month-year' | 'month';

/** "जुलाईमासस्य २६", "२०२४ वर्षस्य जुलाईमासस्य २६", "२०२४ वर्षस्य जुलाईमासः", "जुलाईमासः". */
export function formatSanskritDate(iso: string, parts: SanskritDateParts): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  const year = digits.format(Number(match[1]));
  const month = Number(match[2]) - 1;
  if (parts === 'month') return SANSKRIT_MONTHS.nominative[month]!;
  if (parts === 'month-year' || match[3] === undefined) return `${year} वर्षस्य ${SANSKRIT_MONTHS.nominative[month]}`;
  const dayMonth = `${SANSKRIT_MONTHS.genitive[month]} ${digits.format(Number(match[3]))}`;
  return parts === 'day-month' ? dayMonth : `${year} वर्षस्य ${dayMonth}`;
}
