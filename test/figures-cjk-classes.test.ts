// Classes of Chinese and Japanese figures met in real news and their translations (issue 11):
// spaces around the number, durations and rates as catalogue units, listed dates and month
// ranges, decades, numerals inside names and vague words, ordinals said in words, bounds after
// the number. Every example here is written for the test, one or more per class.

import { describe, expect, it } from 'vitest';
import { readFigures } from '../src/figures/index.js';

const ARTICLE = { referenceDate: '2024-08-02' };

type Row = [string, string, unknown, string?, string?];

/** text, kind, value (or date / time / min..max), unit or currency, qualifier (when not exact). */
function rows(text: string, lang: 'zh' | 'ja', options = ARTICLE): Row[] {
  return readFigures(text, lang, options).map((f) => {
    const value = f.time ?? (f.date !== undefined ? (f.endDate !== undefined ? `${f.date}..${f.endDate}` : f.date) : f.value ?? `${f.min}..${f.max}`);
    const row: Row = [f.text, f.kind, value];
    if (f.unit !== undefined || f.currency !== undefined || f.qualifier !== 'exact') row.push(f.currency ?? f.unit ?? '');
    if (f.qualifier !== 'exact') row.push(f.qualifier);
    return row;
  });
}

describe('spaces between a number and its unit or date marker', () => {
  it('reads spaced dates, years and counted things', () => {
    expect(rows('会议于 2019 年 4 月 7 日开幕', 'zh')).toEqual([['2019 年 4 月 7 日', 'date', '2019-04-07']]);
    expect(rows('比赛定于 10 月 2 日举行', 'zh')).toEqual([['10 月 2 日', 'date', '2024-10-02']]);
    expect(rows('早在 1998 年，他就', 'zh')).toEqual([['1998 年', 'year', 1998]]);
    expect(rows('过去 5 个月里', 'zh')).toEqual([['5 个月', 'quantity', 5, 'mo']]);
    expect(rows('至少 3 人受伤', 'zh')).toEqual([['至少 3 人', 'quantity', 3, '人', 'min']]);
    expect(rows('最多有 20 家', 'zh')).toEqual([['最多有 20 家', 'quantity', 20, '家', 'max']]);
  });
  it('reads a spaced Latin unit only when it is a unit', () => {
    expect(rows('风速达到 40 m/s', 'zh')).toEqual([['40 m/s', 'quantity', 40, 'm/s']]);
    expect(rows('限速 70 mph', 'zh')).toEqual([['70 mph', 'quantity', 70, 'mph']]);
  });
});

describe('durations, ages and rates carry catalogue units', () => {
  it('reads Chinese durations and ages', () => {
    expect(rows('休息5天', 'zh')).toEqual([['5天', 'quantity', 5, 'd']]);
    expect(rows('开了2小时的会', 'zh')).toEqual([['2小时', 'quantity', 2, 'h']]);
    expect(rows('等了30分钟', 'zh')).toEqual([['30分钟', 'quantity', 30, 'min']]);
    expect(rows('持续两个星期', 'zh')).toEqual([['两个星期', 'quantity', 2, 'wk']]);
    expect(rows('一名45岁男子', 'zh')).toEqual([['45岁', 'quantity', 45, 'yr']]);
    expect(rows('持续了一年多', 'zh')).toEqual([['一年多', 'quantity', 1, 'yr', 'over']]);
  });
  it('reads Japanese durations and ages', () => {
    expect(rows('5日間の日程', 'ja')).toEqual([['5日間', 'quantity', 5, 'd']]);
    expect(rows('2時間待った', 'ja')).toEqual([['2時間', 'quantity', 2, 'h']]);
    expect(rows('3カ月間続いた', 'ja')).toEqual([['3カ月間', 'quantity', 3, 'mo']]);
    expect(rows('2週間後', 'ja')).toEqual([['2週間', 'quantity', 2, 'wk']]);
    expect(rows('52歳の会社員', 'ja')).toEqual([['52歳', 'quantity', 52, 'yr']]);
    expect(rows('30分遅れた', 'ja')).toEqual([['30分', 'quantity', 30, 'min']]);
  });
  it('reads a day that is a length of time, not a date', () => {
    expect(rows('1日券は800円', 'ja')).toEqual([['1日', 'quantity', 1, 'd'], ['800円', 'money', 800, 'JPY']]);
    expect(rows('3日ぶりに再開', 'ja')).toEqual([['3日', 'quantity', 3, 'd']]);
    expect(rows('1日に発表した', 'ja')).toEqual([['1日', 'date', '2024-08-01']]);
  });
  it('reads speeds before and after the number', () => {
    expect(rows('列车时速 350 公里', 'zh')).toEqual([['时速 350 公里', 'quantity', 350, 'km/h']]);
    expect(rows('每小时 60 英里', 'zh')).toEqual([['每小时 60 英里', 'quantity', 60, 'mph']]);
    expect(rows('风速每秒20米', 'zh')).toEqual([['每秒20米', 'quantity', 20, 'm/s']]);
    expect(rows('最高120公里/小时', 'zh')).toEqual([['最高120公里/小时', 'quantity', 120, 'km/h', 'max']]);
    expect(rows('時速200キロで走行', 'ja')).toEqual([['時速200キロ', 'quantity', 200, 'km/h']]);
    expect(rows('秒速10メートル', 'ja')).toEqual([['秒速10メートル', 'quantity', 10, 'm/s']]);
    expect(rows('最高90km/hで走る', 'ja')).toEqual([['最高90km/h', 'quantity', 90, 'km/h', 'max']]);
    // a rate the catalogue has no unit for keeps no catalogue unit
    expect(readFigures('時速5m', 'ja')[0]?.unit).toBe('m/h');
  });
  it('reads 千米 as the kilometre, also after a space and alone', () => {
    expect(rows('全长 42 千米', 'zh')).toEqual([['42 千米', 'quantity', 42, 'km']]);
    expect(rows('每千米耗电', 'zh')).toEqual([]);
    expect(rows('长三千米', 'zh')).toEqual([['三千米', 'quantity', 3000, 'm']]);
  });
});

describe('dates in lists and month ranges', () => {
  it('gives a listed day the month before it', () => {
    expect(rows('5月8日、9日两天', 'zh')).toEqual([['5月8日', 'date', '2024-05-08'], ['9日', 'date', '2024-05-09'], ['两天', 'quantity', 2, 'd']]);
    expect(rows('3月12日和13日', 'zh')).toEqual([['3月12日', 'date', '2024-03-12'], ['13日', 'date', '2024-03-13']]);
    expect(rows('2023年4月5日と6日', 'ja')).toEqual([['2023年4月5日', 'date', '2023-04-05'], ['6日', 'date', '2023-04-06']]);
    expect(rows('2021年3月、5月', 'zh')).toEqual([['2021年3月', 'date', '2021-03'], ['5月', 'date', '2021-05']]);
    const listed = readFigures('2021年11月3日、4日', 'zh', ARTICLE)[1];
    expect(listed).toMatchObject({ date: '2021-11-04' });
    expect(listed?.inferred).toBeUndefined();
    expect(readFigures('11月3日、4日', 'zh', ARTICLE)[1]).toMatchObject({ date: '2024-11-04', inferred: 'year' });
  });
  it('reads month ranges, also over the turn of the year', () => {
    expect(rows('6月至9月', 'zh')).toEqual([['6月至9月', 'date', '2024-06..2024-09']]);
    expect(rows('4月から7月まで', 'ja')).toEqual([['4月から7月まで', 'date', '2024-04..2024-07']]);
    expect(rows('12月～3月の冬', 'ja')).toEqual([['12月～3月', 'date', '2024-12..2025-03']]);
  });
});

describe('decades and centuries', () => {
  it('reads a decade as the range of its years, with its century', () => {
    expect(rows('80年代的音乐', 'zh')).toEqual([['80年代', 'range', '1980..1989']]);
    expect(rows('1990年代初', 'zh')).toEqual([['1990年代', 'range', '1990..1999']]);
    expect(rows('在 20 世纪 90 年代', 'zh')).toEqual([['20 世纪 90 年代', 'range', '1990..1999']]);
    expect(rows('19世纪80年代', 'zh')).toEqual([['19世纪80年代', 'range', '1880..1889']]);
    expect(rows('上世纪60年代', 'zh')).toEqual([['60年代', 'range', '1960..1969']]);
    expect(rows('1980年代に流行した', 'ja')).toEqual([['1980年代', 'range', '1980..1989']]);
    // a round hundred is a century, which translations write as an ordinal as often: no figure
    expect(rows('1800年代', 'ja')).toEqual([]);
  });
  it('reads a century alone as its rank', () => {
    expect(rows('21世纪的城市', 'zh')).toEqual([['21世纪', 'ordinal', 21, '世纪']]);
    expect(rows('两个世纪以来', 'zh')).toEqual([['两个世纪', 'quantity', 2, '个世纪']]);
  });
});

describe('numerals that are no figures', () => {
  it('leaves numerals inside names and words alone', () => {
    expect(rows('他住在六里桥附近', 'zh')).toEqual([]);
    expect(rows('游客前往八宝山', 'zh')).toEqual([]);
    expect(rows('天卫三 (Titania) 的表面', 'zh')).toEqual([]);
    expect(rows('搭载 Windows 11 系统', 'zh')).toEqual([]);
    expect(rows('搭乘 Boeing 737 客机', 'zh')).toEqual([]);
    expect(rows('型号为 39C', 'zh')).toEqual([]);
    expect(rows('他常去 8kun 论坛', 'zh')).toEqual([]);
  });
  it('keeps lone numerals that state a value', () => {
    expect(rows('结果是五', 'zh')).toEqual([['五', 'number', 5]]);
    expect(rows('排名前三', 'zh')).toEqual([['三', 'number', 3]]);
    expect(rows('一到三个', 'zh')).toEqual([['一到三个', 'range', '1..3', '个']]);
  });
  it('reads vague amounts as no figure', () => {
    expect(rows('数十人受伤', 'zh')).toEqual([]);
    expect(rows('损失几百万元', 'zh')).toEqual([]);
    expect(rows('上千家企业', 'zh')).toEqual([]);
    expect(rows('数十億円の資金', 'ja')).toEqual([]);
    expect(rows('数百人が集まった', 'ja')).toEqual([]);
    // a vague digit inside a number is a lower bound
    expect(rows('十余万人', 'zh')).toEqual([['十余万人', 'quantity', 100000, '人', 'over']]);
  });
  it('reads 一 before a measure word as the article unless a count is meant', () => {
    expect(rows('在一家医院工作', 'zh')).toEqual([]);
    expect(rows('只有一家医院', 'zh')).toEqual([['一家', 'quantity', 1, '家']]);
    expect(rows('1家医院', 'zh')).toEqual([['1家', 'quantity', 1, '家']]);
  });
  it('leaves a day named by its date alone, in digits or in words', () => {
    expect(rows('“双11”购物节', 'zh')).toEqual([]);
    expect(rows('今年双十二的销量', 'zh')).toEqual([]);
    expect(rows('卖出11双鞋', 'zh')).toEqual([['11双', 'quantity', 11, '双']]);
  });
  it('reads a Latin unit with its power written as a plain digit', () => {
    expect(rows('面积约 640 km2', 'zh')).toEqual([['约 640 km2', 'quantity', 640, 'km²', 'approx']]);
    expect(rows('容量は12 m3です', 'ja')).toEqual([['12 m3', 'quantity', 12, 'm³']]);
    // a digit that starts the next number is no power
    expect(rows('路程5km25分钟', 'zh')).toEqual([['5km', 'quantity', 5, 'km'], ['25分钟', 'quantity', 25, 'min']]);
  });
  it('reads "2.5M" with its Latin scale', () => {
    expect(rows('融资 2.5M', 'zh')).toEqual([['2.5M', 'number', 2500000]]);
  });
});

describe('ordinals said in words', () => {
  it('reads 首 before a measure word and 初 as the first', () => {
    expect(rows('首届论坛', 'zh')).toEqual([['首届', 'ordinal', 1]]);
    expect(rows('首批疫苗', 'zh')).toEqual([['首批', 'ordinal', 1]]);
    expect(rows('国家元首次日抵达', 'zh')).toEqual([]);
    expect(rows('初の女性知事', 'ja')).toEqual([['初の', 'ordinal', 1]]);
    expect(rows('最初の試合', 'ja')).toEqual([['最初', 'ordinal', 1]]);
    expect(rows('当初の計画', 'ja')).toEqual([]);
    expect(rows('業界ナンバーワンの企業', 'ja')).toEqual([['ナンバーワン', 'ordinal', 1]]);
    expect(rows('队里的头号射手', 'zh')).toEqual([['头号', 'ordinal', 1]]);
  });
  it('reads a counter with 目 as a rank', () => {
    expect(rows('3人目の候補', 'ja')).toEqual([['3人目', 'ordinal', 3, '人']]);
    expect(rows('就任5年目', 'ja')).toEqual([['5年目', 'ordinal', 5, 'yr']]);
  });
});

describe('bounds after the number', () => {
  it('reads inclusive bounds and bounds over a conversion', () => {
    expect(rows('600公里（含）以下', 'zh')).toEqual([['600公里（含）以下', 'quantity', 600, 'km', 'max']]);
    expect(rows('5000人以上', 'zh')).toEqual([['5000人以上', 'quantity', 5000, '人', 'min']]);
    expect(rows('1万人を上回る', 'ja')).toEqual([['1万人を上回る', 'quantity', 10000, '人', 'over']]);
    expect(rows('200万ドル（3億円）を下回る', 'ja')).toEqual([
      ['200万ドル', 'money', 2000000, 'USD', 'under'],
      ['3億円', 'money', 300000000, 'JPY', 'under'],
    ]);
    expect(rows('20 分钟多一点', 'zh')).toEqual([['20 分钟多一点', 'quantity', 20, 'min', 'over']]);
  });
  it('reads age bounds and where a change ended', () => {
    expect(rows('已年满 16 岁', 'zh')).toEqual([['年满 16 岁', 'quantity', 16, 'yr', 'min']]);
    expect(rows('不满14岁', 'zh')).toEqual([['不满14岁', 'quantity', 14, 'yr', 'under']]);
    expect(rows('最大50人まで入れる', 'ja')).toEqual([['最大50人まで', 'quantity', 50, '人', 'max']]);
    expect(rows('3万人まで減少した', 'ja')).toEqual([['3万人', 'quantity', 30000, '人']]);
  });
  it('reads a bound written before a range as the bound of the whole range', () => {
    expect(rows('至少 30 至 50 人', 'zh')).toEqual([['至少 30 至 50 人', 'range', '30..50', '人', 'min']]);
    expect(rows('最多有3到5天', 'zh')).toEqual([['最多有3到5天', 'range', '3..5', 'd', 'max']]);
    expect(rows('少なくとも5～8キロ', 'ja')).toEqual([['少なくとも5～8キロ', 'range', '5..8', 'km', 'min']]);
    // a bound after the first number opens no range
    expect(rows('10以上到20', 'zh')).toEqual([['10以上', 'number', 10, '', 'min'], ['20', 'number', 20]]);
  });
  it('never reads a bound after a year', () => {
    expect(rows('比2019年多三个', 'zh')).toEqual([['2019年', 'year', 2019], ['三个', 'quantity', 3, '个']]);
  });
});

describe('clock times with a full-width colon', () => {
  it('reads 9：15 as a time, and a score with it as two numbers', () => {
    expect(rows('晚上 9：15 开始', 'zh')).toEqual([['晚上 9：15', 'time', '21:15']]);
    expect(rows('午前７：３０に出発', 'ja')).toEqual([['午前７：３０', 'time', '07:30']]);
    expect(rows('比分为3：2', 'zh')).toEqual([['3', 'number', 3], ['2', 'number', 2]]);
  });
});

describe('clock times with zones and midnight', () => {
  it('reads four digits beside a time zone and 零点', () => {
    expect(rows('UTC 0815 发生', 'zh')).toEqual([['UTC 0815', 'time', '08:15']]);
    expect(rows('0815 GMT', 'zh')).toEqual([['0815 GMT', 'time', '08:15']]);
    expect(rows('今天零点起', 'zh')).toEqual([['零点', 'time', '00:00']]);
    expect(rows('零点五', 'zh')).toEqual([['零点五', 'number', 0.5]]);
    expect(rows('下午 3:15 左右', 'zh')).toEqual([['下午 3:15 左右', 'time', '15:15', '', 'approx']]);
  });
});
