// Chinese words the validation rules read: punctuation, list words and "respectively" only.

import { CJK_QUOTES, minimalValidation } from '../minimal-validation.js';

export const validation = minimalValidation(['分别'], ['和', '与', '及'], CJK_QUOTES);
