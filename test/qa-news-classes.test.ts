// Classes of false alarms and misses found on real news translations (eval/figure-pairs-news),
// each fixed by language data or a structural QA rule and checked here on made-up sentences of
// the same kind, in more than one language where the class has more: a correct translation
// raises no error, the same sentence with the figure's meaning changed still does.

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { qaPair } from '../src/qa/index.js';
import { REPO } from './helpers/tmp.js';

const glossary = loadGlossary(loadConfig(REPO), undefined, REPO);

/** The figure findings of a pair: `severity ruleId`. */
function findings(from: LanguageCode, to: LanguageCode, source: string, target: string): string[] {
  const { messages } = qaPair({ from, to, source, target, glossary, referenceDate: '2024-08-02' });
  return messages.filter((m) => m.ruleId.startsWith('qa/figure-')).map((m) => `${m.severity} ${m.ruleId}`);
}
const errors = (from: LanguageCode, to: LanguageCode, source: string, target: string) => findings(from, to, source, target).filter((f) => f.startsWith('error'));

describe('a bound word read only before digits, before a number in words ("over fifty")', () => {
  it('leaves the figure not certainly exact: a bound on the other side is no error', () => {
    expect(errors('en', 'it', 'She still looks young, although she is over fifty.', "Sembra ancora giovane, anche se ha più di cinquant'anni.")).toEqual([]);
    expect(errors('en', 'zh', 'It helps children under five years of age.', '它有助于五岁以下的儿童。')).toEqual([]);
    expect(errors('de', 'en', 'Der Turm ist über hundert Meter hoch.', 'The tower is more than a hundred metres high.')).toEqual([]);
    // still said, one step lower
    expect(findings('en', 'it', 'The marina stretches for over ten kilometers.', 'Il porto si estende per oltre dieci chilometri.')).toEqual(['warning qa/figure-qualifier']);
  });

  it('a bound of the other direction is still an error', () => {
    expect(errors('en', 'it', 'She is over fifty.', "Ha meno di cinquant'anni.")).toEqual(['error qa/figure-qualifier']);
    expect(errors('en', 'fr', 'Children under five years of age.', 'Les enfants de plus de cinq ans.')).toEqual(['error qa/figure-qualifier']);
  });
});

describe('"until" words that also bound, with a duration ("até os cem anos", "hasta los 75 años", "до 70 лет")', () => {
  it('an age reached is no certain upper bound', () => {
    expect(errors('en', 'pt', 'Few people live to be a hundred years old.', 'Poucas pessoas vivem até os cem anos de idade.')).toEqual([]);
    expect(errors('de', 'es', 'Er kann problemlos 75 Jahre alt werden.', 'Podrá vivir sin problemas hasta los 75 años.')).toEqual([]);
    expect(errors('en', 'ru', 'They work until they are 70 years old.', 'Они работают до 70 лет.')).toEqual([]);
  });

  it('without a duration the bound stays certain, and a bound word that is no "until" too', () => {
    expect(errors('en', 'pt', 'The price is 100 euros.', 'O preço é até 100 euros.')).toEqual(['error qa/figure-qualifier']);
    expect(errors('en', 'es', 'He was sentenced to 10 years.', 'Fue condenado a más de 10 años.')).toEqual(['error qa/figure-qualifier']);
  });
});

describe('verbs of exceeding and of change ("topped", "passaram de", "возросло до")', () => {
  it('a verb of exceeding is a lower bound on either side', () => {
    expect(errors('en', 'ja', "Japan's exports topped $314 billion.", '日本の輸出は3140億ドルを超えた。')).toEqual([]);
    expect(errors('en', 'pt', 'The cases surpassed one million worldwide.', 'Os casos passaram de um milhão no mundo.')).toEqual([]);
    expect(errors('en', 'de', "Japan's exports topped $314 billion.", 'Japans Exporte betrugen 314 Milliarden Dollar.')).toEqual(['error qa/figure-qualifier']);
  });

  it('a bound preposition after a verb of change is the value reached, not "up to"', () => {
    expect(errors('en', 'ru', 'Death toll from Indonesia tsunami rises to 832', 'Число погибших от цунами возросло до 832')).toEqual([]);
    expect(errors('en', 'ru', 'Death toll from the tsunami is 832', 'Число погибших от цунами до 832')).toEqual(['error qa/figure-qualifier']);
  });
});

describe('a percentage as an adjective joined by a hyphen („15-prozentigen“)', () => {
  it('is a percentage, and its points are still points', () => {
    expect(errors('en', 'de', 'Bombardier reported a 15 percent fall in net profit.', 'Bombardier meldete einen 15-prozentigen Rückgang des Nettogewinns.')).toEqual([]);
    expect(errors('en', 'de', 'Profit fell by 15 percentage points.', 'Der Gewinn fiel um einen 15-prozentigen Wert.')).toEqual(['error qa/figure-unit']);
    expect(errors('en', 'de', 'a 15 percent fall', 'ein 25-prozentiger Rückgang')).not.toEqual([]);
  });
});

describe('Chinese weekdays: 周五 beside 星期五, and no short form two days share', () => {
  it('a weekday changed is an error in either form', () => {
    expect(errors('en', 'zh', 'Biles performed on Thursday in Rio.', '拜尔斯于周五在里约进行了表演。')).toEqual(['error qa/figure-weekday']);
    expect(errors('en', 'zh', 'Biles performed on Thursday in Rio.', '拜尔斯于星期五在里约进行了表演。')).toEqual(['error qa/figure-weekday']);
  });
  it('the same weekday in either form is none', () => {
    expect(errors('en', 'zh', 'Biles performed on Thursday in Rio.', '拜尔斯于周四在里约进行了表演。')).toEqual([]);
    expect(errors('en', 'zh', 'Biles performed on Thursday in Rio.', '拜尔斯于星期四在里约进行了表演。')).toEqual([]);
    expect(errors('en', 'ja', 'The meeting is on Wednesday.', '会議は水曜に開かれる。')).toEqual([]);
    // 周 alone is a week: "3周" says no weekday
    expect(errors('en', 'zh', 'It lasted 3 weeks from Monday.', '从周一开始持续了3周。')).toEqual([]);
  });
});

describe('"as many as": emphasis or an upper bound', () => {
  it('is an uncertain bound: a translation without it is no error, one that turns it is', () => {
    expect(findings('en', 'ja', 'As many as 400 passengers were killed in the crash.', 'その墜落事故で400人の乗客が死亡した。')).toEqual(['warning qa/figure-qualifier']);
    // "400人もの" says "as many as" itself
    expect(findings('en', 'ja', 'As many as 400 passengers were killed in the crash.', 'その墜落事故で400人もの乗客が死亡した。')).toEqual([]);
    expect(errors('en', 'de', 'As many as 400 passengers were killed.', 'Bis zu 400 Passagiere kamen ums Leben.')).toEqual([]);
    expect(errors('en', 'de', 'Up to 400 passengers were killed.', '400 Passagiere kamen ums Leben.')).toEqual(['error qa/figure-qualifier']);
  });
});

describe('one-word multiples ("kolmesti", "трижды") and change verbs before まで', () => {
  it('a multiple changed is an error, the same one none', () => {
    expect(errors('en', 'fi', 'She sent it twice to Maurice.', 'Hän lähetti sen kolmesti Mauricelle.')).toContain('error qa/figure-lost');
    expect(errors('en', 'fi', 'She sent it twice to Maurice.', 'Hän lähetti sen kahdesti Mauricelle.')).toEqual([]);
    expect(errors('en', 'ru', 'He called twice.', 'Он звонил трижды.')).toContain('error qa/figure-lost');
    expect(errors('en', 'ru', 'He called twice.', 'Он звонил дважды.')).toEqual([]);
  });
  it('"70歳まで延長" is where the extension ends, not "up to 70"', () => {
    expect(errors('en', 'ja', 'The retirement age is to be extended to 70.', '退職年齢を70歳まで延長する。')).toEqual([]);
    expect(errors('en', 'ja', 'Up to 100 people fit in the hall.', 'ホールには100人入れる。')).toEqual(['error qa/figure-qualifier']);
  });
});

describe('a clock time said in words on the other side ("alle sei", "before eight", "aamuseitsemää")', () => {
  it('is not certainly lost or added: one step lower', () => {
    expect(findings('en', 'it', 'Tom is going to pick me up at 6:00.', 'Tom mi verrà prendere alle sei.')).toEqual(['warning qa/figure-lost']);
    expect(errors('en', 'ja', 'He came back before eight.', '彼は８時前に帰ってきた。')).toEqual([]);
    expect(errors('en', 'fi', 'The attack occurred just before 7 a.m. near the beach.', 'Hyökkäys tapahtui juuri ennen aamuseitsemää lähellä rantaa.')).toEqual([]);
  });
  it('another hour, or none, is still an error', () => {
    expect(errors('en', 'it', 'Tom is going to pick me up at 6:00.', 'Tom mi verrà prendere più tardi.')).toEqual(['error qa/figure-lost']);
    expect(errors('en', 'fi', 'The attack occurred just before 7 a.m. near the beach.', 'Hyökkäys tapahtui juuri ennen aamukahdeksaa lähellä rantaa.')).toEqual(['error qa/figure-lost']);
  });
});

describe('a bound word read only before digits, read on a number in words ("Over an eight month period")', () => {
  it('against an exact figure: not certainly a bound', () => {
    expect(findings('en', 'de', 'Over an eight month period he sought information.', 'Über einen Zeitraum von acht Monaten suchte er Informationen.')).toEqual(['warning qa/figure-qualifier']);
  });
  it('against another bound: a change either way', () => {
    expect(errors('en', 'ja', 'The tree is over a thousand years old.', 'その木は樹齢千年未満だ。')).toEqual(['error qa/figure-qualifier']);
    expect(errors('en', 'ru', 'The tree is over a thousand years old.', 'Дереву менее тысячи лет.')).toEqual(['error qa/figure-qualifier']);
  });
});

describe('an order of magnitude said vaguely on the other side ("several hundred" / « quelques centaines »)', () => {
  it('the figure is not certainly lost', () => {
    expect(errors('en', 'fr', 'Only several hundred supporters gathered outside the court.', 'Seuls quelques centaines de supporteurs se sont rassemblés devant la Cour.')).toEqual([]);
    expect(errors('en', 'de', 'A few thousand people came.', 'Tausende Menschen kamen.')).toEqual([]);
  });
  it('another order, or none, is still an error', () => {
    expect(errors('en', 'de', 'A thousand people came.', 'Hunderte Menschen kamen.')).toContain('error qa/figure-lost');
    expect(errors('en', 'fr', 'Only several hundred supporters gathered.', 'Seuls des supporteurs se sont rassemblés.')).toContain('error qa/figure-lost');
  });
});

describe('a qualifier one word before the figure ("circa altri 50 bus", "más o menos las 3:30")', () => {
  it('of the class the other side has: not certainly a change', () => {
    expect(errors('en', 'it', 'About 50 other buses are already there.', 'Vi si trovano già circa altri 50 bus.')).toEqual([]);
    expect(errors('en', 'es', 'No arrests were made until about 3:30 a.m.', 'No se hicieron arrestos hasta más o menos las 3:30 a.m.')).toEqual([]);
  });
  it('of another class: still an error', () => {
    expect(errors('en', 'it', 'About 50 other buses are already there.', 'Vi si trovano già più di altri 50 bus.')).toEqual(['error qa/figure-qualifier']);
  });
});

describe('a half hour said by the hour it leads to („halb elf“ = 10:30)', () => {
  it('is a trace of the time, another hour is not', () => {
    expect(errors('de', 'it', 'Heute Abend Punkt halb elf wieder hier einfinden!', 'Stasera alle 22,30 puntuali ci incontriamo di nuovo qui!')).toEqual([]);
    expect(errors('de', 'it', 'Heute Abend um acht wieder hier!', 'Stasera alle 22,30 di nuovo qui!')).toEqual(['error qa/figure-added']);
  });
});

describe('dozens in Greek and Indonesian ("μισή ντουζίνα", "selusin")', () => {
  it('are read, so the count is compared', () => {
    expect(errors('en', 'el', 'I bought half a dozen eggs.', 'Αγόρασα μισή ντουζίνα αυγά.')).toEqual([]);
    expect(errors('en', 'el', 'I bought half a dozen eggs.', 'Αγόρασα δύο ντουζίνες αυγά.')).toContain('error qa/figure-lost');
    expect(errors('en', 'id', 'Over a dozen expert groups were working on it.', 'Lebih dari selusin kelompok pakar mengerjakannya.')).toEqual([]);
    expect(errors('en', 'id', 'Two dozen eggs.', 'Dua lusin telur.')).toEqual([]);
  });
});
