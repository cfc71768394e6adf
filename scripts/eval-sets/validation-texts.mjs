#!/usr/bin/env node
// Builds eval/validation-texts/<lang>/<id>.md: real, professionally edited news articles, whole, as
// published (see eval/validation-texts/README.md).
//
//   node scripts/eval-sets/validation-texts.mjs --wmt21 DIR --trafilatura DIR [--out DIR] [--check]
//
//   --wmt21 DIR        wmt-conference/wmt21-news-systems (checkout or bare git dir): the source side of
//                      xml/newstest2021.{de-fr,fr-de,en-is}.all.xml, articles reassembled by doc id
//   --trafilatura DIR  adbar/trafilatura (checkout or bare git dir): news pages in tests/eval/*.html
//   --check            build in memory and compare with the files in --out instead of writing them
//
// Uses only Node and the packages newsdesk already depends on (linkedom, @mozilla/readability).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// WMT21 news sources carry no publication date; they were collected in the last week of July 2020
// (see the set's README), so they are dated at the end of that week.
const WMT21_DATE = '2020-07-31';

/** Articles of newstest2021, by source file and document id. */
const WMT21 = [
  { file: 'xml/newstest2021.de-fr.all.xml', lang: 'de', ids: ['salzburg.com.306606', 'faz.79571', 'sz.151403', 'handelsblatt.com.292744', 'handelsblatt.com.292720', 'come-on.de.152968', 'spiegel.126085', 'an-online.de.487084', 'ln-online.de.149803', 'handelsblatt.com.292795'] },
  { file: 'xml/newstest2021.en-is.all.xml', lang: 'en', ids: ['guardian.306602', 'bbc.500823', 'upi.228777', 'guardian.306607', 'cbsnews.377408', 'egyptindependent.com.6413', 'bbc.500856', 'latimes.591189', 'en.ndtv.com.75164', 'abcnews.420140'] },
  { file: 'xml/newstest2021.fr-de.all.xml', lang: 'fr', ids: ['lemondefr.110205', 'lefigaro.197780', 'croix.158757', 'euronews-fr.174089', 'algerie_presse_service-tzm-01.1805', 'lalibre.be.61862', 'nicematin.com.239026', 'journalmetro.com.42771', 'lemondefr.110265', 'dhnet.be.179851'] },
];

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
];

/** A usage or input error: the command line prints it in one line and exits 2. */
export class BuildError extends Error {}

function fail(message) {
  throw new BuildError(message);
}

function args(argv) {
  const out = { out: join(root, 'eval/validation-texts'), check: false, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') out.check = true;
    else if (['--wmt21', '--trafilatura', '--out', '--only'].includes(a)) {
      if (argv[i + 1] === undefined) fail(`${a} needs a value`);
      out[a.slice(2)] = a === '--only' ? argv[++i] : resolve(argv[++i]);
    } else fail(`unknown argument ${a}`);
  }
  for (const need of ['wmt21', 'trafilatura']) if (!out[need]) fail(`--${need} is required (see the head of this script)`);
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

const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (XML_ENTITIES[e] ?? m)));

/** The source side of one document of a WMT xml file: paragraphs of segments, in order. */
export function wmtDocument(xml, id) {
  const start = xml.indexOf(`id="${id}"`);
  if (start < 0) return undefined;
  const end = xml.indexOf('</doc>', start);
  const src = /<src lang="(\w+)">([\s\S]*?)<\/src>/.exec(xml.slice(start, end < 0 ? undefined : end));
  if (!src) return undefined;
  const paragraphs = [...src[2].matchAll(/<p>([\s\S]*?)<\/p>/g)].map((p) => [...p[1].matchAll(/<seg id="(\d+)">([\s\S]*?)<\/seg>/g)].map((s) => unescapeXml(s[2]).trim()));
  return { lang: src[1], paragraphs };
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

function fromWmt(opts, out, report) {
  for (const source of WMT21) {
    const xml = repoFile(opts.wmt21, source.file);
    for (const id of source.ids) {
      const doc = wmtDocument(xml, id);
      if (!doc) fail(`${source.file}: no document ${id}`);
      if (doc.lang !== source.lang) fail(`${source.file} ${id}: source language ${doc.lang}, expected ${source.lang}`);
      // the headline is the first segment. German documents keep their <p> paragraphs; French and
      // English sources come as one block of segments, which stays one paragraph (a quotation often
      // runs over several segments). Each segment is a line of its paragraph.
      const [first, ...rest] = doc.paragraphs;
      const title = first[0];
      const paragraphs = first.length === 1 ? rest : [first.slice(1), ...rest];
      const body = paragraphs.map((p) => p.map(escapeLine).join('\n')).join('\n\n');
      out.set(`${source.lang}/${slug(`wmt21-${id}`)}.md`, markdown({ title, lang: source.lang, date: WMT21_DATE, body }));
      report.push(`${source.lang}/${slug(`wmt21-${id}`)}.md  ${doc.paragraphs.flat().length} segments`);
    }
  }
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
  fromWmt(opts, out, report);
  fromPages(opts, out, report);
  process.stdout.write(report.join('\n') + '\n');
  let differs = 0;
  for (const [rel, text] of out) {
    const path = join(opts.out, rel);
    if (opts.check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        differs++;
        process.stdout.write(`${path} differs from the build\n`);
      }
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    process.stderr.write(`validation-texts: ${error.message}\n`);
    process.exitCode = 2;
  }
}
