// One language version from its locale file: exact markdown, an HTML page with hreflang
// alternates and JSON-LD, and no output at all for an incomplete language.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { NewsdeskError } from '../src/errors/index.js';
import { parseArticle } from '../src/ingest/index.js';
import { LANGUAGES } from '../src/lang/codes.js';
import { buildSourceResource, loadResources, parseResource, type Resources } from '../src/localize/index.js';
import { COMMON_KEYS, renderArticle, renderLanguage, renderSite, writeLanguageOutputs } from '../src/render/index.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const config = loadConfig(REPO);
const FIXTURE = join(REPO, 'test/fixtures/render-basic');
const UPDATE = process.env.UPDATE === '1';

function fixtureArticle() {
  return parseArticle(readFileSync(join(FIXTURE, 'index.md'), 'utf8'), 'test/fixtures/render-basic/index.md', config);
}

function expectFile(name: string, actual: string): void {
  const path = join(FIXTURE, name);
  if (UPDATE || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Real common.json files of the repository, the fixture's de (generated) and en (hand-written). */
function resources(extra: Resources = {}): Resources {
  const article = fixtureArticle();
  const loaded = loadResources(join(REPO, 'locales'), [...LANGUAGES], ['common']);
  loaded.de = { ...loaded.de, 'render-basic': buildSourceResource(article).resource };
  loaded.en = { ...loaded.en, 'render-basic': parseResource(readFileSync(join(FIXTURE, 'en.json'), 'utf8'), 'en.json') };
  for (const [lng, byNs] of Object.entries(extra)) Object.assign((loaded as Record<string, object>)[lng] ?? {}, byNs);
  return loaded;
}

const names = ['Li Ya'];

describe('renderLanguage: a complete translation', () => {
  it('rebuilds the markdown with translated sentences, source markup and English figures', () => {
    const rendered = renderLanguage(fixtureArticle(), 'en', resources(), { languages: ['de', 'en'], names });
    expect(rendered.missing).toEqual([]);
    expect(rendered.problems).toEqual([]);
    expect(rendered.publishable).toBe(true);
    expectFile('expected.en.md', rendered.markdown);
    expect(rendered.markdown).toContain('On July 26 the *new data centre* had about 15,000 cabinets.');
    expect(rendered.markdown).toContain('[the report](https://example.org/bericht)');
    expect(rendered.markdown).not.toMatch(/Schränke|Rechenzentrum|15\.000|0,7449/);
  });

  it('writes an HTML page with lang, hreflang alternates, a switcher and JSON-LD', () => {
    const { html, jsonld } = renderLanguage(fixtureArticle(), 'en', resources(), { languages: ['de', 'en'], names, baseUrl: 'https://news.example/' });
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<link rel="alternate" hreflang="de" href="https://news.example/render-basic/de.html">');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://news.example/render-basic/en.html">');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://news.example/render-basic/de.html">');
    expect(html).toContain('<a href="de.html" hreflang="de" lang="de" title="Original">Deutsch</a>');
    expect(html).toContain('<span lang="en" aria-current="page">English</span>');
    expect(html).toContain('<p class="credits">Editor: Peng Bo · Proofreading: Peng Qihua</p>');
    expect(html).toContain('<time datetime="2024-08-02">Published: August 2, 2024</time>');
    expect(html).toContain('<em>new data centre</em>');
    expect(jsonld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': 'https://news.example/render-basic/en.html',
      url: 'https://news.example/render-basic/en.html',
      mainEntityOfPage: 'https://news.example/render-basic/en.html',
      headline: 'A small test',
      inLanguage: 'en',
      datePublished: '2024-08-02',
      articleSection: 'In depth',
      genre: 'News',
      editor: { '@type': 'Person', name: 'Peng Bo' },
      contributor: [{ '@type': 'Person', name: 'Peng Qihua' }],
      publisher: { '@type': 'Organization', name: 'newsdesk' },
      translationOfWork: { '@type': 'NewsArticle', '@id': 'https://news.example/render-basic/de.html', url: 'https://news.example/render-basic/de.html', inLanguage: 'de' },
    });
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(script)).toEqual(jsonld);
  });

  it('the source version links its translations', () => {
    const { jsonld, markdown } = renderLanguage(fixtureArticle(), 'de', resources(), { languages: ['de', 'en'] });
    expect(jsonld?.workTranslation).toEqual([{ '@type': 'NewsArticle', '@id': 'en.html', url: 'en.html', inLanguage: 'en' }]);
    expect(jsonld?.translationOfWork).toBeUndefined();
    expect(markdown).toContain('Am 26. Juli hatte das *neue Rechenzentrum* etwa 15.000 Schränke.');
    expect(markdown).toContain('- Die Zahl stieg um 26\u00a0%.');
  });

  it('sanitizes translated text: markup in a value is text, not HTML', () => {
    const en = { ...resources().en!['render-basic'], 'zahlen-574ff6': 'Figures <script>alert(1)</script><img src=x onerror=alert(1)>' };
    const { html, problems } = renderLanguage(fixtureArticle(), 'en', resources({ en: { 'render-basic': en } }), { languages: ['de', 'en'], names });
    expect(problems).toEqual([]);
    expect(html).not.toMatch(/<script>alert|<img src="x"/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });
});

describe('renderLanguage: other scripts and the sample', () => {
  it('joins Chinese sentences without a space and writes myriads', () => {
    const zh = {
      'meta.sourceLine': '来自编辑部档案',
      'ein-kleiner-test-c285a1': '一个小测试',
      'am-26-juli-hatte-ff1c55': '{{f1, figure}}，<1>新数据中心</1>约有{{f2, figure}}个机柜。',
      'der-index-lag-laut-e5c52f': '据<1>该报告</1>，指数为{{f1, figure}}。',
      'zahlen-574ff6': '数字',
      'die-zahl-stieg-um-f54d32': '数量增长了{{f1, figure}}。',
      'shenzhen-liegt-weit-vorne-2b24d9': '深圳<1>遥遥领先</1>，使用<2>npm test</2>。',
      'peking-macht-dinge-von-1bebea': '“北京做从{{f1, figure}}到{{f2, figure}}的事。”',
      'li-ya-96f0a9': '李亚',
    };
    const rendered = renderLanguage(fixtureArticle(), 'zh', resources({ zh: { 'render-basic': zh } }));
    expect(rendered.problems).toEqual([]);
    expect(rendered.markdown).toContain('7月26日，*新数据中心*约有1.5万个机柜。据[该报告](https://example.org/bericht)，指数为0.7449。');
    expect(rendered.markdown).toContain('> “北京做从0到1的事。”李亚');
    expect(rendered.markdown).toContain('dateText: 2024年8月2日');
    expect(rendered.html).toContain('<p class="credits">责任编辑：Peng Bo · 校对：Peng Qihua</p>');
  });

  it('rendering the sample in its own language gives back the source text', () => {
    const path = join(REPO, 'content/ki-stadt/index.md');
    const text = readFileSync(path, 'utf8');
    const article = parseArticle(text, 'content/ki-stadt/index.md', config);
    const loaded = loadResources(join(REPO, 'locales'), [...LANGUAGES], ['common', 'ki-stadt']);
    const rendered = renderLanguage(article, 'de', loaded);
    expect(rendered.problems).toEqual([]);
    const body = (s: string) => s.slice(s.indexOf('\n---\n', 4) + 5).trim();
    // The only differences: the native no-break space in "26 %" and a markdown escape of "&E".
    expect(body(rendered.markdown).replace(/\u00a0/g, ' ').replace(/\\&/g, '&')).toBe(body(text));
    expect(rendered.html.match(/<link rel="alternate" hreflang="[a-z-]+"/g)).toHaveLength(15);
  });
});

describe('renderLanguage: an incomplete translation is not published', () => {
  const base = () => ({ ...resources().en!['render-basic'] });

  it('lists missing, empty and untranslated keys, and renders nothing', () => {
    const en: Record<string, string> = base();
    delete en['zahlen-574ff6'];
    en['ein-kleiner-test-c285a1'] = '';
    en['die-zahl-stieg-um-f54d32'] = 'Die Zahl stieg um {{f1, figure}}.';
    const rendered = renderLanguage(fixtureArticle(), 'en', resources({ en: { 'render-basic': en } }), { names });
    expect(rendered.publishable).toBe(false);
    expect(rendered.missing).toEqual(['ein-kleiner-test-c285a1', 'zahlen-574ff6', 'die-zahl-stieg-um-f54d32']);
    expect(rendered.problems.map((p) => p.reason)).toEqual(['empty', 'missing', 'untranslated']);
    expect(rendered.markdown).toBe('');
    expect(rendered.html).toBe('');
    const dir = tmpProject();
    expect(() => writeLanguageOutputs(join(dir, 'output'), 'render-basic', 'en', rendered)).toThrow(NewsdeskError);
    expect(existsSync(join(dir, 'output'))).toBe(false);
  });

  it('a value equal to the source is fine when it is only names and figures', () => {
    const without = renderLanguage(fixtureArticle(), 'en', resources());
    expect(without.missing).toEqual(['li-ya-96f0a9']);
    expect(renderLanguage(fixtureArticle(), 'en', resources(), { names }).missing).toEqual([]);
  });

  it('a language with no locale file lists every key, common labels included', () => {
    const rendered = renderLanguage(fixtureArticle(), 'fr', resources(), { names });
    expect(rendered.missing).toEqual(['meta.sourceLine', 'ein-kleiner-test-c285a1', 'am-26-juli-hatte-ff1c55', 'der-index-lag-laut-e5c52f', 'zahlen-574ff6', 'die-zahl-stieg-um-f54d32', 'shenzhen-liegt-weit-vorne-2b24d9', 'peking-macht-dinge-von-1bebea', 'li-ya-96f0a9']);
    const noCommon = resources();
    delete noCommon.fr;
    expect(renderLanguage(fixtureArticle(), 'fr', noCommon, { names }).missing).toContain('common:credit.editor');
  });

  it('a dropped or invented figure, or changed tags, block publication', () => {
    const en = base();
    en['am-26-juli-hatte-ff1c55'] = 'On {{f1, figure}} the <1>new data centre</1> had many cabinets.';
    en['der-index-lag-laut-e5c52f'] = 'According to the report, the index stood at {{f1, figure}} and {{f3, figure}}.';
    en['zahlen-574ff6'] = 'Figures {{f1}}';
    const rendered = renderLanguage(fixtureArticle(), 'en', resources({ en: { 'render-basic': en } }), { names });
    expect(rendered.publishable).toBe(false);
    expect(rendered.missing).toEqual([]);
    expect(rendered.problems.map((p) => p.message)).toEqual([
      'the figure {{f2, figure}} (`15.000`) is missing',
      '{{f3, figure}} is not a figure of the source sentence',
      'tags <none> differ from the source\'s <1>',
      '`{{f1}}` is not a figure placeholder: write {{fN, figure}}',
    ]);
  });
});

describe('outputs and site', () => {
  it('writes <slug>/<lng>.md and .html atomically', () => {
    const dir = tmpProject();
    const rendered = renderLanguage(fixtureArticle(), 'en', resources(), { names });
    const written = writeLanguageOutputs(join(dir, 'output'), 'render-basic', 'en', rendered);
    expect(readFileSync(written.markdown, 'utf8')).toBe(rendered.markdown);
    expect(readFileSync(written.html, 'utf8')).toBe(rendered.html);
    expect(readdirSync(join(dir, 'output/render-basic')).sort()).toEqual(['en.html', 'en.md']);
  });

  it('renderArticle links only the publishable versions; renderSite writes index and pages', () => {
    const article = fixtureArticle();
    const versions = renderArticle(article, resources(), { names });
    expect(versions.map((v) => [v.lang, v.publishable])).toEqual([['de', true], ['en', true], ['fr', false]]);
    const en = versions.find((v) => v.lang === 'en')!;
    expect(en.html).not.toContain('hreflang="fr"');
    const dir = tmpProject();
    const files = renderSite(join(dir, 'output'), [{ article, versions }]);
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['output/site/index.html', 'output/site/render-basic/de.html', 'output/site/render-basic/en.html']);
    const index = readFileSync(join(dir, 'output/site/index.html'), 'utf8');
    expect(index).toContain('<section id="lang-en" lang="en" dir="ltr"><h2>English</h2>');
    expect(index).toContain('<a href="render-basic/en.html">A small test</a>');
    expect(index).toContain('<a href="render-basic/de.html">Ein kleiner Test</a>');
    const page = readFileSync(join(dir, 'output/site/render-basic/en.html'), 'utf8');
    expect(page).toContain('<a href="../index.html">Home</a>');
  });
});

describe('common.json', () => {
  it('has every label, non-empty, in all 14 languages, and no German left in the others', () => {
    const loaded = loadResources(join(REPO, 'locales'), [...LANGUAGES], ['common']);
    const german = loaded.de!.common!;
    for (const lng of LANGUAGES) {
      const common = loaded[lng]!.common!;
      expect(Object.keys(common), lng).toEqual([...COMMON_KEYS]);
      for (const key of COMMON_KEYS) {
        expect(common[key]?.trim(), `${lng} ${key}`).not.toBe('');
        // The same word in both languages, correctly: "Original" (en), "Autor" (es, pt), "Artikel" (id).
        const same = ['format.labelValue', 'en label.original', 'es credit.author', 'pt credit.author', 'id site.articles'];
        if (lng !== 'de' && !same.includes(key) && !same.includes(`${lng} ${key}`)) expect(common[key], `${lng} ${key}`).not.toBe(german[key]);
      }
    }
  });
});
