// Names in a text: glossary entities (in any of their written forms for the language, the
// English name included) and the article's own names (speakers, credited people). Checks
// about wording and script look past them: "SenseTime" in a Russian sentence is no
// untranslated English, "Boda Data" no Latin in Sanskrit.

import { findMentions, withMentionMemo, type Glossary } from '../claims/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { derived } from './memo.js';
import type { QaText } from './types.js';

/** Texts already masked within `withNameMemo`, by glossary and names list. */
let memo: WeakMap<Glossary, WeakMap<readonly string[], Map<LanguageCode, Map<string, string>>>> | undefined;
const NO_NAMES: readonly string[] = [];

/**
 * Run `work` (the QA of one language of an article) with each text's glossary mentions found
 * and its names masked once, however many checks ask.
 */
export function withNameMemo<T>(work: () => T): T {
  if (memo) return work();
  memo = new WeakMap();
  try {
    return withMentionMemo(work);
  } finally {
    memo = undefined;
  }
}

/** The text with every name blanked out (same length, so offsets still hold). */
export function maskNames(text: string, lang: LanguageCode, glossary: Glossary, names: readonly string[] = NO_NAMES): string {
  if (!memo) return mask(text, lang, glossary, names);
  let byNames = memo.get(glossary);
  if (!byNames) memo.set(glossary, (byNames = new WeakMap<readonly string[], Map<LanguageCode, Map<string, string>>>()));
  let byLang = byNames.get(names);
  if (!byLang) byNames.set(names, (byLang = new Map<LanguageCode, Map<string, string>>()));
  let known = byLang.get(lang);
  if (!known) byLang.set(lang, (known = new Map<string, string>()));
  let masked = known.get(text);
  if (masked === undefined) known.set(text, (masked = mask(text, lang, glossary, names)));
  return masked;
}

/**
 * `maskNames` of one side of a unit, kept with it (memo.ts): an article's source sentence is
 * masked once for all the languages it is checked against.
 */
export function maskedText(text: QaText, glossary: Glossary, names: readonly string[] = NO_NAMES): string {
  const byNames = derived(text, glossary, () => new WeakMap<readonly string[], string>());
  let masked = byNames.get(names);
  if (masked === undefined) byNames.set(names, (masked = maskNames(text.text, text.lang, glossary, names)));
  return masked;
}

/** The names that are not blank, longest first, sorted once per list (a list is one article's, asked for every text). */
const sortedNames = new WeakMap<readonly string[], readonly string[]>();
function longestFirst(names: readonly string[]): readonly string[] {
  let sorted = sortedNames.get(names);
  if (!sorted) sortedNames.set(names, (sorted = names.filter((name) => name.trim() !== '').sort((a, b) => b.length - a.length)));
  return sorted;
}

function mask(text: string, lang: LanguageCode, glossary: Glossary, names: readonly string[]): string {
  let out = text;
  const blank = (start: number, end: number) => {
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  };
  for (const mention of findMentions(glossary, text, lang)) blank(mention.start, mention.end);
  for (const name of longestFirst(names)) {
    for (let at = out.indexOf(name); at !== -1; at = out.indexOf(name, at + name.length)) blank(at, at + name.length);
  }
  return out;
}
