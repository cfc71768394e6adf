// Does a translation carry exactly the source's figures and tags? Every `{{fN, figure}}` of
// the source once, no other placeholder; every tag of the source once, paired tags properly
// nested, self-closing ones self-closing; inline code unchanged. Used before a human value
// is accepted from XLIFF or marked reviewed (the engines have their own check in tokens.ts).

const TOKEN = /\{\{([^{}]*)\}\}|<(\/?)(\d+)(\/?)>/g;
const FIGURE = /^\s*(f\d+)\s*,\s*figure\s*$/;

interface Scan {
  figures: string[];
  badPlaceholders: string[];
  pairs: string[];
  voids: string[];
  /** Content of each paired tag, by number (for inline code). */
  content: Map<string, string>;
  problems: string[];
}

function scan(value: string): Scan {
  const out: Scan = { figures: [], badPlaceholders: [], pairs: [], voids: [], content: new Map(), problems: [] };
  const open: Array<{ number: string; start: number }> = [];
  for (const match of value.matchAll(TOKEN)) {
    const [whole, placeholder, slash, number, selfClosing] = match;
    if (placeholder !== undefined) {
      const id = FIGURE.exec(placeholder)?.[1];
      if (id) out.figures.push(id);
      else out.badPlaceholders.push(whole);
    } else if (selfClosing) out.voids.push(number!);
    else if (slash) {
      const top = open.pop();
      if (!top || top.number !== number) {
        out.problems.push(`\`${whole}\` closes a tag that is not open`);
        if (top) open.push(top);
      } else out.content.set(number!, value.slice(top.start, match.index));
    } else {
      out.pairs.push(number!);
      open.push({ number: number!, start: match.index + whole.length });
    }
  }
  for (const frame of open) out.problems.push(`tag <${frame.number}> is not closed`);
  return out;
}

function multisetDiff(expected: readonly string[], actual: readonly string[]): { missing: string[]; extra: string[] } {
  const counts = new Map<string, number>();
  for (const item of expected) counts.set(item, (counts.get(item) ?? 0) + 1);
  const extra: string[] = [];
  for (const item of actual) {
    const n = counts.get(item) ?? 0;
    if (n > 0) counts.set(item, n - 1);
    else extra.push(item);
  }
  const missing = [...counts].flatMap(([item, n]) => Array.from({ length: n }, () => item));
  return { missing, extra };
}

/** Problems of `value` as a translation of `source`; empty when figures and tags match. */
export function markupProblems(source: string, value: string, keep: readonly string[] = []): string[] {
  const s = scan(source);
  const v = scan(value);
  const problems = [...v.problems];
  for (const bad of v.badPlaceholders) problems.push(`\`${bad}\` is not a figure placeholder of the source`);
  const figures = multisetDiff(s.figures, v.figures);
  for (const id of figures.missing) problems.push(`the figure {{${id}, figure}} is missing`);
  for (const id of figures.extra) problems.push(`{{${id}, figure}} ${s.figures.includes(id) ? 'appears more often than in the source' : 'is not a figure of the source sentence'}`);
  const pairs = multisetDiff(s.pairs, v.pairs);
  const voids = multisetDiff(s.voids, v.voids);
  for (const n of pairs.missing) if (!voids.extra.includes(n)) problems.push(`the tag <${n}>…</${n}> is missing`);
  for (const n of pairs.extra) problems.push(s.voids.includes(n) ? `<${n}> stands alone in the source: write <${n}/>` : `the tag <${n}> is not in the source`);
  for (const n of voids.missing) if (!pairs.extra.includes(n)) problems.push(`the tag <${n}/> is missing`);
  for (const n of voids.extra) problems.push(s.pairs.includes(n) ? `<${n}> wraps text in the source: write <${n}>…</${n}>` : `the tag <${n}/> is not in the source`);
  for (const n of keep) {
    const expected = s.content.get(n);
    const actual = v.content.get(n);
    if (expected !== undefined && actual !== undefined && expected !== actual) problems.push(`the code in <${n}> must stay \`${expected}\` (found \`${actual}\`)`);
  }
  return problems;
}
