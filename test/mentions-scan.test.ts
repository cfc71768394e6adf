// The glossary scan finds every form of every entity in one pass over a text (an automaton per
// glossary and language) and QA finds each text's mentions once per article: the mentions must
// be exactly those of a search form by form (each form's every occurrence, the longest winning
// where they overlap, the form listed first on a tie), on real sentences in all 14 languages
// and on texts made of glossary forms that overlap, repeat and take case endings.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, loadGlossary, parseGlossary, withMentionMemo, type Glossary } from '../src/claims/index.js';
import { foldText, isWordChar } from '../src/claims/fold.js';
import { claimsLanguage } from '../src/claims/languages.js';
import type { Mention } from '../src/claims/types.js';
import { formsFor } from '../src/claims/mentions.js';
import { loadConfig } from '../src/config/index.js';
import { LANGUAGES, type LanguageCode } from '../src/lang/codes.js';
import { lengthOf } from '../src/qa/checks/length-ratio.js';
import { REPO } from './helpers/tmp.js';

const config = loadConfig(REPO);
const glossary = loadGlossary(config);

/** The search as it was written before the automaton: each form's occurrences by indexOf, then a stable sort. */
function searchFormByForm(g: Glossary, text: string, lang: LanguageCode): Mention[] {
  const folded = foldText(text);
  const endings = claimsLanguage(lang)?.nameEndings ?? [];
  const candidates: Mention[] = [];
  for (const form of formsFor(g, lang)) {
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

/** Every value of the sample's locale files, by language. */
function sampleTexts(): Array<[LanguageCode, string]> {
  const out: Array<[LanguageCode, string]> = [];
  for (const lang of LANGUAGES) {
    for (const file of readdirSync(join(REPO, 'locales', lang)).filter((name) => name.endsWith('.json') && !name.includes('.state.') && !name.includes('.comments.'))) {
      const values = JSON.parse(readFileSync(join(REPO, 'locales', lang, file), 'utf8')) as Record<string, unknown>;
      for (const value of Object.values(values)) if (typeof value === 'string') out.push([lang, value]);
    }
  }
  return out;
}

describe('glossary mentions: one pass finds what a search form by form finds', () => {
  it('on every value of the sample’s locale files, in all 14 languages', () => {
    const texts = sampleTexts();
    expect(texts.length).toBeGreaterThan(500);
    let found = 0;
    for (const [lang, text] of texts) {
      const mentions = findMentions(glossary, text, lang);
      expect(mentions, `${lang}: ${text.slice(0, 60)}`).toEqual(searchFormByForm(glossary, text, lang));
      found += mentions.length;
    }
    expect(found).toBeGreaterThan(500);
  });

  // Forms that overlap, nest, repeat across entities and take endings: the cases where the order of a search matters.
  const names = (given: Record<string, string>) => `{ ${LANGUAGES.map((lang) => `${lang}: ${JSON.stringify(given[lang] ?? given.en)}`).join(', ')} }`;
  const tricky = parseGlossary(
    [
      'entities:',
      '  - id: ab',
      '    type: company',
      `    names: ${names({ en: 'Ab', de: 'Ab', zh: '阿波', fr: 'Ab' })}`,
      '    variants: [{ text: "Abab" }, { text: "Ab Data", wrong: true, note: "not its name" }]',
      '  - id: ba',
      '    type: company',
      `    names: ${names({ en: 'Ba', de: 'Bab', zh: '波阿', fr: 'Ba' })}`,
      '    variants: [{ text: "aba" }, { text: "Abb" }]',
      '  - id: city',
      '    type: city',
      `    names: ${names({ en: 'Abba City', de: 'Abba-Stadt', zh: '阿波城', fr: 'Ville d’Abba' })}`,
      '',
    ].join('\n'),
    'tricky.yaml',
  );
  const pieces: Record<string, string[]> = {
    de: ['Ab', 'ab', 'Abb', 'Bab', 'Babs', 'aba', 'Abab', 'Abba-Stadt', 'Abba‑Stadts', 'Abba City', 'Ab Data', 'Ba', 'er', 's', ' ', ' ', '-', 'x', '„', '“', '.'],
    en: ['Ab', 'Ab’s', "Ab's", 'Ba', 'aba', 'Abab', 'Abba City', 'Ab Data', ' ', '-', 'y', '"', '.'],
    zh: ['阿波', '波阿', '阿波城', '阿', '波', '城', 'Ab', 'Ba', ' ', '，'],
    fr: ['Ab', 'Ba', 'aba', 'Ville d’Abba', "Ville d'Abba", 'Abba City', ' ', '\u202f', 'é', '«', '»'],
  };
  for (const [lang, alphabet] of Object.entries(pieces) as Array<[LanguageCode, string[]]>) {
    it(`on texts made of overlapping forms (${lang})`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
          const text = parts.join('');
          expect(findMentions(tricky, text, lang)).toEqual(searchFormByForm(tricky, text, lang));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('finds each text once within a memo scope, with the same mentions as without', () => {
    const text = 'Peking, Shanghai und Shenzhen konkurrieren; Boda Data und SenseTime in Peking.';
    const outside = findMentions(glossary, text, 'de');
    expect(outside.map((m) => m.entity.id)).toEqual(expect.arrayContaining(['beijing', 'shanghai', 'shenzhen']));
    withMentionMemo(() => {
      const first = findMentions(glossary, text, 'de');
      expect(first).toEqual(outside);
      // the same list again (one scan), another text or language its own
      expect(findMentions(glossary, text, 'de')).toBe(first);
      expect(findMentions(glossary, `${text} `, 'de')).not.toBe(first);
      expect(findMentions(glossary, text, 'en')).not.toBe(first);
    });
    // outside a scope nothing is kept
    expect(findMentions(glossary, text, 'de')).not.toBe(outside);
  });
});

describe('qa/length-ratio: characters without spaces', () => {
  it('counts code points as [...text.replace(/\\s+/gu, "")].length does, lone surrogates and every space included', () => {
    const spaces = [' ', '\t', '\n', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', '\u200b'];
    const chars = fc.oneof(fc.constantFrom(...spaces, '\ud83d', '\ude00', '😀', 'a', 'ß', '中', 'ि'), fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(lengthOf(text)).toBe([...text.replace(/\s+/gu, '')].length);
      }),
      { numRuns: 2000 },
    );
  });
});
