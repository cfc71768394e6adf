import { rule } from '../../src/validate/rules/weekday-date.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Am Freitag, 26. Juli 2024, veröffentlichte Peking den Plan.' },
    { code: 'Am Dienstag, den 30. Juli 2024, folgte Shenzhen.' },
    { code: 'Am 26. Juli veröffentlichte Peking den Plan.', name: 'de: no weekday named' },
    { code: 'On Tuesday, July 30, 2024, Shenzhen issued its plan.', lang: 'en' },
  ],
  invalid: [
    {
      code: 'Am Freitag, 27. Juli 2024, veröffentlichte Peking den Plan.',
      errors: [{ line: 1, column: 4, messageId: 'mismatch', actual: 'Freitag', expected: 'Samstag' }],
    },
    {
      code: 'On Monday, July 30, 2024, Shenzhen issued its plan.',
      lang: 'en',
      errors: [{ line: 1, column: 4, messageId: 'mismatch', actual: 'Monday', expected: 'Tuesday' }],
    },
    {
      code: 'Le vendredi 27 juillet 2024, Pékin a publié le plan.',
      lang: 'fr',
      errors: [{ line: 1, column: 4, messageId: 'mismatch', actual: 'vendredi', expected: 'samedi' }],
    },
  ],
});
