// qa/length-ratio through the rule tester, with its options from pipeline/config.yaml's schema.

import { check } from '../../src/qa/checks/length-ratio.js';
import { qaRuleTester } from '../helpers/rule-tester.js';

const SOURCE = 'Das Rechenzentrum in Shenzhen hat etwa 15.000 Standardschränke und wächst weiter.';

qaRuleTester(check, {
  valid: [
    { from: 'de', to: 'en', source: SOURCE, target: 'The data centre in Shenzhen has about 15,000 standard racks and keeps growing.' },
    { from: 'de', to: 'en', source: 'Kurz.', target: 'This short sentence is far longer than its source, but the source is too short to judge.' },
    { name: 'a wider band as an option', from: 'de', to: 'en', source: SOURCE, target: 'Shenzhen: 15,000 racks.', options: { low: 0.2 } },
  ],
  invalid: [
    { from: 'de', to: 'en', source: SOURCE, target: 'Shenzhen: 15,000 racks.', errors: [{ column: 1, severity: 'error', message: /shorter\): is anything missing or repeated\?$/ }] },
    { name: 'a shorter minimum source length as an option', from: 'de', to: 'en', source: 'Kurz.', target: 'A translation that is much, much longer than the source.', options: { minSourceLength: 3 }, errors: [{ message: /times as long/ }] },
  ],
});
