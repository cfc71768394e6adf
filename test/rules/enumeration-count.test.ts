import { rule } from '../../src/validate/rules/enumeration-count.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'Die Unterstützung für die drei führenden Branchen integrierte Schaltkreise, Biomedizin und künstliche Intelligenz wächst.' },
    {
      code: 'Er analysierte die fünf Dimensionen industrielle Größe, industrielle Vitalität, technologische Innovation und Kapitalunterstützung , und politische Unterstützung, analysierte systematisch den Index.',
      name: 'de: a malformed list still counts five (that is list-conjunction’s finding)',
    },
    { code: 'Zhao Gang meint, dass die drei Städte ihre jeweiligen Vorteile voll ausschöpfen und ihre Wettbewerbsfähigkeit stärken müssen.', name: 'de: prose after a counted noun is no list' },
    { code: 'Peking verfügt über sechs nationale Schlüssellabore und drei nationale technische Forschungszentren im Bereich KI.' },
    { code: 'Der Plan schlägt 22 Maßnahmen aus 6 Aspekten zur Förderung integrierter Innovationen in der Technologie, Anwendungsszenarien und Geschäftsmodellen vor.' },
    { code: 'Die drei Städte haben jeweils ihre eigenen Stärken und können ihre Vorteile nutzen.' },
    { code: 'Die Unternehmen decken die vier Bereiche Unterhaltung, Büro, Finanzen und andere Bereiche ab.', name: 'de: an open list is not counted' },
    { code: 'Mit Blick auf die drei Städte Peking, Shanghai und Shenzhen ist Zhao Gang der Ansicht, dass sie wachsen.' },
    { code: 'The report ranks the three cities of Beijing, Shanghai and Shenzhen.', lang: 'en' },
    { code: 'The three cities have their own strengths and can use them.', lang: 'en' },
    { code: 'The plan covers three areas: chips, data and models, as well as talent and funding.', lang: 'en', name: 'en: a clause after a complete list' },
    { code: 'The raid killed two senior militia commanders, Abu Omar and Abu Bakr al-Rashid.', lang: 'en', name: 'en: a noun phrase and its apposition' },
    { code: 'Die Regierung hat 12 Seiten detaillierter Gesetze, mit vielen Details und Strafen.', name: 'de: prose after a large count is no list' },
  ],
  invalid: [
    {
      code: 'Das Programm stützt sich auf die vier Säulen Bildung, Forschung und Transfer.',
      errors: [{ line: 1, column: 34, endColumn: 77, messageId: 'mismatch', actual: '3 items', expected: '4 items' }],
    },
    {
      code: 'Der Bericht analysierte die fünf Dimensionen: industrielle Größe, industrielle Vitalität, technologische Innovation und Kapitalunterstützung.',
      errors: [{ line: 1, column: 29, messageId: 'mismatch', actual: '4 items', expected: '5 items' }],
    },
    {
      code: 'The plan rests on the four pillars: education, research and transfer.',
      lang: 'en',
      errors: [{ line: 1, column: 23, messageId: 'mismatch', actual: '3 items', expected: '4 items' }],
    },
    {
      code: 'Er besuchte die zwei Städte Peking, Shanghai, Shenzhen und Hangzhou.',
      name: 'de: one item more than an apposition would explain',
      errors: [{ line: 1, column: 17, messageId: 'mismatch', actual: '4 items', expected: '2 items' }],
    },
    {
      code: 'It names the two cities of Beijing, Shanghai and Shenzhen.',
      lang: 'en',
      errors: [{ line: 1, column: 14, messageId: 'mismatch', actual: '3 items', expected: '2 items' }],
    },
  ],
});
