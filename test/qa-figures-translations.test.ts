// Figure QA on translations as people write them, by class of phenomenon: a correct
// translation raises no figure error, and the same translation with one figure changed does.
// Russian, Greek, Finnish, Indonesian and Sanskrit targets; our own examples.

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { qaPair } from '../src/qa/index.js';
import { REPO } from './helpers/tmp.js';

const glossary = loadGlossary(loadConfig(REPO), undefined, REPO);
const errors = (from: LanguageCode, to: LanguageCode, source: string, target: string) =>
  qaPair({ from, to, source, target, glossary, referenceDate: '2024-08-02' }).messages.filter((m) => m.ruleId.startsWith('qa/figure-') && m.severity === 'error').map((m) => `${m.ruleId}: ${m.message}`);

/** [from, to, source, correct translation, the translation with one figure changed]. */
type Case = [LanguageCode, LanguageCode, string, string, string];

const classes: Record<string, Case[]> = {
  'a whole number and a half': [
    ['en', 'ru', 'He worked there for three and a half years.', 'Он проработал там три с половиной года.', 'Он проработал там три года.'],
    ['en', 'fi', 'He worked there for three and a half years.', 'Hän työskenteli siellä kolme ja puoli vuotta.', 'Hän työskenteli siellä kolme vuotta.'],
    ['en', 'id', 'The bridge cost 2.5 million dollars.', 'Jembatan itu menelan biaya dua setengah juta dolar.', 'Jembatan itu menelan biaya dua juta dolar.'],
    ['de', 'el', 'Er blieb zweieinhalb Jahre.', 'Έμεινε δυόμισι χρόνια.', 'Έμεινε τρεισήμισι χρόνια.'],
  ],
  'a qualifier before the word for the year': [
    ['en', 'fi', 'The fort was built around 1350.', 'Linnoitus rakennettiin noin vuonna 1350.', 'Linnoitus rakennettiin vuonna 1350.'],
    ['de', 'id', 'Die Festung wurde etwa 1350 gebaut.', 'Benteng itu dibangun sekitar tahun 1350.', 'Benteng itu dibangun tahun 1350.'],
  ],
  'a conversion in brackets left out or added': [
    ['en', 'fi', 'The storm is 400 km (250 miles) east of the coast.', 'Myrsky on 400 kilometrin päässä rannikolta itään.', 'Myrsky on 450 kilometrin päässä rannikolta itään.'],
    ['en', 'ru', 'The ticket costs $40 (€37).', 'Билет стоит 40 долларов.', 'Билет стоит 40 евро.'],
    ['en', 'el', 'The wall is 12 metres high.', 'Ο τοίχος έχει ύψος 12 μέτρα (39 πόδια).', 'Ο τοίχος έχει ύψος 21 μέτρα (39 πόδια).'],
  ],
  'durations in other words: decades, days of 24 hours, round-the-clock': [
    ['en', 'fi', 'During the last three decades the city grew.', 'Viimeisten 30 vuoden aikana kaupunki kasvoi.', 'Viimeisten 20 vuoden aikana kaupunki kasvoi.'],
    ['en', 'ru', 'The fire burned for nearly 24 hours.', 'Пожар горел почти сутки.', 'Пожар горел почти двое суток.'],
    ['en', 'el', 'The talks lasted six months.', 'Οι συνομιλίες διήρκεσαν ένα εξάμηνο.', 'Οι συνομιλίες διήρκεσαν ένα τρίμηνο.'],
    ['en', 'id', 'The bridge opened a week later.', 'Jembatan itu dibuka seminggu kemudian.', 'Jembatan itu dibuka sebulan kemudian.'],
  ],
  'about written after the figure': [
    ['en', 'el', 'The storm is about 500 km east.', 'Ο τυφώνας βρίσκεται 500 χιλιόμετρα περίπου ανατολικά.', 'Ο τυφώνας βρίσκεται 500 χιλιόμετρα ανατολικά.'],
    ['de', 'sa', 'Das Hotel stürzte gegen 10 Uhr ein.', 'प्रातः १० वादनस्य समीपे छात्रावासः पतितः।', 'प्रातः १० वादने छात्रावासः पतितः।'],
    ['en', 'fi', 'The meeting ends at about 3 p.m.', 'Kokous päättyy klo 15 maissa.', 'Kokous päättyy klo 15.'],
  ],
  'an adjective between the number and its unit': [
    ['en', 'el', 'Prices rose in the previous 3 months.', 'Οι τιμές αυξήθηκαν τους 3 προηγούμενους μήνες.', 'Οι τιμές αυξήθηκαν τα 3 προηγούμενα χρόνια.'],
  ],
  'a scale and the currency in one word': [
    ['en', 'sa', 'The state spent 10 billion euros.', 'राज्यं 10 अब्जयुरोमुद्राः व्ययितवत्।', 'राज्यं 10 अब्जामरिकीमुद्राः व्ययितवत्।'],
    ['en', 'sa', 'The plan costs 20 crore rupees.', 'योजनायाः मूल्यं २० कोटिरूप्यकाणि।', 'योजनायाः मूल्यं २० लक्षरूप्यकाणि।'],
  ],
  'a vague word in place of a number': [
    ['en', 'sa', 'Four brothers came to the city.', 'चत्वारः भ्रातरः नगरम् आगताः।', 'कतिपये भ्रातरः नगरम् आगताः।'],
    ['en', 'el', 'They met four ministers.', 'Συνάντησαν τέσσερις υπουργούς.', 'Συνάντησαν μερικούς υπουργούς.'],
    ['en', 'fi', 'Three ministers resigned.', 'Kolme ministeriä erosi.', 'Useampi ministeri erosi.'],
  ],
  'relays and dimensions': [
    ['en', 'ru', 'The men reached the final of the 4x100 m relay.', 'Мужчины вышли в финал эстафеты 4х100 м.', 'Мужчины вышли в финал эстафеты 4х200 м.'],
  ],
  'qualifiers the packs lacked: "παραπάνω από", "περίπου στους", "άνω των χιλίων", "более тысячи", a sign': [
    ['de', 'el', 'Das Paket wog mehr als 20 Kilogramm.', 'Το δέμα ζύγιζε παραπάνω από 20 κιλά.', 'Το δέμα ζύγιζε 20 κιλά.'],
    ['en', 'el', 'The town has about 900 inhabitants.', 'Οι κάτοικοι της πόλης ανέρχονται περίπου στους 900.', 'Οι κάτοικοι της πόλης ανέρχονται στους 900.'],
    ['en', 'el', 'The bridge is over a thousand years old.', 'Η γέφυρα είναι άνω των χιλίων ετών.', 'Η γέφυρα είναι άνω των χιλίων μηνών.'],
    ['en', 'ru', 'The fund raised over £1,000.', 'Фонд собрал больше тысячи фунтов стерлингов.', 'Фонд собрал больше тысячи евро.'],
    ['de', 'en', 'Ein Zimmer kostet ~80 Euro pro Nacht.', 'A room costs about 80 euros a night.', 'A room costs 80 euros a night.'],
  ],
  'a year: "um 1450", an era, a bound that says until': [
    ['de', 'fi', 'Die Kirche wurde um 1450 erbaut.', 'Kirkko rakennettiin noin vuonna 1450.', 'Kirkko rakennettiin vuonna 1450.'],
    ['de', 'ru', 'Die Stadt blühte ungefähr um 300 n. Chr.', 'Город процветал около 300 г. н. э.', 'Город процветал в 300 г. н. э.'],
    ['en', 'ru', 'The empire lasted until about 1200 AD.', 'Империя просуществовала примерно до 1200 г. н. э.', 'Империя просуществовала примерно до 1300 г. н. э.'],
    ['de', 'sa', 'Die Briten regierten das Land bis 1947.', 'आङ्ग्लाः १९४७ पर्यन्तं देशम् अशासन्।', 'आङ्ग्लाः १९४८ पर्यन्तं देशम् अशासन्।'],
  ],
  'centuries as years, dollars of a country, miles per hour in words': [
    ['de', 'fi', 'Der Krieg dauerte zwei Jahrhunderte.', 'Sota kesti kaksisataa vuotta.', 'Sota kesti kolmesataa vuotta.'],
    ['en', 'ru', 'The rule lasted three centuries.', 'Правление длилось триста лет.', 'Правление длилось тридцать лет.'],
    ['en', 'el', 'The state gave AUD$30 million.', 'Η πολιτεία έδωσε 30 εκατομμύρια δολάρια Αυστραλίας.', 'Η πολιτεία έδωσε 30 εκατομμύρια δολάρια Καναδά.'],
    ['en', 'el', 'The limit is 50 mph.', 'Το όριο είναι 50 μίλια/ώρα.', 'Το όριο είναι 50 χιλιόμετρα/ώρα.'],
    ['en', 'sa', 'The limit is 50 mph.', 'सीमा 50 मील प्रति घटिका अस्ति।', 'सीमा 50 किलोमीटर प्रति घटिका अस्ति।'],
  ],
  'Sanskrit months as Hindi spells them, "from" a month': [
    ['en', 'sa', 'The fair runs from 3 August to 9 September 2022.', 'मेला 3 अगस्ततः 9 सितंबर 2022 पर्यन्तं भविष्यति।', 'मेला 3 अगस्ततः 9 अक्टूबर 2022 पर्यन्तं भविष्यति।'],
    ['en', 'sa', 'It changed after 12 December 1999.', '१२ दिसंबर, १९९९ पश्चात् परिवर्तनम् अभवत्।', '१२ नवंबर, १९९९ पश्चात् परिवर्तनम् अभवत्।'],
  ],
  'race times, clock times said once for two, garbled symbols, comparisons after "lebih"': [
    ['de', 'fi', 'Sie lief 3:52,75 und war 1:05,40 Minuten schneller.', 'Hän juoksi ajan 3.52,75 ja oli 1.05,40 nopeampi.', 'Hän juoksi ajan 3.52,75 ja oli 1.06,40 nopeampi.'],
    ['de', 'id', 'Sie war 1:05,40 Minuten langsamer.', 'Ia 1:05.40 menit lebih lambat.', 'Ia 1:06.40 menit lebih lambat.'],
    ['de', 'fi', 'Die Busse fahren zwischen 08:15 und 09:45 Uhr.', 'Bussit lähtevät kello 8.15 ja 9.45 välillä.', 'Bussit lähtevät kello 8.15 ja 10.45 välillä.'],
    ['de', 'id', 'Die Busse fahren zwischen 08:15 und 09:45 Uhr.', 'Bus berangkat antara pukul 08.15 dan 09.45.', 'Bus berangkat antara pukul 08.15 dan 10.45.'],
    ['en', 'id', 'Tickets cost around ¥4,500.', 'Tiket seharga sekitar Â¥4.500.', 'Tiket seharga Â¥4.500.'],
    ['de', 'fi', 'Das Brett ist 12½ Zoll breit.', 'Lauta on 12 ½ tuumaa leveä.', 'Lauta on 12 tuumaa leveä.'],
    ['en', 'ru', 'A city of 5 million people.', 'Это 5-миллионный город.', 'Это 5-тысячный город.'],
    ['en', 'ru', 'over half of the votes', 'более половины голосов', 'менее половины голосов'],
  ],
  'an ending shared by two numbers, the numbered world wars': [
    ['de', 'fi', 'Der Stil blühte von 1650 bis 1720, im 17. und 18. Jahrhundert.', 'Tyyli kukoisti vuosina 1650–1720, 1600- ja 1700-luvuilla.', 'Tyyli kukoisti vuosina 1650–1730, 1600- ja 1700-luvuilla.'],
    ['en', 'fi', 'He fought in World War 1 in 1916.', 'Hän taisteli ensimmäisessä maailmansodassa vuonna 1916.', 'Hän taisteli ensimmäisessä maailmansodassa vuonna 1917.'],
  ],
};

describe('figure QA on real-style translations', () => {
  for (const [name, cases] of Object.entries(classes)) {
    it.each(cases)(`${name}: %s → %s: %s`, (from, to, source, correct, changed) => {
      expect(errors(from, to, source, correct)).toEqual([]);
      expect(errors(from, to, source, changed).length).toBeGreaterThan(0);
    });
  }

  it('a bound read from a word that may not bound is reported as a warning: emphasis, "until" with a duration', () => {
    const found = (from: LanguageCode, to: LanguageCode, source: string, target: string) =>
      qaPair({ from, to, source, target, glossary }).messages.filter((m) => m.ruleId === 'qa/figure-qualifier').map((m) => m.severity);
    expect(found('de', 'en', 'Satte 30 Prozent der Stimmen gingen an sie.', '30 percent of the votes went to her.')).toEqual(['warning']);
    expect(found('en', 'id', 'The war would last the next 25 years.', 'Perang itu berlangsung hingga 25 tahun berikutnya.')).toEqual(['warning']);
    expect(found('en', 'sa', 'The era lasted 60 years.', 'तत् युगं 60 वर्षाणि यावत् प्रचलत्।')).toEqual(['warning']);
    // "hingga" before a count, not a duration, is "up to": a certain bound.
    expect(found('en', 'id', 'The stadium holds 40,000 people.', 'Stadion itu menampung hingga 40.000 orang.')).toEqual(['error']);
  });

  it('a large figure a word of the translation may hold inside a compound is a warning that names the word', () => {
    const lost = (source: string, target: string) => qaPair({ from: 'en', to: 'sa', source, target, glossary }).messages.filter((m) => m.ruleId === 'qa/figure-lost');
    expect(lost('The land has been dry for the past three million years.', 'भूमिः गतत्रिदशलक्षवर्षेभ्यः शुष्का अस्ति।')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('गतत्रिदशलक्षवर्षेभ्यः') }]);
    // "प्रतिशतं" (percent) ends in "शतं" (hundred): no trace of a hundred.
    expect(lost('It rose by 100 percent.', 'तत् 50 प्रतिशतं वर्धितम्।').map((m) => m.severity)).toContain('error');
  });

  it('a dropped conversion is a warning that names the amount it converts; a changed one stays an error', () => {
    const { messages } = qaPair({ from: 'en', to: 'fi', source: 'The storm is 400 km (250 miles) east.', target: 'Myrsky on 400 kilometrin päässä itään.', glossary });
    expect(messages.filter((m) => m.ruleId === 'qa/figure-lost')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('`400 km`') }]);
    expect(errors('en', 'fi', 'The storm is 400 km (250 miles) east.', 'Myrsky on 400 kilometrin (260 mailin) päässä itään.')).toHaveLength(2);
  });
});
