// A day named in the article that lies after the article's publication date: in a news
// report that is usually a wrong year or a typo. Month-only dates and years are left alone
// (plans and periods often lie ahead).

import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'date-after-publication',
    type: 'problem',
    description: 'dates lie on or before the publication date',
    docs: 'Compares every full date the figure reader found (YYYY-MM-DD) with the `date` of the front matter. Needs the front matter date; month-only dates, years and year ranges are not checked.',
    defaultSeverity: 'warning',
    messages: { future: '“{{text}}” ({{date}}) is after the publication date {{published}}' },
    schema: {
      graceDays: { type: 'number', default: 0, minimum: 0, description: 'days after publication still accepted' },
    },
  },
  create(context) {
    const published = context.article.frontmatter.date;
    if (!published) return {};
    const grace = Number(context.options.graceDays) * 86_400_000;
    const limit = Date.parse(`${published}T00:00:00Z`) + grace;
    return {
      figure(figure) {
        const date = figure.date;
        if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || figure.kind === 'year') return;
        if (Date.parse(`${date}T00:00:00Z`) > limit) {
          context.report({ messageId: 'future', data: { text: figure.text, date, published }, figure, actual: date, expected: `on or before ${published}` });
        }
      },
    };
  },
};
