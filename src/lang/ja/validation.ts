// Japanese words the validation rules read: punctuation, list words and "respectively" only.

import { minimalValidation } from '../minimal-validation.js';

export const validation = minimalValidation(['それぞれ'], ['と', 'および'], { pairs: [['「', '」'], ['『', '』'], ['“', '”']], nested: ['『', '』'], apostrophes: '’\'', ignore: '‘' });
