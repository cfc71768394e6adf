import { rule } from '../../src/validate/rules/ranking-consistency.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Der Reporter stellte fest, dass Peking, Shanghai und Shenzhen in jedem Bericht fest unter den ersten drei lagen.' },
    { code: 'Peking, Shenzhen und Shanghai landeten mit Indizes von 1,0000, 0,7449 bzw. 0,6266 unter den ersten drei.' },
    {
      code: 'Unter den fünf Startups mit den höchsten Bewertungen stammen Moonshot AI, Zhipu AI, Baichuan Intelligence und 01.AI aus Peking, MiniMax aus Shanghai, und keiner kommt aus Shenzhen.',
      name: 'de: four from Beijing and one from Shanghai are the five',
    },
    { code: 'Shanghai und Shenzhen gehören zu den ersten drei.', name: 'de: two of the top three, nothing says three were meant' },
    { code: 'Beijing, Shanghai and Shenzhen are among the top three.', lang: 'en' },
  ],
  invalid: [
    {
      code: 'Shenzhen und Shanghai landeten mit umfassenden Indizes von 1,0000, 0,7449 bzw. 0,6266 unter den ersten drei.',
      errors: [{ line: 1, column: 1, messageId: 'missing', actual: '2 names, 3 values' }],
    },
    {
      code: 'Peking, Shanghai, Shenzhen und Hangzhou liegen unter den ersten drei.',
      errors: [{ line: 1, column: 1, messageId: 'tooMany', actual: '4 names' }],
    },
    {
      code: 'Peking, Shenzhen und Shanghai landeten mit 0,7449, 1,0000 bzw. 0,6266 unter den ersten drei.',
      name: 'de: values out of rank order',
      errors: [{ line: 1, column: 44, messageId: 'order' }],
    },
    {
      code: 'Shenzhen and Shanghai scored 1.0, 0.74 and 0.63 respectively, among the top three.',
      lang: 'en',
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
    {
      code: 'Shanghai und Shenzhen gehören zu den ersten drei.',
      options: { strict: true },
      errors: [{ line: 1, column: 1, messageId: 'tooFew' }],
    },
  ],
});
