// Chinese: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: ['国道', '省道', '县道', '航班', '版本', '编号', '型号', '号码', '电话', '传真'],
  labelAfter: ['号线', '路公交', '路车', '号公路', '号球衣', '号门'],
  rankWords: ['Top', 'No'],
  idioms: [
    '一方面', '一起', '一些', '一直', '一样', '一般', '一定', '统一', '唯一', '万一', '一旦', '四分之一决赛', '八分之一决赛', '三心二意',
    '一五一十', '乱七八糟', '七上八下', '一边', '一下', '一切', '一致',
  ],
};
