// What the importer knows about Japanese pages: the names a language switcher gives the
// language and the words of page furniture (skip, share and edit links, "read more"
// prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['日本語', 'Japanese', 'Japanisch', 'Japonais', 'Japonés', 'Giapponese', 'Japonês', 'Japani', 'Японский'],
  furniture: {
    skipLinks: ['コンテンツにスキップ', '本文へスキップ', '本文へ移動', 'ナビゲーションに移動', '検索に移動', 'メインコンテンツへスキップ', 'ページの先頭へ', 'トップへ戻る'],
    share: ['シェア', 'シェアする', 'この記事をシェア', 'このニュースをシェア', '共有', 'ツイート', 'ブックマーク', '印刷', 'メールで送る', 'フォローする', 'コメント', 'リンクをコピー'],
    edit: ['編集', 'ソースを編集', '履歴表示'],
    readMore: ['関連記事', '関連ニュース', 'あわせて読みたい', '続きを読む', 'こちらもおすすめ', 'おすすめ記事', '人気記事', 'もっと見る', '関連項目', '広告'],
    cookies: ['当サイトではCookieを使用', 'クッキーを使用', 'Cookieを使用しています', 'Cookie設定'],
    readingTime: ['読了時間', '分で読めます', '読み終わるまで'],
    imageCredit: ['写真', '画像', '提供', '出典', '撮影', '動画', 'イラスト'],
    published: ['公開日', '公開', '最終更新', '更新日', '更新', '投稿日', '掲載日', '配信', '日付'],
    copyright: ['©', 'Copyright', '無断転載', '無断転載を禁じます', 'All rights reserved'],
    taglines: ['出典: フリー百科事典『ウィキペディア（Wikipedia）』', 'フリー百科事典『ウィキペディア（Wikipedia）』', 'ウィキニュース'],
    byline: ['記者', '文', '筆者', '編集委員', '論説委員', '解説委員', '特派員'],
    promo: ['広告', '購読', 'ログイン', '会員登録', 'アプリで読む'],
    appeals: ['この記事は会員限定です', 'この記事は有料会員限定です', '［有料会員限定］', '[有料会員限定]', 'ご支援をお願い', 'ご寄付をお願い', '有料会員になる', '有料会員登録', '会員登録はこちら', '購読はこちら', '今すぐ購読'],
    weekdays: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日', '(月)', '(火)', '(水)', '(木)', '(金)', '(土)', '(日)', '（月）', '（火）', '（水）', '（木）', '（金）', '（土）', '（日）'],
    endSections: ['脚注', '出典', '参考文献', '外部リンク', '関連項目', '情報源', '関連ニュース'],
  },
  creditLabels: {
    editor: ['編集'],
    proofreading: ['校閲', '校正'],
    author: ['著者'],
    reporter: ['記者'],
    translator: ['翻訳'],
    photo: ['写真'],
  },
  sourceLabels: ['出典', '出所', '情報元'],
  categoryWords: ['ニュース'],
};
