// qa/raw-html: the translation carries no raw HTML the source does not have. Markup travels
// as numbered tags (`<1>…</1>`); a `<script>`, an `<img onerror=…>` or an `<iframe>` typed or
// pasted into a locale file (or answered by an engine) would be handed to every markdown
// consumer of the version, and spread by the translation memory to other articles.

import { rawHtmlIn } from '../../localize/index.js';
import type { QaCheck } from '../types.js';

export const check: QaCheck = {
  meta: {
    id: 'qa/raw-html',
    type: 'problem',
    description: 'no raw HTML in the translation that the source does not have',
    docs: 'Looks at the raw locale value for an HTML element, comment or doctype that is not one of the numbered tags (`<1>`, `</1>`, `<2/>`). Inline markup is written with the numbered tags of the source; raw HTML is refused, since the markdown versions would carry it to a site or CMS.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const raw = context.unit.target.raw;
    const found = rawHtmlIn(raw);
    if (found === undefined || rawHtmlIn(context.unit.source.raw) !== undefined) return;
    const start = raw.indexOf(found);
    context.report({ raw: true, start, end: start + found.length, message: `raw HTML \`${found}\` in the translation: inline markup is written with the source's numbered tags`, actual: found });
  },
};
