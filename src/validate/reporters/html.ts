// The page an editor opens: output/<slug>/report.html. The article as it reads, every
// figure highlighted (hover or focus shows value, unit, qualifier), every finding underlined
// in its sentence and explained beside it, a summary at the top. One self-contained file:
// inline CSS, no scripts, no external resources; every piece of text is escaped.
//
// Hook for the QA stage: `renderReportHtml(article, messages, { qa: [...] })` adds one
// section per language after the article (see QaReportSection).

import { Location } from '../../article/location.js';
import { indexAt } from '../../article/spans.js';
import type { Article, Figure, Message, Severity } from '../../article/types.js';
import { LANGUAGE_NAMES, type LanguageCode } from '../../lang/codes.js';
import { intlTagOf } from '../../lang/index.js';
import type { Acknowledgement } from '../review.js';
import { textBlocks, type BlockText } from '../text.js';
import { CSS } from './html-style.js';

/** One language's QA results, added by the QA stage. */
export interface QaReportSection {
  lang: LanguageCode;
  /** Heading; defaults to the language's name. */
  title?: string;
  status?: 'pass' | 'fail' | 'pending';
  /** One line under the heading ("42 figures checked by value, 1 mismatch"). */
  summary?: string;
  /** Positioned in the language version (give `file`) or in the source. */
  messages: Message[];
  /** Findings not listed (a section lists a bounded number; `newsdesk qa` lists all). */
  more?: number;
}

/** Whether a language version goes out, and why not (the run table's `held because`). */
export interface PublicationRow {
  lang: LanguageCode;
  publishable: boolean;
  held?: string;
}

export interface ReportExtra {
  qa?: QaReportSection[];
  /** Every language of the article with its hold, so none drops out of sight. */
  publication?: PublicationRow[];
  acknowledgements?: Acknowledgement[];
  /** ISO timestamp shown in the footer; omitted when not given (reproducible output). */
  generatedAt?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const QUALIFIER_LABEL: Record<string, string> = { exact: 'exact', approx: 'approximately (≈)', min: 'at least (≥)', max: 'up to (≤)', over: 'more than (>)', under: 'less than (<)' };

interface Located {
  message: Message;
  n: number;
  start: number;
  end: number;
}

/** One formatter per language: building an Intl.NumberFormat costs more than the tooltip. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: LanguageCode): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(intlTagOf(lang), { maximumFractionDigits: 10 })));
  return format;
}

function figureTip(figure: Figure, lang: LanguageCode): string {
  const number = numberFormat(lang);
  const rows: Array<[string, string]> = [['kind', figure.kind]];
  if (figure.value !== undefined) {
    const shown = figure.decimals !== undefined ? figure.value.toFixed(Math.min(20, figure.decimals)) : String(figure.value);
    rows.push(['value', `${number.format(figure.value)}${shown !== number.format(figure.value) ? `  (${shown})` : ''}`]);
  }
  if (figure.min !== undefined || figure.max !== undefined) rows.push(['range', `${figure.min !== undefined ? number.format(figure.min) : '…'} – ${figure.max !== undefined ? number.format(figure.max) : '…'}`]);
  if (figure.date) rows.push(['date', figure.endDate ? `${figure.date} – ${figure.endDate}` : figure.date]);
  if (figure.unit) rows.push(['unit', figure.unit]);
  if (figure.currency) rows.push(['currency', figure.currency]);
  rows.push(['qualifier', QUALIFIER_LABEL[figure.qualifier] ?? figure.qualifier]);
  if (figure.decimals !== undefined) rows.push(['decimals', String(figure.decimals)]);
  if (figure.percentPoints) rows.push(['percent points', 'yes']);
  const body = rows.map(([k, v]) => `<span class="k">${escapeHtml(k)}</span><span class="v">${escapeHtml(v)}</span>`).join('');
  return `<span class="tip" role="tooltip"><span class="tip-id">${escapeHtml(figure.id)}</span>${body}</span>`;
}

/** The text of a block with figure marks, finding underlines and finding numbers. */
function renderBlockText(block: BlockText, figures: Figure[], findings: Located[], lang: LanguageCode): string {
  const view = block.view;
  const text = view.text;
  type Placed = { start: number; end: number };
  const figs = figures
    .map((figure) => ({ figure, start: view.toText(figure.span.start), end: view.toText(figure.span.end) }))
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    // Figures inside a larger figure are shown by it.
    .filter((f, i, all) => !all.slice(0, i).some((g) => g.start <= f.start && f.end <= g.end));
  const marks = findings.map((f) => ({ ...f, start: Math.max(0, view.toText(f.start)), end: Math.min(text.length, view.toText(f.end)) }));
  const cuts = new Set<number>([0, text.length]);
  for (const p of [...figs, ...marks] as Placed[]) {
    cuts.add(Math.max(0, Math.min(text.length, p.start)));
    cuts.add(Math.max(0, Math.min(text.length, p.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  let openFigure: (typeof figs)[number] | undefined;
  const emitted = new Set<(typeof marks)[number]>();
  const closeFigure = () => {
    if (!openFigure) return;
    html += `${figureTip(openFigure.figure, lang)}</mark>`;
    openFigure = undefined;
  };
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const fig = figs.find((f) => f.start <= a && b <= f.end);
    if (fig !== openFigure) {
      closeFigure();
      if (fig) {
        const f = fig.figure;
        const label = `${f.kind}${f.value !== undefined ? ` ${f.value}` : ''}${f.unit ? ` ${f.unit}` : ''}`;
        html += `<mark class="fig fig-${escapeHtml(f.kind)}" tabindex="0" aria-label="${escapeHtml(label)}">`;
        openFigure = fig;
      }
    }
    const active = marks.filter((m) => m.start <= a && b <= m.end && m.end > m.start);
    const piece = escapeHtml(text.slice(a, b)).replace(/\n/g, '<br>').replace(/\uFFFC/g, '<span class="code">▢</span>');
    if (active.length) {
      const pending = active.filter((m) => !m.message.acknowledged);
      const worst = pending.reduce<Located | undefined>((x, y) => (!x || SEVERITY_ORDER[y.message.severity] < SEVERITY_ORDER[x.message.severity] ? y : x), undefined);
      const cls = worst ? `u-${worst.message.severity}` : 'u-ack';
      html += `<span class="u ${cls}">${piece}</span>`;
    } else html += piece;
    if (fig && b === fig.end) closeFigure();
    // Finding numbers where their span ends, outside any figure mark.
    if (!openFigure) {
      for (const m of marks) {
        if (emitted.has(m) || m.end > b) continue;
        emitted.add(m);
        html += findingRef(m);
      }
    }
  }
  closeFigure();
  for (const m of marks) if (!emitted.has(m)) html += findingRef(m);
  return html;
}

function findingRef(m: Located): string {
  const cls = m.message.acknowledged ? 'ack' : m.message.severity;
  return `<a class="ref ref-${cls}" href="#m${m.n}" aria-label="finding ${m.n}">${m.n}</a>`;
}

function messageCard(m: Located, acknowledgement: Acknowledgement | undefined): string {
  const msg = m.message;
  const sev = msg.acknowledged ? 'ack' : msg.severity;
  const parts = [
    `<article class="card card-${sev}" id="m${m.n}">`,
    `<header><a class="num num-${sev}" href="#m${m.n}">${m.n}</a><span class="sev sev-${msg.severity}">${escapeHtml(msg.severity)}</span><span class="where">${msg.line}:${msg.column}</span><code class="rule">${escapeHtml(msg.ruleId)}</code></header>`,
    `<p class="msg">${escapeHtml(msg.message)}</p>`,
  ];
  if (msg.actual !== undefined || msg.expected !== undefined) {
    parts.push('<dl class="diff">');
    if (msg.actual !== undefined) parts.push(`<dt>found</dt><dd class="actual">${escapeHtml(msg.actual)}</dd>`);
    if (msg.expected !== undefined) parts.push(`<dt>expected</dt><dd class="expected">${escapeHtml(msg.expected)}</dd>`);
    parts.push('</dl>');
  }
  const chips: string[] = [];
  if (msg.fix && !msg.acknowledged) chips.push('<span class="chip chip-fix">fixable with <code>--fix</code></span>');
  if (msg.acknowledged) {
    const entry = acknowledgement?.entry;
    chips.push(`<span class="chip chip-ack">acknowledged${entry?.by ? ` by ${escapeHtml(entry.by)}` : ''}</span>`);
    if (entry) parts.push(`<p class="reason">${escapeHtml(entry.reason)}</p>`);
  }
  if (chips.length) parts.push(`<footer>${chips.join('')}</footer>`);
  parts.push('</article>');
  return parts.join('');
}

function publicationSection(rows: readonly PublicationRow[]): string {
  if (rows.length === 0) return '';
  const items = rows
    .map((row) => `<li class="${row.publishable ? 'pub-ok' : 'pub-held'}" lang="${escapeHtml(row.lang)}"><b>${escapeHtml(LANGUAGE_NAMES[row.lang])} (${escapeHtml(row.lang)})</b> ${row.publishable ? '<span class="chip chip-ack">published</span>' : `<span class="chip chip-error">held</span> ${escapeHtml(row.held ?? '')}`}</li>`)
    .join('');
  return `<section id="publication" class="qa"><h2>Publication</h2><ul class="publication">${items}</ul></section>`;
}

function qaSection(sections: QaReportSection[], slug: string): string {
  if (sections.length === 0) return '';
  const body = sections
    .map((section) => {
      const title = section.title ?? `${LANGUAGE_NAMES[section.lang]} (${section.lang})`;
      const status = section.status ? `<span class="chip chip-${section.status === 'pass' ? 'ack' : section.status === 'fail' ? 'error' : 'fix'}">${escapeHtml(section.status)}</span>` : '';
      const rows = section.messages
        .map((m) => `<li><span class="sev sev-${escapeHtml(m.severity)}">${escapeHtml(m.acknowledged ? 'acknowledged' : m.severity)}</span><span class="where">${escapeHtml(m.file ? `${m.file}:` : '')}${m.line}:${m.column}</span><span class="qa-msg">${escapeHtml(m.message)}</span><code class="rule">${escapeHtml(m.ruleId)}</code></li>`)
        .join('');
      const more = section.more ? `<li class="qa-more">… ${section.more.toLocaleString('en')} more finding${section.more === 1 ? '' : 's'} not listed here: <code>newsdesk qa ${escapeHtml(slug)} --lang ${escapeHtml(section.lang)}</code> lists every one</li>` : '';
      const cls = `qa-lang qa-${escapeHtml(section.status ?? 'pending')}${rows ? ' qa-open' : ''}`;
      return `<section class="${cls}" lang="${escapeHtml(section.lang)}"><h3><span>${escapeHtml(title)}</span>${status}</h3>${section.summary ? `<p class="qa-sum">${escapeHtml(section.summary)}</p>` : ''}${rows ? `<ul>${rows}${more}</ul>` : ''}</section>`;
    })
    .join('');
  return `<section id="qa" class="qa"><h2>Translations</h2><div class="qa-grid">${body}</div></section>`;
}

export function renderReportHtml(article: Article, messages: readonly Message[], extra: ReportExtra = {}): string {
  const lang = article.frontmatter.lang;
  const location = new Location(article.source);
  const blocks = textBlocks(article.tree, article.source);
  const sorted = [...messages].sort((a, b) => (a.file === b.file ? 0 : a.file === article.path ? -1 : 1) || a.line - b.line || a.column - b.column);
  const located: Located[] = sorted.map((message, i) => ({
    message,
    n: i + 1,
    start: location.toOffset(message.line, message.column),
    end: location.toOffset(message.endLine, message.endColumn),
  }));
  const inArticle = (m: Located) => m.message.file === undefined || m.message.file === article.path;
  const blockOf = (offset: number) => indexAt(blocks, offset, (b) => b.view.span);
  const perBlock = new Map<number, Located[]>();
  const elsewhere: Located[] = [];
  for (const m of located) {
    const index = inArticle(m) ? blockOf(m.start) : -1;
    if (index === -1) elsewhere.push(m);
    else {
      const list = perBlock.get(index);
      if (list) list.push(m);
      else perBlock.set(index, [m]);
    }
  }
  // Figures by the block they start in, in one pass (not every figure for every block).
  const figuresPerBlock = new Map<number, Figure[]>();
  for (const figure of article.figures) {
    const index = indexAt(blocks, figure.span.start, (b) => b.view.span);
    if (index === -1 || figure.span.start >= blocks[index]!.view.span.end) continue;
    const list = figuresPerBlock.get(index);
    if (list) list.push(figure);
    else figuresPerBlock.set(index, [figure]);
  }
  const ackOf = (message: Message) => extra.acknowledgements?.find((a) => a.messages.includes(message));

  const open = messages.filter((m) => !m.acknowledged);
  const count = (s: Severity) => open.filter((m) => m.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  const acknowledged = messages.length - open.length;
  const verdict = errors > 0 ? ['blocked', `Blocked: ${errors} error${errors === 1 ? '' : 's'} to resolve`] : open.length > 0 ? ['review', 'Publishable after review'] : ['clear', 'No open findings'];
  const byRule = new Map<string, number>();
  for (const m of open) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
  const ruleChips = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, n]) => `<span class="chip"><code>${escapeHtml(rule)}</code> ${n}</span>`).join('');

  const fm = article.frontmatter;
  const meta = [article.path, `${LANGUAGE_NAMES[lang]} (${lang})`, fm.date, fm.section, fm.category, fm.sourceLine, ...Object.entries(fm.credits).map(([role, name]) => (name ? `${role}: ${name}` : undefined))].filter((x): x is string => Boolean(x));

  const index = located
    .map((m) => {
      const sev = m.message.acknowledged ? 'ack' : m.message.severity;
      return `<tr class="row-${sev}"><td><a class="num num-${sev}" href="#m${m.n}">${m.n}</a></td><td class="where">${escapeHtml(inArticle(m) ? '' : `${m.message.file ?? ''}:`)}${m.message.line}:${m.message.column}</td><td><span class="sev sev-${m.message.severity}">${m.message.acknowledged ? 'acknowledged' : escapeHtml(m.message.severity)}</span></td><td>${escapeHtml(m.message.message)}</td><td><code class="rule">${escapeHtml(m.message.ruleId)}</code></td></tr>`;
    })
    .join('');

  const rows = blocks
    .map((block, i) => {
      const notes = perBlock.get(i) ?? [];
      const span = block.view.span;
      const figures = figuresPerBlock.get(i) ?? [];
      const body = renderBlockText(block, figures, notes, lang);
      const line = location.toPoint(span.start).line;
      const node = block.node;
      const tag = node.type === 'heading' ? `h${Math.min(6, node.depth + 1)}` : 'p';
      const cls = `text text-${block.type}${notes.some((n) => !n.message.acknowledged && n.message.severity === 'error') ? ' has-error' : notes.some((n) => !n.message.acknowledged) ? ' has-warning' : ''}`;
      return `<div class="row"><div class="ln" aria-hidden="true">${line}</div><${tag} class="${cls}">${body}</${tag}><aside class="notes">${notes.map((n) => messageCard(n, ackOf(n.message))).join('')}</aside></div>`;
    })
    .join('\n');

  const other = elsewhere.length ? `<section class="other"><h2>Other findings</h2><div class="cards">${elsewhere.map((n) => messageCard(n, ackOf(n.message))).join('')}</div></section>` : '';
  const figureKinds = new Map<string, number>();
  for (const f of article.figures) figureKinds.set(f.kind, (figureKinds.get(f.kind) ?? 0) + 1);
  const legend = [...figureKinds].map(([kind, n]) => `<span class="legend"><mark class="fig fig-${escapeHtml(kind)}">${escapeHtml(kind)}</mark> ${n}</span>`).join('');

  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Validation · ${escapeHtml(fm.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">
<p class="kicker">newsdesk · validation report</p>
<h1>${escapeHtml(fm.title)}</h1>
<p class="meta">${meta.map(escapeHtml).join('<span class="dot">·</span>')}</p>
<div class="summary">
<div class="verdict verdict-${verdict[0]}">${escapeHtml(verdict[1]!)}</div>
<div class="counts">
<div class="count c-error"><b>${errors}</b><span>error${errors === 1 ? '' : 's'}</span></div>
<div class="count c-warning"><b>${warnings}</b><span>warning${warnings === 1 ? '' : 's'}</span></div>
${infos ? `<div class="count c-info"><b>${infos}</b><span>info</span></div>` : ''}
<div class="count c-ack"><b>${acknowledged}</b><span>acknowledged</span></div>
<div class="count c-fig"><b>${article.figures.length}</b><span>figures</span></div>
<div class="count c-seg"><b>${article.segments.length}</b><span>sentences</span></div>
${extra.publication?.length ? `<a class="count c-held" href="#publication"><b>${extra.publication.filter((p) => !p.publishable).length}/${extra.publication.length}</b><span>languages held: ${escapeHtml(extra.publication.filter((p) => !p.publishable).map((p) => p.lang).join(', ') || 'none')}</span></a>` : ''}
${extra.qa?.length ? `<a class="count c-qa" href="#qa"><b>${extra.qa.filter((q) => q.status === 'pass').length}/${extra.qa.length}</b><span>languages pass QA</span></a>` : ''}
</div>
${ruleChips ? `<div class="rules">${ruleChips}</div>` : ''}
</div>
${located.length ? `<details class="index" open><summary>All findings</summary><table>${index}</table></details>` : ''}
</header>
<main>
<div class="legendbar">${legend ? `Figures: ${legend}` : 'No figures were extracted.'}<span class="hint">Hover or focus a figure to see how it was read.</span></div>
${rows}
${other}
${publicationSection(extra.publication ?? [])}
${qaSection(extra.qa ?? [], article.slug)}
</main>
<footer class="foot">newsdesk validate${extra.generatedAt ? ` · ${escapeHtml(extra.generatedAt)}` : ''} · ${escapeHtml(article.digest.slice(0, 12))}</footer>
</body>
</html>
`;
}
