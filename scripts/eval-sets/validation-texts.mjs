#!/usr/bin/env node
// Builds eval/validation-texts/<lang>/<id>.md: real, professionally edited news articles, whole, as
// published (see eval/validation-texts/README.md).
//
//   node scripts/eval-sets/validation-texts.mjs --trafilatura DIR [--out DIR] [--check]
//
//   --trafilatura DIR  adbar/trafilatura (checkout or bare git dir): news pages in tests/eval/*.html
//
// Not the WMT 2021/2022 test sets (nor NTREX-128): those are kept for independent checks of newsdesk.
//   --check            build in memory and compare with the files in --out instead of writing them
//
// Uses only Node and the packages newsdesk already depends on (linkedom, @mozilla/readability).

import { BuildError, differsFrom, fail, runCli, writeAtomic } from './common.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * News pages of trafilatura's evaluation set. `date` when the page states none in its metadata;
 * `cut` drops the extracted text from the first line that starts with one of these strings (page
 * furniture after the article: share boxes, "read more", newsletters); `drop` removes the lines that
 * start with one of these (that equal one of them with `exact`): bylines, photo captions, embedded
 * posts, "continued after the advertisement"; `title` replaces a page title that carries the site's
 * name.
 */
const PAGES = [
  { file: 'lastampa.it.temperature.html', lang: 'it', title: 'Perturbazione polare al Centro e al Sud. Il Nord, scavalcato, mantiene temperature alte' },
  { file: 'vegolosi.it.climate.html', lang: 'it', title: 'Il Climate Clock ha iniziato a scorrere: sette anni è il tempo che ci rimane per agire', drop: ['Home →', 'Tempo di lettura:', 'Pubblicato il:'] },
  { file: 'brasil247.com-militares.html', lang: 'pt', cut: ['Assine o 247'], drop: ['CONTINUA DEPOIS DA PUBLICIDADE'] },
  { file: 'campograndenews.com.br-adolescente.html', lang: 'pt', drop: ['Luana Yasmin Gonçalves da Silva. (Foto:'] },
  { file: 'correio24horas.com.br-PMS.html', lang: 'pt' },
  { file: 'correiobraziliense.com.br-poderes.html', lang: 'pt', drop: ['Luana Patriolino', 'Raphael Felice', 'postado em ', '(crédito:'] },
  { file: 'gazetadopovo.com.br-pacheco.html', lang: 'pt', drop: ['Veja Também:', 'STF afasta imunidade parlamentar de Kajuru', 'Militares atuarão para que processo eleitoral', 'PGR pede a Moraes para manter tornozeleira'] },
  { file: 'clarin.com-albertofernandez.html', lang: 'es', drop: ['DS'], exact: true },
  { file: 'elpais.com.ciencia.html', lang: 'es', cut: ['Puede escribirnos a '], drop: ['#Antártida | Nuevo récord', 'Este mediodía la Base #Esperanza'] },
  { file: 'infobae.com-ucrania.html', lang: 'es', cut: ['Seguir leyendo:'], drop: ['Dmitry Muratov, periodista ruso y Premio Nobel de la Paz (REUTERS'] },
  { file: 'lanacion.com.ar-jugada.html', lang: 'es', drop: ['Un plenario de comisiones dictaminó hoy la regulación del cannabis medicinal.', 'La presidenta de la comisión de Legislación General, Cecilia Moreau.'] },
  { file: 'ambito.com-paritarias.html', lang: 'es', drop: ['Rodolfo Daer.'], exact: true },
  { file: 'nacion.com-hacienda.html', lang: 'es', drop: ['[ '] },
  { file: 'badische-zeitung.de-Wohnungssuche.html', lang: 'de' },
  { file: 'automobilwoche.de-VW-Betriebsversammlung.html', lang: 'de' },
  { file: 'Osthessen-news.de-Buergermeisterwahl.html', lang: 'de' },
  { file: 'Tageswoche.ch-weg.html', lang: 'de', title: 'Wir sind dann mal weg (und dieser Titel muss auch weg! Oder?)' },
  { file: 'Ostbelgiendirekt.be-ARD-Doku.html', lang: 'de' },
  { file: 'auto.oe24.at-golfchina.html', lang: 'de' },
  { file: 'bmfsfj.de-praesidentschaft.html', lang: 'de' },
  { file: 'de.globalvoices.org.nicaragua.html', lang: 'de' },
  { file: 'aerobuzz.de-bremen.html', lang: 'de', title: 'CAE bildet künftig Luftwaffen-Piloten in Bremen aus', cut: ['Bob Fischer ist PPL-Inhaber'] },
  { file: 'berliner-feuerwehr.de-Ehrenzeichen.html', lang: 'de', cut: ['Fotos: Berliner Feuerwehr'] },
  { file: 'bbc.com.52241221.html', lang: 'en' },
  { file: 'cbsnews.com.carolina.html', lang: 'en', cut: ['© 2020 CBS Interactive'] },
  { file: 'independent.co.uk.penalty.html', lang: 'en' },
  { file: 'latimes.com.bloomberg.html', lang: 'en', title: 'Michael Bloomberg is having to answer questions about his past' },
  { file: 'nytimes.com.blackouts.html', lang: 'en' },
  { file: 'standard.co.uk.caribbean.html', lang: 'en' },
  { file: 'telegraph.co.uk.plumber.html', lang: 'en', title: "Plumber jailed after boiler killed millionaire's daughter" },
  { file: 'theatlantic.com.disasters.html', lang: 'en', cut: ['We want to hear what you think about this article.'] },
  { file: 'thelocal.se.tattooed.html', lang: 'en' },
  { file: 'abc7news.com-Napa.html', lang: 'en', cut: ["If you're on the ABC7 News app"] },
  { file: 'ledevoir.com.trottinettes.html', lang: 'fr' },
  { file: 'lopinion.fr.glyphosate.html', lang: 'fr' },
  { file: 'sciencesetavenir.fr.rumeur.html', lang: 'fr' },
  { file: 'francais.radio.cz-ministre.html', lang: 'fr' },
  { file: 'lapresse.tn.parite.html', lang: 'fr' },
  { file: 'bondyblog.fr.paris-8.html', lang: 'fr', title: "A Paris-8, un peu de tension, beaucoup d'actions", cut: ['Par Luna Hamidi'] },
  { file: 'aoc.media.archaisme.html', lang: 'fr', title: 'Pour le néolibéralisme, la retraite est un archaïsme', cut: ['Vous avez déjà un compte'] },
];

export { BuildError };

function args(argv) {
  const out = { out: join(root, 'eval/validation-texts'), check: false, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') out.check = true;
    else if (['--trafilatura', '--out', '--only'].includes(a)) {
      if (argv[i + 1] === undefined) fail(`${a} needs a value`);
      out[a.slice(2)] = a === '--only' ? argv[++i] : resolve(argv[++i]);
    } else fail(`unknown argument ${a}`);
  }
  for (const need of ['trafilatura']) if (!out[need]) fail(`--${need} is required (see the head of this script)`);
  return out;
}

/** A file of a repository checkout, or of HEAD when the directory is a bare git repository. */
function repoFile(dir, path) {
  if (existsSync(join(dir, path))) return readFileSync(join(dir, path), 'utf8');
  if (!existsSync(join(dir, 'HEAD'))) fail(`${join(dir, path)} not found`);
  try {
    return execFileSync('git', ['--git-dir', dir, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    fail(`${path} is not in ${dir} (HEAD)`);
  }
}

/** A file name newsdesk takes as the article's slug: lowercase letters and digits, words joined by single hyphens. */
export function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Front matter value: always quoted, so a colon or a leading quote never changes its meaning. */
const yamlString = (s) => JSON.stringify(s.replace(/\s+/g, ' ').trim());

export function markdown({ title, lang, date, body }) {
  return `---\ntitle: ${yamlString(title)}\nlang: ${lang}\ndate: ${date}\n---\n\n${body.trim()}\n`;
}

/** A line of text that markdown would read as markup gets that character escaped. */
export function escapeLine(line) {
  return line
    .replace(/^(\s*)([#>+*-])(\s)/, (_m, sp, mark, ws) => `${sp}\\${mark}${ws}`)
    .replace(/^(\s*)(\d+)([.)])(\s)/, (_m, sp, digits, mark, ws) => `${sp}${digits}\\${mark}${ws}`)
    .replace(/^(\s*)(={3,}|-{3,})\s*$/, '$1\\$2');
}

function metaDate(document) {
  const pick = (sel, attr) => document.querySelector(sel)?.getAttribute(attr) ?? undefined;
  const candidates = [pick('meta[property="article:published_time"]', 'content'), pick('meta[name="article:published_time"]', 'content'), pick('meta[itemprop="datePublished"]', 'content'), pick('time[datetime]', 'datetime'), pick('meta[name="date"]', 'content'), pick('meta[name="DC.date.issued"]', 'content')];
  for (const node of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(node.textContent ?? '');
    if (m) candidates.push(m[1]);
  }
  for (const c of candidates) {
    const m = c && /(\d{4})-(\d{2})-(\d{2})/.exec(c);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return undefined;
}

/** The article's text as paragraphs: block elements of Readability's content, in order. */
export function paragraphsOf(html) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out = [];
  const walk = (node) => {
    for (const child of node.children) {
      if (/^(P|H[1-6]|LI|BLOCKQUOTE|PRE|FIGCAPTION|TD|TH)$/.test(child.tagName) && !child.querySelector('p, li, h2, h3, h4, blockquote')) {
        const text = child.textContent.replace(/\s+/g, ' ').trim();
        if (text) out.push({ tag: child.tagName, text });
      } else walk(child);
    }
  };
  walk(document.body);
  return out;
}

function fromPages(opts, out, report) {
  for (const page of PAGES) {
    const html = repoFile(opts.trafilatura, `tests/eval/${page.file}`);
    const { document } = parseHTML(html);
    const date = page.date ?? metaDate(document);
    if (!date) fail(`${page.file}: no publication date in the page; give one in PAGES`);
    const article = new Readability(document, { charThreshold: 200 }).parse();
    if (!article?.content) fail(`${page.file}: no article found`);
    const title = page.title ?? (article.title || fail(`${page.file}: no title`));
    let blocks = paragraphsOf(article.content);
    if (blocks[0]?.text === title) blocks = blocks.slice(1);
    if (page.cut) {
      const at = blocks.findIndex((b) => page.cut.some((c) => b.text.startsWith(c)));
      if (at >= 0) blocks = blocks.slice(0, at);
    }
    if (page.drop) blocks = blocks.filter((b) => !page.drop.some((d) => (page.exact ? b.text === d : b.text.startsWith(d))));
    const body = blocks.map((b) => (/^H[2-6]$/.test(b.tag) ? `## ${b.text}` : b.tag === 'LI' ? `- ${b.text}` : escapeLine(b.text))).join('\n\n');
    const name = slug(page.file.replace(/\.html?$/, ''));
    out.set(`${page.lang}/${name}.md`, markdown({ title, lang: page.lang, date, body }));
    report.push(`${page.lang}/${name}.md  ${blocks.length} blocks, ${date}`);
  }
}

function main(argv) {
  const opts = args(argv);
  const out = new Map();
  const report = [];
  fromPages(opts, out, report);
  process.stdout.write(report.join('\n') + '\n');
  let differs = 0;
  for (const [rel, text] of out) {
    const path = join(opts.out, rel);
    if (!opts.check) writeAtomic(path, text);
    else if (differsFrom(path, text)) {
      differs++;
      process.stdout.write(`${path} differs from the build\n`);
    }
  }
  if (opts.check) {
    const built = new Set(out.keys());
    for (const lang of existsSync(opts.out) ? readdirSync(opts.out, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [])
      for (const name of readdirSync(join(opts.out, lang)).filter((n) => n.endsWith('.md')))
        if (!built.has(`${lang}/${name}`)) {
          differs++;
          process.stdout.write(`${join(opts.out, lang, name)} is not built by this script\n`);
        }
  }
  const byLang = {};
  for (const rel of out.keys()) byLang[rel.split('/')[0]] = (byLang[rel.split('/')[0]] ?? 0) + 1;
  process.stdout.write(`${out.size} texts (${Object.entries(byLang).map(([l, n]) => `${l} ${n}`).join(', ')})${opts.check ? (differs ? `; ${differs} files differ` : '; all files match') : ' written'}\n`);
  if (differs) process.exitCode = 1;
}

runCli(import.meta.url, 'validation-texts', main);
