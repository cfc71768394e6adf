// Uses the project glossary: „Forschungsbericht“ and „Research Report“ are both short names
// of the China Artificial Intelligence City Competitiveness Research Report.
import { rule } from '../../src/validate/rules/defined-term.js';
import { ruleTester } from '../helpers/rule-tester.js';

const DEFINITION = 'Der „China Artificial Intelligence City Competitiveness Research Report“ (im Folgenden als „Forschungsbericht“ bezeichnet) bewertet Städte.';

ruleTester(rule, {
  valid: [
    { code: `${DEFINITION}\n\nDem „Forschungsbericht“ zufolge führt Peking.` },
    { code: 'Dem „Research Report“ zufolge führt Peking.', name: 'de: no definition, no rule' },
    { code: `${DEFINITION}\n\nDer China Artificial Intelligence City Competitiveness Research Report nennt Peking.`, name: 'de: the full name stays allowed' },
    {
      code: 'The “China Artificial Intelligence City Competitiveness Research Report” (hereinafter “Research Report”) ranks cities.\n\nAccording to the “Research Report”, Beijing leads.',
      lang: 'en',
    },
  ],
  invalid: [
    {
      code: `${DEFINITION}\n\nDem „Research Report“ zufolge führt Peking. Laut „Research Report“ folgt Shenzhen.`,
      errors: [
        { line: 3, column: 6, endColumn: 21, messageId: 'other', message: '“Research Report” stands for what the article defined as “Forschungsbericht” (line 6)' },
        { line: 3, column: 51, messageId: 'other' },
      ],
      output: `${DEFINITION}\n\nDem „Forschungsbericht“ zufolge führt Peking. Laut „Forschungsbericht“ folgt Shenzhen.`,
    },
    {
      code: 'The Shanghai Artificial Intelligence Laboratory (hereinafter “Shanghai AI Lab”) opens its data.\n\nStart-ups rely on the Shanghai AI Lab and on the Shanghai Artificial Intelligence Laboratory platform.',
      lang: 'en',
      name: 'en: another accepted short name after the definition',
      errors: [{ line: 3, column: 50, endColumn: 93, messageId: 'other', expected: 'Shanghai AI Lab' }],
      output: 'The Shanghai Artificial Intelligence Laboratory (hereinafter “Shanghai AI Lab”) opens its data.\n\nStart-ups rely on the Shanghai AI Lab and on the Shanghai AI Lab platform.',
    },
  ],
});
