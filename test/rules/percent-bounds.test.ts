import { rule } from '../../src/validate/rules/percent-bounds.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Die Zahl ist in den letzten drei Jahren um durchschnittlich 26 % gestiegen.' },
    { code: 'Der Umsatz ist um 150 % gestiegen.', name: 'de: growth may exceed 100 %' },
    { code: 'Der Anteil von A beträgt 40 %, der von B 35 % und der von C 25 %.' },
    { code: 'In Berlin sind es 60 %, in Hamburg 70 %.', name: 'de: percentages of different wholes' },
    { code: 'Sales increased by 210 percent.', lang: 'en' },
    { code: 'Das Gesamtjahresplus lag bei etwa 205 Prozent.', name: 'de: the change word inside a compound' },
    { code: 'Das Umsatzwachstum betrug 180 %.', name: 'de: growth as the head of a compound' },
    { code: 'Of respondents, 49.5% said yes and 50.5% said no.', lang: 'en' },
  ],
  invalid: [
    {
      code: 'Der Anteil erneuerbarer Energie liegt bei 120 %.',
      errors: [{ line: 1, column: 43, messageId: 'over100' }],
    },
    {
      code: 'Der Anteil von A beträgt 40 %, der von B 35 % und der von C 30 %.',
      errors: [{ line: 1, column: 26, messageId: 'sum', actual: '105 %' }],
    },
    {
      code: 'Of respondents, 60% said yes and 50% said no.',
      lang: 'en',
      errors: [{ line: 1, column: 17, messageId: 'sum', actual: '110 %' }],
    },
    {
      code: 'The share of renewables reached 130%.',
      lang: 'en',
      errors: [{ line: 1, column: 33, messageId: 'over100' }],
    },
  ],
});
