// What the importer knows about Finnish pages: the names a language switcher gives the
// language, frequent short words that tell a page in it, and the words of page furniture
// (skip, share and edit links, "read more" prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Suomi', 'Suomalainen', 'Suomeksi', 'Finnish', 'Finnisch', 'Finnois', 'Finlandés', 'Finlandese', 'Finlandês', 'Финский'],
  stopwords: ['ja', 'on', 'ei', 'se', 'että', 'hän', 'oli', 'ovat', 'mutta', 'kun', 'myös', 'tai', 'joka', 'kuin', 'sekä', 'ovat', 'jo', 'vuonna'],
  furniture: {
    skipLinks: ['Siirry sisältöön', 'Siirry pääsisältöön', 'Siirry navigaatioon', 'Siirry hakuun', 'Hyppää sisältöön', 'Takaisin ylös', 'Sivun alkuun'],
    share: ['Jaa', 'Jaa artikkeli', 'Jaa Facebookissa', 'Jaa Twitterissä', 'Tulosta', 'Lähetä sähköpostilla', 'Seuraa meitä', 'Kommentit', 'Kopioi linkki'],
    edit: ['muokkaa', 'muokkaa wikitekstiä', 'näytä historia'],
    readMore: ['Lue myös', 'Katso myös', 'Lue lisää', 'Lue aiheesta lisää', 'Lue seuraavaksi', 'Aiheesta muualla', 'Aiheeseen liittyvät', 'Aiheeseen liittyvää', 'Luetuimmat', 'Lisää aiheesta', 'Mainos', 'Uusimmat', 'Tuoreimmat', 'Uusimmat videot'],
    cookies: ['Käytämme evästeitä', 'Sivusto käyttää evästeitä', 'Tämä sivusto käyttää evästeitä', 'Evästeasetukset'],
    readingTime: ['Lukuaika', 'min lukuaika'],
    imageCredit: ['Kuva', 'Kuvat', 'Kuvaaja', 'Lähde', 'Video', 'Grafiikka'],
    published: ['Julkaistu', 'Päivitetty', 'Viimeksi päivitetty', 'Päiväys', 'Luotu'],
    copyright: ['©', 'Copyright', 'Kaikki oikeudet pidätetään'],
    taglines: ['Wikipediasta', 'Wikipedia, vapaa tietosanakirja', 'Wikiuutisista', 'Wikiuutiset'],
    byline: ['Kirjoittanut', 'Teksti', 'Toimittaja'],
    promo: ['Mainos', 'Tilaa', 'Tilaa uutiskirje', 'Kirjaudu', 'Rekisteröidy', 'Kuuntele'],
    appeals: ['Tue journalismiamme', 'Tue riippumatonta journalismia', 'Tue työtämme', 'Ryhdy tilaajaksi', 'Ryhdy jäseneksi', 'Tilaa nyt', 'Lahjoita nyt'],
    commentInvites: ['Voit keskustella aiheesta', 'Keskustele aiheesta', 'Keskustelu aiheesta on auki'],
    signUpEnds: ['Tilaa uutiskirje tästä', 'Tilaa tästä'],
    weekdays: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai', 'maanantaina', 'tiistaina', 'keskiviikkona', 'torstaina', 'perjantaina', 'lauantaina', 'sunnuntaina', 'ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
    endSections: ['Lähteet', 'Aiheesta muualla', 'Katso myös', 'Viitteet', 'Kirjallisuutta', 'Aiheesta muualla'],
  },
  creditLabels: {
    editor: ['Toimittaja'],
    proofreading: ['Oikoluku', 'Oikolukija'],
    author: ['Kirjoittaja'],
    translator: ['Käännös'],
    photo: ['Kuva'],
  },
  sourceLabels: ['Lähde'],
  categoryWords: ['Uutiset', 'Uutinen'],
  lineWords: {
    afterYear: ['vuonna'],
    beforeTime: ['klo'],
    nameJoiners: ['ja'],
  },
};
