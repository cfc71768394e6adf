// A month named alone in a Chinese or Japanese source ("6月") is no figure of the article (the
// gold scheme), but in the locale file it stays one date placeholder that each language writes its
// own way ("June", "Juni"), never the bare number of the month with "月" left as text ("in 6"),
// nor with the publication year the reader took for it ("June 2024").

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import { parseArticle } from '../src/ingest/index.js';
import { buildSourceResource, formatFigure, type Namespace } from '../src/localize/index.js';
import { qaArticle } from '../src/qa/index.js';
import { REPO } from './helpers/tmp.js';

const config = loadConfig(REPO);
const glossary = loadGlossary(config, undefined, REPO);

function articleIn(lang: 'zh' | 'ja', sentence: string) {
  return parseArticle(`---\ntitle: 计划\nlang: ${lang}\ndate: 2024-08-02\nlanguages: [${lang}, en, de]\n---\n\n# 计划\n\n${sentence}\n`, 'content/plan/index.md', config);
}

describe('a month named alone in a CJK source', () => {
  it.each([
    ['zh', '该公司于6月发布了新计划。', '该公司于{{f1, figure}}发布了新计划。'],
    ['ja', '同社は6月に新しい計画を発表した。', '同社は{{f1, figure}}に新しい計画を発表した。'],
    ['zh', '7 月下旬将举行会议。', '{{f1, figure}}下旬将举行会议。'],
  ] as const)('%s %s: one placeholder, a month in every language', (lang, sentence, value) => {
    const article = articleIn(lang, sentence);
    expect(article.figures ?? []).toEqual([]);
    const built = buildSourceResource(article);
    const key = Object.keys(built.resource)[1]!;
    expect(built.resource[key]).toBe(value);
    const figure = built.figures[key]!.f1!;
    const month = sentence.includes('7') ? ['July', 'Juli'] : ['June', 'Juni'];
    // The month alone, without the publication year the reader took for it ("June", not "June 2024").
    expect(formatFigure(figure, 'en')).toBe(month[0]);
    expect(formatFigure(figure, 'de')).toBe(month[1]);
    expect(formatFigure(figure, 'la')).not.toMatch(/\d/u);
    expect(formatFigure(figure, 'sa')).not.toMatch(/[\p{Nd}]/u);
  });

  it('QA of a translation that keeps the placeholder finds nothing; one that drops it is held', () => {
    const article = articleIn('zh', '该公司于6月发布了新计划。');
    const keys = Object.keys(buildSourceResource(article).resource);
    const errors = (sentence: string) => {
      const en: Namespace = { [keys[0]!]: 'Plan', [keys[1]!]: sentence };
      return qaArticle(article, 'en', { en: { [article.slug]: en } }, glossary).messages.filter((m) => m.severity === 'error');
    };
    expect(errors('The company published the new plan in {{f1, figure}}.')).toEqual([]);
    expect(errors('The company published the new plan in July.').length).toBeGreaterThan(0);
  });
});
