// Find where glossary entities are named in a text of a given language: by their name in
// that language, their English name (sources keep proper names in English), accepted
// variants, and known wrong variants (which validation flags).

import type { LanguageCode } from '../lang/codes.js';
import { escapeRegExp, foldText, isWordChar } from './fold.js';
import { claimsLanguage } from './languages.js';
import type { Glossary, GlossaryEntity, Mention } from './types.js';

interface Form {
  folded: string;
  /** The form starts / ends with a letter or digit of a spaced script: a match there needs a word boundary. */
  wordStart: boolean;
  wordEnd: boolean;
  entity: GlossaryEntity;
  form: Mention['form'];
  note?: string;
}

const cache = new WeakMap<Glossary, Map<LanguageCode, Form[]>>();

/** Every written form of every entity for `lang`, longest first. */
export function formsFor(glossary: Glossary, lang: LanguageCode): Form[] {
  let byLang = cache.get(glossary);
  if (!byLang) cache.set(glossary, (byLang = new Map<LanguageCode, Form[]>()));
  const cached = byLang.get(lang);
  if (cached) return cached;
  const forms: Form[] = [];
  for (const entity of glossary.entities) {
    const seen = new Set<string>();
    const add = (text: string, form: Form['form'], note?: string) => {
      const folded = foldText(text);
      if (seen.has(folded)) return;
      seen.add(folded);
      forms.push({ folded, wordStart: isWordChar(folded[0]), wordEnd: isWordChar(folded[folded.length - 1]), entity, form, ...(note ? { note } : {}) });
    };
    add(entity.names[lang], 'name');
    for (const variant of entity.variants) if (variant.wrong && (!variant.lang || variant.lang === lang)) add(variant.text, 'wrong', variant.note);
    add(entity.names.en, 'english');
    for (const variant of entity.variants) if (!variant.wrong && (!variant.lang || variant.lang === lang)) add(variant.text, 'variant');
  }
  forms.sort((a, b) => b.folded.length - a.folded.length);
  byLang.set(lang, forms);
  return forms;
}

/** All mentions in `text`, in text order, the longest form winning where forms overlap. */
export function findMentions(glossary: Glossary, text: string, lang: LanguageCode): Mention[] {
  const folded = foldText(text);
  const endings = claimsLanguage(lang)?.nameEndings ?? [];
  const candidates: Mention[] = [];
  for (const form of formsFor(glossary, lang)) {
    const needle = form.folded;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      let end = at + needle.length;
      if (form.wordStart || form.wordEnd) {
        if (form.wordStart && isWordChar(folded[at - 1])) continue;
        if (form.wordEnd && isWordChar(folded[end])) {
          const ending = endings.find((suffix) => folded.startsWith(suffix, end) && !isWordChar(folded[end + suffix.length]));
          if (!ending) continue;
          end += ending.length;
        }
      }
      candidates.push({ entity: form.entity, start: at, end, text: text.slice(at, end), form: form.form, ...(form.note ? { note: form.note } : {}) });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const mentions: Mention[] = [];
  let covered = 0;
  for (const candidate of candidates) {
    if (candidate.start < covered) continue;
    mentions.push(candidate);
    covered = candidate.end;
  }
  return mentions;
}

/** Known wrong names in a text ("Broad Data" for Boda Data), with the glossary's note. */
export function findWrongVariants(glossary: Glossary, text: string, lang: LanguageCode): Mention[] {
  return findMentions(glossary, text, lang).filter((mention) => mention.form === 'wrong');
}

/** The name of an entity in a language. */
export function nameOf(glossary: Glossary, id: string, lang: LanguageCode): string | undefined {
  return glossary.byId.get(id)?.names[lang];
}

/** A regular-expression alternation of the names of entities that can speak (not places). */
export function speakerAlternation(glossary: Glossary, lang: LanguageCode, isSpeaker: (entity: GlossaryEntity) => boolean): string {
  return formsFor(glossary, lang)
    .filter((form) => form.form !== 'wrong' && isSpeaker(form.entity))
    .map((form) => escapeRegExp(form.folded))
    .join('|');
}
