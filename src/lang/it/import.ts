// What the importer knows about Italian pages: the names a language switcher gives the
// language, frequent short words that tell a page in it, and the words of page furniture
// (skip, share and edit links, "read more" prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Italiano', 'Italian', 'Italienisch', 'Italien', 'Italia', 'Итальянский'],
  stopwords: ['il', 'che', 'di', 'e', 'per', 'non', 'una', 'sono', 'con', 'del', 'della', 'gli', 'nel', 'alla', 'dei', 'delle', 'ha', 'anche', 'come', 'più'],
  furniture: {
    skipLinks: ['Vai al contenuto', 'Vai al contenuto principale', 'Passa al contenuto', 'Salta al contenuto', 'Vai alla navigazione', 'Vai alla ricerca', 'Salta la navigazione', 'Torna su', 'Torna all\'inizio', 'Torna alla home'],
    share: ['Condividi', 'Condividi su Facebook', 'Condividi su Twitter', 'Invia per email', 'Stampa', 'Seguici', 'Commenti', 'Copia link', 'Lascia un commento', 'Commenta'],
    edit: ['modifica', 'modifica wikitesto', 'visualizza cronologia'],
    readMore: ['Leggi anche', 'Vedi anche', 'Potrebbe interessarti', 'Ti potrebbe interessare', 'Articoli correlati', 'Leggi di più', 'Leggi tutto', 'Approfondimenti', 'I più letti', 'Altre notizie', 'Correlati', 'Pubblicità', "Sull'autore", "Ti potrebbe piacere", 'Ultime notizie', 'Ultimi video'],
    cookies: ['Questo sito utilizza cookie', 'Questo sito usa i cookie', 'Utilizziamo i cookie', 'Usiamo i cookie', 'Impostazioni cookie'],
    readingTime: ['Tempo di lettura', 'min di lettura', 'minuti di lettura', 'Lettura:'],
    imageCredit: ['Foto', 'Immagine', 'Credito', 'Crediti', 'Fonte', 'Illustrazione', 'Video'],
    published: ['Pubblicato', 'Pubblicato il', 'Aggiornato', 'Aggiornato il', 'Ultimo aggiornamento', 'Data', 'Creato il'],
    copyright: ['©', 'Copyright', 'Tutti i diritti riservati', 'Riproduzione riservata'],
    taglines: ["Da Wikipedia, l'enciclopedia libera", 'Da Wikipedia, l’enciclopedia libera', 'Da Wikinotizie, le notizie a contenuto libero', 'Da Wikinotizie'],
    byline: ['Di', 'Scritto da', 'A cura di'],
    promo: ['Pubblicità', 'Abbonati', 'Iscriviti', 'Newsletter', 'Accedi', 'Ascolta questo articolo'],
    appeals: ['Questo articolo è riservato agli abbonati', 'Questo contenuto è riservato agli abbonati', 'Sostieni il nostro giornalismo', 'Sostieni il giornalismo', 'Sostienici', 'Fai una donazione', 'Diventa socio', 'Diventa abbonato', 'Abbonati ora', 'Se sei arrivato fin qui', 'Se ti piace il nostro lavoro'],
    commentInvites: ['Dite la vostra nei commenti', 'Lascia un commento qui sotto'],
    signUpEnds: ['Iscriviti qui', 'Iscriviti ora'],
    weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'],
    endSections: ['Note', 'Collegamenti esterni', 'Voci correlate', 'Fonti', 'Bibliografia', 'Notizie correlate', 'Altri progetti'],
  },
  creditLabels: {
    editor: ['Redattore', 'Redattrice'],
    proofreading: ['Correzione', 'Correzione di bozze'],
    author: ['Autore'],
    reporter: ['Giornalista'],
    translator: ['Traduzione'],
  },
  sourceLabels: ['Fonte'],
  sourcePhrases: ["Dall'account ufficiale", 'Dal sito ufficiale'],
  categoryWords: ['Notizia', 'Notizie'],
  monthAbbreviations: { gen: 1, feb: 2, mar: 3, apr: 4, mag: 5, giu: 6, lug: 7, ago: 8, set: 9, ott: 10, nov: 11, dic: 12 },
  lineWords: {
    beforeDate: ['il', 'il giorno'],
    inDate: ['del'],
    dayEndings: ['º', '°'],
    beforeTime: ['alle'],
    nameParticles: ['di', 'da', 'del'],
    nameJoiners: ['e'],
    followVerbs: ['Seguici', 'Segui'],
    noteLabels: ['nota'],
    wikiRemarks: ['senza fonte'],
    agencies: ['ANSA'],
  },
};
