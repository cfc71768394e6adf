// What the importer knows about news pages, per language, as data: the names a language
// switcher uses, credit labels, source-line forms, category words, month names and the
// stopwords that tell the language of a page. Adding a language or a label is an edit here.

import { LANGUAGES, packOf, type LanguageCode } from '../../lang/index.js';

/**
 * Names of each language as language switchers write them (each language pack's
 * `import.switcherNames`): endonyms first, then exonyms and the forms scraped pages really
 * show ("한어" — Korean for "Chinese" — on the sample's bar). The bar reader takes the longest
 * name that matches.
 */
export const LANGUAGE_SWITCHER_NAMES = Object.fromEntries(LANGUAGES.map((code) => [code, packOf(code).import.switcherNames])) as Record<LanguageCode, readonly string[]>;

/** Credit roles and the labels that introduce them ("Herausgeber: Peng Bo"). */
export const CREDIT_LABELS: Record<string, readonly string[]> = {
  editor: ['Herausgeber', 'Herausgeberin', 'Redakteur', 'Redakteurin', 'Redaktion', 'Editor', 'Edited by', 'Editing', 'Rédacteur', 'Rédactrice', 'Rédaction', 'Redactor', 'Edición', 'Edição', 'Redattore', 'Redattrice', 'Редактор', 'Συντάκτης', 'Επιμέλεια', 'Toimittaja', 'Penyunting', 'Editor in charge', '编辑', '編輯', '责任编辑', '責任編輯', '編集'],
  proofreading: ['Korrekturlesen', 'Korrektur', 'Korrektorat', 'Lektorat', 'Proofreading', 'Proofread by', 'Proofreader', 'Relecture', 'Corrección', 'Revisión', 'Revisão', 'Correzione', 'Correzione di bozze', 'Корректор', 'Корректура', 'Διόρθωση', 'Oikoluku', 'Oikolukija', 'Korektor', 'Pemeriksa aksara', '校对', '校對', '校閲', '校正'],
  author: ['Autor', 'Autorin', 'Autoren', 'Author', 'Written by', 'Auteur', 'Autrice', 'Autore', 'Автор', 'Συγγραφέας', 'Kirjoittaja', 'Penulis', '作者', '文', '著者'],
  reporter: ['Reporter', 'Reporterin', 'Journaliste', 'Periodista', 'Giornalista', 'Repórter', 'Корреспондент', 'Ανταποκριτής', 'Wartawan', '记者', '記者'],
  translator: ['Übersetzung', 'Übersetzer', 'Übersetzerin', 'Translation', 'Translated by', 'Translator', 'Traduction', 'Traducción', 'Traduzione', 'Tradução', 'Перевод', 'Μετάφραση', 'Käännös', 'Penerjemah', '翻译', '翻譯', '翻訳'],
  photo: ['Foto', 'Fotos', 'Bild', 'Photo', 'Photos', 'Photograph', 'Фото', 'Φωτογραφία', 'Kuva', '摄影', '攝影', '写真'],
};

/**
 * Lines that say where an article comes from. Labelled forms ("Quelle: dpa") are recognised
 * anywhere; descriptive forms ("Vom offiziellen WeChat-Konto der …") only above the body,
 * where a scraped page puts them.
 */
export const SOURCE_LABELS: readonly string[] = ['Quelle', 'Quellen', 'Source', 'Sources', 'Fonte', 'Fuente', 'Fonte original', 'Источник', 'Πηγή', 'Lähde', 'Sumber', 'Fons', '来源', '來源', '出典', '出所'];
export const SOURCE_PHRASES: readonly RegExp[] = [
  /^(?:Vom|Von|Aus dem|Aus der) offiziellen\s/u,
  /^(?:Von der|Von dem|Aus) (?:Website|Webseite|Zeitung|Nachrichtenagentur)\s/u,
  /^(?:From|Via) (?:the )?official\s/u,
  /^(?:Reprinted|Republished|Adapted) from\s/u,
  /^(?:Originally published (?:in|by|on))\s/u,
  /^(?:D'après|Depuis) (?:le|la|les) (?:compte|site) officiel/u,
  /^Article (?:repris|publié) (?:de|sur|par)\s/u,
  /^(?:Del|Desde el) (?:sitio|cuenta) oficial/u,
  /^(?:Dall'account|Dal sito) ufficiale/u,
  /^(?:Da|Do) (?:conta|site) oficial/u,
  /^(?:Из|С) официальн/u,
  /^(?:本文)?(?:转载自|转自|来自|來自|摘自)/u,
];

/** One-word section or category labels a news page shows above its headline. */
export const CATEGORY_WORDS: readonly string[] = [
  'Nachricht', 'Nachrichten', 'Meldung', 'Bericht', 'Kommentar', 'Interview', 'Analyse', 'Reportage', 'Hintergrund', 'Meinung',
  'News', 'Report', 'Opinion', 'Analysis', 'Feature', 'Commentary', 'Breaking',
  'Actualité', 'Actualités', 'Nouvelles', 'Dépêche', 'Noticia', 'Noticias', 'Notizia', 'Notizie', 'Notícia', 'Notícias',
  'Новости', 'Новость', 'Ειδήσεις', 'Uutiset', 'Uutinen', 'Berita', 'Nuntii', '新闻', '新聞', '资讯', '資訊', 'ニュース',
];

/**
 * Month names (lower case) → month number, for date lines written in words: every form the
 * language packs read in running text (src/lang/<code>/dates.ts, "janv ." read as "janv"),
 * and the short forms pages abbreviate months to.
 */
export const MONTHS: Record<string, number> = monthTable();

function monthTable(): Record<string, number> {
  const table: Record<string, number> = {};
  for (const code of LANGUAGES) {
    const figures = packOf(code).figures;
    if (figures.reader !== 'words') continue;
    for (const [name, month] of Object.entries(figures.dates.months)) table[name.replace(/\s*\.$/u, '').toLowerCase()] = month;
  }
  const short: Record<string, readonly string[]> = {
    en: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    de: ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sept', 'okt', 'nov', 'dez'],
    it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    pt: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
    id: ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'],
  };
  for (const names of Object.values(short)) names.forEach((name, i) => (table[name] ??= i + 1));
  table.sep = 9;
  table.agt = 8;
  return table;
}

/**
 * Frequent short words of the Latin-script languages (each pack's `import.stopwords`), to tell
 * a page's language when it does not say. Other scripts are told apart by their letters
 * (src/ingest/import/detect.ts).
 */
export const STOPWORDS: Partial<Record<LanguageCode, readonly string[]>> = Object.fromEntries(
  LANGUAGES.flatMap((code) => {
    const words = packOf(code).import.stopwords;
    return words ? [[code, words]] : [];
  }),
);
