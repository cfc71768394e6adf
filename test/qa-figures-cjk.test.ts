// Figure QA on Chinese and Japanese translations as people write them, by class of
// phenomenon: a correct translation raises no figure error, and the same translation with one
// figure changed does. Our own examples.

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { qaPair } from '../src/qa/index.js';
import { REPO } from './helpers/tmp.js';

const glossary = loadGlossary(loadConfig(REPO), undefined, REPO);
const figureMessages = (from: LanguageCode, to: LanguageCode, source: string, target: string) =>
  qaPair({ from, to, source, target, glossary, referenceDate: '2024-08-02' }).messages.filter((m) => m.ruleId.startsWith('qa/figure-'));
const errors = (from: LanguageCode, to: LanguageCode, source: string, target: string) =>
  figureMessages(from, to, source, target).filter((m) => m.severity === 'error').map((m) => `${m.ruleId}: ${m.message}`);

/** [from, to, source, correct translation, the translation with one figure changed]. */
type Case = [LanguageCode, LanguageCode, string, string, string];

const classes: Record<string, Case[]> = {
  'a bound on a number word turned into the other bound': [
    ['en', 'zh', 'At least six people were hurt.', '至少有六人受伤。', '最多有六人受伤。'],
    ['en', 'ja', 'At most three seats were left.', '残った席は最大三つだった。', '残った席は少なくとも三つだった。'],
  ],
  'one written in digits where the source says "a" or nothing': [
    ['de', 'ja', 'Eine Tageskarte kostet 12 Euro.', '1日券は12ユーロです。', '1日券は21ユーロです。'],
    ['en', 'ja', 'Each molecule has a carbon atom and two oxygen atoms.', '各分子には炭素原子1つと酸素原子2つがある。', '各分子には炭素原子1つと酸素原子3つがある。'],
  ],
  'a conversion in full-width brackets': [
    ['en', 'zh', 'Gusts reached 180 kilometres an hour.', '阵风达到每小时 180 公里（每小时 112 英里）。', '阵风达到每小时 160 公里（每小时 112 英里）。'],
    ['en', 'ja', 'The tower is 300 metres (984 feet) tall.', 'その塔の高さは300メートルです。', 'その塔の高さは350メートルです。'],
  ],
  'an age bound said with "the age of"': [
    ['en', 'zh', 'Most were women under the age of 35.', '大多数是 35 岁以下的妇女。', '大多数是 35 岁以上的妇女。'],
    ['en', 'ja', 'Children over the age of 12 pay the full fare.', '12歳を超える子どもは正規運賃を払う。', '12歳未満の子どもは正規運賃を払う。'],
  ],
  'months named by an abbreviation on the other side': [
    ['de', 'ja', 'Führungen gibt es nur im Winter (Dez–Mär).', 'ツアーは冬季（12月～3月）のみです。', 'ツアーは冬季（12月～4月）のみです。'],
  ],
  'number one said in words': [
    ['en', 'ja', 'It calls itself the number 1 bakery in town.', '町でナンバーワンのパン屋を自称している。', '町でナンバー2のパン屋を自称している。'],
    ['en', 'zh', 'He is the number 1 striker of the club.', '他是俱乐部的头号前锋。', '他是俱乐部的第二号前锋。'],
  ],
  'a conversion the translation adds must agree with the figure it converts': [
    ['de', 'ja', 'Die Stadt liegt 80 Kilometer entfernt.', 'その町は80キロ（50マイル）離れている。', 'その町は80キロ（70マイル）離れている。'],
    ['en', 'zh', 'The lake is 12 feet deep.', '湖深 12 英尺（3.7 米）。', '湖深 12 英尺（7 米）。'],
  ],
  'a day with no month or year': [
    ['en', 'ja', 'Only twelve medals are awarded a day.', '1日に授与されるメダルは12個だけです。', '1日に授与されるメダルは21個だけです。'],
  ],
  'digits the other reader set aside as part of a name or code': [
    ['en', 'zh', 'A ride to Paro costs Nu 150.', '去帕罗的车费为 Nu 150。', '去帕罗的车费为 Nu 160。'],
  ],
  'a power of a unit written as a plain digit': [
    ['de', 'ja', 'Der See ist 320 km² groß.', '湖の面積は320 km2です。', '湖の面積は320 kmです。'],
  ],
  'a bound before a range': [
    ['en', 'zh', 'The craters are at least 20 to 40 metres wide.', '这些陨石坑宽至少 20 至 40 米。', '这些陨石坑宽至少 20 至 45 米。'],
    ['en', 'ja', 'The craters are at least 20 to 40 metres wide.', 'クレーターの幅は少なくとも20～40メートルある。', 'クレーターの幅は少なくとも20～45メートルある。'],
  ],
  'a clock time with a full-width colon': [
    ['de', 'zh', 'Das Beben ereignete sich um 21:15 Uhr.', '地震发生在晚上 9：15。', '地震发生在晚上 9：50。'],
  ],
  'two counted where the source says "both"': [
    ['de', 'ja', 'Beide Brücken sind 40 Meter lang.', '2本の橋はどちらも長さ40メートルです。', '2本の橋はどちらも長さ45メートルです。'],
    ['en', 'zh', 'Both teams scored 3 goals.', '两支球队各进了 3 球。', '两支球队各进了 4 球。'],
  ],
  'a festival named by its date': [
    ['en', 'zh', 'Sales on Singles’ Day, November 11, rose 8%.', '11月11日“双11”当天的销售额增长了8%。', '11月12日“双11”当天的销售额增长了8%。'],
  ],
};

describe('figure QA on Chinese and Japanese translations', () => {
  for (const [name, cases] of Object.entries(classes)) {
    it.each(cases)(`${name}: %s → %s: %s`, (from, to, source, correct, changed) => {
      expect(errors(from, to, source, correct)).toEqual([]);
      expect(errors(from, to, source, changed).length).toBeGreaterThan(0);
    });
  }

  it('a 2 added where the source does not say "both" stays an error', () => {
    expect(figureMessages('de', 'ja', 'Beide Brücken sind 40 Meter lang.', '2本の橋は長さ40メートルです。')).toMatchObject([{ ruleId: 'qa/figure-added', severity: 'warning' }]);
    expect(errors('de', 'ja', 'Die Brücken sind 40 Meter lang.', '2本の橋は長さ40メートルです。')).not.toEqual([]);
    expect(errors('en', 'zh', 'The teams scored 3 goals.', '2支球队各进了 3 球。')).not.toEqual([]);
  });

  it('a digit one the source does not have is a warning; one that replaced another value stays an error', () => {
    expect(figureMessages('de', 'ja', 'Eine Tageskarte kostet 12 Euro.', '1日券は12ユーロです。')).toMatchObject([{ ruleId: 'qa/figure-added', severity: 'warning' }]);
    expect(errors('en', 'zh', 'Two people were hurt.', '有1人受伤。')).not.toEqual([]);
    expect(errors('en', 'zh', 'The fee is 5 dollars.', '费用为1美元。')).not.toEqual([]);
  });
});
