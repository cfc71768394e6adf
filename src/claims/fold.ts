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

export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    out += MAP[char] ?? char;
  }
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
