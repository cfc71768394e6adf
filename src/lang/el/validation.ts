// Greek words the validation rules read: punctuation, list words and "respectively" only.

import { minimalValidation } from '../minimal-validation.js';

export const validation = minimalValidation(['αντίστοιχα', 'αντιστοίχως'], ['και', 'ή'], { pairs: [['«', '»'], ['“', '”']], nested: ['“', '”'], apostrophes: '’\'', ignore: '‘' });
