import { rule } from '../../src/validate/rules/range-chain.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: '„Peking macht Dinge von 0 bis 1, Shanghai von 1 bis 10 und Shenzhen von 10 bis 100.“' },
    { code: 'Kinder von 3 bis 6 Jahren und Jugendliche von 12 bis 18 Jahren zahlen weniger.', name: 'de: independent ranges with a unit' },
    { code: 'Temperaturen von 5 bis 10 Grad und Luftfeuchte von 40 bis 60 Prozent.', name: 'de: ranges of different units' },
    { code: 'Beijing goes from 0 to 1, Shanghai from 1 to 10 and Shenzhen from 10 to 100.', lang: 'en' },
    { code: 'Kinder von 3 bis 6 und Jugendliche von 7 bis 12 zahlen weniger.', name: 'de: whole-number brackets link up' },
    { code: 'Tickets cost $5 for children aged 3 to 6 and $10 for teenagers aged 12 to 18.', lang: 'en', name: 'en: age brackets are not stages of one scale' },
  ],
  invalid: [
    {
      code: '„Peking macht Dinge von 0 bis 1, Shanghai macht Dinge von 10 bis 10 und Shenzhen macht Dinge von 10 bis 100.“',
      errors: [{ line: 1, column: 59, endColumn: 68, messageId: 'broken', expected: '1 bis 10', actual: '0–1, 10–10, 10–100' }],
    },
    {
      code: 'Peking macht Dinge von 0 bis 1, Shenzhen von 10 bis 100.',
      errors: [{ line: 1, column: 46, messageId: 'broken', expected: '1 bis 100' }],
    },
    {
      code: 'Beijing goes from 0 to 1, Shanghai from 10 to 10 and Shenzhen from 10 to 100.',
      lang: 'en',
      errors: [{ line: 1, column: 41, messageId: 'broken', expected: '1 to 10' }],
    },
  ],
});
