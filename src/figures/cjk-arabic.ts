// Numbers written with Arabic digits, ASCII or full-width: grouping ("15,000", "１，２３４",
// "1 234 567", ja "1、234"), decimals ("0.7449"), a chain of dots ("1.000.000" grouped,
// "192.168.1.2" read part by part), a decimal comma that cannot be told apart ("5,00"),
// scientific notation ("2e5") and a "k" ("40k").

import { isDigit, isLatin, type Source } from './cjk-text.js';

export interface ArabicAtom {
  kind: 'arabic';
  end: number;
  value: number;
  /** Decimal places as written. */
  decimals: number;
  grouped: boolean;
  /** Digits before the decimal mark (a single digit can be an abbreviated last place in zh). */
  intDigits: number;
  /** An exponent or "k" follows. */
  suffixed: boolean;
  ambiguous?: string;
}

const GROUP_SPACES = ' \u00a0\u202f\u2009\u3000';

/** Full-width digits (０-９): "，" groups them ("１，２３４"), but separates clauses between others. */
const isWideDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '０' && ch <= '９';

/**
 * Digits, grouping, decimals, an exponent ("2e5") and a "k" of an Arabic number at `i` (folded
 * text). `first`: the number starts here; list separators that also group ("、") only group then,
 * so "4千万50、154" stays two numbers.
 */
export function readArabic(src: Source, i: number, first: boolean): ArabicAtom | undefined {
  const { norm, lex } = src;
  let j = i;
  const leadingDot = norm[i] === '.';
  if (leadingDot) {
    // ".5" is a number, but not the tail of "2222.2222" nor "...9"
    if (!isDigit(norm[i + 1]) || isDigit(norm[i - 1]) || norm[i - 1] === '.') return undefined;
  } else if (!isDigit(norm[i])) return undefined;
  while (isDigit(norm[j])) j++;
  let intText = norm.slice(i, j);
  let grouped = false;
  let ambiguous: string | undefined;
  const three = (at: number): boolean => isDigit(norm[at]) && isDigit(norm[at + 1]) && isDigit(norm[at + 2]) && !isDigit(norm[at + 3]);
  if (!leadingDot && intText.length <= 3) {
    const sep = norm[j];
    const listLike = sep !== undefined && lex.ambiguousGroupSeparators.includes(sep);
    const groups = (at: number): boolean => sep !== '，' || (isWideDigit(src.text[at - 1]) && isWideDigit(src.text[at + 1]));
    if (sep !== undefined && (lex.groupSeparators.includes(sep) || GROUP_SPACES.includes(sep)) && (first || !listLike)) {
      while (norm[j] === sep && three(j + 1) && groups(j)) {
        intText += norm.slice(j + 1, j + 4);
        j += 4;
        grouped = true;
      }
      if (grouped && lex.ambiguousGroupSeparators.includes(sep)) {
        ambiguous = `"${sep}" groups thousands here but also separates list items`;
      }
    }
  }
  let frac = '';
  if (leadingDot) {
    j = i + 1;
    while (isDigit(norm[j])) j++;
    frac = norm.slice(i + 1, j);
  } else if (norm[j] === '.' && isDigit(norm[j + 1]) && !(norm[i - 1] === '.' && isDigit(norm[i - 2]))) {
    // (a number right after "2222." is the next part of a dotted chain, never a decimal)
    let k = j + 1;
    while (isDigit(norm[k])) k++;
    if (norm[k] === '.' && isDigit(norm[k + 1])) {
      // A chain of dots: thousands separators when every group has three digits ("1.000.000"),
      // otherwise an address or a version ("192.168.1.2"), read part by part.
      let m = j;
      let chain = '';
      while (norm[m] === '.' && three(m + 1)) {
        chain += norm.slice(m + 1, m + 4);
        m += 4;
      }
      if (!grouped && intText.length <= 3 && m > j + 4 && !(norm[m] === '.' && isDigit(norm[m + 1]))) {
        intText += chain;
        j = m;
        grouped = true;
        ambiguous = 'dots used as thousands separators, a decimal mark in Chinese and Japanese';
      }
    } else {
      frac = norm.slice(j + 1, k);
      j = k;
      if (frac === '000' && !grouped && intText.length <= 3) {
        ambiguous = 'a dot before three zeros may be a thousands separator ("1.000" = 1000)';
      }
    }
  } else if (!grouped && norm[j] === ',' && intText.length <= 3 && isDigit(norm[j + 1])) {
    // "5,00": a decimal comma, as some countries write it; a native reader has to guess
    let k = j + 1;
    while (isDigit(norm[k])) k++;
    if (k - j - 1 <= 2 && norm[k] !== ',' && norm[i - 1] !== ',') {
      frac = norm.slice(j + 1, k);
      j = k;
      ambiguous = 'a comma before one or two digits may be a decimal comma';
    }
  }
  let value = Number(`${intText || '0'}${frac ? `.${frac}` : ''}`);
  // scientific notation: "2e5", "-127.32e13", "2.7890e-1"
  const exponent = /^[eE]([+-]?\d{1,3})(?![A-Za-z\d])/.exec(norm.slice(j, j + 6));
  if (exponent && !grouped) {
    value = Number(`${value}e${exponent[1]}`);
    j += exponent[0].length;
  }
  let suffixed = exponent !== null && !grouped;
  if (norm[j] === 'k' && !isLatin(norm[j + 1])) {
    value *= 1000;
    j++;
    suffixed = true;
  }
  const atom: ArabicAtom = { kind: 'arabic', end: j, value, decimals: frac.length, grouped, intDigits: intText.length, suffixed };
  if (ambiguous) atom.ambiguous = ambiguous;
  return atom;
}

