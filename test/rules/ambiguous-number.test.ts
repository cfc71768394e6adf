import { rule } from '../../src/validate/rules/ambiguous-number.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Etwa 15.000 Standardschränke und 0,7449 Punkte.', name: 'de: German grouping and decimals are clear' },
    { code: 'About 15,000 cabinets and 0.7449 points.', lang: 'en' },
  ],
  invalid: [
    {
      code: 'Das Zentrum hat 3,000 Stück und 12.34 Punkte.',
      name: 'de: “3,000” is three in German, and “.” is no decimal mark',
      errors: [
        { line: 1, column: 17, endColumn: 28, messageId: 'ambiguous', message: /^“3,000 Stück” is ambiguous: `3,000` reads as 3 in de/ },
        { line: 1, column: 33, messageId: 'ambiguous' },
      ],
    },
    {
      code: 'The centre has 15.000 cabinets.',
      lang: 'en',
      name: 'en: "15.000" reads as fifteen in English',
      errors: [{ line: 1, column: 16, messageId: 'ambiguous' }],
    },
  ],
});
