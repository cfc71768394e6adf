// Figure integrity (qa/figure-*): the real machine-translation failures that string and digit
// comparison miss, and, for each of the 14 languages, correct native forms that must pass and
// changed values that must be flagged. Every figure is read by its own language's rules.

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { readFigures } from '../src/figures/index.js';
import { qaPair, type QaMessage } from '../src/qa/index.js';
import { REPO } from './helpers/tmp.js';

const glossary = loadGlossary(loadConfig(REPO), undefined, REPO);

function qa(from: LanguageCode, to: LanguageCode, source: string, target: string) {
  return qaPair({ from, to, source, target, glossary, referenceDate: '2024-08-02' });
}

const figureMessages = (messages: QaMessage[]) => messages.filter((m) => m.ruleId.startsWith('qa/figure-'));
/** How a text was read, for failure messages. */
const readings = (text: string, lang: LanguageCode) =>
  JSON.stringify(readFigures(text, lang, { referenceDate: '2024-08-02' }).map((f) => [f.text, f.kind, f.value ?? f.date ?? [f.min, f.max], f.unit ?? f.currency ?? '', f.qualifier]));
const summary = (messages: QaMessage[]) => figureMessages(messages).map((m) => `${m.severity} ${m.ruleId} ${m.line}:${m.column} ${m.message}`);

describe('real machine-translation failures are flagged', () => {
  it('"283,82 €" → "28,82 €" (mozilla/translations #699): the figure is lost and another added', () => {
    const { ok, messages } = qa('de', 'en', 'Der Preis beträgt 283,82 €.', 'The price is €28.82.');
    expect(ok).toBe(false);
    const lost = messages.find((m) => m.ruleId === 'qa/figure-lost')!;
    const added = messages.find((m) => m.ruleId === 'qa/figure-added')!;
    expect(lost).toMatchObject({ severity: 'error', expected: '283,82 € = 283.82 EUR', actual: '€28.82 = 28.82 EUR' });
    // Positions in the target text: the added figure where it is written.
    expect(added).toMatchObject({ severity: 'error', line: 1, column: 14, endColumn: 20, actual: '€28.82 = 28.82 EUR' });
  });

  it('"2.200.112" → "2,200,12" (mozilla/translations #1388)', () => {
    const { ok, messages } = qa('de', 'en', 'Es kamen 2.200.112 Besucher.', 'There were 2,200,12 visitors.');
    expect(ok).toBe(false);
    expect(messages.filter((m) => m.ruleId === 'qa/figure-lost')).toHaveLength(1);
    expect(messages.filter((m) => m.ruleId === 'qa/figure-added').length).toBeGreaterThan(0);
  });

  it('"$1.153 billion" → "1.153 Milliarden": a thousandfold error, read by German rules', () => {
    const { ok, messages } = qa('en', 'de', 'Revenue reached $1.153 billion.', 'Der Umsatz erreichte 1.153 Milliarden Dollar.');
    expect(ok).toBe(false);
    const added = messages.find((m) => m.ruleId === 'qa/figure-added')!;
    expect(added.message).toContain('1,153,000,000,000 USD');
    expect(added.message).toContain('1,000 times the source value');
    expect(added.column).toBe(22);
  });

  it('"$1.153 billion" → "1 billion" (AI4Bharat/IndicTrans2 #24): rounded', () => {
    const { ok, messages } = qa('en', 'de', 'Revenue reached $1.153 billion.', 'Der Umsatz erreichte 1 Milliarde Dollar.');
    expect(ok).toBe(false);
    expect(summary(messages)).toEqual([expect.stringMatching(/^error qa\/figure-precision 1:22 `1 Milliarde Dollar` \(1,000,000,000 USD\) rounds the source figure `\$1\.153 billion`/)]);
  });

  it('0,7449 → 0.745: precision lost', () => {
    const { ok, messages } = qa('de', 'en', 'Der Index liegt bei 0,7449.', 'The index is 0.745.');
    expect(ok).toBe(false);
    expect(messages.find((m) => m.ruleId === 'qa/figure-precision')).toMatchObject({ severity: 'error', column: 14, actual: '0.745 = 0.745', expected: '0,7449 = 0.7449' });
  });

  it('a dropped figure', () => {
    const { ok, messages } = qa('de', 'en', 'Shenzhen hat 22 Maßnahmen aus 6 Aspekten vorgeschlagen.', 'Shenzhen proposed 22 measures.');
    expect(ok).toBe(false);
    expect(summary(messages)).toEqual([expect.stringMatching(/^error qa\/figure-lost 1:30 the source figure `6 Aspekten` \(6\) is not in the translation$/)]);
  });

  it('an added figure', () => {
    const { ok, messages } = qa('de', 'en', 'Shenzhen hat Maßnahmen vorgeschlagen.', 'Shenzhen proposed 22 measures.');
    expect(ok).toBe(false);
    expect(messages.find((m) => m.ruleId === 'qa/figure-added')).toMatchObject({ severity: 'error', column: 19, endColumn: 30 });
  });

  it('a changed qualifier: "bis zu 40.000" → "40,000"', () => {
    const { ok, messages } = qa('de', 'en', 'Die erste Phase kann bis zu 40.000 P unterstützen.', 'The first phase can support 40,000 P.');
    expect(ok).toBe(false);
    expect(messages.find((m) => m.ruleId === 'qa/figure-qualifier')).toMatchObject({ severity: 'error', actual: 'exact', expected: 'upper', column: 29 });
  });

  it('"about" lost or added is an error, "nearly" and "about" are the same class', () => {
    const lost = qa('de', 'en', 'Es sind etwa 15.000 Schränke.', 'There are 15,000 racks.');
    expect(lost.ok).toBe(false);
    expect(lost.messages.find((m) => m.ruleId === 'qa/figure-qualifier')?.severity).toBe('error');
    expect(qa('en', 'de', 'There are 15,000 racks.', 'Es sind rund 15.000 Schränke.').ok).toBe(false);
    expect(qa('fr', 'de', 'près de 50 % des votants', 'fast 50 Prozent der Wähler').ok).toBe(true);
    expect(qa('en', 'fr', 'nearly 1.5 million herbivores', 'près de 1,5 million d’herbivores').ok).toBe(true);
  });

  it('percent and percentage points differ; bare "points" fit percentage points', () => {
    expect(qa('de', 'en', 'Die Quote stieg um 2 Prozentpunkte.', 'The rate rose by 2 percent.').ok).toBe(false);
    expect(qa('de', 'en', 'Die Quote stieg um 2 Prozentpunkte.', 'The rate rose by 2 percentage points.').ok).toBe(true);
    expect(qa('de', 'en', 'Die Quote stieg um 2 Prozentpunkte.', 'The rate rose by 2 points.').ok).toBe(true);
  });

  it('matches the same quantity in another unit of its dimension, and nothing else', () => {
    expect(qa('de', 'en', 'Er ist 166 cm groß.', 'He is 1.66 m tall.').ok).toBe(true);
    expect(qa('de', 'it', 'vor drei Jahrzehnten', "trent'anni fa").ok).toBe(true);
    expect(qa('de', 'en', 'vor drei Jahrzehnten', 'three years ago').ok).toBe(false);
    expect(qa('de', 'en', 'Er ist 166 cm groß.', 'He is 1.66 km tall.').ok).toBe(false);
  });

  it('reads four-digit clock times with a zone, and a day with its ordinal', () => {
    expect(qa('de', 'en', 'um 02:30 UTC', 'at 0230 UTC').ok).toBe(true);
    expect(qa('ja', 'en', 'セントルイス２７日発', 'Published in St. Louis on the 27th').ok).toBe(true);
  });

  it('a number word replaced by "several" is lost, unless the source says "several" too', () => {
    expect(qa('de', 'en', 'Er hat vier Brüder.', 'He has several brothers.').ok).toBe(false);
    expect(qa('de', 'en', 'Die drei Städte konkurrieren.', 'Beijing, Shanghai and Shenzhen compete.').ok).toBe(true);
    expect(qa('de', 'fr', 'mehrere Hundert Mitarbeiter', 'plusieurs centaines d’employés').ok).toBe(true);
  });

  it('matches a date with the same date written with fewer parts, and a month with its name', () => {
    expect(qa('en', 'es', 'the record set in May 1969', 'el récord de 1969').ok).toBe(true);
    expect(qa('de', 'en', 'am 26. Juli', 'on July 26, 2024').ok).toBe(true);
    expect(qa('de', 'en', 'am 26. Juli 2023', 'on July 26, 2024').ok).toBe(false);
    expect(qa('ja', 'de', '7月に発表した', 'im Juli veröffentlicht').ok).toBe(true);
    expect(qa('ja', 'de', '7月に発表した', 'im August veröffentlicht').ok).toBe(false);
  });

  it('a number word changed is an error, a number word rephrased away a warning', () => {
    expect(qa('de', 'en', 'Peking hat sechs Labore.', 'Beijing has seven laboratories.').ok).toBe(false);
    const rephrased = qa('de', 'en', 'Die drei Städte konkurrieren.', 'Beijing, Shanghai and Shenzhen compete.');
    expect(rephrased.ok).toBe(true);
    expect(summary(rephrased.messages)).toEqual([expect.stringMatching(/^warning qa\/figure-lost/)]);
  });

  it('a different currency is an error', () => {
    const { ok, messages } = qa('de', 'en', 'Der Preis beträgt 283,82 €.', 'The price is $283.82.');
    expect(ok).toBe(false);
    expect(messages.find((m) => m.ruleId === 'qa/figure-unit')).toMatchObject({ actual: 'USD', expected: 'EUR' });
  });

  it('a percent sign lost is an error', () => {
    const { ok, messages } = qa('de', 'en', 'Die Zahl stieg um 26 %.', 'The number rose by 26.');
    expect(ok).toBe(false);
    expect(messages.some((m) => m.ruleId === 'qa/figure-unit')).toBe(true);
  });

  it('a date changed', () => {
    const { ok, messages } = qa('de', 'en', 'Am 26. Juli veröffentlichte Peking den Plan.', 'On July 27, Beijing published the plan.');
    expect(ok).toBe(false);
    expect(messages.find((m) => m.ruleId === 'qa/figure-lost')?.expected).toBe('26. Juli = 2024-07-26');
  });

  it('a range bound changed', () => {
    expect(qa('de', 'en', 'Der Bericht (2022-2023) zeigt es.', 'The report (2022-2024) shows it.').ok).toBe(false);
    expect(qa('de', 'en', 'Der Bericht (2022-2023) zeigt es.', 'The report (2022–2023) shows it.').ok).toBe(true);
  });

  it('numbers inside glossary names are not figures ("零一万物", "01.AI")', () => {
    const { messages } = qa('de', 'zh', 'Zero-One Wanshi stammt aus Peking.', '零一万物来自北京。');
    expect(figureMessages(messages)).toEqual([]);
  });
});

/**
 * One sentence per figure kind in German, and its correct translation in each language, in
 * the language's native form; then the same translation with the value changed.
 */
const SOURCES = {
  approx: 'Das Zentrum hat etwa 15.000 Standardschränke.',
  scale: 'Die Investition beträgt 4,2 Milliarden Euro.',
  word: 'Peking hat sechs Labore.',
  date: 'Der Plan wurde am 26. Juli veröffentlicht.',
  percent: 'Die Zahl ist um 26 % gestiegen.',
  max: 'Die erste Phase unterstützt bis zu 40.000 P.',
  decimals: 'Der Index beträgt 0,7449.',
} as const;

type Kind = keyof typeof SOURCES;
/** [correct, changed] per kind. */
type Forms = Record<Kind, [string, string]>;

const NATIVE: Record<Exclude<LanguageCode, 'de'>, Forms> = {
  en: {
    approx: ['The center has about 15,000 standard racks.', 'The center has about 1,500 standard racks.'],
    scale: ['The investment is 4.2 billion euros.', 'The investment is 4.2 million euros.'],
    word: ['Beijing has six laboratories.', 'Beijing has seven laboratories.'],
    date: ['The plan was published on July 26.', 'The plan was published on July 27.'],
    percent: ['The number has risen by 26%.', 'The number has risen by 36%.'],
    max: ['The first phase supports up to 40,000 P.', 'The first phase supports up to 4,000 P.'],
    decimals: ['The index is 0.7449.', 'The index is 0.7494.'],
  },
  fr: {
    approx: ['Le centre compte environ 15\u202f000 armoires standard.', 'Le centre compte environ 150\u202f000 armoires standard.'],
    scale: ['L’investissement s’élève à 4,2 milliards d’euros.', 'L’investissement s’élève à 4,2 millions d’euros.'],
    word: ['Pékin compte six laboratoires.', 'Pékin compte sept laboratoires.'],
    date: ['Le plan a été publié le 26 juillet.', 'Le plan a été publié le 26 juin.'],
    percent: ['Le nombre a augmenté de 26\u00a0%.', 'Le nombre a augmenté de 62\u00a0%.'],
    max: ['La première phase prend en charge jusqu’à 40\u202f000 P.', 'La première phase prend en charge jusqu’à 40 P.'],
    decimals: ['L’indice est de 0,7449.', 'L’indice est de 7,449.'],
  },
  es: {
    approx: ['El centro tiene unos 15.000 armarios estándar.', 'El centro tiene unos 15 armarios estándar.'],
    scale: ['La inversión asciende a 4200 millones de euros.', 'La inversión asciende a 420 millones de euros.'],
    word: ['Pekín tiene seis laboratorios.', 'Pekín tiene dieciséis laboratorios.'],
    date: ['El plan se publicó el 26 de julio.', 'El plan se publicó el 16 de julio.'],
    percent: ['La cifra ha aumentado un 26 %.', 'La cifra ha aumentado un 2,6 %.'],
    max: ['La primera fase admite hasta 40.000 P.', 'La primera fase admite hasta 400.000 P.'],
    decimals: ['El índice es de 0,7449.', 'El índice es de 0,749.'],
  },
  it: {
    approx: ['Il centro ha circa 15.000 armadi standard.', 'Il centro ha circa 1.500 armadi standard.'],
    scale: ['L’investimento è di 4,2 miliardi di euro.', 'L’investimento è di 4,2 milioni di euro.'],
    word: ['Pechino ha sei laboratori.', 'Pechino ha sette laboratori.'],
    date: ['Il piano è stato pubblicato il 26 luglio.', 'Il piano è stato pubblicato il 26 giugno.'],
    percent: ['Il numero è aumentato del 26%.', 'Il numero è aumentato del 25%.'],
    max: ['La prima fase supporta fino a 40.000 P.', 'La prima fase supporta fino a 14.000 P.'],
    decimals: ['L’indice è 0,7449.', 'L’indice è 0,07449.'],
  },
  pt: {
    approx: ['O centro tem cerca de 15.000 racks padrão.', 'O centro tem cerca de 15.500 racks padrão.'],
    scale: ['O investimento é de 4,2 bilhões de euros.', 'O investimento é de 4,2 milhões de euros.'],
    word: ['Pequim tem seis laboratórios.', 'Pequim tem sete laboratórios.'],
    date: ['O plano foi publicado em 26 de julho.', 'O plano foi publicado em 26 de junho.'],
    percent: ['O número aumentou 26%.', 'O número aumentou 6%.'],
    max: ['A primeira fase suporta até 40.000 P.', 'A primeira fase suporta até 40.500 P.'],
    decimals: ['O índice é 0,7449.', 'O índice é 0,7448.'],
  },
  id: {
    approx: ['Pusat itu memiliki sekitar 15.000 rak standar.', 'Pusat itu memiliki sekitar 150.000 rak standar.'],
    scale: ['Investasinya mencapai 4,2 miliar euro.', 'Investasinya mencapai 4,2 juta euro.'],
    word: ['Beijing memiliki enam laboratorium.', 'Beijing memiliki tujuh laboratorium.'],
    date: ['Rencana itu diterbitkan pada 26 Juli.', 'Rencana itu diterbitkan pada 26 Juni.'],
    percent: ['Jumlahnya naik 26%.', 'Jumlahnya naik 28%.'],
    max: ['Tahap pertama mendukung hingga 40.000 P.', 'Tahap pertama mendukung hingga 40 P.'],
    decimals: ['Indeksnya 0,7449.', 'Indeksnya 7.449.'],
  },
  fi: {
    approx: ['Keskuksessa on noin 15\u00a0000 vakiokaappia.', 'Keskuksessa on noin 5\u00a0000 vakiokaappia.'],
    scale: ['Investointi on 4,2 miljardia euroa.', 'Investointi on 4,2 miljoonaa euroa.'],
    word: ['Pekingissä on kuusi laboratoriota.', 'Pekingissä on viisi laboratoriota.'],
    date: ['Suunnitelma julkaistiin 26. heinäkuuta.', 'Suunnitelma julkaistiin 26. kesäkuuta.'],
    percent: ['Määrä on kasvanut 26\u00a0%.', 'Määrä on kasvanut 27\u00a0%.'],
    max: ['Ensimmäinen vaihe tukee jopa 40\u00a0000 P:tä.', 'Ensimmäinen vaihe tukee jopa 4\u00a0000 P:tä.'],
    decimals: ['Indeksi on 0,7449.', 'Indeksi on 0,7409.'],
  },
  el: {
    approx: ['Το κέντρο διαθέτει περίπου 15.000 τυποποιημένα ερμάρια.', 'Το κέντρο διαθέτει περίπου 25.000 τυποποιημένα ερμάρια.'],
    scale: ['Η επένδυση ανέρχεται σε 4,2 δισεκατομμύρια ευρώ.', 'Η επένδυση ανέρχεται σε 4,2 εκατομμύρια ευρώ.'],
    word: ['Το Πεκίνο διαθέτει έξι εργαστήρια.', 'Το Πεκίνο διαθέτει εννέα εργαστήρια.'],
    date: ['Το σχέδιο δημοσιεύθηκε στις 26 Ιουλίου.', 'Το σχέδιο δημοσιεύθηκε στις 26 Ιουνίου.'],
    percent: ['Ο αριθμός αυξήθηκε κατά 26%.', 'Ο αριθμός αυξήθηκε κατά 16%.'],
    max: ['Η πρώτη φάση υποστηρίζει έως 40.000 P.', 'Η πρώτη φάση υποστηρίζει έως 44.000 P.'],
    decimals: ['Ο δείκτης είναι 0,7449.', 'Ο δείκτης είναι 0,745.'],
  },
  ru: {
    approx: ['В центре около 15\u00a0000 стандартных стоек.', 'В центре около 15\u00a0000\u00a0000 стандартных стоек.'],
    scale: ['Инвестиции составляют 4,2 млрд евро.', 'Инвестиции составляют 4,2 млн евро.'],
    word: ['В Пекине шесть лабораторий.', 'В Пекине восемь лабораторий.'],
    date: ['План был опубликован 26 июля.', 'План был опубликован 26 июня.'],
    percent: ['Число выросло на 26\u00a0%.', 'Число выросло на 20\u00a0%.'],
    max: ['Первая очередь поддерживает до 40\u00a0000 P.', 'Первая очередь поддерживает до 400 P.'],
    decimals: ['Индекс составляет 0,7449.', 'Индекс составляет 0,7.'],
  },
  la: {
    approx: ['Centrum circiter 15.000 armaria habet.', 'Centrum circiter 1.500 armaria habet.'],
    scale: ['Impensa 4,2 miliarda euronum est.', 'Impensa 4,2 miliones euronum est.'],
    word: ['Pechinum sex laboratoria habet.', 'Pechinum septem laboratoria habet.'],
    date: ['Consilium die 26 mensis Iulii editum est.', 'Consilium die 26 mensis Iunii editum est.'],
    percent: ['Numerus 26% crevit.', 'Numerus 27% crevit.'],
    max: ['Prima pars usque ad 40.000 P sustinet.', 'Prima pars usque ad 4.000 P sustinet.'],
    decimals: ['Index est 0,7449.', 'Index est 0,7440.'],
  },
  sa: {
    approx: ['केन्द्रे प्रायः १५,००० मानककोष्ठाः सन्ति।', 'केन्द्रे प्रायः १,५०० मानककोष्ठाः सन्ति।'],
    scale: ['निवेशः ४२० कोटि यूरो अस्ति।', 'निवेशः ४२ कोटि यूरो अस्ति।'],
    word: ['बीजिङ्ग-नगरे षट् प्रयोगशालाः सन्ति।', 'बीजिङ्ग-नगरे सप्त प्रयोगशालाः सन्ति।'],
    date: ['योजना जुलाईमासस्य २६ दिनाङ्के प्रकाशिता।', 'योजना जुलाईमासस्य २७ दिनाङ्के प्रकाशिता।'],
    percent: ['सङ्ख्या २६% वर्धिता।', 'सङ्ख्या ६२% वर्धिता।'],
    max: ['प्रथमः चरणः ४०,००० P पर्यन्तं समर्थयति।', 'प्रथमः चरणः ४०० P पर्यन्तं समर्थयति।'],
    decimals: ['सूचकाङ्कः ०.७४४९ अस्ति।', 'सूचकाङ्कः ०.७४ अस्ति।'],
  },
  zh: {
    approx: ['该中心约有1.5万个标准机柜。', '该中心约有15万个标准机柜。'],
    scale: ['投资额为42亿欧元。', '投资额为4.2亿欧元。'],
    word: ['北京有六个实验室。', '北京有七个实验室。'],
    date: ['该计划于7月26日发布。', '该计划于6月26日发布。'],
    percent: ['该数字增长了26%。', '该数字增长了2.6%。'],
    max: ['一期最高支持4万P。', '一期最高支持40万P。'],
    decimals: ['该指数为0.7449。', '该指数为0.745。'],
  },
  ja: {
    approx: ['同センターには約1万5000の標準ラックがある。', '同センターには約1万500の標準ラックがある。'],
    scale: ['投資額は42億ユーロだ。', '投資額は4.2億ユーロだ。'],
    word: ['北京には六つの研究所がある。', '北京には七つの研究所がある。'],
    date: ['計画は7月26日に発表された。', '計画は7月25日に発表された。'],
    percent: ['その数は26%増加した。', 'その数は26倍に増加した。'],
    max: ['第1期は最大4万Pに対応する。', '第1期は最大4千Pに対応する。'],
    decimals: ['指数は0.7449である。', '指数は0.7449万である。'],
  },
};

describe.each(Object.entries(NATIVE) as Array<[Exclude<LanguageCode, 'de'>, Forms]>)('de → %s', (lang, forms) => {
  it.each(Object.keys(SOURCES) as Kind[])('%s: the native form passes without a figure message, the changed value is an error', (kind) => {
    const [correct, changed] = forms[kind];
    const right = qa('de', lang, SOURCES[kind], correct);
    expect(summary(right.messages), `${correct} read as ${readings(correct, lang)}; source ${readings(SOURCES[kind], 'de')}`).toEqual([]);
    expect(right.ok).toBe(true);
    const wrong = qa('de', lang, SOURCES[kind], changed);
    expect(wrong.ok, `${changed} read as ${readings(changed, lang)}: ${JSON.stringify(summary(wrong.messages))}`).toBe(false);
    expect(figureMessages(wrong.messages).some((m) => m.severity === 'error')).toBe(true);
  });
});

describe('native forms named in the design', () => {
  it.each([
    ['fr', '15\u202f000 armoires'],
    ['ru', '15\u00a0000 стоек'],
    ['fi', '15 000 kaappia'],
    ['id', '15.000 rak'],
    ['el', '15.000 ερμάρια'],
    ['la', '15.000 armaria'],
    ['zh', '1.5万个机柜'],
    ['ja', '1万5000台のラック'],
    ['sa', '१५,००० कोष्ठाः'],
    ['en', '15,000 racks'],
    ['pt', '15.000 racks'],
    ['it', '15.000 armadi'],
    ['es', '15.000 armarios'],
  ] as Array<[LanguageCode, string]>)('%s: "%s" is 15000', (lang, target) => {
    const { messages } = qa('de', lang, '15.000 Schränke', target);
    expect(summary(messages)).toEqual([]);
  });

  it('"six" for "sechs" and "4200 millones" for "4,2 Milliarden"', () => {
    expect(summary(qa('de', 'en', 'sechs Labore', 'six laboratories').messages)).toEqual([]);
    expect(summary(qa('de', 'es', '4,2 Milliarden Euro', '4200 millones de euros').messages)).toEqual([]);
    expect(summary(qa('de', 'zh', '4,2 Milliarden Euro', '42亿欧元').messages)).toEqual([]);
    expect(summary(qa('de', 'en', '4,2 Milliarden Euro', '4.2 billion euros').messages)).toEqual([]);
  });
});

describe('reader forms found on the sample translations', () => {
  it.each([
    ['la', 'Tang Jianguo universam vim computationis Pechini 20.000 P iam excessisse nuntiavit.'],
    ['sa', 'ताङ् जियान्गुओ अघोषयत् यत् समग्रपरिमाणं २०,००० P तः अधिकम् अभवत्।'],
    ['zh', '唐建国表示，北京智能算力总规模已超过2万P。'],
    ['en', 'Tang Jianguo said the total scale has exceeded 20,000 P.'],
  ] as Array<[LanguageCode, string]>)('%s: a bound written with a verb after the figure', (lang, target) => {
    expect(summary(qa('de', lang, 'Tang Jianguo gab bekannt, dass der Gesamtumfang 20.000 P überschritten hat.', target).messages)).toEqual([]);
  });

  it.each([
    ['la', 'Diurnarius relationes duobus proximis annis editas perscrutatus est; trium industriarum subsidia augentur.'],
    ['sa', 'संवाददाता गतयोः द्वयोः वर्षयोः प्रतिवेदनानि परीक्ष्य त्रिषु उद्योगेषु समर्थनं वर्धते इति अपश्यत्।'],
  ] as Array<[LanguageCode, string]>)('%s: declined number words', (lang, target) => {
    expect(summary(qa('de', lang, 'Der Reporter las die Berichte der letzten zwei Jahre; die Unterstützung der drei Branchen wächst.', target).messages)).toEqual([]);
  });

  it('sa: "X तः Y पर्यन्तम्" is a range from X to Y, not "up to"', () => {
    expect(summary(qa('de', 'sa', 'Peking macht Dinge von 0 bis 1 und Shenzhen von 10 bis 100.', 'बीजिङ्ग-नगरं ० तः १ पर्यन्तं कार्याणि करोति, शेन्झेन्-नगरं च १० तः १०० पर्यन्तम्।').messages)).toEqual([]);
    expect(readFigures('१० तः १०० पर्यन्तम्', 'sa')).toMatchObject([{ kind: 'range', min: 10, max: 100, qualifier: 'exact' }]);
    expect(readFigures('४०,००० P पर्यन्तम्', 'sa')).toMatchObject([{ value: 40000, unit: 'P', qualifier: 'max' }]);
  });

  it('zh/ja: the idiom 千行百业 ("all trades") is no figure', () => {
    expect(summary(qa('de', 'zh', 'Sie bieten Rechenleistung für Tausende von Branchen.', '为千行百业提供强大算力。').messages)).toEqual([]);
    expect(summary(qa('de', 'ja', 'Sie bieten Rechenleistung für Tausende von Branchen.', '千行百業に強力な計算能力を提供する。').messages)).toEqual([]);
    expect(readFigures('为千行百业提供强大算力。', 'zh')).toEqual([]);
  });
});
