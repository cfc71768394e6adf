// One measured thing given two different values in one article ("15.000 Schränke" here,
// "12.000 Schränke" there, both of the same data centre). A thing is its unit plus the
// entity the sentence names nearest before the figure (from the claims stage); figures
// with no named entity are not compared. Qualifiers widen a value ("etwa", "mehr als").

import type { Figure } from '../../article/types.js';
import { findMentions } from '../../claims/index.js';
import { stemsPattern } from '../lists.js';
import type { PlacedFigure, Rule, SegmentNode } from '../types.js';

interface Seen {
  figure: Figure;
  node: SegmentNode;
  low: number;
  high: number;
}

function interval(figure: Figure, tolerance: number): [number, number] {
  const v = figure.value!;
  const half = 0.5 * 10 ** -(figure.decimals ?? 0);
  switch (figure.qualifier) {
    case 'approx':
      return [v * (1 - tolerance) - half, v * (1 + tolerance) + half];
    case 'min':
    case 'over':
      return [v, Infinity];
    case 'max':
    case 'under':
      return [-Infinity, v];
    default:
      return [v - half, v + half];
  }
}

export const rule: Rule = {
  meta: {
    id: 'consistent-values',
    type: 'problem',
    description: 'a measured thing has one value throughout the article',
    docs: 'Compares quantities and amounts of money with the same unit about the same entity (the glossary entity named nearest before the figure in its sentence). Reports a value that cannot agree with an earlier one, taking “etwa” (±10 % by default), “mindestens”, “mehr als”, “bis zu” into account. Sentences about change and sentences naming different years are not compared.',
    defaultSeverity: 'warning',
    messages: { differs: '{{subject}}: {{unit}} given as {{value}} here but as {{other}} on line {{line}}' },
    schema: {
      approxTolerance: { type: 'number', default: 0.1, minimum: 0, maximum: 1, description: 'relative width of an approximate value' },
    },
  },
  create(context) {
    const tolerance = Number(context.options.approxTolerance);
    const change = stemsPattern(context.words.changeStems, context.words.compoundWords);
    const seen = new Map<string, Seen[]>();
    const years = (node: SegmentNode) => new Set(node.figures.filter((p) => p.figure.kind === 'year' || p.figure.kind === 'date').map((p) => (p.figure.date ?? String(p.figure.value)).slice(0, 4)));
    const glossary = context.glossary;
    /** The entity named nearest before the figure in its sentence. */
    const subjectOf = (node: SegmentNode, placed: PlacedFigure): string | undefined => {
      if (glossary && glossary.entities.length > 0) {
        const before = findMentions(glossary, node.text, context.lang).filter((mention) => mention.end <= placed.start);
        return before[before.length - 1]?.entity.names[context.lang];
      }
      let best: { name: string; at: number } | undefined;
      for (const claim of node.claims) {
        for (const name of claim.entities) {
          for (let at = node.text.indexOf(name); at !== -1 && at < placed.start; at = node.text.indexOf(name, at + 1)) {
            if (!best || at > best.at) best = { name, at };
          }
        }
      }
      return best?.name;
    };
    return {
      segment(node) {
        if (change?.test(node.text)) return;
        for (const placed of node.figures) {
          const { figure } = placed;
          if ((figure.kind !== 'quantity' && figure.kind !== 'money') || figure.value === undefined || !figure.unit) continue;
          const subject = subjectOf(node, placed);
          if (!subject) continue;
          const unit = (figure.currency ?? figure.unit.split(/\s+/).pop() ?? '').toLowerCase();
          const key = `${subject}\u0000${unit}`;
          const [low, high] = interval(figure, tolerance);
          const entry: Seen = { figure, node, low, high };
          const earlier = seen.get(key) ?? [];
          const conflict = earlier.find((other) => other.node !== node && (other.high < low || high < other.low) && !differentYears(years(other.node), years(node)));
          if (conflict) {
            const line = conflict.figure.line;
            context.report({
              messageId: 'differs',
              data: { subject, unit: figure.unit, value: figure.text, other: conflict.figure.text, line },
              figure,
              actual: figure.text,
              expected: `${conflict.figure.text} (line ${line})`,
            });
          }
          earlier.push(entry);
          seen.set(key, earlier);
        }
      },
    };
  },
};

/** Two sentences about different years may well give different values. */
function differentYears(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const year of a) if (!b.has(year)) return true;
  return false;
}
