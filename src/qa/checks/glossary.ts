// qa/glossary: an entity the source names is named in the translation by its name in the
// target language (content/glossary.yaml) or an accepted variant — not by a literal
// translation ("Broad Data" for Boda Data) or another language's spelling. Inflected names
// count: Russian "в Пекине", Latin "Pechini", Finnish "Pekingissä" (src/lang/<code>/qa.ts
// says how many final letters a case ending may replace).

import { findMentions, type GlossaryEntity } from '../../claims/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import { qaLanguage } from '../language.js';
import type { QaCheck } from '../types.js';

/** Case- and accent-insensitive text for Latin, Greek and Cyrillic; other scripts as they are. */
function loose(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009\u3000]/gu, ' ')
    .replace(/[‐‑‒–—]/gu, '-')
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Latin}|\p{Script=Greek}|\p{Script=Cyrillic})\p{M}+/gu, '$1')
    .normalize('NFC');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, RegExp>();

/** A pattern for a name with case endings: each word's stem, then any letters. */
function inflectedName(name: string, lang: LanguageCode): RegExp {
  const id = `${lang}\u0000${name}`;
  let pattern = patterns.get(id);
  if (pattern) return pattern;
  const data = qaLanguage(lang);
  if (data.unspaced) pattern = new RegExp(escapeRegExp(loose(name)), 'u');
  else {
    const words = loose(name).split(/[\s\-‐]+/u).filter(Boolean);
    const stems = words.map((word) => {
      const letters = [...word];
      const cut = letters.length > 3 ? Math.min(data.nameEnding, letters.length - 3) : 0;
      return escapeRegExp(letters.slice(0, letters.length - cut).join('')) + '[\\p{L}\\p{M}]*';
    });
    pattern = new RegExp(`(?<![\\p{L}\\p{M}])${stems.join('[\\s\\-‐]+')}`, 'u');
  }
  patterns.set(id, pattern);
  return pattern;
}

function acceptedForms(entity: GlossaryEntity, lang: LanguageCode): string[] {
  return [entity.names[lang], ...entity.variants.filter((v) => !v.wrong && (v.lang === undefined || v.lang === lang)).map((v) => v.text)];
}

export const check: QaCheck = {
  meta: {
    id: 'qa/glossary',
    type: 'problem',
    description: 'entities are named by their glossary name in the target language',
    docs: 'For each glossary entity the source sentence names, the translation must name it by its name in the target language or an accepted variant (inflected forms count). A known wrong variant in the translation is reported with the glossary’s note. Names the glossary marks unverified for the language are not enforced.',
    defaultSeverity: 'warning',
    messages: {},
    schema: {},
  },
  check(context) {
    const { source, target } = context.unit;
    const glossary = context.glossary;
    if (glossary.entities.length === 0) return;
    const inTarget = findMentions(glossary, target.text, target.lang);
    for (const mention of inTarget) {
      if (mention.form !== 'wrong') continue;
      context.report({
        start: mention.start,
        end: mention.end,
        message: `“${mention.text}” is a wrong name for ${mention.entity.names.en}${mention.note ? ` (${mention.note})` : ''}; write “${mention.entity.names[target.lang]}”`,
        actual: mention.text,
        expected: mention.entity.names[target.lang],
      });
    }
    const named = new Map<string, GlossaryEntity>();
    for (const mention of findMentions(glossary, source.text, source.lang)) named.set(mention.entity.id, mention.entity);
    let targetText: string | undefined;
    for (const entity of named.values()) {
      if (!entity.verified || entity.unverified.includes(target.lang)) continue;
      // The target-language name or an accepted variant; a wrong variant is reported above. The
      // English name counts only where it is the language's name ("Beijing" is not French).
      if (inTarget.some((mention) => mention.entity.id === entity.id && mention.form !== 'english')) continue;
      const forms = acceptedForms(entity, target.lang);
      targetText ??= loose(target.text);
      if (forms.some((form) => inflectedName(form, target.lang).test(targetText!))) continue;
      context.report({
        start: 0,
        end: 0,
        message: `the source names ${entity.names[source.lang]}; the translation should name it “${entity.names[target.lang]}”${forms.length > 1 ? ` (or ${forms.slice(1).map((f) => `“${f}”`).join(', ')})` : ''}`,
        expected: entity.names[target.lang],
      });
    }
  },
};
