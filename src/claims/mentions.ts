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

/** The forms of one language and an automaton over them: one pass over a text finds every form in it. */
interface FormIndex {
  forms: Form[];
  automaton: Automaton;
}

const cache = new WeakMap<Glossary, Map<LanguageCode, FormIndex>>();

/**
 * An Aho–Corasick automaton over the folded forms (UTF-16 code units, as `indexOf` reads
 * them): every occurrence of every form, overlapping ones included, in one pass over a text
 * instead of one search per form.
 */
interface Automaton {
  next: Array<Map<number, number>>;
  fail: number[];
  /** Forms (indices) that end at each state, its failure chain's included. */
  out: number[][];
}

function buildAutomaton(needles: readonly string[]): Automaton {
  const next: Array<Map<number, number>> = [new Map<number, number>()];
  const own: number[][] = [[]];
  needles.forEach((needle, index) => {
    if (needle === '') return; // never searched for (an empty form matches nothing)
    let state = 0;
    for (let i = 0; i < needle.length; i++) {
      const code = needle.charCodeAt(i);
      let to = next[state]!.get(code);
      if (to === undefined) {
        to = next.length;
        next.push(new Map<number, number>());
        own.push([]);
        next[state]!.set(code, to);
      }
      state = to;
    }
    own[state]!.push(index);
  });
  const fail = new Array<number>(next.length).fill(0);
  const out: number[][] = own.map((list) => [...list]);
  const queue: number[] = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, to] of next[state]!) {
      let back = fail[state]!;
      while (back !== 0 && !next[back]!.has(code)) back = fail[back]!;
      const target = next[back]!.get(code);
      fail[to] = target !== undefined && target !== to ? target : 0;
      out[to] = [...own[to]!, ...out[fail[to]!]!];
      queue.push(to);
    }
  }
  return { next, fail, out };
}

function indexFor(glossary: Glossary, lang: LanguageCode): FormIndex {
  let byLang = cache.get(glossary);
  if (!byLang) cache.set(glossary, (byLang = new Map<LanguageCode, FormIndex>()));
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
  const index = { forms, automaton: buildAutomaton(forms.map((form) => form.folded)) };
  byLang.set(lang, index);
  return index;
}

/** Every written form of every entity for `lang`, longest first. */
export function formsFor(glossary: Glossary, lang: LanguageCode): Form[] {
  return indexFor(glossary, lang).forms;
}

/**
 * Mentions already found within `withMentionMemo`, by glossary, language and text: the checks
 * of one unit and every language's checks of one source sentence ask for the same text.
 */
let memo: WeakMap<Glossary, Map<LanguageCode, Map<string, Mention[]>>> | undefined;

/** Run `work` with each text's mentions found once (callers must not change the lists); a scope already open serves a nested one. */
export function withMentionMemo<T>(work: () => T): T {
  if (memo) return work();
  memo = new WeakMap();
  try {
    return work();
  } finally {
    memo = undefined;
  }
}

/** All mentions in `text`, in text order, the longest form winning where forms overlap. */
export function findMentions(glossary: Glossary, text: string, lang: LanguageCode): Mention[] {
  if (!memo) return scanMentions(glossary, text, lang);
  let byLang = memo.get(glossary);
  if (!byLang) memo.set(glossary, (byLang = new Map<LanguageCode, Map<string, Mention[]>>()));
  let known = byLang.get(lang);
  if (!known) byLang.set(lang, (known = new Map<string, Mention[]>()));
  // Keyed by the text itself: the same string asked again is hashed once.
  let mentions = known.get(text);
  if (!mentions) known.set(text, (mentions = scanMentions(glossary, text, lang)));
  return mentions;
}

function scanMentions(glossary: Glossary, text: string, lang: LanguageCode): Mention[] {
  const folded = foldText(text);
  const endings = claimsLanguage(lang)?.nameEndings ?? [];
  const { forms, automaton } = indexFor(glossary, lang);
  const candidates: Array<Mention & { order: number }> = [];
  const { next, fail, out } = automaton;
  let state = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    let to = next[state]!.get(code);
    while (to === undefined && state !== 0) {
      state = fail[state]!;
      to = next[state]!.get(code);
    }
    state = to ?? 0;
    for (const order of out[state]!) {
      const form = forms[order]!;
      const at = i + 1 - form.folded.length;
      let end = i + 1;
      if (form.wordStart || form.wordEnd) {
        if (form.wordStart && isWordChar(folded[at - 1])) continue;
        if (form.wordEnd && isWordChar(folded[end])) {
          const ending = endings.find((suffix) => folded.startsWith(suffix, end) && !isWordChar(folded[end + suffix.length]));
          if (!ending) continue;
          end += ending.length;
        }
      }
      candidates.push({ entity: form.entity, start: at, end, text: text.slice(at, end), form: form.form, ...(form.note ? { note: form.note } : {}), order });
    }
  }
  // Where they start, the longest first; of two as long, the form listed first (the order a
  // search form by form would have found them in).
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const mentions: Mention[] = [];
  let covered = 0;
  for (const { order: _order, ...candidate } of candidates) {
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
