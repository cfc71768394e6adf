// What the importer knows about Chinese pages: the names a language switcher gives the
// language and the words of page furniture (skip, share and edit links, "read more"
// prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['中文', '简体中文', '繁體中文', '简体', '繁體', '汉语', '漢語', '华语', '華語', '한어', '중국어', 'Chinese', 'Chinesisch', 'Chinois', 'Chino', 'Cinese', 'Chinês', 'Китайский'],
  furniture: {
    skipLinks: ['跳转到内容', '跳到内容', '跳至内容', '跳至主要内容', '跳到导航', '跳到搜索', '跳轉到內容', '跳至主要內容', '跳到導覽', '返回顶部', '返回首页'],
    share: ['分享', '分享到', '分享至', '转发', '轉發', '打印', '列印', '收藏', '评论', '評論', '复制链接', '複製連結', '关注我们', '關注我們'],
    edit: ['编辑', '編輯', '编辑源代码', '編輯原始碼', '查看历史', '檢視歷史'],
    readMore: ['相关阅读', '相關閱讀', '延伸阅读', '延伸閱讀', '相关新闻', '相關新聞', '阅读更多', '閱讀更多', '推荐阅读', '推薦閱讀', '更多新闻', '热门文章', '熱門文章', '参见', '參見', '广告', '廣告'],
    cookies: ['本网站使用cookie', '本網站使用cookie', '我们使用cookie', '我們使用cookie', 'Cookie设置'],
    captionStarts: ['图为', '圖為', '图注', '圖註', '图说', '圖說'],
    readingTime: ['阅读时间', '閱讀時間', '分钟阅读', '分鐘閱讀', '阅读需要'],
    imageCredit: ['图片来源', '圖片來源', '图片', '圖片', '图', '圖', '摄影', '攝影', '来源', '來源', '视频', '影片'],
    published: ['发布时间', '發布時間', '发布于', '發佈於', '发表于', '發表於', '更新时间', '更新時間', '更新于', '日期', '时间', '時間'],
    copyright: ['©', 'Copyright', '版权所有', '版權所有', '未经授权', '未經授權'],
    taglines: ['维基百科，自由的百科全书', '維基百科，自由的百科全書', '维基新闻，自由的新闻源', '維基新聞，自由的新聞源'],
    byline: ['记者', '記者', '作者', '文'],
    promo: ['广告', '廣告', '订阅', '訂閱', '登录', '登入', '注册', '註冊', '下载客户端', '下載APP'],
    appeals: ['本文为付费内容', '订阅后可阅读全文', '付费会员专享', '支持我们', '请支持我们', '打赏作者', '赞赏作者', '扫码关注', '长按二维码关注', '订阅我们'],
    weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '週一', '週二', '週三', '週四', '週五', '週六', '週日'],
    endSections: ['参考文献', '參考文獻', '参考资料', '參考資料', '外部链接', '外部連結', '参见', '參見', '来源', '來源', '资料来源', '資料來源', '注释', '註釋', '相关新闻', '相關新聞'],
  },
  creditLabels: {
    editor: ['编辑', '編輯', '责任编辑', '責任編輯'],
    proofreading: ['校对', '校對'],
    author: ['作者', '文'],
    reporter: ['记者', '記者'],
    translator: ['翻译', '翻譯'],
    photo: ['摄影', '攝影'],
  },
  sourceLabels: ['来源', '來源'],
  sourcePhrases: ['转载自', '转自', '来自', '來自', '摘自', '本文转载自', '本文转自', '本文来自', '本文來自', '本文摘自'],
  categoryWords: ['新闻', '新聞', '资讯', '資訊'],
  lineWords: {
    agencies: ['Xinhua', '新华社'],
    photographedBy: ['摄', '攝'],
  },
};
