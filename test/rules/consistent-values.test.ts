import { rule } from '../../src/validate/rules/consistent-values.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'Die Kapazität von Boda Data beträgt etwa 15.000 Standardschränke.\n\nBoda Data plant rund 15.500 Standardschränke.',
      name: 'de: approximate values that can agree',
    },
    {
      code: 'Shenzhen: Boda Data kann bis zu 40.000 P unterstützen.\n\nDer Gesamtumfang von Pekings Computing hat 20.000 P überschritten.',
      name: 'de: the same unit about different entities',
    },
    {
      code: 'Boda Data hatte 2023 rund 100 Mitarbeiter.\n\nBoda Data hat 2024 schon 150 Mitarbeiter.',
      name: 'de: different years',
    },
    { code: 'Boda Data has 15,000 cabinets.\n\nBoda Data now counts 15,000 cabinets.', lang: 'en' },
  ],
  invalid: [
    {
      code: 'Die Kapazität von Boda Data beträgt 15.000 Standardschränke.\n\nLaut Li Ya hat Boda Data 12.000 Standardschränke.',
      errors: [{ line: 3, column: 26, messageId: 'differs', expected: '15.000 Standardschränke (line 6)' }],
    },
    {
      code: 'Boda Data has 15,000 cabinets.\n\nBoda Data runs 12,000 cabinets.',
      lang: 'en',
      errors: [{ line: 3, column: 16, messageId: 'differs' }],
    },
  ],
});
