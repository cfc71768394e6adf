import { rule } from '../../src/validate/rules/date-after-publication.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Am 26. Juli veröffentlichte Peking den Plan. Shenzhen folgte am 30. Juli.' },
    { code: 'Der Aktionsplan (2024–2025) gilt bis Ende 2025.', name: 'de: years and periods may lie ahead' },
    { code: 'Am 2. August 2024 erschien der Bericht.', name: 'de: the publication day itself' },
    { code: 'On July 30, 2024, Shenzhen issued its plan.', lang: 'en' },
    { code: 'The fair opens on September 5.', lang: 'en', name: 'en: the year of a date without one is the reader’s guess' },
    { code: 'Die nächste Sitzung ist am Dienstag, 10. September 2024.', name: 'de: an announcement' },
    { code: 'The next meeting will be on September 10, 2024.', lang: 'en', name: 'en: an announcement' },
    { code: 'Die Messe beginnt am 5. August 2024.', options: { graceDays: 7 }, name: 'de: within the configured grace days' },
  ],
  invalid: [
    {
      code: 'Am 26. August 2024 veröffentlichte Peking den Plan.',
      errors: [{ line: 1, column: 4, messageId: 'future', actual: '2024-08-26' }],
    },
    {
      code: 'On September 3, 2024, Shenzhen issued its plan.',
      lang: 'en',
      errors: [{ line: 1, column: 4, messageId: 'future', actual: '2024-09-03' }],
    },
    {
      code: 'Am 26. August veröffentlichte Peking den Plan.',
      options: { inferredYears: true },
      name: 'de: with inferredYears, also a date whose year the reader chose',
      errors: [{ line: 1, column: 4, messageId: 'future', actual: '2024-08-26' }],
    },
  ],
});
