// qa/tags: the translation has the source's inline tags with the same structure — every
// `<n>…</n>` and `<n/>` once, paired tags around text, nesting as in the source (`<2>` inside
// `<1>` stays inside). Order may change: a translator moves an emphasis with its words.

import type { QaCheck, QaReport } from '../types.js';

const TAG = /<(\d+)\/>|<(\d+)>|<\/(\d+)>/g;

interface TagInfo {
  kind: 'pair' | 'void';
  parent: number;
  /** Text between the opening and closing tag (tags removed), for pairs. */
  content: string;
  start: number;
  end: number;
}

interface Structure {
  tags: Map<number, TagInfo>;
  problems: Array<Omit<QaReport, 'raw'>>;
}

function structureOf(raw: string): Structure {
  const tags = new Map<number, TagInfo>();
  const problems: Structure['problems'] = [];
  const stack: Array<{ number: number; start: number; contentStart: number }> = [];
  const add = (number: number, info: TagInfo, at: [number, number]) => {
    if (tags.has(number)) problems.push({ start: at[0], end: at[1], message: `tag ${number} is used twice`, actual: raw.slice(at[0], at[1]) });
    else tags.set(number, info);
  };
  for (const match of raw.matchAll(TAG)) {
    const [whole, single, open, close] = match;
    const start = match.index;
    const end = start + whole.length;
    const parent = stack[stack.length - 1]?.number ?? 0;
    if (single !== undefined) add(Number(single), { kind: 'void', parent, content: '', start, end }, [start, end]);
    else if (open !== undefined) stack.push({ number: Number(open), start, contentStart: end });
    else {
      const number = Number(close);
      const top = stack[stack.length - 1];
      if (!top || top.number !== number) {
        const inner = stack.findIndex((frame) => frame.number === number);
        problems.push({ start, end, message: inner === -1 ? `\`${whole}\` closes a tag that is not open` : `\`${whole}\` closes <${number}> before <${top?.number}> is closed (tags cross)`, actual: whole });
        if (inner === -1) continue;
        stack.length = inner + 1;
      }
      const frame = stack.pop()!;
      add(number, { kind: 'pair', parent: stack[stack.length - 1]?.number ?? 0, content: raw.slice(frame.contentStart, start).replace(TAG, '').trim(), start: frame.start, end }, [frame.start, end]);
    }
  }
  for (const frame of stack) {
    problems.push({ start: frame.start, end: frame.contentStart, message: `<${frame.number}> is never closed`, actual: `<${frame.number}>` });
    if (!tags.has(frame.number)) tags.set(frame.number, { kind: 'pair', parent: 0, content: raw.slice(frame.contentStart).replace(TAG, '').trim(), start: frame.start, end: frame.contentStart });
  }
  return { tags, problems };
}

const shape = (number: number, info: TagInfo) => (info.kind === 'void' ? `<${number}/>` : `<${number}>…</${number}>`);

export const check: QaCheck = {
  meta: {
    id: 'qa/tags',
    type: 'problem',
    description: 'inline tags are the source’s, with the same structure',
    docs: 'Compares the raw locale values: every numbered tag of the source (`<1>…</1>` for emphasis, links and code; `<2/>` for breaks and images) must be in the translation once, paired or self-closing as in the source, nested in the same parent, and a paired tag must still wrap text. Tags may move within the sentence.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const raw = context.unit.target.raw;
    const source = structureOf(context.unit.source.raw);
    const target = structureOf(raw);
    for (const problem of target.problems) context.report({ ...problem, raw: true });
    for (const [number, info] of target.tags) {
      const expected = source.tags.get(number);
      const at = { raw: true as const, start: info.start, end: info.end, actual: raw.slice(info.start, info.end) };
      if (!expected) {
        context.report({ ...at, message: `tag ${number} is not in the source`, expected: [...source.tags].map(([n, i]) => shape(n, i)).join(' ') || 'no tags' });
        continue;
      }
      if (expected.kind !== info.kind) {
        context.report({ ...at, message: expected.kind === 'void' ? `<${number}/> stands alone in the source: it wraps no text` : `<${number}> wraps text in the source: write <${number}>…</${number}>`, expected: shape(number, expected) });
        continue;
      }
      if (expected.parent !== info.parent) {
        const where = (parent: number) => (parent === 0 ? 'at the top level' : `inside <${parent}>`);
        context.report({ ...at, message: `<${number}> is ${where(info.parent)}; in the source it is ${where(expected.parent)}`, expected: where(expected.parent) });
      }
      if (info.kind === 'pair' && info.content === '' && expected.content !== '') {
        context.report({ ...at, message: `<${number}>…</${number}> wraps no text; in the source it wraps “${expected.content}”`, expected: `<${number}>…</${number}> around the translation of “${expected.content}”` });
      }
    }
    for (const [number, info] of source.tags) {
      if (target.tags.has(number)) continue;
      context.report({ raw: true, start: raw.length, end: raw.length, message: `tag ${shape(number, info)} of the source is missing${info.content ? ` (around “${info.content}”)` : ''}`, expected: shape(number, info) });
    }
  },
};
