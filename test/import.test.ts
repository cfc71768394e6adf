import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { readArticle } from '../src/ingest/index.js';
import { escapeMarkdownText, importPage, readCredits, readDate, readLanguageBar, readSource, slugFromFileName } from '../src/ingest/import/index.js';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const config = loadConfig(REPO);
const seedPage = readFileSync(join(REPO, 'test/fixtures/import-seed/page.txt'), 'utf8');
const htmlPage = readFileSync(join(REPO, 'test/fixtures/import-html/page.html'), 'utf8');
const scrapedPage = readFileSync(join(REPO, 'test/fixtures/import-scraped/page.txt'), 'utf8');
const bodyOf = (article: { source: string; bodyOffset: number }) => article.source.slice(article.bodyOffset);

describe('import: the sample page (text)', () => {
  it('writes content/ki-stadt/index.md equal to the hand-made article', async () => {
    const dir = tmpProject({ 'page.txt': seedPage });
    const result = await runCli(['import', 'page.txt', '--slug', 'ki-stadt'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${join('content', 'ki-stadt', 'index.md')}\n`);

    const imported = readArticle(join(dir, 'content/ki-stadt/index.md'), config);
    const published = readArticle(join(REPO, 'content/ki-stadt/index.md'), config);
    expect(imported.frontmatter).toEqual(published.frontmatter);
    expect(imported.frontmatter.credits).toEqual({ editor: 'Peng Bo', proofreading: 'Peng Qihua' });
    expect(imported.frontmatter.languages).toEqual(['zh', 'ru', 'en', 'fr', 'id', 'sa', 'ja', 'de', 'pt', 'el', 'es', 'it', 'fi', 'la']);
    expect(bodyOf(imported)).toBe(bodyOf(published));
    const headings = imported.tree.children.filter((node) => node.type === 'heading').map((node) => [(node as { depth: number }).depth, toString(node)]);
    expect(headings).toEqual([
      [1, published.frontmatter.title],
      [2, 'Peking, Shanghai und Shenzhen bleiben in der ersten Staffel'],
      [2, 'Die drei Städte haben offensichtlich unterschiedliche Vorteile'],
      [2, '„Von 0 auf 100“ Künstliche Intelligenz entwickeln'],
    ]);
    // Nothing but the article folder is left behind (no temporary folders).
    expect(readdirSync(join(dir, 'content'))).toEqual(['ki-stadt']);
  });

  it('takes the slug from a meaningful file name, else from the title', async () => {
    expect(slugFromFileName('ki-stadt-2024-08-02.de.txt')).toBe('ki-stadt');
    expect(slugFromFileName('page.html')).toBeUndefined();
    const named = importPage(seedPage, { format: 'txt', name: 'ki-stadt-2024-08-02.de.txt' });
    expect(named.slug).toBe('ki-stadt');
    const unnamed = importPage(seedPage, { format: 'txt', name: 'page.txt' });
    expect(unnamed.slug).toBe('peking-shanghai-und-shenzhen-konkurrieren-um-die-ki-stadt-um');
  });

  it('--json prints slug, path and front matter', async () => {
    const dir = tmpProject({ 'ki-stadt-2024-08-02.de.txt': seedPage });
    const result = await runCli(['import', 'ki-stadt-2024-08-02.de.txt', '--out', 'articles', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.slug).toBe('ki-stadt');
    expect(printed.path).toBe(join('articles', 'ki-stadt', 'index.md'));
    expect(printed.frontmatter).toMatchObject({ lang: 'de', date: '2024-08-02', category: 'Nachricht', section: 'Tiefe', sourceLine: 'Vom offiziellen WeChat-Konto der Securities Times' });
    expect(existsSync(join(dir, 'articles/ki-stadt/index.md'))).toBe(true);
  });

  it('refuses to overwrite an existing folder without --force; --force replaces index.md only', async () => {
    const dir = tmpProject({ 'page.txt': seedPage, 'content/ki-stadt/index.md': 'edited by hand\n', 'content/ki-stadt/review.yaml': 'acknowledged: []\n' });
    const refused = await runCli(['import', 'page.txt', '--slug', 'ki-stadt'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/content\/ki-stadt.*already exists — pass --force/);
    expect(readFileSync(join(dir, 'content/ki-stadt/index.md'), 'utf8')).toBe('edited by hand\n');

    const forced = await runCli(['import', 'page.txt', '--slug', 'ki-stadt', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'content/ki-stadt/index.md'), 'utf8')).toMatch(/^---\ntitle: Peking/);
    expect(readdirSync(join(dir, 'content/ki-stadt')).sort()).toEqual(['index.md', 'review.yaml']);
  });
});

describe('import: an HTML page', () => {
  it('keeps only the article body and reads title, date, language, section, credits, switcher', async () => {
    const dir = tmpProject({ 'page.html': htmlPage });
    const result = await runCli(['import', 'page.html', '--slug', 'ki-stadt-html'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const written = readFileSync(join(dir, 'content/ki-stadt-html/index.md'), 'utf8');
    expect(written).toBe(readFileSync(join(REPO, 'test/fixtures/import-html/expected.md'), 'utf8'));

    const article = readArticle(join(dir, 'content/ki-stadt-html/index.md'), config);
    expect(article.frontmatter).toMatchObject({
      title: 'Peking, Shanghai und Shenzhen konkurrieren um die „KI-Stadt“',
      lang: 'de',
      date: '2024-08-02',
      section: 'Tiefe',
      category: 'Nachricht',
      sourceLine: 'Vom offiziellen WeChat-Konto der Securities Times',
      credits: { editor: 'Peng Bo', proofreading: 'Peng Qihua' },
      languages: ['zh', 'ru', 'en', 'fr', 'ja', 'de', 'es'],
    });
    const types = article.tree.children.map((node) => node.type);
    expect(types).toEqual(['yaml', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'blockquote', 'paragraph', 'heading', 'paragraph', 'list']);
    for (const chrome of ['Politik', 'Teilen', 'Social Media', 'Impressum', 'Mehr zum Thema', 'dataLayer', 'NewsArticle', 'Serverschränke im', '08:30', 'Wirtschaftsnachrichten']) {
      expect(written).not.toContain(chrome);
    }
    expect(written).toContain('*„Beijing Action Plan to Promote „Artificial Intelligence +“ (2024–2025)“*');
    expect(written).toContain('[Aktionsplan](https://www.sz.gov.cn/)');
    expect(written).toContain('**Securities Times**');
    expect(written).toContain('F&E-Personals');
  });

  it('the title falls back to og:title and <title>; the date to article:published_time', () => {
    const page = `<html lang="en"><head><title>Three cities lead in AI – Example News</title>
      <meta property="article:published_time" content="2024-08-02T09:00:00Z"></head>
      <body><nav><a href="/">Home</a></nav><main><p>Beijing, Shanghai and Shenzhen are the leading cities of the industry, and the research report ranks them in the top three.</p>
      <p>Editor: Peng Bo · Proofreading: Peng Qihua</p></main></body></html>`;
    const result = importPage(page, { format: 'html' });
    expect(result.frontmatter).toEqual({ title: 'Three cities lead in AI', lang: 'en', date: '2024-08-02', credits: { editor: 'Peng Bo', proofreading: 'Peng Qihua' } });
    expect(result.markdown.endsWith('# Three cities lead in AI\n\nBeijing, Shanghai and Shenzhen are the leading cities of the industry, and the research report ranks them in the top three.\n')).toBe(true);
  });
});

describe('import: recognising page parts', () => {
  it('date lines', () => {
    const cases: Array<[string, string | undefined]> = [
      ['2024-08-02', '2024-08-02'],
      ['2. August 2024', '2024-08-02'],
      ['02.08.2024', '2024-08-02'],
      ['August 2, 2024', '2024-08-02'],
      ['Friday, 2 August 2024', '2024-08-02'],
      ['2 août 2024', '2024-08-02'],
      ['2 de agosto de 2024', '2024-08-02'],
      ['2 agosto 2024', '2024-08-02'],
      ['2 августа 2024 г.', '2024-08-02'],
      ['2024年8月2日', '2024-08-02'],
      ['Datum: 2. August 2024, 10:30 Uhr', '2024-08-02'],
      ['2024-08-02T08:30:00+08:00', '2024-08-02'],
      ['2024-02-30', undefined],
      // Weekdays, abbreviated months, labels and times in the 14 languages.
      ['martedì 6 marzo 2007', '2007-03-06'], ['14. Mär. 2006', '2006-03-14'], ['Veröffentlicht am 14. Mär. 2006, 10:00 Uhr', '2006-03-14'],
      ['Publié le samedi 27 février 2010 à 10h30', '2010-02-27'], ['Вторник, 6 марта 2007 г.', '2007-03-06'], ['6 марта 2007 года', '2007-03-06'],
      ['Τρίτη, 6 Μαρτίου 2007', '2007-03-06'], ['tiistaina 6. maaliskuuta 2007', '2007-03-06'], ['Selasa, 6 Maret 2007', '2007-03-06'],
      ['2007年3月6日 星期二', '2007-03-06'], ['2007年3月6日（火）', '2007-03-06'], ['２００７年３月６日', '2007-03-06'], ['६ मार्च २००७', '2007-03-06'],
      ['6 Martii 2007', '2007-03-06'], ['terça-feira, 6 de março de 2007', '2007-03-06'], ['Fecha: 6 mar. 2007', '2007-03-06'],
      ['Tue 6 Mar 2007 10:48 GMT', '2007-03-06'], ['March 6th, 2007', '2007-03-06'], ['Tue, 19 Nov 2019 12:48:14 GMT', '2019-11-19'],
      ['PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019', '2019-11-19'], ['Updated Nov 19, 2019 at 6:55 AM EST', '2019-11-19'],
      ['06/03/2007', '2007-03-06'], ['03/16/2007', '2007-03-16'], ['2007/03/06', '2007-03-06'], ['2007.03.06', '2007-03-06'],
      ['Am 2. August 2024 sagte er', undefined],
      ['15.000', undefined],
    ];
    for (const [line, expected] of cases) expect(readDate(line), line).toBe(expected);
  });

  it('language bars', () => {
    expect(readLanguageBar('한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguêsΕλληνικάespañolItalianoSuomalainenLatina')).toEqual(
      ['zh', 'ru', 'en', 'fr', 'id', 'sa', 'ja', 'de', 'pt', 'el', 'es', 'it', 'fi', 'la'],
    );
    expect(readLanguageBar('English | Deutsch | Français')).toEqual(['en', 'de', 'fr']);
    expect(readLanguageBar('中文 / English')).toBeUndefined();
    expect(readLanguageBar('Peking Shanghai Shenzhen')).toBeUndefined();
  });

  it('credits and source lines', () => {
    expect(readCredits('Herausgeber: Peng Bo')).toEqual({ editor: 'Peng Bo' });
    expect(readCredits('Korrekturlesen: Peng Qihua')).toEqual({ proofreading: 'Peng Qihua' });
    expect(readCredits('Autor: Max Muster')).toEqual({ author: 'Max Muster' });
    expect(readCredits('Editor: Jane Doe | Proofreading: John Roe')).toEqual({ editor: 'Jane Doe', proofreading: 'John Roe' });
    expect(readCredits('编辑：彭博 校对：彭琦华')).toEqual({ editor: '彭博', proofreading: '彭琦华' });
    expect(readCredits('Korrektur: In einer früheren Fassung stand eine falsche Zahl.')).toBeUndefined();
    expect(readSource('Quelle: Securities Times')).toEqual({ text: 'Quelle: Securities Times', labelled: true });
    expect(readSource('Vom offiziellen WeChat-Konto der Securities Times')).toEqual({ text: 'Vom offiziellen WeChat-Konto der Securities Times', labelled: false });
    expect(readSource('Von 0 auf 100')).toBeUndefined();
    // Labels and phrases come from every language pack: a Russian stem covers its endings.
    expect(readSource('Из официального Telegram-канала ТАСС')).toEqual({ text: 'Из официального Telegram-канала ТАСС', labelled: false });
    expect(readSource('Fonte: Agência Brasil')).toEqual({ text: 'Fonte: Agência Brasil', labelled: true });
    expect(readCredits('Traduzione: Maria Rossi')).toEqual({ translator: 'Maria Rossi' });
  });

  it('an English page without blank lines, language detected', () => {
    const page = [
      'News',
      'Beijing, Shanghai and Shenzhen compete for the "AI city"',
      'August 2, 2024',
      'English | Deutsch | Français',
      'Source: Securities Times',
      'Artificial intelligence has become the battlefield of the competition between cities.',
      'Three cities lead',
      'Li Ya, vice president of Boda Data, said that the company can offer turnkey computing services to customers in all industries.',
      'Editor: Peng Bo',
      'Proofreading: Peng Qihua',
    ].join('\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toEqual({
      title: 'Beijing, Shanghai and Shenzhen compete for the "AI city"',
      lang: 'en',
      date: '2024-08-02',
      category: 'News',
      sourceLine: 'Source: Securities Times',
      credits: { editor: 'Peng Bo', proofreading: 'Peng Qihua' },
      languages: ['en', 'de', 'fr'],
    });
    expect(result.markdown.split('---\n')[2]).toBe(
      '\n# Beijing, Shanghai and Shenzhen compete for the "AI city"\n\n' +
        'Artificial intelligence has become the battlefield of the competition between cities.\n\n' +
        '## Three cities lead\n\n' +
        'Li Ya, vice president of Boda Data, said that the company can offer turnkey computing services to customers in all industries.\n',
    );
  });

  it('detects the language by script or stopwords; --lang wins', () => {
    const page = (title: string, body: string) => `${title}\n\n${body}\n`;
    const cases: Array<[string, string]> = [
      [page('Pékin mène', "L'intelligence artificielle est devenue le champ de bataille de la concurrence entre les villes, et les trois villes sont en tête dans le rapport."), 'fr'],
      [page('Pekín lidera', 'La inteligencia artificial se ha convertido en el campo de batalla de la competencia entre las ciudades y los informes lo confirman para todas.'), 'es'],
      [page('Пекин лидирует', 'Искусственный интеллект стал полем битвы в конкуренции между городами.'), 'ru'],
      [page('北京领先', '人工智能已成为城市竞争的主战场。北京、上海和深圳位居前三。'), 'zh'],
      [page('北京がリード', '人工知能は都市間競争の主戦場となっている。北京、上海、深圳が上位三位を占めている。'), 'ja'],
      [page('Το Πεκίνο προηγείται', 'Η τεχνητή νοημοσύνη έχει γίνει πεδίο μάχης του ανταγωνισμού μεταξύ των πόλεων.'), 'el'],
      [page('बीजिंग अग्रे अस्ति', 'कृत्रिमबुद्धिः नगराणां स्पर्धायाः रणक्षेत्रं जातम् अस्ति।'), 'sa'],
      // One Japanese name in katakana does not make a Chinese page Japanese; a real share of kana does.
      [page('北京领先', '人工智能已成为城市竞争的主战场，北京、上海和深圳位居前三，索尼（ソニー）公司也在深圳设立了研究中心，这座城市的优势十分明显。'), 'zh'],
    ];
    for (const [text, lang] of cases) expect(importPage(text, { format: 'txt' }).frontmatter.lang, lang).toBe(lang);
    expect(importPage(cases[0]![0], { format: 'txt', lang: 'it' }).frontmatter.lang).toBe('it');
  });

  it('escapes markdown only where markdown would read markup, and reads back to the same text', () => {
    const parser = unified().use(remarkParse).use(remarkGfm);
    const texts = ['F&E-Personal und „Zitate“ (2024–2025) + 26 %', '# keine Überschrift', '1. kein Listenpunkt', '- kein Punkt', '> kein Zitat', '---', 'a *b* _c_ snake_case [x](y) <b>fett</b> &amp; ~~weg~~ \\n `code`', '2024. Ein Jahr'];
    for (const text of texts) {
      const markdown = escapeMarkdownText(text);
      const tree = parser.parse(markdown);
      expect(tree.children.map((node) => node.type), markdown).toEqual(['paragraph']);
      expect(toString(tree), markdown).toBe(text);
    }
    expect(escapeMarkdownText('F&E-Personal „Zitat“ 26 %')).toBe('F&E-Personal „Zitat“ 26 %');
  });
});

describe('import: unusable pages are one positioned line, exit 2, nothing written', () => {
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['empty page', '\n  \n', /page\.txt:1:1: the page is empty/],
    ['binary data', new Uint8Array([0x54, 0x69, 0x74, 0x65, 0x6c, 0x0a, 0x41, 0x62, 0x00, 0x01]), /page\.txt:2:3: binary data \(a NUL byte at offset 8\)/],
    ['invalid UTF-8', new Uint8Array([0x54, 0x69, 0x74, 0x65, 0x6c, 0x0a, 0x0a, 0x41, 0x62, 0xff, 0xfe]), /page\.txt:3:3: the page is not valid UTF-8/],
    ['title but no body', 'Nachricht\n\nTiefe|Ein Titel ohne Text darunter\n\n2024-08-02\n\nHerausgeber: Peng Bo\n', /page\.txt:7:1: the page has no article text/],
    ['language not recognisable', 'Titel\n\n12345 67890 · 2024 · 99 %\n', /page\.txt:1:1: cannot tell the language of the page — pass --lang/],
  ];
  for (const [name, content, expected] of cases) {
    it(name, async () => {
      const dir = tmpProject({ 'page.txt': content });
      const result = await runCli(['import', 'page.txt'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(expected);
      expect(readdirSync(dir).sort()).toEqual(['page.txt', 'pipeline']);
    });
  }

  it('an HTML page that is only a comment is refused in one line, not a crash', () => {
    expect(() => importPage('<!-- <html> -->', { format: 'html', file: 'page.html' })).toThrow(/the page has no title/);
  });

  it('an HTML page without article text points at the article element', async () => {
    const dir = tmpProject({ 'page.html': '<!doctype html>\n<html lang="de">\n<body>\n<nav><a href="/">Start</a></nav>\n<article>\n<h1>Nur ein Titel</h1>\n</article>\n</body>\n</html>\n' });
    const result = await runCli(['import', 'page.html'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/page\.html:5:1: the page has no article text/);
  });

  it('usage errors', async () => {
    const dir = tmpProject({ 'page.txt': seedPage });
    expect((await runCli(['import'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['import', 'page.txt', '--lang', 'xx'], { cwd: dir })).stderr).toMatch(/unknown language `xx`/);
    expect((await runCli(['import', 'page.txt', '--slug', 'Not A Slug'], { cwd: dir })).stderr).toMatch(/cannot be a folder name/);
    expect((await runCli(['import', 'missing.txt'], { cwd: dir })).stderr).toMatch(/no page at `missing.txt`/);
    expect(readdirSync(dir).sort()).toEqual(['page.txt', 'pipeline']);
  });

  it('reads a page from standard input', async () => {
    const dir = tmpProject();
    writeFileSync(join(dir, 'unused'), '');
    const result = await runCli(['import', '-', '--slug', 'ki-stadt'], { cwd: dir, stdin: seedPage });
    expect(result.code).toBe(0);
    expect(readArticle(join(dir, 'content/ki-stadt/index.md'), config).frontmatter.title).toMatch(/^Peking, Shanghai und Shenzhen/);
  });
});

describe('import: HTML metadata and news-page furniture', () => {
  const newsPage = `<!doctype html><html lang="fr-FR"><head>
    <title>La ville investit dans le tram – Le Quotidien</title>
    <meta property="og:site_name" content="Le Quotidien">
    <meta property="og:title" content="La ville investit dans le tram - Le Quotidien">
    <link rel="canonical" href="https://quotidien.example/ville/tram">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Le Quotidien"},
      {"@type":"NewsArticle","headline":"La ville investit dans le tram","datePublished":"2024-03-05T18:30:00+01:00",
       "author":[{"@type":"Person","name":"Claire Martin"},{"@type":"Person","name":"Paul Durand"}],"editor":{"@type":"Person","name":"Anne Roux"},
       "articleSection":"Société","inLanguage":"fr-FR"}]}</script></head>
    <body><a class="skip" href="#main">Aller au contenu</a>
    <header class="site"><h1 class="logo">Le Quotidien</h1><nav><a href="/">Accueil</a></nav></header>
    <main id="main"><article>
      <h1>La ville investit dans le tram</h1>
      <p class="byline">Par Claire Martin et Paul Durand</p>
      <p>La municipalité a voté mardi un budget de 120 millions d'euros pour prolonger la ligne de tramway vers le nord de la ville.</p>
      <figure><img src="t.jpg"><figcaption>Le tram place de la Gare. Photo : Jean Dupont</figcaption></figure>
      <p>Les travaux commenceront au printemps prochain et dureront deux ans, selon le calendrier présenté aux élus.</p>
      <div class="share-tools"><a href="#">Partager</a> <a href="#">Imprimer</a></div>
      <p>À lire aussi : Le vélo gagne du terrain en centre-ville</p>
      <ul class="links"><li><a href="/a">Les bus de nuit reviennent</a></li><li><a href="/b">Le parking gratuit le dimanche</a></li><li><a href="/c">Un nouveau pont sur la rivière</a></li></ul>
    </article></main></body></html>`;

  it('reads JSON-LD NewsArticle: headline, date, authors and editors, section, language, canonical URL', () => {
    const result = importPage(newsPage, { format: 'html' });
    expect(result.frontmatter).toEqual({
      title: 'La ville investit dans le tram',
      lang: 'fr',
      date: '2024-03-05',
      section: 'Société',
      credits: { author: 'Claire Martin, Paul Durand', editor: 'Anne Roux' },
      source: 'https://quotidien.example/ville/tram',
    });
    const body = result.markdown.split('---\n')[2]!;
    expect(body).toBe(
      '\n# La ville investit dans le tram\n\n' +
        "La municipalité a voté mardi un budget de 120 millions d'euros pour prolonger la ligne de tramway vers le nord de la ville.\n\n" +
        'Les travaux commenceront au printemps prochain et dureront deux ans, selon le calendrier présenté aux élus.\n',
    );
    const reasons = new Map(result.dropped.map((item) => [item.text, item.reason]));
    expect(reasons.get('Le tram place de la Gare. Photo : Jean Dupont')).toBe('caption');
    expect(reasons.get('Partager Imprimer')).toBe('share');
    expect(reasons.get('À lire aussi : Le vélo gagne du terrain en centre-ville')).toBe('related');
  });

  it('without JSON-LD: og:title and <title> lose the site name, a byline gives the author, <time> the date', () => {
    const page = `<html><head><title>Home | Tram plans approved for the north side</title>
      <meta property="og:title" content="Tram plans approved for the north side | Daily Example"></head><body>
      <article><h2>Tram plans approved for the north side</h2><p>By Jane Doe</p><time datetime="2024-03-05">March 5</time>
      <p>The council on Tuesday approved a budget of 120 million euros to extend the tram line to the north of the city, officials said.</p>
      <p>Work is due to start next spring and will take two years, according to the timetable presented to councillors.</p></article></body></html>`;
    const result = importPage(page, { format: 'html' });
    expect(result.frontmatter).toMatchObject({ title: 'Tram plans approved for the north side', lang: 'en', date: '2024-03-05', credits: { author: 'Jane Doe' } });
    expect(result.markdown).not.toContain('By Jane Doe');
  });

  it('uses the page\'s stated articleBody to drop paragraphs it does not contain', () => {
    const prose = 'The council approved the budget for the new tram line on Tuesday after a long debate in the chamber.';
    const sentences = Array.from({ length: 8 }, (_, i) => `${prose} Point ${i + 1} of the plan concerns the stations along the northern route of the line.`);
    const body = sentences.join('\n');
    const page = `<html lang="en"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Tram approved', articleBody: body })}</script></head><body><article><h1>Tram approved</h1>
      ${sentences.slice(0, 4).map((s) => `<p>${s}</p>`).join('')}<p>Sign up to our evening briefing for the stories that matter to your neighbourhood each day.</p>${sentences.slice(4).map((s) => `<p>${s}</p>`).join('')}</article></body></html>`;
    const result = importPage(page, { format: 'html' });
    expect(result.markdown).not.toContain('evening briefing');
    expect(result.dropped).toContainEqual({ reason: 'not-in-article-body', text: 'Sign up to our evening briefing for the stories that matter to your neighbourhood each day.' });
    expect(result.markdown.match(/Point \d of the plan/g)).toHaveLength(8);
  });
});

describe('import: a whole page as a scraper keeps it (text)', () => {
  it('finds headline, date and byline among the menus and keeps only the article', () => {
    const result = importPage(scrapedPage, { format: 'txt', name: 'page.txt' });
    expect(result.markdown).toBe(readFileSync(join(REPO, 'test/fixtures/import-scraped/expected.md'), 'utf8'));
    const reasons = new Map(result.dropped.map((item) => [item.text, item.reason]));
    expect(reasons.get('Zum Inhalt springen')).toBe('navigation');
    expect(reasons.get('Baustelle in Köln-Mülheim. Foto: Max Muster')).toBe('caption');
    expect(reasons.get('[1]')).toBe('reference-mark');
    expect(reasons.get('Lesen Sie auch: Warum die Strompreise im Rheinland steigen')).toBe('related');
    expect(reasons.get('Mehr zum Thema')).toBe('related');
    expect(reasons.get('© 2024 Tagesblatt')).toBe('copyright');
    // The comment thread after the article is not article text.
    expect(result.markdown).not.toContain('Endlich tut sich etwas');
    expect(result.dropped.find((item) => item.text.startsWith('Endlich tut sich etwas'))?.reason).toBe('outside-article');
  });

  it('reads wiki furniture: taglines, edit links and reference marks, closing sections', () => {
    const page = [
      'Jump to content', 'Main menu', 'Search', 'Create account', 'Log in',
      'Tram line opens in the north', 'From Wikinews, the free news source you can write!', 'Tuesday, March 6, 2007',
      'The city opened its new tram line to the northern districts on Tuesday, after four years of construction work and a budget of 120 million euros.[1]',
      'Mayor Jane Doe said the line would carry 40,000 passengers a day[2] and relieve the crowded buses on the ring road, which had run at capacity for years.',
      'Sources [edit]', 'City press office, March 6, 2007', 'Categories: Transport', 'Privacy policy', 'About Wikinews',
    ].join('\n\n');
    const result = importPage(page, { format: 'txt' });
    expect(result.frontmatter).toMatchObject({ title: 'Tram line opens in the north', date: '2007-03-06', lang: 'en' });
    expect(result.markdown.split('---\n')[2]).toBe(
      '\n# Tram line opens in the north\n\n' +
        'The city opened its new tram line to the northern districts on Tuesday, after four years of construction work and a budget of 120 million euros.\n\n' +
        'Mayor Jane Doe said the line would carry 40,000 passengers a day and relieve the crowded buses on the ring road, which had run at capacity for years.\n',
    );
  });
});
