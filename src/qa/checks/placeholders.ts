// qa/placeholders: the translation has exactly the source's figure placeholders — each
// `{{fN, figure}}` once, none dropped, none invented, none miswritten. A dropped placeholder
// is a dropped figure; `{{f1}}` prints "[object Object]"; `{{f9, figure}}` has no value.

import { FIGURE_PLACEHOLDER } from '../text.js';
import type { QaCheck } from '../types.js';

const PLACEHOLDER = /\{\{(.*?)\}\}/g;

interface Placeholder {
  id: string | undefined;
  text: string;
  start: number;
  end: number;
}

function placeholdersOf(raw: string): Placeholder[] {
  return [...raw.matchAll(PLACEHOLDER)].map((match) => ({ id: FIGURE_PLACEHOLDER.exec(match[1] ?? '')?.[1], text: match[0], start: match.index, end: match.index + match[0].length }));
}

export const check: QaCheck = {
  meta: {
    id: 'qa/placeholders',
    type: 'problem',
    description: 'figure placeholders are the source’s, each exactly once',
    docs: 'Compares the raw locale values: the translation must have the same `{{fN, figure}}` placeholders as the source value, each once. Reports a missing, unknown, repeated or miswritten placeholder, and stray `{{` or `}}`.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const source = placeholdersOf(context.unit.source.raw);
    const target = placeholdersOf(context.unit.target.raw);
    const raw = context.unit.target.raw;
    const expected = new Map<string, number>();
    for (const p of source) if (p.id) expected.set(p.id, (expected.get(p.id) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const p of target) {
      if (!p.id) {
        context.report({ raw: true, start: p.start, end: p.end, message: `\`${p.text}\` is not a figure placeholder: write {{fN, figure}}`, actual: p.text });
        continue;
      }
      if (!expected.has(p.id)) {
        context.report({ raw: true, start: p.start, end: p.end, message: `{{${p.id}, figure}} is not a figure of the source sentence`, actual: p.text, expected: [...expected.keys()].map((id) => `{{${id}, figure}}`).join(' ') || 'no placeholder' });
        continue;
      }
      const count = (seen.get(p.id) ?? 0) + 1;
      seen.set(p.id, count);
      if (count > (expected.get(p.id) ?? 0)) context.report({ raw: true, start: p.start, end: p.end, message: `{{${p.id}, figure}} is used ${count} times; the source uses it ${expected.get(p.id)} time${expected.get(p.id) === 1 ? '' : 's'}`, actual: p.text });
    }
    for (const [id, count] of expected) {
      if ((seen.get(id) ?? 0) >= count) continue;
      const written = source.find((p) => p.id === id);
      const figure = written ? context.unit.source.text.slice(sourceTextOffset(context.unit.source, written.start), sourceTextOffset(context.unit.source, written.end)) : '';
      context.report({ raw: true, start: raw.length, end: raw.length, message: `the placeholder {{${id}, figure}}${figure ? ` (\`${figure}\` in the source)` : ''} is missing`, expected: `{{${id}, figure}}` });
    }
    // Braces that are no placeholder: a half-deleted `{{f1, figure}` prints as text.
    const rest = raw.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
    for (const match of rest.matchAll(/\{\{|\}\}/g)) {
      context.report({ raw: true, start: match.index, end: match.index + match[0].length, message: `stray \`${match[0]}\`: a figure placeholder is written {{fN, figure}}`, actual: match[0] });
    }
  },
};

/** The offset in the rendered source text where a raw offset of the source value lands. */
function sourceTextOffset(text: { text: string; toRaw(offset: number, edge?: 'start' | 'end'): number }, rawOffset: number): number {
  for (let i = 0; i <= text.text.length; i++) if (text.toRaw(i, 'start') >= rawOffset) return i;
  return text.text.length;
}
