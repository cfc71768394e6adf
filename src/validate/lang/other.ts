// Languages the rules know only the punctuation and the "respectively" word of. Rules that
// need count words or ranking phrases do nothing in them until someone adds the data here.

import type { LanguageCode } from '../../lang/codes.js';
import type { QuoteStyle, ValidationLanguage } from './types.js';

function minimal(respectively: string[], conjunctions: string[], quotes: QuoteStyle, spacedPunctuation = ''): ValidationLanguage {
  return {
    respectively,
    conjunctions,
    nameConnectors: ['of', 'the'],
    determiners: [],
    enumerationStops: [],
    enumerationIntroducers: [],
    openEnded: [],
    rangeOpeners: [],
    rangeWords: [],
    definitions: [],
    countWords: {},
    rankings: [],
    quotes,
    spacedPunctuation,
    futureStems: [],
    changeStems: [],
    shareStems: [],
  };
}

const cjk: QuoteStyle = { pairs: [['“', '”'], ['「', '」'], ['『', '』']], apostrophes: '’\'', ignore: '‘' };

export const others: Partial<Record<LanguageCode, ValidationLanguage>> = {
  ru: minimal(['соответственно'], ['и', 'или'], { pairs: [['«', '»'], ['„', '“']], nested: ['„', '“'], apostrophes: '’\'', ignore: '‘' }),
  zh: minimal(['分别'], ['和', '与', '及'], cjk),
  ja: minimal(['それぞれ'], ['と', 'および'], { pairs: [['「', '」'], ['『', '』'], ['“', '”']], nested: ['『', '』'], apostrophes: '’\'', ignore: '‘' }),
  id: minimal(['masing-masing', 'berturut-turut'], ['dan', 'atau'], { pairs: [['“', '”']], nested: ['‘', '’'], apostrophes: '’\'', ignore: '‘' }),
  el: minimal(['αντίστοιχα', 'αντιστοίχως'], ['και', 'ή'], { pairs: [['«', '»'], ['“', '”']], nested: ['“', '”'], apostrophes: '’\'', ignore: '‘' }),
  fi: minimal(['vastaavasti'], ['ja', 'tai'], { pairs: [['”', '”'], ['»', '»']], apostrophes: '’\'', ignore: '’' }),
  la: minimal(['respective'], ['et', 'ac', 'atque'], { pairs: [['“', '”'], ['«', '»']], apostrophes: '’\'', ignore: '‘' }),
  sa: minimal([], ['च'], { pairs: [['“', '”']], apostrophes: '’\'', ignore: '‘' }),
};
