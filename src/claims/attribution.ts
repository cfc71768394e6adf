// Who says so: speaker and role of a sentence, from each language's templates
// ("{speaker}, {role}, {verb}", "{quote}, {verb} {speaker}{end}", …) compiled into regular
// expressions once per language and glossary.

import type { Attribution } from '../article/types.js';
import type { LanguageCode } from '../lang/codes.js';
import { escapeRegExp, foldText } from './fold.js';
import { claimsLanguage } from './languages.js';
import { speakerAlternation } from './mentions.js';
import { PLACE_TYPES, type Glossary } from './types.js';

interface Template {
  pattern: RegExp;
  /**
   * Pieces every match contains (its speech verb, pronoun, literal words), each as a pattern
   * of its own: a sentence without one of them cannot match, and these are cheap to test.
   */
  requires: RegExp[];
  /** The speaker is a pronoun: take the speaker of the sentences before. */
  pronoun: boolean;
  /** The template ends a quotation: a following pure quotation has the same speaker. */
  quote: boolean;
}

export interface FoundAttribution {
  attribution?: Attribution;
  /** A pronoun stands for the speaker ("sagte er"). */
  pronoun?: boolean;
  quote?: boolean;
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** A literal phrase; its first letter in either case (a sentence may start with it: "Laut …", "Selon …"). */
function words(phrase: string): string {
  const pattern = phrase
    .split(/\s*…\s*/u)
    .map((part) => part.trim().split(/\s+/u).map(escapeRegExp).join('\\s+'))
    .join(`${NOT_WORD_AFTER}[^.!?"]*?${NOT_WORD_BEFORE}`);
  const first = pattern[0];
  if (!first || first.toLowerCase() === first.toUpperCase()) return pattern;
  return `[${first.toLowerCase()}${first.toUpperCase()}]${pattern.slice(1)}`;
}

const cache = new WeakMap<Glossary, Map<LanguageCode, Template[]>>();

function templates(glossary: Glossary, lang: LanguageCode): Template[] {
  let byLang = cache.get(glossary);
  if (!byLang) cache.set(glossary, (byLang = new Map<LanguageCode, Template[]>()));
  const cached = byLang.get(lang);
  if (cached) return cached;
  const data = claimsLanguage(lang);
  if (!data) {
    byLang.set(lang, []);
    return [];
  }
  const known = speakerAlternation(glossary, lang, (entity) => !PLACE_TYPES.has(entity.type));
  const notNames = data.notNames.map(escapeRegExp).join('|');
  const capitalised = "\\p{Lu}[\\p{L}\\p{M}'-]*";
  const generic = `${notNames ? `(?!(?:${notNames})\\s)` : ''}${capitalised}(?:\\s+${capitalised}){1,2}`;
  const speaker = `${NOT_WORD_BEFORE}(?<speaker>${known ? `${known}|` : ''}${generic})${NOT_WORD_AFTER}`;
  const source = `${NOT_WORD_BEFORE}(?:"(?<quoted>[^"]{2,120})"|(?<source>${known ? `${known}|` : ''}${generic})${NOT_WORD_AFTER})`;
  const verbs = [...data.speechVerbs].sort((a, b) => b.length - a.length).map(words).join('|');
  const verb = `${NOT_WORD_BEFORE}(?:${verbs})${NOT_WORD_AFTER}`;
  const pronoun = data.pronouns.length ? `${NOT_WORD_BEFORE}(?:${data.pronouns.map(escapeRegExp).join('|')})${NOT_WORD_AFTER}` : '(?!)';
  // One standalone pattern per required piece, shared by the templates that need it.
  const pieces = new Map<string, RegExp>();
  const piece = (pattern: string): RegExp => {
    let compiled = pieces.get(pattern);
    if (!compiled) pieces.set(pattern, (compiled = new RegExp(pattern, 'u')));
    return compiled;
  };
  const list = data.attributions.map((template): Template => {
    let source_ = '';
    const requires: RegExp[] = [];
    // German closes the quotation before the comma („…“, sagte), English after it (…,” said).
    for (const part of template.replace(/\{quote\},/gu, '{quotecomma}').split(/(\{[a-z]+\}|,| )/u)) {
      if (part === '') continue;
      switch (part) {
        case '{speaker}': source_ += speaker; break;
        case '{source}': source_ += source; break;
        case '{role}': source_ += '(?<role>[^,;!?"]+?)'; break;
        case '{verb}': source_ += verb; requires.push(piece(verb)); break;
        case '{pronoun}': source_ += pronoun; requires.push(piece(pronoun)); break;
        case '{quote}': source_ += '"'; break;
        case '{quotecomma}': source_ += '(?:"\\s*,|,\\s*")'; break;
        case '{end}': source_ += '\\s*[.!?]?\\s*$'; break;
        case ',': source_ += '\\s*,\\s*'; break;
        case ' ': source_ += '\\s+'; break;
        default: source_ += words(part); requires.push(piece(words(part)));
      }
    }
    return { pattern: new RegExp(source_, 'du'), requires, pronoun: template.includes('{pronoun}'), quote: template.includes('{quote') };
  });
  byLang.set(lang, list);
  return list;
}

/** The attribution of one sentence, if its own words name a speaker (or a pronoun for one). */
export function findAttribution(text: string, lang: LanguageCode, glossary: Glossary): FoundAttribution | undefined {
  const folded = foldText(text);
  const found = new Map<RegExp, boolean>();
  const contains = (piece: RegExp): boolean => {
    let hit = found.get(piece);
    if (hit === undefined) found.set(piece, (hit = piece.test(folded)));
    return hit;
  };
  for (const template of templates(glossary, lang)) {
    if (!template.requires.every(contains)) continue;
    const match = template.pattern.exec(folded);
    if (!match) continue;
    if (template.pronoun) return { pronoun: true };
    const groups = match.indices?.groups ?? {};
    const span = groups.speaker ?? groups.source ?? groups.quoted;
    if (!span) continue;
    const attribution: Attribution = { speaker: text.slice(span[0], span[1]).trim() };
    const role = groups.role;
    if (role) {
      const value = text.slice(role[0], role[1]).trim();
      if (value) attribution.role = value;
    }
    return { attribution, quote: template.quote };
  }
  return undefined;
}

/** A sentence that is one quotation and nothing else: "„…“" or "“…”". */
export function isPureQuotation(text: string): boolean {
  return /^"[^"]+"[.!?]?$/u.test(foldText(text).trim());
}
