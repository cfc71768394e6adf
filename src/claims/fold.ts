// Length-preserving folding for matching names and patterns: every quotation mark becomes
// `"` or `'`, every dash `-`, every space-like character a space, full-width brackets
// ASCII ones. Offsets into the folded text are offsets into the original.

const MAP: Record<string, string> = {
  '„': '"', '“': '"', '”': '"', '‟': '"', '«': '"', '»': '"', '「': '"', '」': '"', '『': '"', '』': '"', '＂': '"',
  '‚': "'", '‘': "'", '’': "'", '‛': "'", '‹': "'", '›': "'", '＇': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '～': '-', '〜': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202f': ' ', '\u3000': ' ', '\n': ' ', '\r': ' ', '\t': ' ',
  '（': '(', '）': ')',
};

/** Every character MAP folds (all are single UTF-16 units), as one class: one pass, no string per character. */
const FOLDED = new RegExp(`[${Object.keys(MAP).map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** The last text folded: the claim readers fold each sentence several times in a row. */
let lastText = '';
let lastFolded = '';

export function foldText(text: string): string {
  if (text === lastText) return lastFolded;
  const out = text.replace(FOLDED, (char) => MAP[char] ?? char);
  lastText = text;
  lastFolded = out;
  return out;
}

/** Letters and digits of scripts that separate words with spaces (not Han, kana, Hangul). */
export function isWordChar(char: string | undefined): boolean {
  if (!char) return false;
  return /[\p{L}\p{N}\p{M}]/u.test(char) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(char);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
