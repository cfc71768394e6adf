// How sure the reader is that a reading is a figure (issue 11, severity by certainty): numbers
// after a name or a label word, digits of codes, versions and telephone numbers, number words of
// fixed phrases are marked `uncertain` (`name`, `label`, `code`, `idiom`); counts, amounts and
// sentence-initial capitals are not. QA grades by it: a number after a name gone or added is
// information; one after a label word gone ("Artikel 11"), a label changed into another label and
// a qualifier turned on one stay errors.

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import { readFigures } from '../src/figures/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { qaPair } from '../src/qa/index.js';
import { REPO } from './helpers/tmp.js';

/** Each reading as `text:doubt` (`-` when the reader is sure). */
function doubts(lang: LanguageCode, text: string): string[] {
  return readFigures(text, lang).map((reading) => `${reading.text}:${reading.uncertain ?? '-'}`);
}

describe('labels', () => {
  it('a bare number after a name inside a sentence names something', () => {
    expect(doubts('en', 'He plays for Hannover 96 this year.')).toContain('96:name');
    expect(doubts('en', 'It runs on Windows 7 and later.')).toEqual(['7:name']);
    expect(doubts('en', 'She bought an iPhone 12.')).toEqual(['12:name']);
    expect(doubts('fr', 'une voiture de Formule 1.')).toEqual(['1:name']);
    expect(doubts('ru', 'за клуб Торпедо 2.')).toEqual(['2:name']);
  });
  it('a label word before the digits, in each language’s own words', () => {
    expect(doubts('de', 'Die Bundesstraße 51 ist gesperrt.')).toEqual(['51:label']);
    expect(doubts('de', 'Er fährt auf Gleis 10.')).toEqual(['10:label']);
    expect(doubts('en', 'It left from platform 10.')).toEqual(['10:label']);
    expect(doubts('es', 'el dorsal 9 del equipo')).toEqual(['9:label']);
    expect(doubts('it', "la strada statale 36 è chiusa")).toEqual(['36:label']);
    expect(doubts('fi', 'Valtatie 4 suljettiin.')).toEqual(['4 suljettiin:label']);
    expect(doubts('ru', 'по трассе 51 ехали')).toEqual(['51 ехали:label']);
    expect(doubts('id', 'pasal 5 undang-undang itu')).toEqual(['5 undang:label']);
    expect(doubts('el', 'το άρθρο 16 του Συντάγματος')).toEqual(['16:label']);
    expect(doubts('zh', '地铁5号线今天停运')).toEqual(['5号线:label']);
  });
  it('a name in katakana right before the digits', () => {
    expect(doubts('ja', '『チャレンジ６』が始まった')).toEqual(['６:name']);
  });
  it('a count is no label: a counted noun after it, a capital at the start of a sentence, a German noun (every noun has a capital)', () => {
    expect(doubts('de', 'Bislang stellten die Sozialisten 186 Abgeordnete.')).toEqual(['186 Abgeordnete:-']);
    expect(doubts('de', 'Die Zahl der Toten stieg auf 12.')).toEqual(['12:-']);
    expect(doubts('de', 'Der Bus 403 fährt nach Sintra.')).toEqual(['403:-']);
    expect(doubts('de', 'Der HSV 96 spielt.')).toEqual(['96:name']);
    expect(doubts('en', 'About 50 people came.')).toEqual(['About 50 people:-']);
    expect(doubts('en', 'Only 5 of them stayed.')).toEqual(['5:-']);
    expect(doubts('en', 'The company hired 300 workers.')).toEqual(['300 workers:-']);
  });
});

describe('codes and idioms', () => {
  it('digits of a code, a version or a telephone number', () => {
    expect(doubts('en', 'the 5G network')).toEqual(['5G network:code']);
    expect(doubts('en', 'version 2.4.1 is out')).toEqual(['2:code', '4:code', '1:code']);
    expect(doubts('de', 'Rufen Sie 0171 2345678 an.').every((d) => d.endsWith(':code'))).toBe(true);
    expect(doubts('en', 'Call +49 30 1234567 today.').every((d) => d.endsWith(':code'))).toBe(true);
  });
  it('a grouped number and a date are no code', () => {
    expect(doubts('de', 'Es kamen 1.000.000 Besucher.')).toEqual(['1.000.000 Besucher:-']);
    expect(doubts('de', 'am 12.05.2020')).toEqual(['12.05.2020:-']);
  });
  it('number words of a fixed phrase say no number', () => {
    expect(doubts('ru', 'с одной стороны это хорошо')).toEqual(['одной стороны:idiom']);
    expect(doubts('ru', 'ни один человек не пришёл')).toEqual(['один человек:idiom']);
    expect(doubts('it', 'la squadra è arrivata ai quarti di finale')).toEqual(['quarti:idiom']);
    expect(doubts('es', 'llueve cada dos por tres')).toEqual(['dos:idiom', 'tres:idiom']);
    expect(doubts('zh', '进入四分之一决赛')).toEqual(['四分之一:idiom']);
  });
  it('a clock time is no idiom where a phrase word could be one ("十分" is ten minutes)', () => {
    expect(doubts('zh', '下午三点十分').some((d) => d.endsWith(':idiom'))).toBe(false);
  });
});

describe('QA grades by the reader’s certainty', () => {
  const glossary = loadGlossary(loadConfig(REPO), undefined, REPO);
  const findings = (from: LanguageCode, to: LanguageCode, source: string, target: string) =>
    qaPair({ from, to, source, target, glossary, referenceDate: '2024-08-02' })
      .messages.filter((m) => /figure-/.test(m.ruleId))
      .map((m) => `${m.severity} ${m.ruleId}`);
  it('a label the translation leaves out is information, not a block', () => {
    expect(findings('en', 'de', 'He has played for Hannover 96 in the league since 2019.', 'Er spielt seit 2019 für Hannover in der Liga.')).toEqual(['warning qa/figure-lost']);
    expect(findings('de', 'en', 'Er spielt seit 2019 für Hannover in der Liga.', 'He has played for Hannover 96 in the league since 2019.')).toEqual(['warning qa/figure-added']);
  });
  it('a count, or a number after a label word that says which one, the translation leaves out stays an error', () => {
    expect(findings('de', 'en', 'Bislang stellten sie 186 Abgeordnete.', 'So far they have provided deputies.')).toEqual(['error qa/figure-lost']);
    expect(findings('fr', 'de', "C'est l'article 11 qui donne ce droit.", 'Es ist der Artikel, der dieses Recht gibt.')).toEqual(['error qa/figure-lost']);
  });
  it('a label changed into another label is a change read on both sides', () => {
    expect(findings('en', 'id', 'It is summarized in Figure 1.', 'Ini diringkas di Gambar 2.')).toContain('error qa/figure-lost');
  });
  it('a label after the same name on both sides changed is an error ("Windows 3.1" → "Windows 4.1")', () => {
    expect(findings('de', 'la', 'Anfang 1994 haben wir angefangen, Windows 3.1 einzusetzen.', 'In principio anni MCMXCIV, Windows 4.1 uti coepimus.').filter((f) => f.startsWith('error')).length).toBeGreaterThan(0);
  });
  it('"about" put on a label is still an error', () => {
    expect(findings('en', 'de', 'It is shown in Figure 3.', 'Es ist in Abbildung etwa 3 gezeigt.')).toContain('error qa/figure-qualifier');
  });
});
