// The run summary's table built a row at a time (a long run keeps rows, not results): the
// same text as the whole-table formatter, whatever the cells hold.

import { describe, expect, it } from 'vitest';
import { formatTable, TableBuilder } from '../src/pipeline/table.js';

describe('TableBuilder', () => {
  const header = ['article', 'lang', 'segments', 'held because'];

  it('lays out rows added one at a time as a table of all of them: widths, wide characters, right-aligned numbers', () => {
    const table = new TableBuilder(header);
    table.add(['ki-stadt', 'de', '12', '']);
    table.add(['北京数据中心', 'zh', '7', 'QA found errors']);
    table.add(['x', 'en', '1234', '1 missing key in locales/en/x.json (s1)']);
    expect(table.size).toBe(3);
    expect(table.format()).toBe(
      [
        'article       lang  segments  held because',
        '────────────  ────  ────────  ───────────────────────────────────────',
        'ki-stadt      de          12',
        '北京数据中心  zh           7  QA found errors',
        'x             en        1234  1 missing key in locales/en/x.json (s1)',
        '',
      ].join('\n'),
    );
  });

  it('keeps any text of a cell as it was: colons, digits, NUL, newlines, empty cells', () => {
    const rows = [
      ['3:ab', 'de', '', '12:x\u0000y'],
      ['', '', '5', 'a\nb: 7:c'],
      ['short'],
    ];
    const table = new TableBuilder(header);
    for (const row of rows) table.add(row);
    expect(table.format()).toBe(formatTable(header, rows));
    expect(table.format()).toContain('12:x\u0000y');
  });

  it('turns a column left-aligned once one of its cells is not a number, and an empty table into its header', () => {
    const table = new TableBuilder(header);
    expect(table.format()).toBe(formatTable(header, []));
    table.add(['a', 'de', '10', '']);
    table.add(['b', 'de', 'n/a', '']);
    expect(table.format()).toBe(formatTable(header, [['a', 'de', '10', ''], ['b', 'de', 'n/a', '']]));
    expect(table.format().split('\n')[2]).toBe('a        de    10');
  });
});
