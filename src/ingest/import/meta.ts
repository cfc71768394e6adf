// Recognise the metadata lines of a scraped news page: the date line, the language bar,
// the source line, credits and the "Section|Title" line. One line in, one reading out;
// the text and HTML readers decide where such lines may appear.

import type { Credits } from '../../article/types.js';
import { LANGUAGES, type LanguageCode } from '../../lang/codes.js';
import { CATEGORY_WORDS, CREDIT_LABELS, furnitureWords, LANGUAGE_SWITCHER_NAMES, lineWords, MONTHS, SOURCE_LABELS, SOURCE_PHRASES } from './words.js';

export type LineReading =
  | { kind: 'date'; date: string }
  | { kind: 'languages'; languages: LanguageCode[] }
  | { kind: 'source'; text: string; labelled: boolean }
  | { kind: 'credits'; credits: Credits }
  | { kind: 'sectionTitle'; section: string; title: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------- language bar

/** Every switcher name in lower case with its code, longest first (greedy reading). */
const SWITCHER = LANGUAGES.flatMap((code) => LANGUAGE_SWITCHER_NAMES[code].map((name) => ({ name: name.toLowerCase(), code })))
  .sort((a, b) => b.name.length - a.name.length);

const BAR_SEPARATOR = /^[\s|/·•,;>\-–—]+/u;

/** Read a language name; returns its code or undefined. */
export function languageOfName(name: string): LanguageCode | undefined {
  const lower = name.trim().toLowerCase();
  return SWITCHER.find((entry) => entry.name === lower)?.code;
}

/**
 * Read a language bar: a line made only of language names, written together
 * ("한어Русский языкEnglish…") or separated. At least three names, nothing else.
 */
export function readLanguageBar(line: string): LanguageCode[] | undefined {
  let rest = line.trim().toLowerCase();
  const codes: LanguageCode[] = [];
  let count = 0;
  while (rest.length > 0) {
    const separator = BAR_SEPARATOR.exec(rest);
    if (separator) {
      rest = rest.slice(separator[0].length);
      continue;
    }
    const entry = SWITCHER.find((candidate) => rest.startsWith(candidate.name));
    if (!entry) return undefined;
    rest = rest.slice(entry.name.length);
    count++;
    if (!codes.includes(entry.code)) codes.push(entry.code);
  }
  return count >= 3 ? codes : undefined;
}

// ---------------------------------------------------------------- dates

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).map(escape).join('|');
const alternation = (words: readonly string[]) => words.map(escape).join('|');
/** Optional words before `then`: `(?:(?:w1|w2)\s+)?`, or nothing when no language gives any. */
const optionalWords = (words: readonly string[], then: string) => (words.length ? `(?:(?:${words.map((word) => escape(word).replace(/\s+/gu, '\\s*')).join('|')})${then})?` : '');
const WEEKDAY_NAMES = alternation(furnitureWords('weekdays'));
const PUBLISHED_LABELS = alternation(furnitureWords('published'));
/** "on", "am", "le", "il giorno": between a date label and the date. */
export const BEFORE_DATE = alternation(lineWords('beforeDate'));
/** "de", "del": between day, month and year. */
const IN_DATE = optionalWords(lineWords('inDate'), '\\s+');
const DAY_ENDINGS = lineWords('dayEndings');
const DAY = `(\\d{1,2})(?:\\.${DAY_ENDINGS.length ? `|${alternation(DAY_ENDINGS)}` : ''})?`;
/** "года", "vuonna", "a. d." after the year. */
const YEAR_WORD = lineWords('afterYear').length ? `(?:\\s*(?:${lineWords('afterYear').map((word) => escape(word).replace(/\s+/gu, '\\s?')).join('|')}))?` : '';
/** After the month: a space, a comma, or a dot with or without a space ("21.dez.2018"). */
const AFTER_MONTH = '(?:\\.\\s*|,?\\s+)';
const DAY_MONTH_YEAR = new RegExp(`^${DAY}\\s*${IN_DATE}(${MONTH_NAMES})${AFTER_MONTH}${IN_DATE}(\\d{4})${YEAR_WORD}$`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_NAMES})\\.?\\s+${DAY},?\\s+(\\d{4})$`, 'iu');
/** "Datum: …", "Veröffentlicht am …", "Publié le …", "Published on …". */
const LABEL = new RegExp(`^(?:(?:${PUBLISHED_LABELS})\\s*[:：]?\\s*(?:(?:${BEFORE_DATE})\\s+)?|[\\p{L} ]{2,25}[:：]\\s*)`, 'iu');
const WEEKDAY = new RegExp(`^(?:${WEEKDAY_NAMES})(?![\\p{L}])\\.?,?\\s*`, 'iu');
/** A clock time and what may follow it: the languages' hour words and zones, UTC or GMT, an offset. */
const CLOCK = `\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:\\s*(?:${[...lineWords('afterTime').map(escape), 'UTC', 'GMT', '[+-]\\d{2}:?\\d{2}'].join('|')}))*`;
/** A separator, or "um", "à", "klo" before the time. */
const TIME_AFTER = new RegExp(`\\s*(?:[,|·–-]\\s*${lineWords('beforeTime').map((word) => `|${escape(word)}\\s+`).join('')})?${CLOCK}\\s*$`, 'iu');
const TIME_BEFORE = new RegExp(`^${CLOCK}\\s*[,|·–-]?\\s*`, 'iu');
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** Full-width and Devanagari digits as ASCII, spaces collapsed, wrapping brackets off. */
function normaliseDateText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[०-९]/gu, (digit) => String(digit.charCodeAt(0) - 0x966))
    .replace(/\s+/gu, ' ')
    .replace(/^[([]\s*|\s*[)\]]$/gu, '')
    .trim();
}

function readDatePart(part: string): string | undefined {
  const unlabelled = part.trim().replace(LABEL, '').replace(WEEKDAY, '');
  const stripped = unlabelled.replace(TIME_BEFORE, '').replace(WEEKDAY, '').replace(TIME_AFTER, '').replace(/[\s,|·]+$/u, '').trim();
  for (const text of [part.trim(), unlabelled, stripped]) {
    const date = datePattern(text);
    if (date) return date;
  }
  return undefined;
}

/** Between the numbers of a numeric date: "02.08.2024", "2/8/2024", "13. 1. 2020". */
const NUMERIC_SEPARATOR = '(?:\\.\\s?|[/-])';

function datePattern(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\.?$/u.exec(text);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = new RegExp(`^(\\d{1,2})${NUMERIC_SEPARATOR}(\\d{1,2})${NUMERIC_SEPARATOR}(\\d{4})$`, 'u').exec(text);
  if (dmy) {
    const [first, second] = [Number(dmy[1]), Number(dmy[2])];
    // Day first, as most of the world writes it, unless only the second number can be a day.
    return second > 12 && first <= 12 ? isoDate(Number(dmy[3]), first, second) : isoDate(Number(dmy[3]), second, first);
  }
  const cjk = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(text);
  if (cjk) return isoDate(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
  const words = text.replace(/\s*(?:[(（][^)）]{1,6}[)）])$/u, '').replace(WEEKDAY, '');
  const dayMonth = DAY_MONTH_YEAR.exec(words);
  if (dayMonth) return isoDate(Number(dayMonth[3]), MONTHS[dayMonth[2]!.toLowerCase()] ?? 0, Number(dayMonth[1]));
  const monthDay = MONTH_DAY_YEAR.exec(words);
  if (monthDay) return isoDate(Number(monthDay[3]), MONTHS[monthDay[1]!.toLowerCase()] ?? 0, Number(monthDay[2]));
  return undefined;
}

/**
 * A time stamp without a year, alone on its line (perhaps in brackets): "[06月24日 11時30分]", "24.06. 11:30", "6/24 11:30".
 * Not a date to read (the year is missing), but it marks a headline's date line all the same.
 */
export function isTimeStamp(line: string): boolean {
  const text = line.trim().replace(/^[[(（【]\s*|\s*[\])）】]$/gu, '');
  return text.length <= 30 && /^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}[./]\d{1,2}\.?)(?:\s*[(（]\S{1,3}[)）])?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|時\s*\d{1,2}\s*分)$/u.test(text);
}

/**
 * Read a line that is only a date, perhaps with a label ("Veröffentlicht am", "Publié le",
 * "Datum:"), a weekday, a time and a time zone: ISO, numeric (02.08.2024, 2024/08/02),
 * CJK (2024年8月2日), or with a month name or abbreviation in any of the 14 languages. A line
 * with two dates ("Published … | Updated …") gives the first.
 */
export function readDate(line: string): string | undefined {
  const text = normaliseDateText(line);
  if (text.length > 80) return undefined;
  for (const part of text.split(/\s+\|\s+/u)) {
    const date = readDatePart(part);
    if (date) return date;
  }
  return undefined;
}

const DATE_IN_LINE = [
  /\d{4}-\d{1,2}-\d{1,2}/gu,
  /\d{4}[/.]\d{1,2}[/.]\d{1,2}/gu,
  /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/gu,
  new RegExp(`\\d{1,2}${NUMERIC_SEPARATOR}\\d{1,2}${NUMERIC_SEPARATOR}\\d{4}`, 'gu'),
  new RegExp(`${DAY}\\s*${IN_DATE}(?:${MONTH_NAMES})${AFTER_MONTH}${IN_DATE}\\d{4}`, 'giu'),
  new RegExp(`(?:${MONTH_NAMES})\\.?\\s+${DAY},?\\s+\\d{4}`, 'giu'),
];
/** "(Pescasseroli, 14 Gennaio 20)": a month name and a two-digit year that ends the line (a dateline). */
const SHORT_YEAR = new RegExp(`(?<![\\p{L}\\d])${DAY}\\s*${IN_DATE}(${MONTH_NAMES})${AFTER_MONTH}(\\d{2})\\s*$`, 'iu');
/** "11/18/19": a US date with a two-digit year, read only when the day shows it (> 12). */
const US_SHORT = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/u;

/**
 * A date inside a short line of page chrome ("Carlos Nadalim 27/09/2018 Comente!",
 * "Text: Venera·24 сентября 2018", "Le Monde | 04.05.2015 à 13h36 • Mis à jour …"): the first
 * complete date in it. Only for lines around the headline, never for article text.
 */
export function findDate(line: string): string | undefined {
  const text = normaliseDateText(line);
  if (text.length > 160) return undefined;
  const found: Array<{ at: number; date: string }> = [];
  for (const pattern of DATE_IN_LINE) {
    for (const match of text.matchAll(pattern)) {
      const before = text[match.index - 1] ?? ' ';
      const after = text[match.index + match[0].length] ?? ' ';
      // A CJK date may be glued to the words before it and to the time after it ("TNW中文站2016年10月14日07:17").
      const cjk = /[年]/u.test(match[0]);
      if ((/[\p{L}\d]/u.test(before) && !cjk) || (/[\p{L}\d]/u.test(after) && !(cjk && /\d/u.test(after)))) continue;
      const date = datePattern(match[0]);
      if (date) found.push({ at: match.index, date });
    }
  }
  if (found.length === 0) {
    const us = US_SHORT.exec(text);
    if (us && Number(us[2]) > 12) return isoDate(2000 + Number(us[3]), Number(us[1]), Number(us[2]));
    const short = SHORT_YEAR.exec(text);
    if (short) {
      const year = Number(short[3]);
      return isoDate(year < 70 ? 2000 + year : 1900 + year, MONTHS[short[2]!.toLowerCase()] ?? 0, Number(short[1]));
    }
    return undefined;
  }
  return found.sort((a, b) => a.at - b.at)[0]!.date;
}

// ---------------------------------------------------------------- credits and source

const CREDIT_LABEL_TO_ROLE = new Map<string, string>();
for (const [role, labels] of Object.entries(CREDIT_LABELS)) for (const label of labels) CREDIT_LABEL_TO_ROLE.set(label.toLowerCase(), role);
const CREDIT_LABEL_PATTERN = [...CREDIT_LABEL_TO_ROLE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Labels that end with their language's "by" ("Editing by", "Additional reporting by") need no colon after them. */
const BY_WORDS = new Set(lineWords('creditBy').map((word) => word.toLowerCase()));
const BY_LABEL_PATTERN = [...CREDIT_LABEL_TO_ROLE.keys()].filter((label) => BY_WORDS.has(label.split(/\s+/u).pop()!)).sort((a, b) => b.length - a.length).map(escape).join('|');
/** A label followed by a colon (or a "by" label followed by a space); the label must start the line or follow a separator. */
const CREDIT_ITEM = new RegExp(`(?:^|[\\s|/;，,、·•]+)(?:(${CREDIT_LABEL_PATTERN})\\s*[:：]|(${BY_LABEL_PATTERN || '(?!)'})\\s)\\s*`, 'giu');

/** Read a credits line: "Herausgeber: Peng Bo", also several on one line. */
export function readCredits(line: string): Credits | undefined {
  const text = line.trim();
  if (text.length > 200) return undefined;
  const items = [...text.matchAll(CREDIT_ITEM)];
  const first = items[0];
  if (!first || first.index !== 0) return undefined;
  const credits: Credits = {};
  items.forEach((item, i) => {
    const next = items[i + 1];
    const value = text.slice(item.index + item[0].length, next ? next.index : text.length).trim().replace(/[\s|;，,、·•]+$/u, '');
    const role = CREDIT_LABEL_TO_ROLE.get((item[1] ?? item[2]!).toLowerCase());
    if (role && value) credits[role] = value;
  });
  // A name, not a sentence: short, without final sentence punctuation.
  const names = Object.values(credits).filter((value): value is string => value !== undefined);
  if (names.length === 0 || names.some((name) => name.length > 60 || /[.!?。！？]$/u.test(name))) return undefined;
  return credits;
}

const SOURCE_LABEL = new RegExp(`^(?:${alternation(SOURCE_LABELS)})\\s*[:：]\\s*\\S`, 'iu');

/** Read a source line ("Quelle: …", "Vom offiziellen WeChat-Konto der …"). */
export function readSource(line: string): { text: string; labelled: boolean } | undefined {
  const text = line.trim();
  if (text.length > 160) return undefined;
  if (SOURCE_LABEL.test(text)) return { text, labelled: true };
  if (SOURCE_PHRASES.some((phrase) => text.startsWith(phrase)) && !/[!?]$/u.test(text)) return { text, labelled: false };
  return undefined;
}

const LONE_LABELS = new Set([...SOURCE_LABELS, ...CREDIT_LABEL_TO_ROLE.keys()].map((label) => label.toLowerCase()));

/** A source or credit label alone on its line ("情報元", "Quelle:"), its value on the next line: the label, else undefined. */
export function loneLabel(line: string): string | undefined {
  const text = line.trim().replace(/\s*[:：]$/u, '');
  return LONE_LABELS.has(text.toLowerCase()) ? text : undefined;
}

const BYLINE_START = new RegExp(`^(?:${alternation(furnitureWords('byline'))})\\s`, 'iu');

/** "Tiefe|Peking, Shanghai und …": a short section label, a bar, then the title. */
export function readSectionTitle(line: string): { section: string; title: string } | undefined {
  const match = /^([^|｜]{1,30})\s*[|｜]\s*(.{8,})$/u.exec(line.trim());
  if (!match) return undefined;
  const section = match[1]!.trim();
  const title = match[2]!.trim();
  // A label of words ("Tiefe", "Wirtschaft"), and a title of several words: not "« Vorige | Nächste »", not "Jane Doe | Getty Images".
  if (section.split(/\s+/u).length > 3 || /[|｜]/u.test(title) || /[.!?:]$/u.test(section) || !/^\p{L}/u.test(section) || BYLINE_START.test(section)) return undefined;
  const cjk = (title.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  if (cjk < 5 && (title.split(/\s+/u).length < 3 || title.length < 15)) return undefined;
  return { section, title };
}

const CATEGORIES = new Set(CATEGORY_WORDS.map((word) => word.toLowerCase()));

/** A category label such as "Nachricht": a known word, or one or two words without punctuation. */
export function isCategoryWord(line: string, strict = true): boolean {
  const text = line.trim();
  if (CATEGORIES.has(text.toLowerCase())) return true;
  return !strict && text.length <= 25 && /^\p{L}[\p{L}\p{M}-]*(?: \p{L}[\p{L}\p{M}-]*)?$/u.test(text);
}

/** Classify one line; `header` allows the forms that are only metadata above the body. */
export function readLine(line: string, header: boolean): LineReading | undefined {
  const languages = readLanguageBar(line);
  if (languages) return { kind: 'languages', languages };
  const date = readDate(line);
  if (date) return { kind: 'date', date };
  const credits = readCredits(line);
  if (credits) return { kind: 'credits', credits };
  const source = readSource(line);
  if (source && (source.labelled || header)) return { kind: 'source', ...source };
  if (header) {
    const sectionTitle = readSectionTitle(line);
    if (sectionTitle) return { kind: 'sectionTitle', ...sectionTitle };
  }
  return undefined;
}
