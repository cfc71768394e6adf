import { rule } from '../../src/validate/rules/list-conjunction.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Er analysierte die fünf Dimensionen industrielle Größe, industrielle Vitalität, technologische Innovation, Kapitalunterstützung und politische Unterstützung.' },
    { code: 'Er kam, und sie ging, und dann regnete es.', name: 'de: without a count a second “und” may join clauses' },
    { code: 'Mit Blick auf die drei Städte Peking, Shanghai und Shenzhen ist er der Ansicht, dass sie wachsen, und zwar schnell.' },
    { code: 'The report names the three cities of Beijing, Shanghai, and Shenzhen.', lang: 'en', name: 'en: the serial comma is one conjunction' },
    { code: 'The plan covers three areas: chips, data and models, as well as talent and funding.', lang: 'en', name: 'en: the count says the list ended before “as well as”' },
  ],
  invalid: [
    {
      code: 'Er analysierte die fünf Dimensionen industrielle Größe, industrielle Vitalität, technologische Innovation und Kapitalunterstützung , und politische Unterstützung.',
      errors: [
        {
          line: 1,
          column: 37,
          messageId: 'twice',
          expected: 'industrielle Größe, industrielle Vitalität, technologische Innovation, Kapitalunterstützung und politische Unterstützung',
        },
      ],
    },
    {
      code: 'The report names the three cities of Beijing and Shanghai, and Shenzhen.',
      lang: 'en',
      errors: [{ line: 1, column: 38, messageId: 'twice', expected: 'Beijing, Shanghai and Shenzhen' }],
    },
  ],
});
