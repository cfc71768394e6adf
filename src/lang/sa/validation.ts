// Sanskrit words the validation rules read: punctuation, list words and "respectively" only.

import { minimalValidation } from '../minimal-validation.js';

export const validation = minimalValidation([], ['च'], { pairs: [['“', '”']], apostrophes: '’\'', ignore: '‘' });
