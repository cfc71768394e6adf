// The shape of a language pack: everything newsdesk knows about one language, as data (and a
// few formatting functions where ICU has no data). One pack per language in
// src/lang/<code>/index.ts; the registry (src/lang/index.ts) is the only place a stage looks a
// language up, so a stage never tests a language code and a new language is one folder plus
// one registry line.

import type { ClaimsLanguage } from '../claims/types.js';
import type { CjkLexicon } from '../figures/cjk-lexicon.js';
import type { QaLanguage } from '../qa/types.js';
import type { SegmentationRules } from '../segment/rules.js';
import type { ValidationLanguage } from '../validate/lang/types.js';
import type { DateLanguage, NumberLanguage } from './number-data.js';

/** Which parts of a date the source wrote: "26. Juli" has no year, so no language adds one; "6月" is a month alone. */
export type DateParts = 'day-month-year' | 'day-month' | 'month-year' | 'month';

/**
 * How a language's figures are read: by the word-and-token reader from number and date words
 * (most languages), or by the CJK reader, which reads numerals and counters without spaces.
 */
export type FigureData = { reader: 'words'; numbers: NumberLanguage; dates: DateLanguage } | { reader: 'cjk'; lexicon: CjkLexicon };

/**
 * Native forms the language writes where Intl has no data or gets it wrong. Each hook is
 * optional: without it the formatter uses Intl with the pack's `intl` tag.
 */
export interface LanguageFormat {
  /** A number with exactly `decimals` places; `grouping: false` for years. */
  number?(value: number, decimals: number, grouping: boolean): string;
  /** A percentage, the number shown (26 for 26 %). */
  percent?(value: number, decimals: number): string;
  /** A date (ISO `YYYY-MM-DD` or `YYYY-MM`) with the parts the source wrote. */
  date?(iso: string, parts: DateParts): string;
  /**
   * A large number in the language's own units when that is exact (Chinese 15 000 → 1.5万);
   * `plain` formats a number the default way. Undefined: the plain form is used.
   */
  largeNumber?(value: number, decimals: number, plain: (value: number, decimals: number) => string): string | undefined;
  /** A clock time, 24-hour (the news style of the language: "15 Uhr", "3 p.m.", "15 h 30"). */
  time?(hour: number, minute: number): string;
  /** Between the two ends of a date range when CLDR's range pattern does not fit (zh 至, ja ～). */
  dateRangeJoiner?: string;
}

/** Language codes of translation engines, where they differ from ours or are limited. */
export interface EngineCodes {
  /** DeepL source and target codes (target with its default variant: EN-GB, PT-PT, ZH-HANS); absent: DeepL does not translate it. */
  deepl?: { source: string; target: string };
  /** Google Translate v2 code (zh-CN). */
  google: string;
  /** LibreTranslate (Argos) code; absent: no default model. */
  libretranslate?: string;
}

/**
 * Words of page furniture in a language: the lines a scraped news page carries around its
 * article. Phrases match at the start of a short line, case-insensitively.
 */
export interface PageFurniture {
  /** "Skip to content": links for keyboard users at the top of a page. */
  skipLinks: readonly string[];
  /** Share, print, e-mail and follow prompts. */
  share: readonly string[];
  /** Edit links of wikis ("edit", "Quelltext bearbeiten"). */
  edit: readonly string[];
  /** Prompts that introduce related articles ("Read more:", "Lesen Sie auch"). */
  readMore: readonly string[];
  /** Cookie and consent notices. */
  cookies: readonly string[];
  /** Labels of image captions and credits ("Photo:", "Foto:"). */
  imageCredit: readonly string[];
  /** How a page states an article's reading time ("min read", "Lesezeit", "Tempo di lettura"), with a number beside. */
  readingTime?: readonly string[];
  /** Words that open a caption line with no colon after them ("Image caption …", "图为…": "the picture shows"). */
  captionStarts?: readonly string[];
  /** Labels before a publication or update date ("Veröffentlicht am", "Updated"). */
  published: readonly string[];
  /** Copyright lines. */
  copyright: readonly string[];
  /** Site taglines of wikis and portals ("From Wikipedia, the free encyclopedia"). */
  taglines: readonly string[];
  /** Words that introduce a byline ("By", "Von"). */
  byline: readonly string[];
  /** Advert and subscription prompts. */
  promo: readonly string[];
  /**
   * How appeals for support after an article begin: subscribe, donate, become a member ("Support
   * our journalism", "Assine o", "Sostienici"). Phrases, not single words: the line they open may
   * be a long paragraph.
   */
  appeals?: readonly string[];
  /**
   * Invitations to discuss the article in its comments, found anywhere in a short block after the text ("Voit keskustella
   * aiheesta kello 23:een asti", "Join the conversation"). Phrases, not single words.
   */
  commentInvites?: readonly string[];
  /** How a newsletter's promotion ends its short block ("… a weekly newsletter. Sign up here.", "Hier anmelden"). */
  signUpEnds?: readonly string[];
  /** Weekday names (lower case; full and abbreviated) for date lines. */
  weekdays: readonly string[];
  /** Headings of the sections that close a wiki or news page: references, sources, external links. */
  endSections: readonly string[];
}

/** The roles a credits line names ("Herausgeber: Peng Bo" is the editor). */
export type CreditRole = 'editor' | 'proofreading' | 'author' | 'reporter' | 'translator' | 'photo';

/**
 * Small words of the lines around an article: dates, bylines, captions, wiki marks. Each list
 * is optional; the importer matches a page against the words of every language, since it reads
 * these lines before it knows the page's language.
 */
export interface ImportLineWords {
  /** Between a date label and the date ("Published on", "Veröffentlicht am", "Publié le", "il giorno"). */
  beforeDate?: readonly string[];
  /** Between day, month and year ("27 de febrero de 2010"). */
  inDate?: readonly string[];
  /** After a year ("2018 года", "vuonna 2018"). */
  afterYear?: readonly string[];
  /** Endings of a day number ("1st", "1er", "1º"). */
  dayEndings?: readonly string[];
  /** Before a clock time after a date ("um 10:48", "à 13h36", "klo 8.15"). */
  beforeTime?: readonly string[];
  /** After a clock time: hour words, 12-hour marks, local time zones ("Uhr", "p.m.", "MEZ"). */
  afterTime?: readonly string[];
  /** Between a caption's credit label and the name ("Photo by", "Foto von", "Photo par"). */
  creditBy?: readonly string[];
  /** Small words inside a person's name ("von", "de", "van"). */
  nameParticles?: readonly string[];
  /** Between two names of a byline ("und", "et", "и"). */
  nameJoiners?: readonly string[];
  /** Verbs of a social-network prompt ("Follow us on Twitter", "Folgen Sie uns auf Facebook"). */
  followVerbs?: readonly string[];
  /** Labels of numbered notes in a wiki's reference marks ("[note 3]", "[Anm. 2]"). */
  noteLabels?: readonly string[];
  /** Bracketed remarks of a wiki ("[citation needed]", "[Quelle fehlt]"). */
  wikiRemarks?: readonly string[];
  /** Photo and news agencies of the language's press, as picture credits name them ("dpa", "ANSA"). */
  agencies?: readonly string[];
  /** Words after a photographer's name that close a caption ("新华社记者 才扬 摄": "photographed by"). */
  photographedBy?: readonly string[];
}

/** What the importer needs to recognise a page in this language. */
export interface ImportLanguage {
  /** Names of the language as language switchers write them: endonym, exonyms, scraped forms. */
  switcherNames: readonly string[];
  /** Frequent short words that tell the language of a page. */
  stopwords?: readonly string[];
  /** Page furniture: skip, share and edit links, prompts, captions, bylines, date labels (none: the importer knows no furniture words of the language). */
  furniture?: PageFurniture;
  /** Labels that introduce a credit, by role ("Herausgeber", "Korrektur"); a label followed by a colon. */
  creditLabels?: Readonly<Partial<Record<CreditRole, readonly string[]>>>;
  /** Labels of a source line ("Quelle: dpa"). */
  sourceLabels?: readonly string[];
  /**
   * How a descriptive source line above the article begins ("Vom offiziellen WeChat-Konto der …"):
   * compared with the start of the line as written, so a stem ("Из официальн") covers its endings.
   */
  sourcePhrases?: readonly string[];
  /** One-word section or category labels a news page shows above its headline ("Nachricht"). */
  categoryWords?: readonly string[];
  /** Short month forms pages write beside the full names of the figures' date words ("mär" → 3), lower case. */
  monthAbbreviations?: Readonly<Record<string, number>>;
  /** Small words of date, byline and caption lines. */
  lineWords?: ImportLineWords;
}

/**
 * Words that tell the figure reader a number may be no figure (src/figures/confidence.ts): QA
 * never reports a difference on such a reading as certain. Matched case-insensitively; a
 * trailing `*` makes a stem.
 */
export interface ReadingDoubts {
  /** Words right before digits that make them a label, no amount ("number", "Nummer", "version", "route", "Bundesstraße", "国道"). */
  labelBefore: readonly string[];
  /** Words right after digits that make them a label ("号線", "号线": line number). */
  labelAfter?: readonly string[];
  /** Words that look like a name before digits but make a rank or a sign of them ("Top 10", "ナンバー2", "マイナス5"). */
  rankWords?: readonly string[];
  /** Every noun is written with a capital (German): a capital word before digits names nothing by itself. */
  capitalNouns?: boolean;
  /** Fixed phrases with number words that say no number ("on the one hand", "с одной стороны", "quarti di finale"). */
  idioms: readonly string[];
}

export interface LanguagePack {
  /** The registry key (BCP 47 primary subtag). */
  code: string;
  /** Endonym, as a language switcher shows it. */
  name: string;
  /** English name: engines and prompts know "Latin" better than "la". */
  englishName: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for Intl (numbers, dates, segmentation, case); absent when ICU has no data for the language. */
  intl?: string;
  /** Separators when `intl` is absent (Latin: 15.000, 0,7449). */
  separators?: { group: string; decimal: string };
  /** Native forms beside Intl's. A pack without `intl` must give `number`, `percent` and `date`. */
  format: LanguageFormat;
  /** Between two sentences of one block ('' for Chinese and Japanese). */
  sentenceJoiner: string;
  /** Letters folded for word look-ups beyond case and diacritics (German ä → ae, so "fuenf" = "fünf"). */
  foldLetters?: Readonly<Record<string, string>>;
  segmentation: SegmentationRules;
  figures: FigureData;
  /** Label words and idioms where a reading may be no figure; absent: only the shapes every language shares (src/figures/confidence.ts). */
  readingDoubts?: ReadingDoubts;
  qa: QaLanguage;
  /** Attribution and ranking words; absent: claims find entity mentions only. */
  claims?: ClaimsLanguage;
  validation: ValidationLanguage;
  import: ImportLanguage;
  engines: EngineCodes;
}
