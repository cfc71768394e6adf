// Chinese (simplified) QA data: “…” with ‘…’ inside (《…》 marks titles, not quotations);
// Han script, Latin tolerated for brand names; under a third of the English length.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Han'],
  tolerated: ['Latin'],
  quotes: { primary: ['“', '”'], nested: ['‘', '’'], others: [['「', '」'], ['『', '』']], straight: false },
  lengthFactor: 0.3,
  nameEnding: 0,
  unspaced: true,
  // both (两者, 双方, 俩), and two as one thing: a pair, double, twin (双, 雙)
  pairWords: ['两者', '兩者', '双方', '雙方', '两个都', '兩個都', '双', '雙', '俩', '倆'],
  // 周五 and 週五 beside CLDR's 星期五; 星期天 for Sunday
  weekdayForms: [['周日', '週日', '星期天'], ['周一', '週一'], ['周二', '週二'], ['周三', '週三'], ['周四', '週四'], ['周五', '週五'], ['周六', '週六']],
};
