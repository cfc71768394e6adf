import { rule } from '../../src/validate/rules/respectively-arity.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Peking, Shenzhen und Shanghai landeten mit Indizes von 1,0000, 0,7449 bzw. 0,6266 unter den ersten drei.' },
    { code: 'Shenzhen und Shanghai erreichten 0,7449 beziehungsweise 0,6266 Punkte.' },
    { code: 'Der Umsatz stieg um 5 bzw. 7 Prozent.', name: 'de: no names to pair with' },
    { code: 'Die beiden Unternehmen, Siemens und Bosch, beschäftigen 320.000 bzw. 420.000 Menschen.', name: 'de: a common noun heading an apposition is no name' },
    { code: 'Beijing, Shenzhen and Shanghai scored 1.0, 0.74 and 0.63, respectively.', lang: 'en' },
    { code: 'Shenzhen and Shanghai scored 0.74 and 0.63 respectively.', lang: 'en' },
    { code: 'Pékin et Shanghai ont obtenu respectivement 1,0 et 0,7.', lang: 'fr' },
  ],
  invalid: [
    {
      code: 'Shenzhen und Shanghai landeten mit umfassenden Indizes von 1,0000, 0,7449 bzw. 0,6266 unter den ersten drei.',
      errors: [{ line: 1, column: 1, endColumn: 86, messageId: 'mismatch', message: '2 named (Shenzhen, Shanghai) but 3 values given with “bzw.”' }],
    },
    {
      code: 'Die Städte Peking, Shenzhen und Shanghai erreichten 1,0 bzw. 0,7.',
      name: 'de: a noun before the first name does not hide it',
      errors: [{ line: 1, column: 5, messageId: 'mismatch', message: '3 named (Städte Peking, Shenzhen, Shanghai) but 2 values given with “bzw.”' }],
    },
    {
      code: 'Im Vergleich erreichten Peking, Shenzhen und Shanghai 1,0 bzw. 0,7.',
      errors: [{ line: 1, column: 25, messageId: 'mismatch', message: '3 named (Peking, Shenzhen, Shanghai) but 2 values given with “bzw.”' }],
    },
    {
      code: 'Shenzhen and Shanghai reached 1.0, 0.7 and 0.6, respectively.',
      lang: 'en',
      errors: [{ line: 1, column: 1, endColumn: 61, messageId: 'mismatch', message: '2 named (Shenzhen, Shanghai) but 3 values given with “respectively”' }],
    },
    {
      code: 'Pékin, Shenzhen et Shanghai ont obtenu respectivement 1,0 et 0,7.',
      lang: 'fr',
      errors: [{ line: 1, column: 1, messageId: 'mismatch', message: '3 named (Pékin, Shenzhen, Shanghai) but 2 values given with “respectivement”' }],
    },
  ],
});
