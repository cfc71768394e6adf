// Finnish words the validation rules read: punctuation, list words and "respectively" only.

import { minimalValidation } from '../minimal-validation.js';

export const validation = minimalValidation(['vastaavasti'], ['ja', 'tai'], { pairs: [['”', '”'], ['»', '»']], apostrophes: '’\'', ignore: '’' });
