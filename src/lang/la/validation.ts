// Latin words the validation rules read: punctuation, list words and "respectively", and the
// weekday names (CLDR has no Latin, so Intl cannot name them).

import { minimalValidation } from '../minimal-validation.js';

export const validation = minimalValidation(['respective'], ['et', 'ac', 'atque'], { pairs: [['“', '”'], ['«', '»']], apostrophes: '’\'', ignore: '‘' }, {
  weekdays: ['dies solis', 'dies lunae', 'dies martis', 'dies mercurii', 'dies iovis', 'dies veneris', 'dies saturni'],
});
