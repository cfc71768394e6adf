// Chinese and Japanese figures as a native reader reads them: exact values, kinds, qualifiers,
// units and spans (src/figures/cjk.ts), and the digit tokens the localize stage replaces.

import { describe, expect, it } from 'vitest';
import { readFigures as readCjkFigures, scanNumbers as scanCjkNumbers } from '../src/figures/index.js';
import type { FigureReading } from '../src/figures/types.js';

const ARTICLE = { referenceDate: '2024-08-02' };

/** The one figure in `text`; fails when there are none or several. */
function only(text: string, lang: 'zh' | 'ja', options: { referenceDate?: string } = ARTICLE): FigureReading {
  const figures = readCjkFigures(text, lang, options);
  expect(figures.map((f) => f.text)).toHaveLength(1);
  return figures[0] as FigureReading;
}

describe('readCjkFigures: Chinese numbers', () => {
  it.each([
    ['1.5万', 15000, 1],
    ['1.1万', 11000, 1],
    ['1万5000', 15000, undefined],
    ['42亿', 4200000000, undefined],
    ['4.78万亿', 4780000000000, 2],
    ['1,050,000,000', 1050000000, undefined],
    ['１５，０００', 15000, undefined],
    ['0.7449', 0.7449, 4],
    ['十五万', 150000, undefined],
    ['两千', 2000, undefined],
    ['一百零一万一千', 1011000, undefined],
    ['四亿五千六百四十二万零一十五', 456420015, undefined],
    ['四十九兆九千五百九十二億', 49959200000000, undefined],
    ['一万三', 13000, undefined],
    ['两千四百五', 2450, undefined],
    ['九百万零四百', 9000400, undefined],
    ['肆佰陸拾', 460, undefined],
    ['十五点七', 15.7, 1],
    ['两千万点五五四四', 20000000.5544, 4],
    ['负3.5', -3.5, 1],
    ['三分之一', 1 / 3, undefined],
    ['一又二分之一', 1.5, undefined],
    ['3/5', 0.6, undefined],
    ['二〇二四', 2024, undefined],
    ['2e5', 200000, undefined],
    ['2的5次方', 32, undefined],
  ])('%s = %d', (text, value, decimals) => {
    const figure = only(text, 'zh');
    expect(figure).toMatchObject({ kind: 'number', value, qualifier: 'exact', start: 0, end: text.length });
    expect(figure.decimals).toBe(decimals);
  });

  it('reads counted things with their measure word, and ordinals', () => {
    expect(only('三个', 'zh')).toMatchObject({ kind: 'quantity', value: 3, unit: '个' });
    expect(only('5座', 'zh')).toMatchObject({ kind: 'quantity', value: 5, unit: '座' });
    expect(only('10台', 'zh')).toMatchObject({ kind: 'quantity', value: 10, unit: '台' });
    expect(only('8个城市', 'zh')).toMatchObject({ kind: 'quantity', value: 8, unit: '个城市' });
    expect(only('一吨半', 'zh')).toMatchObject({ kind: 'quantity', value: 1.5, unit: 't' });
    expect(only('十打', 'zh')).toMatchObject({ kind: 'number', value: 120 });
    expect(only('第一', 'zh')).toMatchObject({ kind: 'ordinal', value: 1, text: '第一' });
    expect(only('第一季度', 'zh')).toMatchObject({ kind: 'ordinal', value: 1, unit: '季度' });
    expect(only('一季度', 'zh')).toMatchObject({ kind: 'ordinal', value: 1, unit: '季度' });
    expect(only('3号线', 'zh')).toMatchObject({ kind: 'ordinal', value: 3, unit: '号线' });
    expect(only('第二次', 'zh')).toMatchObject({ kind: 'ordinal', value: 2, unit: '次' });
    // a clock time, not 10.30, and not two quantities
    expect(readCjkFigures('上午10点30分', 'zh').map((f) => [f.text, f.kind, f.time])).toEqual([['上午10点30分', 'time', '10:30']]);
    // 千 after a finished number belongs to nothing
    expect(readCjkFigures('五十千', 'zh').map((f) => f.value)).toEqual([50]);
  });

  it('keeps the text of the sample article figures exact', () => {
    const text = '博大数据深圳前海智算中心规划总规模约1.5万个标准机柜，一期可支持超过2万P。';
    const figures = readCjkFigures(text, 'zh', ARTICLE);
    const machines = figures.find((f) => f.unit === '个');
    expect(machines).toEqual({
      start: 17, end: 23, text: '约1.5万个', kind: 'quantity', value: 15000, unit: '个', qualifier: 'approx', decimals: 1,
    });
    expect(text.slice(17, 23)).toBe('约1.5万个');
    expect(figures.find((f) => f.unit === 'P')).toEqual({
      start: 33, end: 38, text: '超过2万P', kind: 'quantity', value: 20000, unit: 'P', qualifier: 'over',
    });
  });

  it('reads qualifiers before and after the number', () => {
    expect(only('约15000个', 'zh')).toMatchObject({ value: 15000, unit: '个', qualifier: 'approx', text: '约15000个' });
    expect(only('大约300人', 'zh')).toMatchObject({ value: 300, unit: '人', qualifier: 'approx' });
    expect(only('300人左右', 'zh')).toMatchObject({ value: 300, unit: '人', qualifier: 'approx', text: '300人左右' });
    expect(only('逾百家', 'zh')).toMatchObject({ value: 100, unit: '家', qualifier: 'over' });
    expect(only('3000多家', 'zh')).toMatchObject({ value: 3000, unit: '家', qualifier: 'over' });
    // 以上 and 以下 include the number in Chinese usage, as in Japanese
    expect(only('10万以上', 'zh')).toMatchObject({ value: 100000, qualifier: 'min' });
    expect(only('十余万', 'zh')).toMatchObject({ value: 100000, qualifier: 'over' });
    expect(only('不到10%', 'zh')).toMatchObject({ kind: 'percent', value: 10, qualifier: 'under' });
    expect(only('1000以下', 'zh')).toMatchObject({ value: 1000, qualifier: 'max' });
    expect(only('最多5个', 'zh')).toMatchObject({ value: 5, qualifier: 'max' });
    expect(only('多达50个', 'zh')).toMatchObject({ value: 50, qualifier: 'max' });
    expect(only('至少3项', 'zh')).toMatchObject({ value: 3, unit: '项', qualifier: 'min' });
    expect(only('不少于20家', 'zh')).toMatchObject({ value: 20, qualifier: 'min' });
    expect(only('近一吨', 'zh')).toMatchObject({ value: 1, unit: 't', qualifier: 'approx' });
    // "近3年" is "the last three years", not "nearly three years"
    expect(only('近3年来', 'zh')).toMatchObject({ value: 3, unit: 'yr', qualifier: 'exact', text: '3年' });
  });

  it('reads percents, percentage points, 成 and 折', () => {
    expect(only('26%', 'zh')).toMatchObject({ kind: 'percent', value: 26 });
    expect(only('26％', 'zh')).toMatchObject({ kind: 'percent', value: 26 });
    expect(only('百分之二十六', 'zh')).toMatchObject({ kind: 'percent', value: 26, text: '百分之二十六' });
    expect(only('百分之2.4', 'zh')).toMatchObject({ kind: 'percent', value: 2.4, decimals: 1 });
    expect(only('千分之一', 'zh')).toMatchObject({ kind: 'percent', value: 0.1 });
    expect(only('5.3个百分点', 'zh')).toMatchObject({ kind: 'percent', value: 5.3, percentPoints: true });
    expect(only('三成', 'zh')).toMatchObject({ kind: 'percent', value: 30 });
    expect(only('三成半', 'zh')).toMatchObject({ kind: 'percent', value: 35 });
    expect(only('九折', 'zh')).toMatchObject({ kind: 'percent', value: 90, unit: '折' });
    expect(only('75折', 'zh')).toMatchObject({ kind: 'percent', value: 75, unit: '折' });
    expect(readCjkFigures('成为第一', 'zh', ARTICLE).map((f) => f.kind)).toEqual(['ordinal']);
    expect(only('打对折', 'zh')).toMatchObject({ kind: 'percent', value: 50 });
    expect(only('12/100', 'zh')).toMatchObject({ kind: 'percent', value: 12 });
  });

  it('reads money with scale, currency and subunits', () => {
    expect(only('42亿元', 'zh')).toMatchObject({ kind: 'money', value: 4200000000, currency: 'CNY', text: '42亿元' });
    expect(only('1.5万美元', 'zh')).toMatchObject({ kind: 'money', value: 15000, currency: 'USD', decimals: 1 });
    expect(only('11.53亿美元', 'zh')).toMatchObject({ kind: 'money', value: 1153000000, currency: 'USD', decimals: 2 });
    expect(only('超过2.8万亿元', 'zh')).toMatchObject({ kind: 'money', value: 2.8e12, currency: 'CNY', qualifier: 'over' });
    expect(only('50元6角3分', 'zh')).toMatchObject({ kind: 'money', value: 50.63, currency: 'CNY', decimals: 2 });
    expect(only('两美元又三美分', 'zh')).toMatchObject({ kind: 'money', value: 2.03, currency: 'USD' });
    expect(only('$20', 'zh')).toMatchObject({ kind: 'money', value: 20, currency: 'USD' });
    expect(only('人民币 8千元', 'zh')).toMatchObject({ kind: 'money', value: 8000, currency: 'CNY', text: '人民币 8千元' });
  });

  it('reads ranges', () => {
    expect(only('0到1', 'zh')).toMatchObject({ kind: 'range', min: 0, max: 1, text: '0到1' });
    expect(only('2022-2023年', 'zh')).toMatchObject({ kind: 'range', min: 2022, max: 2023, text: '2022-2023年' });
    expect(only('（2024—2025年）', 'zh')).toMatchObject({ kind: 'range', min: 2024, max: 2025, start: 1, end: 11 });
    expect(only('10至100', 'zh')).toMatchObject({ kind: 'range', min: 10, max: 100 });
    expect(only('3～5%', 'zh')).toMatchObject({ kind: 'range', min: 3, max: 5, unit: '%' });
    expect(only('1.5万至2万元', 'zh')).toMatchObject({ kind: 'range', min: 15000, max: 20000, currency: 'CNY' });
    expect(only('一到五个苹果', 'zh')).toMatchObject({ kind: 'range', min: 1, max: 5, unit: '个' });
    expect(only('20和30之间', 'zh')).toMatchObject({ kind: 'range', min: 20, max: 30 });
    expect(only('大于10小于20', 'zh')).toMatchObject({ kind: 'range', min: 10, max: 20 });
    expect(only('三四十家', 'zh')).toMatchObject({ kind: 'range', min: 30, max: 40, unit: '家', qualifier: 'approx' });
    // a lower bound above the upper one is two figures, not a range
    expect(readCjkFigures('大于50小于12', 'zh').map((f) => [f.value, f.qualifier])).toEqual([[50, 'over'], [12, 'under']]);
    // a phone number is no range
    expect(readCjkFigures('+1-222-2222-2222', 'zh').some((f) => f.kind === 'range')).toBe(false);
  });

  it('reads dates, taking a missing year from the publication date', () => {
    expect(only('7月26日', 'zh')).toMatchObject({ kind: 'date', date: '2024-07-26', text: '7月26日' });
    expect(only('2024年7月26日', 'zh')).toMatchObject({ kind: 'date', date: '2024-07-26' });
    expect(only('七月二十六日', 'zh')).toMatchObject({ kind: 'date', date: '2024-07-26' });
    expect(only('2024年6月', 'zh')).toMatchObject({ kind: 'date', date: '2024-06' });
    expect(only('12月30日', 'zh', { referenceDate: '2025-01-03' })).toMatchObject({ date: '2024-12-30' });
    expect(only('26日', 'zh')).toMatchObject({ date: '2024-07-26' });
    expect(only('7月26日', 'zh', {})).toMatchObject({ kind: 'date', date: '--07-26' });
    expect(only('7月26日至28日', 'zh')).toMatchObject({ kind: 'date', date: '2024-07-26', endDate: '2024-07-28' });
    expect(only('2024-07-26', 'zh')).toMatchObject({ kind: 'date', date: '2024-07-26' });
    expect(only('2024年', 'zh')).toMatchObject({ kind: 'year', value: 2024 });
    expect(only('二〇二四年', 'zh')).toMatchObject({ kind: 'year', value: 2024 });
    expect(only('3年', 'zh')).toMatchObject({ kind: 'quantity', value: 3, unit: 'yr' });
    expect(only('3个月', 'zh')).toMatchObject({ kind: 'quantity', value: 3, unit: 'mo' });
  });

  it('leaves words that contain numerals alone', () => {
    for (const text of ['一切', '我家在四川', '十分重要', '统一', '一些', '陆地上有许多动物', '队伍', '万一', '一是加强管理', '5G基站', '维生素B12']) {
      expect(readCjkFigures(text, 'zh', ARTICLE)).toEqual([]);
    }
    expect(only('十分钟', 'zh')).toMatchObject({ value: 10, unit: 'min' });
    expect(only('两万两', 'zh')).toMatchObject({ value: 20000, unit: 'liang' });
    expect(readCjkFigures('访问 https://example.com/?q=30%25', 'zh')).toEqual([]);
  });

  it('flags what a native reader cannot settle', () => {
    expect(only('1.000', 'zh').ambiguous).toMatch(/thousands separator/);
    expect(only('5兆', 'zh').ambiguous).toMatch(/10\^12/);
    expect(only('五兆六十二亿', 'zh').ambiguous).toBeUndefined();
    expect(only('三个', 'zh').ambiguous).toBeUndefined();
  });
});

describe('readCjkFigures: Japanese', () => {
  it.each([
    ['1.5万', 15000],
    ['4億2000万', 420000000],
    ['2兆8000億', 2800000000000],
    ['一万三', 10003],
    ['二百五', 205],
    ['百二十三万四千五百六十七', 1234567],
    ['一二三四五六七八九〇', 1234567890],
    ['マイナス五・五', -5.5],
    ['〇・〇八', 0.08],
    ['3分の2', 2 / 3],
    ['1と2分の1', 1.5],
    ['1.1の23乗', 1.1 ** 23],
  ])('%s = %d', (text, value) => {
    expect(only(text, 'ja')).toMatchObject({ kind: 'number', value, start: 0, end: text.length });
  });

  it('reads money, percent, counters and units', () => {
    expect(only('5000円', 'ja')).toMatchObject({ kind: 'money', value: 5000, currency: 'JPY' });
    expect(only('2222円13銭', 'ja')).toMatchObject({ kind: 'money', value: 2222.13, currency: 'JPY' });
    expect(only('10円5銭', 'ja')).toMatchObject({ kind: 'money', value: 10.05, currency: 'JPY' });
    expect(only('1200億ドル', 'ja')).toMatchObject({ kind: 'money', value: 120000000000, currency: 'USD' });
    expect(only('26パーセント', 'ja')).toMatchObject({ kind: 'percent', value: 26 });
    expect(only('2.4ポイント', 'ja')).toMatchObject({ kind: 'percent', value: 2.4, percentPoints: true });
    expect(only('3割', 'ja')).toMatchObject({ kind: 'percent', value: 30 });
    expect(only('3割8分7厘', 'ja')).toMatchObject({ kind: 'percent', value: 38.7 });
    expect(only('2割引', 'ja')).toMatchObject({ kind: 'percent', value: 20, unit: '割引' });
    expect(only('4万P', 'ja')).toMatchObject({ kind: 'quantity', value: 40000, unit: 'P' });
    expect(only('22項目', 'ja')).toMatchObject({ kind: 'quantity', value: 22, unit: '項目' });
    expect(only('6分野', 'ja')).toMatchObject({ kind: 'quantity', value: 6, unit: '分野' });
    expect(only('3件', 'ja')).toMatchObject({ kind: 'quantity', value: 3, unit: '件' });
    expect(only('2つ', 'ja')).toMatchObject({ kind: 'quantity', value: 2, unit: 'つ' });
    expect(only('10番目', 'ja')).toMatchObject({ kind: 'ordinal', value: 10 });
    expect(only('第1期', 'ja')).toMatchObject({ kind: 'ordinal', value: 1, unit: '期' });
  });

  it('reads Japanese qualifiers: 以上 and 以下 include the number, 未満 and 超 do not', () => {
    expect(only('約1万5000人', 'ja')).toMatchObject({ value: 15000, unit: '人', qualifier: 'approx', text: '約1万5000人' });
    expect(only('およそ30社', 'ja')).toMatchObject({ value: 30, qualifier: 'approx' });
    expect(only('30以上', 'ja')).toMatchObject({ value: 30, qualifier: 'min' });
    expect(only('30以下', 'ja')).toMatchObject({ value: 30, qualifier: 'max' });
    expect(only('100未満', 'ja')).toMatchObject({ value: 100, qualifier: 'under' });
    expect(only('2万Pを超えた', 'ja')).toMatchObject({ value: 20000, unit: 'P', qualifier: 'over' });
    expect(only('最大700人', 'ja')).toMatchObject({ value: 700, qualifier: 'max' });
    expect(only('少なくとも3社', 'ja')).toMatchObject({ value: 3, unit: '社', qualifier: 'min' });
    expect(only('3割強', 'ja')).toMatchObject({ kind: 'percent', value: 30, qualifier: 'over' });
  });

  it('reads ranges, dates and fixed forms', () => {
    expect(only('1から5個', 'ja')).toMatchObject({ kind: 'range', min: 1, max: 5, unit: '個' });
    expect(only('1000から1500まで', 'ja')).toMatchObject({ kind: 'range', min: 1000, max: 1500, text: '1000から1500まで' });
    expect(only('2024～2025年', 'ja')).toMatchObject({ kind: 'range', min: 2024, max: 2025 });
    expect(only('100以上300以下', 'ja')).toMatchObject({ kind: 'range', min: 100, max: 300 });
    expect(only('20と30の間', 'ja')).toMatchObject({ kind: 'range', min: 20, max: 30 });
    expect(only('7月26日', 'ja')).toMatchObject({ kind: 'date', date: '2024-07-26' });
    expect(only('１９９１年１月１６日', 'ja')).toMatchObject({ kind: 'date', date: '1991-01-16' });
    expect(only('十二日', 'ja')).toMatchObject({ kind: 'date', date: '2024-07-12' });
    expect(only('一九九九年', 'ja')).toMatchObject({ kind: 'year', value: 1999 });
    expect(only('2024年度', 'ja')).toMatchObject({ kind: 'year', value: 2024 });
    expect(only('3日間', 'ja')).toMatchObject({ kind: 'quantity', value: 3, unit: 'd' });
    expect(only('半ダース', 'ja')).toMatchObject({ kind: 'number', value: 6 });
    expect(only('半数以上', 'ja')).toMatchObject({ kind: 'number', value: 0.5, qualifier: 'min' });
  });

  it('reads several figures in order, without overlaps', () => {
    const figures = readCjkFigures('売上高は前年比13.5%増の2兆8000億円、従業員は約3,000人。', 'ja', ARTICLE);
    expect(figures.map((f) => [f.text, f.kind, f.value])).toEqual([
      ['13.5%', 'percent', 13.5],
      ['2兆8000億円', 'money', 2800000000000],
      ['約3,000人', 'quantity', 3000],
    ]);
    for (let k = 1; k < figures.length; k++) expect(figures[k]?.start).toBeGreaterThanOrEqual(figures[k - 1]?.end ?? 0);
  });

  it('flags 、 used as a thousands separator', () => {
    expect(only('1、234、567', 'ja')).toMatchObject({ value: 1234567, ambiguous: expect.stringMatching(/list/) });
    expect(readCjkFigures('一般的には', 'ja')).toEqual([]);
  });
});

describe('scanCjkNumbers', () => {
  it('takes a directly written scale into the token, with the full value', () => {
    const tokens = scanCjkNumbers('规模约1.5万个，超过2万P，1万5000和4億2000万', 'zh');
    expect(tokens.map((t) => [t.text, t.value, t.decimals])).toEqual([
      ['1.5万', 15000, 1],
      ['2万', 20000, 0],
      ['1万5000', 15000, 0],
      ['4億2000万', 420000000, 0],
    ]);
  });

  it('marks grouping, years, percents and decimals as written', () => {
    const tokens = scanCjkNumbers('2024年增长26%，达到15,000个，占0.7449；１５，０００', 'zh');
    expect(tokens).toEqual([
      { start: 0, end: 4, text: '2024', value: 2024, decimals: 0, grouped: false, year: true, percent: false },
      { start: 7, end: 10, text: '26%', value: 26, decimals: 0, grouped: false, year: false, percent: true },
      { start: 13, end: 19, text: '15,000', value: 15000, decimals: 0, grouped: true, year: false, percent: false },
      { start: 22, end: 28, text: '0.7449', value: 0.7449, decimals: 4, grouped: false, year: false, percent: false },
      { start: 29, end: 35, text: '１５，０００', value: 15000, decimals: 0, grouped: true, year: false, percent: false },
    ]);
  });

  it('keeps range dashes out of the numbers and identifiers out of the tokens', () => {
    expect(scanCjkNumbers('2022-2023年', 'zh').map((t) => t.value)).toEqual([2022, 2023]);
    expect(scanCjkNumbers('下降-5%', 'zh').map((t) => [t.text, t.value, t.percent])).toEqual([['-5%', -5, true]]);
    expect(scanCjkNumbers('维生素B12和5G', 'zh').map((t) => t.text)).toEqual(['5']);
    expect(scanCjkNumbers('二十六个', 'zh')).toEqual([]);
    expect(scanCjkNumbers('见 https://example.com/2024/07 第3页', 'zh').map((t) => t.text)).toEqual(['3']);
  });

  it('flags what cannot be settled', () => {
    expect(scanCjkNumbers('1.000', 'zh')[0]?.ambiguous).toMatch(/thousands separator/);
    expect(scanCjkNumbers('1、234', 'ja')[0]).toMatchObject({ value: 1234, grouped: true, ambiguous: expect.stringMatching(/list/) });
  });
});

describe('clock times in Chinese and Japanese', () => {
  const times = (text: string, lang: 'zh' | 'ja') => readCjkFigures(text, lang).map((f) => [f.text, f.kind, f.time ?? f.value, f.qualifier]);
  it('reads hours, minutes, halves and day parts as one 24-hour time', () => {
    expect(times('午後5時30分に発表した', 'ja')).toEqual([['午後5時30分', 'time', '17:30', 'exact']]);
    expect(times('17時半ごろ', 'ja')).toEqual([['17時半ごろ', 'time', '17:30', 'approx']]);
    expect(times('晚上八点开始', 'zh')).toEqual([['晚上八点', 'time', '20:00', 'exact']]);
    expect(times('十点半', 'zh')).toEqual([['十点半', 'time', '10:30', 'exact']]);
    expect(times('15:30举行', 'zh')).toEqual([['15:30', 'time', '15:30', 'exact']]);
  });
  it('leaves durations, ranks and counted points alone', () => {
    expect(times('3時間', 'ja')).toEqual([['3時間', 'quantity', 3, 'exact']]);
    expect(times('第5点', 'zh')).toEqual([['第5点', 'ordinal', 5, 'exact']]);
    expect(times('提出5点建议', 'zh')).toEqual([['5点', 'quantity', 5, 'exact']]);
    expect(times('十五点七', 'zh')).toEqual([['十五点七', 'number', 15.7, 'exact']]);
  });
});
