import { rule } from '../../src/validate/rules/quote-marks.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Er sprach vom „Computing Power River“-Plan und von „Listen“.' },
    { code: 'Sie sagte: „Der ‚Research Report‘ zeigt es.“' },
    { code: '„Erster Satz. Zweiter Satz“, sagte Li Ya.', name: 'de: a quotation may run over sentences' },
    { code: 'Das Buch heißt »Die Stadt«.', name: 'de: chevrons the German way' },
    { code: 'Pekings Rolle, die Schüler’ Bücher und Arbeit’s Ende.', name: 'de: apostrophes are not quote marks' },
    { code: 'She called it the “AI city” and the city’s ‘plan’.', lang: 'en' },
    { code: 'Il a parlé de « ville IA ».', lang: 'fr' },
  ],
  invalid: [
    {
      code: 'Peking veröffentlichte den „Beijing Action Plan to Promote „Artificial Intelligence +“ (2024–2025)“.',
      name: 'de: a quotation inside a quotation takes ‚…‘',
      errors: [{ line: 1, column: 60, endColumn: 87, messageId: 'nested', actual: '„Artificial Intelligence +“', expected: '‚Artificial Intelligence +‘' }],
      output: 'Peking veröffentlichte den „Beijing Action Plan to Promote ‚Artificial Intelligence +‘ (2024–2025)“.',
    },
    {
      code: 'Er sagte „wir kommen morgen.\n\nNeuer Absatz.',
      errors: [{ line: 1, column: 10, messageId: 'unclosed' }],
    },
    {
      code: 'Er sagte „wir kommen” und ging.',
      name: 'de: an English closing mark on a German quotation',
      errors: [{ line: 1, column: 10, endColumn: 22, messageId: 'mismatched', expected: '„wir kommen“' }],
    },
    {
      code: 'Er sagte wir kommen“ und ging.',
      errors: [{ line: 1, column: 20, messageId: 'unopened' }],
    },
    {
      code: 'Er sagte "wir kommen und ging.',
      errors: [{ line: 1, column: 10, messageId: 'straight' }],
    },
    {
      code: 'She said “we are coming and left.',
      lang: 'en',
      errors: [{ line: 1, column: 10, messageId: 'unclosed' }],
    },
    {
      code: 'She said “the “AI city” plan” was ready.',
      lang: 'en',
      errors: [{ line: 1, column: 15, messageId: 'nested', expected: '‘AI city’' }],
      output: 'She said “the ‘AI city’ plan” was ready.',
    },
    {
      code: 'Il a dit « nous venons.',
      lang: 'fr',
      errors: [{ line: 1, column: 10, messageId: 'unclosed' }],
    },
  ],
});
