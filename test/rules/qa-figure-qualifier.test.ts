// qa/figure-qualifier through the rule tester: qualifier classes compared by value pairs.

import { check } from '../../src/qa/checks/figure-qualifier.js';
import { qaRuleTester } from '../helpers/rule-tester.js';

qaRuleTester(check, {
  valid: [
    { from: 'de', to: 'en', source: 'Es sind etwa 15.000 Schränke.', target: 'There are about 15,000 racks.' },
    { from: 'fr', to: 'de', source: 'près de 50 % des votants', target: 'fast 50 Prozent der Wähler' },
    { from: 'de', to: 'fr', source: 'bis zu 40.000 P', target: "jusqu'à 40 000 P" },
    { from: 'en', to: 'ja', source: 'more than 200 people', target: '200人以上' },
    // number words keep their qualifier like digits do
    { from: 'de', to: 'en', source: 'Es kamen etwa fünf Gäste.', target: 'About five guests came.' },
    // "one" trades with an article: its qualifier is not compared
    { from: 'en', to: 'de', source: 'at least one option', target: 'eine Option' },
  ],
  invalid: [
    { from: 'de', to: 'en', source: 'bis zu 40.000 P', target: 'more than 40,000 P', errors: [{ column: 1, severity: 'error', message: /is a lower bound .* but the source figure `bis zu 40.000 P` .* is an upper bound/ }] },
    { from: 'de', to: 'en', source: 'Es sind etwa 15.000 Schränke.', target: 'There are 15,000 racks.', errors: [{ column: 11, severity: 'error', message: /is exact, but the source figure .* is approximate/ }] },
    { from: 'es', to: 'it', source: 'más de 60 goles', target: 'meno di 60 gol', errors: [{ severity: 'error', message: /upper bound/ }] },
    { from: 'de', to: 'en', source: 'Es kamen fünf Gäste.', target: 'About five guests came.', errors: [{ severity: 'error', message: /`About five guests` .* is approximate .* but the source figure `fünf Gäste` .* is exact/ }] },
    { from: 'de', to: 'en', source: 'mindestens zwei Hunde', target: 'at most two dogs', errors: [{ severity: 'error', message: /is an upper bound .* is a lower bound/ }] },
  ],
});
