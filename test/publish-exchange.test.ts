// Exchange formats beside each language's HTML: IPTC ninjs 2.1 and schema.org JSON-LD, with
// people, organisations and places from the glossary in the version's language.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import { readArticle } from '../src/ingest/index.js';
import { buildVersions } from '../src/pipeline/index.js';
import { NINJS_SCHEMA, ninjsOf, writeOutputs } from '../src/publish/index.js';
import { addArticle, seedProject } from './e2e/support/project.js';
import { tmpProject } from './helpers/tmp.js';

const ARTICLE = `---
title: Boda Data baut in Shenzhen
lang: de
date: 2024-08-02
credits:
  editor: Peng Bo
languages: [de, zh, fr]
---

# Boda Data baut in Shenzhen

Li Ya, Vizepräsident von Boda Data, sagte, das Zentrum habe etwa 15.000 Standardschränke.

Auch Peking baut.
`;

function built() {
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'zh', 'fr']);
  addArticle(dir, 'boda', ARTICLE, ['de', 'zh', 'fr']);
  const config = loadConfig(dir);
  const glossary = loadGlossary(config, undefined, dir);
  const article = readArticle('boda', config, dir);
  // QA's verdict on a pseudo-translation is not what this file tests.
  const { versions } = buildVersions(article, config, { cwd: dir, glossary, qa: false });
  return { dir, config, glossary, article, versions };
}

describe('exchange formats', () => {
  it('describes a translation in ninjs 2.1 with the glossary names of its language', () => {
    const { article, versions, glossary } = built();
    const zh = versions.find((v) => v.lang === 'zh')!;
    const ninjs = ninjsOf(article, zh, { glossary, now: new Date('2024-08-03T10:00:00Z') });
    expect(ninjs).toMatchObject({
      uri: 'urn:newsdesk:article:boda:zh',
      standard: { name: 'ninjs', version: '2.1', schema: NINJS_SCHEMA },
      type: 'text',
      representationtype: 'full',
      language: 'zh',
      slugline: 'boda',
      versioncreated: '2024-08-03T10:00:00.000Z',
      firstcreated: '2024-08-02T00:00:00Z',
      contentcreated: '2024-08-02T00:00:00Z',
      pubstatus: 'usable',
      headlines: [{ role: 'main', contenttype: 'text/plain', value: '[zh] Boda Data baut in Shenzhen' }],
      altids: [
        { role: 'newsdesk', value: 'boda' },
        { role: 'digest', value: `sha256:${zh.digest}` },
        { role: 'translation-of', value: 'urn:newsdesk:article:boda:de' },
      ],
      copyrightholder: 'newsdesk',
    });
    expect(ninjs.bodies).toEqual([{ role: 'main', contenttype: 'text/html', value: zh.bodyHtml, charcount: expect.any(Number), wordcount: expect.any(Number) }]);
    expect(ninjs.bodies[0]!.value).toContain('1.5万');
    expect(ninjs.descriptions).toEqual([{ role: 'summary', contenttype: 'text/plain', value: zh.summary }]);
    const zhName = (id: string) => glossary.byId.get(id)!.names.zh;
    expect(ninjs.people).toEqual([
      { name: zhName('peng-bo'), rel: 'editor', literal: 'peng-bo' },
      { name: zhName('li-ya'), rel: 'mentioned', literal: 'li-ya' },
    ]);
    expect(ninjs.organisations).toEqual([{ name: zhName('boda-data'), rel: 'mentioned', literal: 'boda-data' }]);
    expect(ninjs.places?.map((p) => p.literal)).toEqual(['shenzhen', 'beijing']);
    // Only ninjs 2.x property names (the schema allows no others).
    const allowed = ['uri', 'standard', 'type', 'representationtype', 'language', 'slugline', 'versioncreated', 'firstcreated', 'contentcreated', 'pubstatus', 'headlines', 'descriptions', 'bodies', 'altids', 'by', 'copyrightholder', 'people', 'organisations', 'places', 'genres', 'subjects'];
    expect(Object.keys(ninjs).filter((key) => !allowed.includes(key))).toEqual([]);
  });

  it('writes <lng>.ninjs.json and <lng>.jsonld beside <lng>.html for each publishable version', () => {
    const { dir, config, article, versions, glossary } = built();
    writeOutputs(config, article, versions, { glossary });
    const out = join(dir, 'output', 'boda');
    for (const lng of ['de', 'zh', 'fr']) {
      expect(existsSync(join(out, `${lng}.html`))).toBe(true);
      const ninjs = JSON.parse(readFileSync(join(out, `${lng}.ninjs.json`), 'utf8')) as { language: string; uri: string };
      expect(ninjs.language).toBe(lng);
      const jsonld = JSON.parse(readFileSync(join(out, `${lng}.jsonld`), 'utf8')) as Record<string, unknown>;
      expect(jsonld).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', inLanguage: lng, datePublished: '2024-08-02', publisher: { '@type': 'Organization', name: 'newsdesk' } });
    }
    const de = JSON.parse(readFileSync(join(out, 'de.jsonld'), 'utf8')) as { workTranslation: Array<{ inLanguage: string }>; editor: { name: string } };
    expect(de.workTranslation.map((w) => w.inLanguage)).toEqual(['zh', 'fr']);
    expect(de.editor).toEqual({ '@type': 'Person', name: 'Peng Bo' });
    const fr = JSON.parse(readFileSync(join(out, 'fr.jsonld'), 'utf8')) as { translationOfWork: { inLanguage: string } };
    expect(fr.translationOfWork.inLanguage).toBe('de');
  });
});
