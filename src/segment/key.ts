// Stable keys for sentences: a readable slug of the first words plus a short content hash, so a
// key changes exactly when its sentence's text changes (design.md: editing one sentence changes
// that sentence's key and locale entry only).

import { createHash } from 'node:crypto';

/** Letters that Unicode decomposition does not fold to ASCII, spelled as German and Nordic writers do. */
const SPELLED: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS',
  æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ø: 'o', Ø: 'O', å: 'a', Å: 'A',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ł: 'l', Ł: 'L', ı: 'i',
};
const SPELLED_PATTERN = new RegExp(`[${Object.keys(SPELLED).join('')}]`, 'gu');
const SLUG_WORDS = 4;
const SLUG_MAX = 48;

/** Whitespace-normalised text: what the hash is computed from, so re-wrapping a line changes nothing. */
export function normaliseSentence(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** ASCII slug of the first words; `s` when the sentence does not start in Latin script. */
function slug(text: string): string {
  if (!/^[^\p{L}]*\p{Script=Latin}/u.test(text)) return 's';
  const words = text
    .replace(SPELLED_PATTERN, (letter) => SPELLED[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .slice(0, SLUG_WORDS);
  const joined = words.join('-').slice(0, SLUG_MAX).replace(/-+$/, '');
  return joined === '' ? 's' : joined;
}

/** `kuenstliche-intelligenz-ki-ist-3fa2c1`: slug of the first four words and 6 hex digits of sha256. */
export function segmentKey(text: string): string {
  const normalised = normaliseSentence(text);
  const hash = createHash('sha256').update(normalised).digest('hex').slice(0, 6);
  return `${slug(normalised)}-${hash}`;
}

/** Keys for the sentences of one article in document order; repeated sentences get `-2`, `-3`. */
export function segmentKeys(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const key = segmentKey(text);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}-${count}`;
  });
}
