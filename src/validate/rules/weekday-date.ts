// "Freitag, 27. Juli 2024" when 27 July 2024 was a Saturday: the weekday named next to a
// date must be that date's weekday. Weekday names come from the language data (CLDR).

import { weekdayNames } from '../lang/index.js';
import { wordsPattern } from '../lists.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'weekday-date',
    type: 'problem',
    description: 'a weekday named with a date is that date’s weekday',
    docs: 'Looks for a weekday name right before a full date (“Freitag, 27. Juli 2024”, “Friday, July 27, 2024”, “am Freitag, den 27. Juli”) or inside the date’s text, and compares it with the calendar. Which of the two is wrong is for the editor to decide.',
    defaultSeverity: 'error',
    messages: { mismatch: '{{date}} was a {{actualDay}}, not a {{writtenDay}}' },
    schema: {},
  },
  create(context) {
    const names = weekdayNames(context.lang);
    const pattern = new RegExp(`(${wordsPattern(names)})[,\\s]*(?:(?:den|the|le|el|il|o)\\s+)?$`, 'iu');
    const capitalise = (word: string, like: string) => (/^\p{Lu}/u.test(like) ? word.charAt(0).toLocaleUpperCase(context.lang) + word.slice(1) : word);
    return {
      segment(node) {
        for (const placed of node.figures) {
          const date = placed.figure.date;
          if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
          const inside = placed.figure.text.search(new RegExp(wordsPattern(names), 'iu'));
          let at: number;
          let written: string;
          if (inside !== -1) {
            written = new RegExp(wordsPattern(names), 'iu').exec(placed.figure.text)![0];
            at = placed.start + inside;
          } else {
            const match = pattern.exec(node.text.slice(Math.max(0, placed.start - 40), placed.start));
            if (!match?.[1]) continue;
            written = match[1];
            at = Math.max(0, placed.start - 40) + match.index;
          }
          const day = new Date(`${date}T00:00:00Z`).getUTCDay();
          const actual = names[day]!;
          if (written.toLocaleLowerCase(context.lang) === actual) continue;
          context.report({
            messageId: 'mismatch',
            data: { date: placed.figure.text, actualDay: capitalise(actual, written), writtenDay: written },
            segment: node,
            range: [at, placed.end],
            actual: written,
            expected: capitalise(actual, written),
          });
        }
      },
    };
  },
};
