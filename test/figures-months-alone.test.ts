// A month named alone ("6月", "10 月份", "7 月下旬") is no figure by the annotation scheme
// (eval/figure-gold README: "weekdays and months alone"), in Chinese and Japanese as for the other
// readers ("im Juni"): the reader leaves it out, keeps a month with its year or in a range, and
// reads it on request for QA, which still compares the months each side names.
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import { monthsNamed, readFigures } from '../src/figures/index.js';
import { qaPair } from '../src/qa/index.js';
import { figureRows } from './helpers/figure-rows.js';
import { REPO } from './helpers/tmp.js';

const glossary = loadGlossary(loadConfig(REPO), undefined, REPO);

describe('a month named alone (zh, ja)', () => {
  it('is no figure; with its year, a day or in a range it is a date', () => {
    // WMT newstest2019 zh, newstest2020 ja (shortened)
    expect(figureRows('6 月，委员会公布了关于这些名称提议的公众咨询结果。', 'zh')).toEqual([]);
    expect(figureRows('指控称，10 月份，30 岁的赛波夫驾驶卡车。', 'zh')).toEqual([['quantity', 30, 'yr', 'exact']]);
    expect(figureRows('関係者が６月にロイターに語った。', 'ja')).toEqual([]);
    expect(figureRows('7 月下旬', 'zh')).toEqual([]);
    expect(figureRows('2017 年 12 月，被指控殴打他的父亲。', 'zh')).toEqual([['date', '2017-12', undefined, 'exact']]);
    expect(figureRows('2021年3月、5月', 'zh')).toEqual([['date', '2021-03', undefined, 'exact'], ['date', '2021-05', undefined, 'exact']]);
    expect(figureRows('6月至9月', 'zh')).toEqual([['date', '2024-06/2024-09', undefined, 'exact']]);
    expect(figureRows('11 月 6 日的中期选举', 'zh')).toEqual([['date', '2024-11-06', undefined, 'exact']]);
  });

  it('is read on request, and monthsNamed still names it', () => {
    expect(readFigures('6 月，委员会公布', 'zh', { monthsAlone: true }).map((f) => f.date)).toEqual(['--06']);
    expect([...monthsNamed('昨年９月の発生以降', 'ja')]).toEqual([9]);
  });

  it('QA still compares the months of both sides', () => {
    const errors = (source: string, target: string, from: 'ja' | 'zh', to: 'en' | 'de') =>
      qaPair({ from, to, source, target, glossary, referenceDate: '2024-08-02' }).messages.filter((m) => m.severity === 'error').map((m) => m.ruleId);
    expect(errors('昨年９月の発生以降、日本は清浄国の地位が一時保留中の状態だった。', "Since the outbreak last September, Japan's status as a free country has been suspended.", 'ja', 'en')).toEqual([]);
    expect(errors('昨年９月の発生以降、日本は清浄国の地位が一時保留中の状態だった。', "Since the outbreak last October, Japan's status as a free country has been suspended.", 'ja', 'en')).not.toEqual([]);
    expect(errors('6 月，委员会公布了结果。', 'Im Juni veröffentlichte der Ausschuss die Ergebnisse.', 'zh', 'de')).toEqual([]);
  });
});
