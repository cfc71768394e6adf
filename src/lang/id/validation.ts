// Indonesian words the validation rules read: punctuation, list words and "respectively" only.

import { minimalValidation } from '../minimal-validation.js';

export const validation = minimalValidation(['masing-masing', 'berturut-turut'], ['dan', 'atau'], { pairs: [['“', '”']], nested: ['‘', '’'], apostrophes: '’\'', ignore: '‘' });
