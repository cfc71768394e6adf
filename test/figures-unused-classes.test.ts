// Classes of reading errors found by reading real text the readers were not tuned on (issue 11):
// each group is one class, with examples written for it. Ordinals that are part of a title
// ("primer ministro", 第一夫人), Italian "uno" as the article or a pronoun, plural denominators
// alone ("medios": media), ordinals that are weekdays or names with a capital ("την Τρίτη",
// "Quintus"), ages and durations joined by a hyphen ("53-летнего", "29-vuotias"), decades (ranges of years), a
// bound after an article and its unit ("un giorno circa"), Latin distributives, multiplicatives
// and ages in one word, Sanskrit month spellings and glued year words, 一 + a measure word as
// the article, financial numerals that are everyday characters (参列), identifiers with decimals
// ("802.11a"), and verb particles that are no qualifier ("run around").
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const cases: Record<string, Record<string, Array<[string, FigureRow[]]>>> = {
  es: {
    'an ordinal in a title ranks nothing': [
      ['La primera dama visitó el hospital.', []],
      ['El vice primer ministro habló ayer.', []],
      ['el primer mandatario del país', []],
      ['el primer vuelo del avión', [['ordinal', 1, undefined, 'exact']]],
      ['quedó en el segundo lugar', [['ordinal', 2, undefined, 'exact']]],
    ],
    '"uno" alone is a pronoun': [
      ['Es uno de los pocos artistas.', []],
      ['el final de un capítulo y el comienzo de uno nuevo', []],
      ['cada uno recibió una copia', []],
      ['uno millón de votos', [['quantity', 1e6, 'votos', 'exact']]],
    ],
    'a plural denominator alone is no fraction': [
      ['aloja millones de medios con licencia abierta', []],
      ['los medios de comunicación', []],
      ['tres medios', [['number', 1.5, undefined, 'exact']]],
      ['medio millón de personas', [['quantity', 5e5, 'personas', 'exact']]],
    ],
    'an ordinal suffix on a number with decimals is a name': [
      ['compatible con 802.11a y con otros', []],
      ['la 2a edición', [['ordinal', 2, undefined, 'exact']]],
    ],
    '"cuando menos": at least': [
      ['al menos de 10 a 20 metros', [['range', [10, 20], 'm', 'min']]],
    ],
  },
  it: {
    'an ordinal in a title ranks nothing': [
      ['il primo ministro di Singapore', []],
      ['Il Primo Ministro ha parlato.', []],
      ['il primo velivolo colpì il bersaglio', [['ordinal', 1, undefined, 'exact']]],
    ],
    '"uno" is the article or a pronoun': [
      ['è stato registrato uno tsunami', []],
      ['il risultato di uno sviluppo successivo', []],
      ['è diventato uno dei pochissimi nomi', []],
      ['si chiude un capitolo e se ne apre uno nuovo', []],
      ['ventuno persone', [['quantity', 21, 'persone', 'exact']]],
      ['uno su tre', [['number', 1 / 3, undefined, 'exact']]],
      // with nothing after it in its clause it modifies nothing: the numeral
      ['Di libri ne ho letto uno.', [['number', 1, undefined, 'exact']]],
      ['uno', [['number', 1, undefined, 'exact']]],
    ],
    'a bound after an article and its unit': [
      ['il corpo era lì da un giorno circa', [['quantity', 1, 'd', 'approx']]],
      ['da tre giorni circa', [['quantity', 3, 'd', 'approx']]],
      ['un giorno circa 20 persone', [['quantity', 1, 'd', 'exact'], ['quantity', 20, 'persone', 'approx']]],
    ],
    'a plural denominator alone is no fraction': [
      ['con tutti i mezzi a disposizione', []],
      ['due mezzi', [['number', 1, undefined, 'exact']]],
    ],
  },
  fr: {
    'an ordinal in a title ranks nothing': [
      ['Le Premier ministre a démissionné.', []],
      ['la première dame', []],
      ['le premier jet a atteint sa cible', [['ordinal', 1, undefined, 'exact']]],
    ],
    'a bound after an article and its unit': [
      ['le corps se trouvait là depuis un jour environ', [['quantity', 1, 'd', 'approx']]],
    ],
  },
  pt: {
    'an ordinal in a title ranks nothing': [
      ['o primeiro ministro falou', []],
      ['a primeira dama', []],
      ['o primeiro avião', [['ordinal', 1, undefined, 'exact']]],
    ],
    '"pelo menos" before a range opened by "de"': [
      ['têm pelo menos de 100 a 250 metros de diâmetro', [['range', [100, 250], 'm', 'min']]],
      ['menos de 100 metros', [['quantity', 100, 'm', 'under']]],
    ],
  },
  en: {
    'an ordinal in a title ranks nothing': [
      ['The First Lady spoke.', []],
      ['the second lieutenant of the army', []],
      ['the first jet struck its target', [['ordinal', 1, undefined, 'exact']]],
    ],
    'a plural denominator alone is no fraction': [
      ['both halves of the city', []],
      ['three halves', [['number', 1.5, undefined, 'exact']]],
    ],
    'a verb particle is no qualifier': [
      ['for him to run around three times a day', [['number', 3, undefined, 'exact'], ['quantity', 1, 'd', 'exact']]],
      ['he turned around twice', [['number', 2, undefined, 'exact']]],
    ],
  },
  el: {
    'a weekday with a capital is no ordinal': [
      ['Η μαμά της βρέθηκε νεκρή την Τετάρτη.', []],
      ['Είχε προγραμματιστεί να κοπεί την Τρίτη.', []],
      ['αναδείχθηκαν στην τέταρτη θέση', [['ordinal', 4, undefined, 'exact']]],
      ['Τρίτη ήρθε η Ελλάδα.', [['ordinal', 3, undefined, 'exact']]],
    ],
    'a decade is the range of its years': [
      ['στα τέλη της δεκαετίας του 1970', [['range', [1970, 1979], undefined, 'exact']]],
      ['Κατά τη δεκαετία του 1980 εργάστηκε', [['range', [1980, 1989], undefined, 'exact']]],
      ['το 1980 εργάστηκε', [['year', 1980, undefined, 'exact']]],
    ],
  },
  fi: {
    'an age or a length of time joined by a hyphen': [
      ['29-vuotias lääkäri', [['quantity', 29, 'yr', 'exact']]],
      ['53-vuotiaan naisen ruumis', [['quantity', 53, 'yr', 'exact']]],
      ['5-vuotinen sopimus', [['quantity', 5, 'yr', 'exact']]],
    ],
    'feet, pounds and hourly speeds in their case forms': [
      ['joka oli 500 jalan päässä', [['quantity', 500, 'ft', 'exact']]],
      ['painoi yli 1 000 naulaa', [['quantity', 1000, 'lb', 'over']]],
      ['noin 17 500 mailin tuntinopeudella', [['quantity', 17500, 'mph', 'approx']]],
      ['600 megabittiä sekunnissa', [['quantity', 600, 'Mbit', 'exact']]],
    ],
  },
  ru: {
    'an age or a length of time joined by a hyphen': [
      ['тело 53-летнего мужчины', [['quantity', 53, 'yr', 'exact']]],
      ['5-месячный ребёнок', [['quantity', 5, 'mo', 'exact']]],
    ],
  },
  la: {
    'nothing and no one are no zero': [
      ['Post mortem nihil est.', []],
      ['nullus virorum remansit', []],
    ],
    'distributives, multiplicatives and ages in one word': [
      ['Insectis omnibus seni pedes sunt.', [['quantity', 6, 'ft', 'exact']]],
      ['ingressi sunt bini', [['number', 2, undefined, 'exact']]],
      ['bis in anno', [['number', 2, undefined, 'exact']]],
      ['decies centena milia', [['number', 1e6, undefined, 'exact']]],
      ['Esau vero quadragenarius duxit uxores', [['quantity', 40, 'yr', 'exact']]],
      ['agnus anniculus', [['quantity', 1, 'yr', 'exact']]],
    ],
    'a day in the ablative': [
      ['in uno die', [['quantity', 1, 'd', 'exact']]],
    ],
    'an ordinal with a capital inside a sentence is a name': [
      ['Aemilia cum Marco, Quinto Iuliaque in peristylo est.', []],
      ['peperit filium quintum', [['ordinal', 5, undefined, 'exact']]],
    ],
  },
  sa: {
    'month names in every spelling and case form': [
      ['नवम्बरमासे भवितव्यानां निर्वाचनानाम्', []],
      ['डिसम्बरमासस्य 5 दिनाङ्के', [['date', '2024-12-05', undefined, 'exact']]],
      ['फ्रिब्रवरीमासस्य 3 दिनाङ्के', [['date', '2024-02-03', undefined, 'exact']]],
      ['सेप्टेम्बरमासस्य 9 दिनाङ्के', [['date', '2024-09-09', undefined, 'exact']]],
      ['नवमः', [['ordinal', 9, undefined, 'exact']]],
    ],
    'a year with its word glued or "until"': [
      ['1978वर्षे कैम्पडैविडसंविद्', [['year', 1978, undefined, 'exact']]],
      ['1981 वर्षपर्यन्तं', [['year', 1981, undefined, 'exact']]],
      ['250वर्षानन्तरं', [['quantity', 250, 'yr', 'exact']]],
    ],
    'units and qualifiers in their forms': [
      ['1000 पौन्डाभ्याम् अधिकं', [['quantity', 1000, 'lb', 'over']]],
      ['आसन्न 17500 मील प्रति घण्टा', [['quantity', 17500, 'mph', 'approx']]],
      ['491 मैलेषु', [['quantity', 491, 'mi', 'exact']]],
      ['500 पादमितं दूरं', [['quantity', 500, 'ft', 'exact']]],
    ],
  },
  zh: {
    'an ordinal in a title or set phrase': [
      ['阿根廷第一夫人', []],
      ['第三方调查', []],
      ['第十名', [['ordinal', 10, '名', 'exact']]],
    ],
    '一 and a measure word is the article': [
      ['这是一只年轻恐龙的尾巴', []],
      ['一颗恒星的罗斯贝数', []],
      ['两只猫', [['quantity', 2, '只', 'exact']]],
      // no noun after the measure word: a count ("I keep one")
      ['他家养了一只。', [['quantity', 1, '只', 'exact']]],
      ['十八块奖牌', [['quantity', 18, '块', 'exact']]],
    ],
  },
  ja: {
    'an everyday character that is also a financial numeral': [
      ['葬儀に参列しようと', []],
      ['金参万円', [['money', 30000, 'JPY', 'exact']]],
    ],
    'set phrases with a numeral': [
      ['第三者による調査', []],
      ['一種のハローのように', []],
    ],
    'a part of a year and about a day': [
      ['2017年後半にシミノフ氏は', [['year', 2017, undefined, 'exact']]],
      ['3年後に', [['quantity', 3, 'yr', 'exact']]],
      ['遺体は1日ほど前からそこにあった', [['quantity', 1, 'd', 'approx']]],
    ],
  },
};

for (const [lang, groups] of Object.entries(cases)) {
  describe(`figures on unused text: ${lang}`, () => {
    for (const [name, rows] of Object.entries(groups)) {
      it(name, () => {
        for (const [text, expected] of rows) expect(figureRows(text, lang), text).toEqual(expected);
      });
    }
  });
}
