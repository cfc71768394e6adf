// The QA checks besides figure values: placeholders and tags compared on the raw locale
// values, untranslated text, script, glossary names, quotation marks and length — each with
// a case that must pass and one that must be flagged, at the right place.

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import type { FigureValue } from '../src/localize/index.js';
import { checkById, checkUnit, qaPair, qaText, type QaFinding, type QaUnit } from '../src/qa/index.js';
import { REPO } from './helpers/tmp.js';

const glossary = loadGlossary(loadConfig(REPO), undefined, REPO);

function unit(from: LanguageCode, to: LanguageCode, source: string, target: string, figures: Record<string, FigureValue> = {}): QaUnit {
  return { key: 'k', source: qaText(source, from, figures), target: qaText(target, to, figures) };
}

function run(id: string, u: QaUnit): QaFinding[] {
  return checkUnit(u, { glossary, referenceDate: '2024-08-02', checks: [checkById(id)!] });
}

const F15000: FigureValue = { style: 'decimal', value: 15000, decimals: 0, text: '15.000' };
const F26: FigureValue = { style: 'percent', value: 26, decimals: 0, text: '26 %' };

describe('qaText: the sentence a reader sees, mapped back to the locale value', () => {
  it('formats placeholders per language and strips tags', () => {
    const t = qaText('etwa <1>{{f1, figure}}</1> Schränke', 'fr', { f1: F15000 });
    expect(t.text).toBe('etwa 15\u202f000 Schränke');
    // "15 000" starts at text offset 5 and is the placeholder at raw offset 8.
    expect(t.toRaw(5)).toBe(8);
    expect(t.toRaw(11, 'end')).toBe(8 + '{{f1, figure}}'.length);
    // " Schränke" after the closing tag.
    expect(t.toRaw(12)).toBe(t.raw.indexOf(' Schränke') + 1);
  });

  it('writes Chinese myriads and Devanagari digits', () => {
    expect(qaText('约{{f1, figure}}个', 'zh', { f1: F15000 }).text).toBe('约1.5万个');
    expect(qaText('{{f1, figure}}', 'sa', { f1: F15000 }).text).toBe('१५,०००');
  });
});

describe('qa/placeholders', () => {
  const source = 'Etwa {{f1, figure}} Schränke, plus {{f2, figure}}.';
  const figures = { f1: F15000, f2: F26 };
  it('passes the same placeholders in another order', () => {
    expect(run('qa/placeholders', unit('de', 'en', source, 'Up {{f2, figure}}, with about {{f1, figure}} racks.', figures))).toEqual([]);
  });
  it('flags a dropped, an unknown, a repeated and a miswritten placeholder', () => {
    const findings = run('qa/placeholders', unit('de', 'en', source, 'About {{f1}} racks, {{f3, figure}}, {{f2, figure}} and {{f2, figure}}.', figures));
    expect(findings.map((f) => [f.message, f.start])).toEqual([
      ['`{{f1}}` is not a figure placeholder: write {{fN, figure}}', 6],
      ['{{f3, figure}} is not a figure of the source sentence', 20],
      ['{{f2, figure}} is used 2 times; the source uses it 1 time', 55],
      ['the placeholder {{f1, figure}} (`15.000` in the source) is missing', 70],
    ]);
    expect(findings.every((f) => f.severity === 'error' && f.raw)).toBe(true);
  });
  it('flags a half-deleted placeholder', () => {
    const findings = run('qa/placeholders', unit('de', 'en', 'Etwa {{f1, figure}} Schränke.', 'About {{f1, figure} racks.', { f1: F15000 }));
    expect(findings.map((f) => f.message)).toContain('stray `{{`: a figure placeholder is written {{fN, figure}}');
  });
});

describe('qa/tags', () => {
  const source = 'Der <1>Plan</1> mit <2>Link <3>fett</3></2><4/>.';
  it('passes moved tags with the same structure', () => {
    expect(run('qa/tags', unit('de', 'en', source, 'With <2>link <3>bold</3></2>, the <1>plan</1><4/>.'))).toEqual([]);
  });
  it('flags a dropped tag, an invented tag, a wrong kind and a changed nesting', () => {
    const findings = run('qa/tags', unit('de', 'en', source, 'The <1/> with <2>link</2> <3>bold</3> <5>x</5><4/>.'));
    expect(findings.map((f) => f.message).sort()).toEqual([
      '<1> wraps text in the source: write <1>…</1>',
      '<3> is at the top level; in the source it is inside <2>',
      'tag 5 is not in the source',
    ]);
  });
  it('flags crossed, unclosed and empty tags, and a missing one', () => {
    const messages = run('qa/tags', unit('de', 'en', source, 'The <1>plan <2>link</1> <3>bold</3></2> <4/>')).map((f) => f.message);
    expect(messages).toContain('`</1>` closes <1> before <2> is closed (tags cross)');
    const empty = run('qa/tags', unit('de', 'en', 'Der <1>Plan</1>.', 'The <1></1> plan.')).map((f) => f.message);
    expect(empty).toEqual(['<1>…</1> wraps no text; in the source it wraps “Plan”']);
    const missing = run('qa/tags', unit('de', 'en', 'Der <1>Plan</1>.', 'The plan.'));
    expect(missing.map((f) => f.message)).toEqual(['tag <1>…</1> of the source is missing (around “Plan”)']);
  });
});

describe('qa/untranslated', () => {
  it('flags a translation equal to the source', () => {
    const findings = run('qa/untranslated', unit('de', 'fr', 'Peking macht Dinge von 0 bis 1.', 'Peking macht Dinge von 0 bis 1.'));
    expect(findings).toMatchObject([{ severity: 'error', message: 'the translation is the de source text' }]);
  });
  it('passes names and figures kept as they are', () => {
    expect(run('qa/untranslated', unit('de', 'fr', 'Boda Data', 'Boda Data'))).toEqual([]);
    expect(run('qa/untranslated', unit('de', 'en', 'Li Ya, {{f1, figure}}', 'Li Ya, {{f1, figure}}', { f1: F26 }))).toEqual([]);
  });
  it('warns about a sentence left mostly in the source language', () => {
    const findings = run('qa/untranslated', unit('de', 'fr', 'Die drei Städte haben ihre eigenen Merkmale beim Einsatz künstlicher Intelligenz.', 'Die drei Städte haben ihre eigenen Merkmale beim Einsatz künstlicher Intelligence.'));
    expect(findings).toMatchObject([{ severity: 'warning' }]);
  });
  it('passes a real translation', () => {
    expect(run('qa/untranslated', unit('de', 'fr', 'Die drei Städte haben ihre eigenen Merkmale.', 'Les trois villes ont leurs propres caractéristiques.'))).toEqual([]);
  });
});

describe('qa/script', () => {
  it.each([
    ['ru', 'Пекин, Шанхай и Шэньчжэнь соперничают за звание «города ИИ».'],
    ['el', 'Το Πεκίνο, η Σαγκάη και η Σεντζέν ανταγωνίζονται για την «πόλη της ΤΝ».'],
    ['ja', '北京、上海、深圳が「AI都市」を競っている。'],
    ['zh', '北京、上海、深圳竞逐“AI城市”。'],
    ['sa', 'बीजिङ्ग-शाङ्घाई-शेन्झेन्-नगराणि स्पर्धन्ते।'],
    ['fr', 'Pékin, Shanghai et Shenzhen rivalisent pour devenir la « ville de l’IA ».'],
    ['ru', 'Центр SenseTime в Линган — один из крупнейших в Азии.'],
  ] as Array<[LanguageCode, string]>)('%s: %s passes', (lang, text) => {
    expect(run('qa/script', unit('de', lang, 'Peking, Shanghai und Shenzhen konkurrieren um die „KI-Stadt“.', text))).toEqual([]);
  });
  it('flags a Russian translation written in Latin letters', () => {
    expect(run('qa/script', unit('de', 'ru', 'Die drei Städte konkurrieren.', 'The three cities compete.'))).toMatchObject([{ severity: 'error', expected: 'Cyrillic' }]);
  });
  it('looks past names the source has in the same spelling, but not past the words of an untranslated sentence', () => {
    const source = 'Late in 2019, BrightWave founded HarborCast Media as a subsidiary.';
    expect(run('qa/script', unit('en', 'zh', source, '2019 年末，BrightWave 创建了 HarborCast Media 作为子公司。'))).toEqual([]);
    // the same names not in the source are letters of another language
    expect(run('qa/script', unit('en', 'zh', 'Late in 2019, a firm founded a subsidiary.', '2019 年末，BrightWave 创建了 HarborCast Media 作为子公司。'))).toMatchObject([{ severity: 'error' }]);
    expect(run('qa/script', unit('en', 'ru', 'The Three Cities Compete For Talent.', 'The Three Cities Compete For Talent.'))).toMatchObject([{ severity: 'error' }]);
  });
  it('looks past titles left in Latin letters, every longer word capitalized ("the Palace of the Winds")', () => {
    expect(run('qa/script', unit('de', 'sa', 'Die Stadt hat zwei Paläste, den Palast der Winde und das Haus der Spiegel.', 'नगरे the Palace of the Winds तथा च the House of Mirrors इति द्वौ प्रासादौ स्तः।'))).toEqual([]);
    // lower-case words are a sentence left untranslated
    expect(run('qa/script', unit('de', 'sa', 'Die Stadt hat zwei Paläste.', 'नगरे the city has two palaces and many gardens near the river स्तः।'))).toMatchObject([{ severity: 'error' }]);
  });
  it('warns about Cyrillic letters in Greek and kana in Chinese', () => {
    expect(run('qa/script', unit('de', 'el', 'Die Städte.', 'Οι πόλεις και города.'))).toMatchObject([{ severity: 'warning', start: 14, end: 20, actual: 'города' }]);
    expect(run('qa/script', unit('de', 'zh', 'Die Städte konkurrieren.', '三つの都市が竞争。'))).toMatchObject([{ severity: 'warning', actual: 'つの' }]);
  });
  it('warns about Japanese without kana (Chinese in the Japanese file)', () => {
    expect(run('qa/script', unit('de', 'ja', 'Die drei Städte konkurrieren um die KI.', '北京上海深圳三个城市正在竞逐人工智能城市地位。'))).toMatchObject([{ severity: 'warning' }]);
  });
});

describe('qa/quote-marks', () => {
  it.each([
    ['de', 'Er sagte: „Das ist ‚gut‘.“'],
    ['fr', 'Il a dit : « C’est bien. »'],
    ['en', 'He said: “It’s good.”'],
    ['ru', 'Он сказал: «Это „хорошо“».'],
    ['el', 'Είπε: «Είναι καλό».'],
    ['ja', '彼は「『良い』」と言った。'],
    ['zh', '他说：“很好。”'],
    ['fi', 'Hän sanoi: ”Se on hyvä.”'],
  ] as Array<[LanguageCode, string]>)('%s: %s passes', (lang, text) => {
    expect(run('qa/quote-marks', unit('de', lang, 'Er sagte: „Gut.“', text))).toEqual([]);
  });
  it('flags the German marks copied into French, and English marks in Japanese', () => {
    expect(run('qa/quote-marks', unit('de', 'fr', 'Er sagte: „Gut.“', 'Il a dit : „Bien.“'))).toMatchObject([
      { severity: 'warning', start: 11, actual: '„', expected: '«…» (inside: “…”)' },
    ]);
    expect(run('qa/quote-marks', unit('de', 'ja', 'Er sagte: „Gut.“', '彼は“良い”と言った。')).map((f) => f.actual)).toEqual(['“', '”']);
  });
  it('flags ” as an opening mark in German', () => {
    expect(run('qa/quote-marks', unit('en', 'de', 'He said: “Good.”', 'Er sagte: „Gut.”')).map((f) => f.actual)).toEqual(['”']);
  });
});

describe('qa/glossary', () => {
  it('passes the target-language name, inflected', () => {
    expect(run('qa/glossary', unit('de', 'ru', 'Das Zentrum in Peking.', 'Центр в Пекине.'))).toEqual([]);
    expect(run('qa/glossary', unit('de', 'la', 'Das Zentrum in Peking.', 'Centrum Pechini.'))).toEqual([]);
    expect(run('qa/glossary', unit('de', 'el', 'Das Zentrum in Peking.', 'Το κέντρο του Πεκίνου.'))).toEqual([]);
    expect(run('qa/glossary', unit('de', 'fi', 'Das Zentrum in Peking.', 'Keskus Pekingissä.'))).toEqual([]);
    expect(run('qa/glossary', unit('de', 'zh', 'Boda Data ist ein Dienstleister.', '博大数据是一家服务商。'))).toEqual([]);
  });
  it('warns when the name is missing or another language’s', () => {
    expect(run('qa/glossary', unit('de', 'fr', 'Das Zentrum in Peking.', 'Le centre à Beijing.'))).toMatchObject([{ severity: 'warning', expected: 'Pékin' }]);
    expect(run('qa/glossary', unit('de', 'zh', 'Boda Data ist ein Dienstleister.', '博达数据是一家服务商。'))).toMatchObject([{ expected: '博大数据' }]);
  });
  it('flags a known wrong variant with the glossary’s note', () => {
    const findings = run('qa/glossary', unit('de', 'en', 'Das Broad Data Shenzhen Qianhai Zentrum.', 'The Broad Data Shenzhen Qianhai center.'));
    expect(findings).toMatchObject([{ start: 4, end: 14, actual: 'Broad Data', expected: 'Boda Data' }]);
    expect(findings[0]!.message).toContain('literal translation of 博大');
  });
});

describe('qa/length-ratio', () => {
  const source = 'Hinter dem Aufbau einer starken Infrastruktur steht das kontinuierliche Wachstum des Bedarfs an Rechenleistung.';
  it('passes translations of the usual length, Chinese included', () => {
    expect(run('qa/length-ratio', unit('de', 'en', source, 'Behind the construction of a strong infrastructure lies the continuous growth in demand for computing power.'))).toEqual([]);
    expect(run('qa/length-ratio', unit('de', 'zh', source, '强大基础设施建设的背后，是三地人工智能产业对算力需求的持续增长。'))).toEqual([]);
  });
  it('warns about a translation that dropped most of the sentence', () => {
    expect(run('qa/length-ratio', unit('de', 'en', source, 'Demand grows.'))).toMatchObject([{ severity: 'warning' }]);
  });
});

describe('severities come from configuration', () => {
  it('turns a check off or changes its severity', () => {
    const base = { from: 'de' as const, to: 'fr' as const, source: 'Er sagte: „Gut.“', target: 'Il a dit : „Bien.“', glossary };
    expect(qaPair(base).messages.map((m) => m.severity)).toEqual(['warning']);
    expect(qaPair({ ...base, rules: { 'qa/quote-marks': 'error' } })).toMatchObject({ ok: false, messages: [{ severity: 'error' }] });
    expect(qaPair({ ...base, rules: { 'qa/quote-marks': 'off' } }).messages).toEqual([]);
  });
});
