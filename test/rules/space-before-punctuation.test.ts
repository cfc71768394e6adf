import { rule } from '../../src/validate/rules/space-before-punctuation.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Bildung, Forschung und Transfer.' },
    { code: 'Er zögerte … und ging.', name: 'de: an ellipsis may follow a space' },
    { code: 'Sie sagte: „Wir kommen.“, und ging.' },
    { code: 'Der Code `a , b` bleibt.', name: 'de: inline code is not text' },
    { code: 'Education, research and transfer.', lang: 'en' },
    { code: 'Wait ... what?', lang: 'en' },
    { code: 'Indicate the omission with a period . . . . Next sentence.', lang: 'en', name: 'en: a spaced ellipsis' },
    { code: 'Vraiment ? Oui : il vient !', lang: 'fr', name: 'fr: a space before ? : ! is French typography' },
  ],
  invalid: [
    {
      code: 'Kapitalunterstützung , und politische Unterstützung.',
      errors: [{ line: 1, column: 21, endColumn: 23, messageId: 'space', actual: 'Kapitalunterstützung ,', expected: 'Kapitalunterstützung,' }],
      output: 'Kapitalunterstützung, und politische Unterstützung.',
    },
    {
      code: 'Erster Absatz.\n\n„Das ist so.“ , wurde gesagt . Und dann ?',
      errors: [
        { line: 3, column: 14, messageId: 'space' },
        { line: 3, column: 29, messageId: 'space' },
        { line: 3, column: 40, messageId: 'space' },
      ],
      output: 'Erster Absatz.\n\n„Das ist so.“, wurde gesagt. Und dann?',
    },
    {
      code: 'Die *Zahl* ; **wichtig** .',
      name: 'de: positions and fixes through markup',
      errors: [{ line: 1, column: 11, messageId: 'space' }, { line: 1, column: 25, messageId: 'space' }],
      output: 'Die *Zahl*; **wichtig**.',
    },
    {
      code: 'Minimax from Shanghai , and none from Shenzhen .',
      lang: 'en',
      errors: [{ line: 1, column: 22, messageId: 'space' }, { line: 1, column: 47, messageId: 'space' }],
      output: 'Minimax from Shanghai, and none from Shenzhen.',
    },
    {
      code: 'Il vient , dit-il .',
      lang: 'fr',
      name: 'fr: but not before a comma or full stop',
      errors: [{ line: 1, column: 9, messageId: 'space' }, { line: 1, column: 18, messageId: 'space' }],
      output: 'Il vient, dit-il.',
    },
  ],
});
