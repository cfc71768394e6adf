// qa/quote-marks: the translation quotes with its own language's marks („…“ de, « … » fr,
// “…” en, «…» ru and el, 「…」 ja, “…” zh …: src/lang/<code>/qa.ts), not with the source's:
// German „…“ copied into a French text is the typical engine slip.

import { qaLanguage } from '../language.js';
import type { QaCheck, QaLanguage } from '../types.js';

/** Characters that are quotation marks somewhere; ’ and ' are apostrophes first and never reported. */
const QUOTE_MARKS = new Set(['„', '“', '”', '‚', '‘', '«', '»', '‹', '›', '「', '」', '『', '』', '"', '〝', '〞', '＂']);

type Quotes = QaLanguage['quotes'];

/** The marks a language allows and how its quotes are written, per language's quotes data (made once). */
const marks = new WeakMap<Quotes, { allowed: ReadonlySet<string>; expected: string }>();

function marksOf(quotes: Quotes): { allowed: ReadonlySet<string>; expected: string } {
  let known = marks.get(quotes);
  if (!known) {
    const allowed = new Set<string>([...quotes.primary, ...(quotes.nested ?? []), ...(quotes.others ?? []).flat()]);
    if (quotes.straight) allowed.add('"');
    const expected = `${quotes.primary[0]}…${quotes.primary[1]}${quotes.nested ? ` (inside: ${quotes.nested[0]}…${quotes.nested[1]})` : ''}`;
    marks.set(quotes, (known = { allowed, expected }));
  }
  return known;
}

export const check: QaCheck = {
  meta: {
    id: 'qa/quote-marks',
    type: 'suggestion',
    description: 'quotation marks are those of the target language',
    docs: 'Reports each quotation mark the target language does not use (its primary and nested pairs and the other pairs its writers use are accepted; straight quotes where the language accepts them), once per mark and sentence, with the language’s marks as the expected form.',
    defaultSeverity: 'warning',
    messages: {},
    schema: {},
  },
  check(context) {
    const target = context.unit.target;
    const { allowed, expected } = marksOf(qaLanguage(target.lang).quotes);
    const reported = new Set<string>();
    const text = target.text;
    for (let i = 0; i < text.length; i++) {
      const mark = text[i]!;
      if (!QUOTE_MARKS.has(mark) || allowed.has(mark) || reported.has(mark)) continue;
      reported.add(mark);
      context.report({ start: i, end: i + 1, message: `${mark} is not a quotation mark of ${target.lang}: write ${expected}`, actual: mark, expected });
    }
  },
};
