// Names in a text: glossary entities (in any of their written forms for the language, the
// English name included) and the article's own names (speakers, credited people). Checks
// about wording and script look past them: "SenseTime" in a Russian sentence is no
// untranslated English, "Boda Data" no Latin in Sanskrit.

import { findMentions, type Glossary } from '../claims/index.js';
import type { LanguageCode } from '../lang/codes.js';

/** The text with every name blanked out (same length, so offsets still hold). */
export function maskNames(text: string, lang: LanguageCode, glossary: Glossary, names: readonly string[] = []): string {
  let out = text;
  const blank = (start: number, end: number) => {
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  };
  for (const mention of findMentions(glossary, text, lang)) blank(mention.start, mention.end);
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (name.trim() === '') continue;
    for (let at = out.indexOf(name); at !== -1; at = out.indexOf(name, at + name.length)) blank(at, at + name.length);
  }
  return out;
}
