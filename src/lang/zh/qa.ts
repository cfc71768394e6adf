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
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['美国', '美國', '美元'], CAD: ['加拿大', '加元', '加币'], AUD: ['澳大利亚', '澳大利亞', '澳洲', '澳元'], NZD: ['新西兰', '紐西蘭', '新西蘭', '纽元'], HKD: ['香港', '港元', '港币', '港幣'], SGD: ['新加坡', '新元', '新币'], CNY: ['人民币', '人民幣', '中国', '中國'] },
  // 元 is the unit of any country's dollar or yuan (加元, 港元, 美元): a bare one is the named country's.
  anyCurrencyWords: ['元'],
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['完全', '完整', '全面', '绝对', '絕對', '百分之百', '百分百'],
};
