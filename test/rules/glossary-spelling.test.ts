// Uses the project glossary (content/glossary.yaml): "Broad Data", "Dark Side of the Moon"
// and "Zero-One Wanshi" are marked wrong there; "Minimax" is an accepted variant.
import { rule } from '../../src/validate/rules/glossary-spelling.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Li Ya, Vizepräsident von Boda Data, sagte das.' },
    { code: 'Minimax aus Shanghai und Moonshot AI aus Peking.', name: 'de: an accepted variant is not reported' },
    { code: 'Pekin ist kein Wort, Peking schon.', name: 'de: a variant wrong only in Spanish' },
    { code: 'Boda Data runs the Qianhai centre; MiniMax is in Shanghai.', lang: 'en' },
  ],
  invalid: [
    {
      code: 'Der Reporter betrat das Broad Data Shenzhen Qianhai Intelligent Computing Center.',
      errors: [{ line: 1, column: 25, endColumn: 35, messageId: 'wrong', actual: 'Broad Data', expected: 'Boda Data' }],
      output: 'Der Reporter betrat das Boda Data Shenzhen Qianhai Intelligent Computing Center.',
    },
    {
      code: 'In China stammen Dark Side of the Moon, Zhipu AI und Zero-One Wanshi aus Peking.',
      errors: [
        { line: 1, column: 18, messageId: 'wrong', expected: 'Moonshot AI' },
        { line: 1, column: 54, messageId: 'wrong', expected: '01.AI' },
      ],
      output: 'In China stammen Moonshot AI, Zhipu AI und 01.AI aus Peking.',
    },
    {
      code: 'Dark Side of the Moon and Zero-One Wanshi are based in Beijing.',
      lang: 'en',
      errors: [{ line: 1, column: 1, messageId: 'wrong' }, { line: 1, column: 27, messageId: 'wrong' }],
      output: 'Moonshot AI and 01.AI are based in Beijing.',
    },
    {
      code: 'La sede está en Pekin.',
      lang: 'es',
      errors: [{ line: 1, column: 17, messageId: 'wrong', expected: 'Pekín' }],
      output: 'La sede está en Pekín.',
    },
  ],
});
