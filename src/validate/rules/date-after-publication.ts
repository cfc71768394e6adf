// A day named in the article that lies after the article's publication date: in a news
// report that is usually a wrong year or a typo. Dates without a written year, month-only
// dates and years are left alone (plans and periods often lie ahead).

import { stemsPattern } from '../lists.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'date-after-publication',
    type: 'problem',
    description: 'dates lie on or before the publication date',
    docs: 'Compares every full date the figure reader found (YYYY-MM-DD) with the `date` of the front matter. Needs the front matter date. Sentences that look ahead (“nächste”, “will”, “geplant”: language data) are not checked. Only dates with the year written out are checked (for “26. Juli” the year is the reader’s guess, not the author’s claim); month-only dates, years and year ranges are not checked.',
    defaultSeverity: 'warning',
    messages: { future: '“{{text}}” ({{date}}) is after the publication date {{published}}' },
    schema: {
      graceDays: { type: 'number', default: 0, minimum: 0, description: 'days after publication still accepted' },
      inferredYears: { type: 'boolean', default: false, description: 'also check dates whose year the reader inferred from the publication date' },
    },
  },
  create(context) {
    const published = context.article.frontmatter.date;
    if (!published) return {};
    const grace = Number(context.options.graceDays) * 86_400_000;
    const inferred = context.options.inferredYears === true;
    const limit = Date.parse(`${published}T00:00:00Z`) + grace;
    const ahead = stemsPattern(context.words.futureStems);
    return {
      figure(figure, node) {
        const date = figure.date;
        if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || figure.kind === 'year') return;
        // Only a year the author wrote: for "26. Juli" the reader chose the year, not the author.
        if (!inferred && !figure.text.includes(date.slice(0, 4))) return;
        // "Die nächste Sitzung ist am 10. September": an announcement, not a slip.
        if (node && ahead?.test(node.text)) return;
        if (Date.parse(`${date}T00:00:00Z`) > limit) {
          context.report({ messageId: 'future', data: { text: figure.text, date, published }, figure, actual: date, expected: `on or before ${published}` });
        }
      },
    };
  },
};
