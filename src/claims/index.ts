// Stage `claims`: the sentences that state something checkable — a figure, a ranking, or
// someone's words — with the entities they name (from the glossary, content/glossary.yaml)
// and who says so. Reads article.segments and article.figures; sets article.claims.

import type { Article, Claim, Segment } from '../article/types.js';
import { findAttribution, isPureQuotation, type FoundAttribution } from './attribution.js';
import { findMentions } from './mentions.js';
import { findRanking } from './ranking.js';
import type { Glossary } from './types.js';

export { EMPTY_GLOSSARY, loadGlossary, parseGlossary } from './glossary.js';
export { findMentions, findWrongVariants, nameOf, withMentionMemo } from './mentions.js';
export { findRanking, type Ranking } from './ranking.js';
export { findAttribution } from './attribution.js';
export { claimsLanguage } from './languages.js';
export type { ClaimsLanguage, EntityType, Glossary, GlossaryEntity, Mention, Variant } from './types.js';
export { ENTITY_TYPES } from './types.js';

/** How far back a pronoun ("sagte er") looks for its speaker, in sentences. */
const PRONOUN_REACH = 3;

/** Find the claims of an article (segments and figures must be filled); sets article.claims. */
export function extractClaims(article: Article, glossary: Glossary): Claim[] {
  const lang = article.frontmatter.lang;
  const figuresBySegment = new Map<string, string[]>();
  for (const figure of article.figures) {
    const list = figuresBySegment.get(figure.segment) ?? [];
    list.push(figure.id);
    figuresBySegment.set(figure.segment, list);
  }

  const found = article.segments.map((segment) => findAttribution(segment.text, lang, glossary));
  const attributionAt = (i: number): FoundAttribution['attribution'] => {
    const own = found[i];
    if (own?.attribution) return own.attribution;
    const segment = article.segments[i]!;
    if (own?.pronoun) {
      for (let k = i - 1; k >= 0 && k >= i - PRONOUN_REACH; k--) {
        const earlier = found[k]?.attribution;
        if (earlier) return earlier;
      }
      return undefined;
    }
    // A sentence that is only a quotation belongs to the speaker of the quotation beside it
    // in the same block ("„…“, sagte Li Ya. „…“").
    if (isPureQuotation(segment.text)) {
      for (const k of [i - 1, i + 1]) {
        const neighbour = article.segments[k];
        const other = found[k];
        if (neighbour && neighbour.block === segment.block && other?.quote && other.attribution) return other.attribution;
      }
    }
    return undefined;
  };

  const claims: Claim[] = [];
  article.segments.forEach((segment: Segment, i) => {
    const figures = figuresBySegment.get(segment.id) ?? [];
    const ranking = findRanking(segment.text, lang);
    const attribution = attributionAt(i);
    if (figures.length === 0 && !ranking && !attribution) return;
    const entities: string[] = [];
    for (const mention of findMentions(glossary, segment.text, lang)) {
      const name = mention.entity.names[lang];
      if (!entities.includes(name)) entities.push(name);
    }
    const claim: Claim = { id: `c${claims.length + 1}`, segment: segment.id, text: segment.text, figures, entities, line: segment.position.line, column: segment.position.column };
    if (attribution) claim.attribution = { ...attribution };
    if (ranking) claim.ranking = ranking.count === undefined ? { text: ranking.text } : { text: ranking.text, count: ranking.count };
    claims.push(claim);
  });
  article.claims = claims;
  return claims;
}
