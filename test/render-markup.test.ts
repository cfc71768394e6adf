// Numbered inline tags back to mdast: the source's nodes, the translator's order.

import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkup, stripTags, tagNumbers, type Tag } from '../src/localize/markup.js';

const tags = new Map<number, Tag>([
  [1, { kind: 'pair', node: { type: 'emphasis', children: [] } }],
  [2, { kind: 'pair', node: { type: 'link', url: 'https://example.org/', title: null, children: [] } }],
  [3, { kind: 'pair', node: { type: 'inlineCode', value: '' } }],
  [4, { kind: 'void', node: { type: 'break' } }],
]);

describe('parseMarkup', () => {
  it('rebuilds emphasis, links with their source URL, inline code and voids, in the translated order', () => {
    const parsed = parseMarkup('See <2>the <1>new</1> report</2> with <3>npm test</3>.<4/>End', tags);
    expect(parsed.problems).toEqual([]);
    expect(parsed.used).toEqual([2, 1, 3, 4]);
    const expected: PhrasingContent[] = [
      { type: 'text', value: 'See ' },
      { type: 'link', url: 'https://example.org/', title: null, children: [{ type: 'text', value: 'the ' }, { type: 'emphasis', children: [{ type: 'text', value: 'new' }] }, { type: 'text', value: ' report' }] },
      { type: 'text', value: ' with ' },
      { type: 'inlineCode', value: 'npm test' },
      { type: 'text', value: '.' },
      { type: 'break' },
      { type: 'text', value: 'End' },
    ];
    expect(parsed.nodes).toEqual(expected);
  });

  it('reports unknown tags, wrong nesting and unclosed tags', () => {
    expect(parseMarkup('a <7>b</7>', tags).problems).toEqual(['unknown tag `<7>`', 'unknown tag `</7>`']);
    expect(parseMarkup('<1>a <2>b</1> c</2>', tags).problems).toContain('`</1>` closes a tag that is not open');
    expect(parseMarkup('<1>a', tags).problems).toEqual(['tag <1> is not closed']);
    expect(parseMarkup('<4>a</4>', tags).problems[0]).toMatch(/stands alone/);
    expect(parseMarkup('<1/>', tags).problems[0]).toMatch(/wraps text/);
  });

  it('lists and strips tags', () => {
    expect(tagNumbers('<2>a</2> <1>b</1> <4/>')).toEqual([1, 2, 4]);
    expect(stripTags('<2>a</2> <1>b</1><4/>')).toBe('a b');
  });
});
