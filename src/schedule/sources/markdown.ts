// Remote items become ordinary articles: markdown with front matter (title, lang, date, the
// source URL), written as content/<job>/<slug>/index.md, so the rest of the pipeline never
// knows whether an editor or a feed wrote them.

import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';

export interface RemoteArticle {
  title: string;
  lang: LanguageCode;
  /** YYYY-MM-DD as published, when known. */
  date?: string;
  /** Markdown body (without the title heading). */
  body: string;
  sourceUrl?: string;
}

export function articleMarkdown(article: RemoteArticle): string {
  const front: Record<string, string> = { title: article.title, lang: article.lang };
  if (article.date) front.date = article.date;
  return withFrontMatter(front, `# ${escapeInline(article.title)}\n\n${article.body.trim()}\n`, article.sourceUrl);
}

/** Front matter (plus `source: URL`, passed on by ingest as an extra key) and a body. */
export function withFrontMatter(frontmatter: Record<string, unknown>, body: string, sourceUrl?: string): string {
  const front = sourceUrl ? { ...frontmatter, source: sourceUrl } : frontmatter;
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

/** `en-GB` → `en`; undefined when not a language of the product. */
export function languageOf(tag: string | undefined | null): LanguageCode | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLanguageCode(primary) ? primary : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The calendar day of a feed date as written (RFC 822 or ISO 8601), not shifted to UTC. */
export function dayOf(value: string | undefined | null): string | undefined {
  const text = (value ?? '').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(text);
  let day: string | undefined;
  if (iso) day = `${iso[1]}-${iso[2]}-${iso[3]}`;
  else if (rfc) {
    const month = MONTHS.indexOf((rfc[2] ?? '').toLowerCase());
    if (month >= 0) day = `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${(rfc[1] ?? '').padStart(2, '0')}`;
  }
  if (!day) return undefined;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : undefined;
}

/** A folder name from a title: ASCII letters and digits, or a digest of the key for scripts without them. */
export function slugify(title: string, key: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return ascii.length >= 3 ? ascii : `item-${shortHash(key)}`;
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** Escape what would turn plain text into markup at the start of a line or inline. */
export function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function escapeBlockStart(line: string): string {
  return line.replace(/^(\s*)(#{1,6}\s|[-+*]\s|\d+[.)]\s|>|={3,}|-{3,})/, '$1\\$2');
}
