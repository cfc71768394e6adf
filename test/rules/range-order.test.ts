import { rule } from '../../src/validate/rules/range-order.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Peking macht Dinge von 0 bis 1, Shenzhen von 10 bis 100.' },
    { code: 'Der Aktionsplan (2024–2025) gilt zwei Jahre.' },
    { code: 'The index rose from 10 to 100 points.', lang: 'en' },
    { code: 'Temperatures of 5 to 10 degrees.', lang: 'en' },
    { code: 'Prices fell from 100 to 10 dollars.', lang: 'en', name: 'en: “from … to” may be a fall' },
    { code: 'Der Index sank zwischen 2020 und 2023 von 100 auf 10 Punkte.', name: 'de: a change, not a range' },
    { code: 'Die Kosten liegen zwischen 20 und 50 Millionen Euro.', name: 'de: one scale for both ends' },
    { code: 'Between 500 and 2 million people may be affected.', lang: 'en', name: 'en: the scale belongs to the end only when the written numbers differ in size' },
  ],
  invalid: [
    {
      code: 'Shanghai macht Dinge von 10 bis 10.',
      errors: [{ line: 1, column: 26, endColumn: 35, messageId: 'degenerate', message: 'the range “10 bis 10” starts and ends at 10' }],
    },
    {
      code: 'Die Werte liegen zwischen 100 und 10 Punkten.',
      errors: [{ line: 1, column: 18, endColumn: 45, messageId: 'reversed', message: 'the range “zwischen 100 und 10 Punkten” runs backwards, from 100 to 10' }],
    },
    {
      code: 'Die Kosten liegen zwischen 50 und 20 Millionen Euro.',
      errors: [{ line: 1, column: 19, messageId: 'reversed', message: 'the range “zwischen 50 und 20 Millionen Euro” runs backwards, from 50.000.000 to 20.000.000' }],
    },
    {
      code: 'Prices ranged between 100 and 10 dollars.',
      lang: 'en',
      errors: [{ line: 1, column: 15, messageId: 'reversed' }],
    },
    {
      code: 'It runs from 5 to 5 units.',
      lang: 'en',
      errors: [{ line: 1, column: 14, messageId: 'degenerate' }],
    },
  ],
});
