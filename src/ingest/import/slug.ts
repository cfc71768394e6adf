// Slugs for imported articles: from --slug, from a meaningful file name
// ("ki-stadt-2024-08-02.de.txt" → "ki-stadt"), or from the title.

import { isLanguageCode } from '../../lang/codes.js';

const GENERIC_NAMES = new Set(['index', 'page', 'article', 'default', 'story', 'news', 'post', 'content', 'download', 'stdin', '-']);

/** Lower-case ASCII words joined by hyphens; German umlauts spelled out, other marks dropped. */
export function slugify(text: string, maxLength = 60): string {
  const ascii = text
    .replace(/[ÄäÖöÜü]/gu, (char) => ({ Ä: 'Ae', ä: 'ae', Ö: 'Oe', ö: 'oe', Ü: 'Ue', ü: 'ue' })[char] ?? char)
    .replace(/ß/gu, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/u).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug;
}

/** The slug a file name suggests, or undefined for names such as "index.html" or "page.txt". */
export function slugFromFileName(name: string): string | undefined {
  let base = name.replace(/^.*[\\/]/u, '').replace(/\.(?:txt|text|html?|xhtml)$/iu, '');
  const lang = /\.([a-z]{2})$/iu.exec(base);
  if (lang && isLanguageCode(lang[1]!.toLowerCase())) base = base.slice(0, -3);
  base = base.replace(/[-_.]?\d{4}-\d{2}-\d{2}$/u, '');
  const slug = slugify(base);
  return slug && !GENERIC_NAMES.has(slug) ? slug : undefined;
}

/** A valid folder name for content/: lower-case letters, digits and single hyphens. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug) && slug.length <= 80;
}
