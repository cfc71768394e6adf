// Japanese: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: ['国道', '県道', '路線', '便名', 'バージョン', '番号', '背番号', '型番', '電話', 'ファックス', 'FAX'],
  labelAfter: ['号線', '番線', '系統', '番ゲート', '番ホーム'],
  rankWords: ['ナンバー', 'ナンバーワン', 'トップ', 'ベスト', 'ワースト', 'マイナス', 'プラス', 'ランク', 'ランキング'],
  idioms: [
    '一方', '一番', '一緒', '一部', '一般', '唯一', '統一', '同一', '一気', '一度に', '一人ひとり', '一人一人', '一応', '一切', '一層',
    '万一', '準々決勝', '一体',
  ],
};
