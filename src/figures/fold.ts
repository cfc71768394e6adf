// Folding for word look-ups: the reader and the lexicons meet on one spelling, so "fünf",
// "fuenf" and "FÜNF", "milhões" and "milhoes", "Ιουλίου" and "ιουλιου" are the same word.

/** German writes ä/ö/ü as ae/oe/ue where umlauts are unavailable; fold both to that spelling. */
const GERMAN_UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Diacritics are dropped only on Latin, Greek and Cyrillic letters; Devanagari vowel signs are letters' halves. */
const STRIPPABLE = /(\p{Script=Latin}|\p{Script=Greek}|\p{Script=Cyrillic})\p{M}+/gu;

export function fold(word: string, lang: string): string {
  let text = word.toLowerCase();
  if (lang === 'de') text = text.replace(/[äöüß]/g, (ch) => GERMAN_UMLAUTS[ch] ?? ch);
  else text = text.replace(/ß/g, 'ss');
  text = text.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ς/g, 'σ').replace(/’/g, "'");
  return text.normalize('NFD').replace(STRIPPABLE, '$1').normalize('NFC');
}
