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
};

describe('figure QA on real-style translations', () => {
  for (const [name, cases] of Object.entries(classes)) {
    it.each(cases)(`${name}: %s → %s: %s`, (from, to, source, correct, changed) => {
      expect(errors(from, to, source, correct)).toEqual([]);
      expect(errors(from, to, source, changed).length).toBeGreaterThan(0);
    });
  }

  it('a dropped conversion is a warning that names the amount it converts; a changed one stays an error', () => {
    const { messages } = qaPair({ from: 'en', to: 'fi', source: 'The storm is 400 km (250 miles) east.', target: 'Myrsky on 400 kilometrin päässä itään.', glossary });
    expect(messages.filter((m) => m.ruleId === 'qa/figure-lost')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('`400 km`') }]);
    expect(errors('en', 'fi', 'The storm is 400 km (250 miles) east.', 'Myrsky on 400 kilometrin (260 mailin) päässä itään.')).toHaveLength(2);
  });
});
