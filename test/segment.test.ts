// The sentence rules per language (src/lang/<code>/segmentation.ts read by src/segment/).
// Cases are written for this project; the public Golden Rules are scored by `npm run eval` only.

import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../src/lang/codes.js';
import { segmentText, segmentTextWithOffsets } from '../src/segment/index.js';

type Case = [name: string, text: string, sentences: string[]];

function table(lang: LanguageCode, cases: Case[]): void {
  describe(lang, () => {
    for (const [name, text, sentences] of cases) {
      it(name, () => expect(segmentText(text, lang)).toEqual(sentences));
    }
  });
}

table('de', [
  ['abbreviations never end a sentence', 'Das kostet ca. 15 Euro bzw. 20 Franken, vgl. S. 3. Die Preise steigen.', ['Das kostet ca. 15 Euro bzw. 20 Franken, vgl. S. 3.', 'Die Preise steigen.']],
  ['multi-part abbreviations, with or without space', 'Sie kam z. B. mit Dr. med. Kaiser, u. a. mit Anna, d.h. zu zweit.', ['Sie kam z. B. mit Dr. med. Kaiser, u. a. mit Anna, d.h. zu zweit.']],
  ['an abbreviation that may end a sentence ends it before a sentence starter', 'Wir kaufen Brot, Milch usw. Dann gehen wir heim.', ['Wir kaufen Brot, Milch usw.', 'Dann gehen wir heim.']],
  ['…and not before a noun', 'Brot, Milch usw. Produkte aus der Region kosten mehr.', ['Brot, Milch usw. Produkte aus der Region kosten mehr.']],
  ['a number abbreviation before a digit', 'Er wohnt in Nr. 5, siehe Art. 3 der Satzung.', ['Er wohnt in Nr. 5, siehe Art. 3 der Satzung.']],
  ['ordinals before month names', 'Am 26. Juli und am 3. Okt. kam er. Zum 01. Januar 2025 endet es.', ['Am 26. Juli und am 3. Okt. kam er.', 'Zum 01. Januar 2025 endet es.']],
  ['ordinals before counted nouns and after articles', 'Er belegte den 1. Platz im 21. Jahrhundert. Das 2. Mal war leichter.', ['Er belegte den 1. Platz im 21. Jahrhundert.', 'Das 2. Mal war leichter.']],
  ['a number with a dot at the end of a sentence', 'Das steht auf Seite 12. Dort liest du weiter.', ['Das steht auf Seite 12.', 'Dort liest du weiter.']],
  ['decimal commas and thousands dots', 'Die Indizes lagen bei 1,0000, 0,7449 bzw. 0,6266. Es waren 15.000 Schränke.', ['Die Indizes lagen bei 1,0000, 0,7449 bzw. 0,6266.', 'Es waren 15.000 Schränke.']],
  ['initials', 'J. R. R. Tolkien schrieb viel. Wir brauchen Vitamin C. Es hilft.', ['J. R. R. Tolkien schrieb viel.', 'Wir brauchen Vitamin C.', 'Es hilft.']],
  ['a quotation holding two sentences is one segment', 'Er sagte: „Ich komme. Heute noch.“ Dann ging er.', ['Er sagte: „Ich komme. Heute noch.“', 'Dann ging er.']],
  ['a quotation continued by a comma', '„Wir bauen das aus.“, sagte sie. „Sofort.“', ['„Wir bauen das aus.“, sagte sie.', '„Sofort.“']],
  ['nested quotations', 'Er las den „Plan „KI +“ (2024)“ vor. Alle hörten zu.', ['Er las den „Plan „KI +“ (2024)“ vor.', 'Alle hörten zu.']],
  ['an unclosed quotation does not swallow the text after it', 'Er sagte: „Ich komme. Dann ging er. Das war es.', ['Er sagte: „Ich komme.', 'Dann ging er.', 'Das war es.']],
  ['guillemets the German way', 'Sie rief: »Halt! Stehen bleiben!« Niemand hörte.', ['Sie rief: »Halt! Stehen bleiben!«', 'Niemand hörte.']],
  ['a list marker belongs to its item', '1. Zuerst planen. 2. Dann bauen.', ['1. Zuerst planen.', '2. Dann bauen.']],
  ['a line break ends a segment', 'Überschrift\nErster Satz. Zweiter Satz.', ['Überschrift', 'Erster Satz.', 'Zweiter Satz.']],
  ['a missing full stop is not invented', 'Sie liegt an der Spitze Entsprechend dem Talent hat sie Vorteile.', ['Sie liegt an der Spitze Entsprechend dem Talent hat sie Vorteile.']],
]);

table('en', [
  ['titles before names', 'Mr. Lee met Dr. Park at St. Mary’s. They talked.', ['Mr. Lee met Dr. Park at St. Mary’s.', 'They talked.']],
  ['dotted acronyms end a sentence only before a sentence starter', 'The U.K. Parliament voted. She moved to the U.K. It rained.', ['The U.K. Parliament voted.', 'She moved to the U.K.', 'It rained.']],
  ['e.g. and page numbers', 'Bring fruit, e.g. Apples, and read p. 12 first.', ['Bring fruit, e.g. Apples, and read p. 12 first.']],
  ['an exclamation inside a name', 'She joined Yahoo! in May. It grew.', ['She joined Yahoo! in May.', 'It grew.']],
  ['double marks', 'Really?! Yes.', ['Really?!', 'Yes.']],
  ['money and e-mail addresses', 'It costs $12.50. Write to ann.lee@example.org. Thanks.', ['It costs $12.50.', 'Write to ann.lee@example.org.', 'Thanks.']],
  ['an inline numbered list', '1) Open the box 2) Take the lid 3) Close it', ['1) Open the box', '2) Take the lid', '3) Close it']],
  ['a quotation continued in lowercase', '“Stop here.” he said. “Now.”', ['“Stop here.” he said.', '“Now.”']],
  ['a spaced ellipsis inside a sentence', 'It was . . . I cannot say.', ['It was . . . I cannot say.']],
]);

table('fr', [
  ['guillemets with inner spaces', 'Il a dit « Bonjour. Ça va ? » Puis il est parti.', ['Il a dit « Bonjour. Ça va ? »', 'Puis il est parti.']],
  ['titles', 'M. Martin et Mme. Roy sont là. Ils attendent.', ['M. Martin et Mme. Roy sont là.', 'Ils attendent.']],
]);

table('es', [
  ['inverted marks and titles', '¿Vienes hoy? Sí, con la Srta. Ruiz. ¡Qué bien!', ['¿Vienes hoy?', 'Sí, con la Srta. Ruiz.', '¡Qué bien!']],
  ['a multi-part abbreviation', 'Viajó a EE. UU. en mayo.', ['Viajó a EE. UU. en mayo.']],
]);

table('zh', [
  ['full-width terminals without spaces', '北京发布了计划。上海也发布了！深圳呢？', ['北京发布了计划。', '上海也发布了！', '深圳呢？']],
  ['a title in 《》 holding a terminal', '我们去看《你好！北京》吧。好。', ['我们去看《你好！北京》吧。', '好。']],
]);

table('ja', [
  ['terminals', '今日は晴れです。明日は雨ですか？', ['今日は晴れです。', '明日は雨ですか？']],
  ['a quotation continued by と', '彼は「もう帰る。」と言った。次の日も来た。', ['彼は「もう帰る。」と言った。', '次の日も来た。']],
  ['a quotation with a terminal continued by と', '「すごい！」と叫んだ。', ['「すごい！」と叫んだ。']],
]);

table('sa', [
  ['daṇḍa and double daṇḍa', 'रामो राजमणिः सदा विजयते। रामं रमेशं भजे॥ इति।', ['रामो राजमणिः सदा विजयते।', 'रामं रमेशं भजे॥', 'इति।']],
]);

table('el', [
  ['the Greek question mark ends a sentence, the ano teleia does not', 'Καλημέρα· τι κάνεις; Καλά.', ['Καλημέρα· τι κάνεις;', 'Καλά.']],
]);

table('ru', [
  ['abbreviations', 'Это т. е. пример. Он уехал в 1999 г. Потом вернулся.', ['Это т. е. пример.', 'Он уехал в 1999 г.', 'Потом вернулся.']],
]);

table('it', [['titles', 'Il Sig. Rossi e il Dott. Bruni sono qui. Poi partono.', ['Il Sig. Rossi e il Dott. Bruni sono qui.', 'Poi partono.']]]);
table('pt', [['titles', 'O Sr. Silva chegou com a Dra. Souza. Ela falou.', ['O Sr. Silva chegou com a Dra. Souza.', 'Ela falou.']]]);
table('fi', [['ordinal dates and abbreviations', 'Hän syntyi 26. heinäkuuta 1990. Se oli esim. kesällä.', ['Hän syntyi 26. heinäkuuta 1990.', 'Se oli esim. kesällä.']]]);
table('id', [['street and number abbreviations', 'Ia tinggal di Jl. Sudirman No. 5. Rumahnya besar.', ['Ia tinggal di Jl. Sudirman No. 5.', 'Rumahnya besar.']]]);
table('la', [['praenomina as initials', 'M. Tullius Cicero consul fuit. Gallia est divisa.', ['M. Tullius Cicero consul fuit.', 'Gallia est divisa.']]]);

describe('segmentTextWithOffsets', () => {
  it('gives trimmed sentences with their offsets in the input', () => {
    const text = '  Erster Satz.   Zweiter Satz!\n';
    const sentences = segmentTextWithOffsets(text, 'de');
    expect(sentences).toEqual([
      { text: 'Erster Satz.', start: 2, end: 14 },
      { text: 'Zweiter Satz!', start: 17, end: 30 },
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for blank text', () => {
    expect(segmentTextWithOffsets(' \n\t ', 'en')).toEqual([]);
  });
});
