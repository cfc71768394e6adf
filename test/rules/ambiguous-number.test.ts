import { rule } from '../../src/validate/rules/ambiguous-number.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Etwa 15.000 Standardschränke und 0,7449 Punkte.', name: 'de: German grouping and decimals are clear' },
    { code: 'About 15,000 cabinets and 0.7449 points.', lang: 'en' },
  ],
  invalid: [
    {
      code: 'The centre has 15.000 cabinets.',
      lang: 'en',
      name: 'en: "15.000" reads as fifteen in English',
      errors: [{ line: 1, column: 16, messageId: 'ambiguous' }],
    },
  ],
});
