// A page's language switcher: the languages it lists (hreflang links, else a list whose
// items are all language names, else <link rel="alternate" hreflang>), and its elements, so
// that the switcher is not read as article text.

import type { LanguageCode } from '../../../lang/codes.js';
import { languageOfName, readLanguageBar } from '../meta.js';
import { normaliseLanguageTag } from './tags.js';
import { textOf } from './dom.js';

export interface Switcher {
  languages: LanguageCode[];
  elements: Element[];
}

export function readSwitcher(document: Document): Switcher {
  const links = [...document.querySelectorAll('a[hreflang]')];
  const codes = [...new Set(links.map((link) => normaliseLanguageTag(link.getAttribute('hreflang') ?? undefined)).filter((code): code is LanguageCode => code !== undefined))];
  if (codes.length >= 2) {
    const elements = links.map((link) => link.closest('ul, ol, nav, [class*="lang" i]') ?? link);
    return { languages: codes, elements: [...new Set(elements)] };
  }
  for (const list of document.querySelectorAll('ul, ol, select, div, p')) {
    const items = [...list.children].filter((child) => /^(?:li|option|a|span)$/u.test(child.localName));
    if (items.length >= 3) {
      const named = items.map((item) => languageOfName(textOf(item))).filter((code): code is LanguageCode => code !== undefined);
      if (named.length === items.length) return { languages: [...new Set(named)], elements: [list] };
    }
    if (items.length === 0 && list.children.length === 0) {
      const bar = readLanguageBar(textOf(list));
      if (bar) return { languages: bar, elements: [list] };
    }
  }
  const alternates = [...document.querySelectorAll('link[rel~="alternate"][hreflang]')]
    .map((link) => normaliseLanguageTag(link.getAttribute('hreflang') ?? undefined))
    .filter((code): code is LanguageCode => code !== undefined);
  return { languages: [...new Set(alternates)], elements: [] };
}
