// What the importer knows about German pages: the names a language switcher gives the
// language, frequent short words that tell a page in it, and the words of page furniture
// (skip, share and edit links, "read more" prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Deutsch', 'German', 'Allemand', 'Alemán', 'Tedesco', 'Alemão', 'Saksa', 'Немецкий', '德语', '德語', 'ドイツ語'],
  stopwords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'zu', 'den', 'im', 'für', 'auf', 'dass', 'sich', 'des', 'ein', 'eine', 'auch', 'wird', 'wurde', 'sind', 'hat', 'dem', 'bei'],
  furniture: {
    skipLinks: ['Zum Inhalt springen', 'Zur Navigation springen', 'Zur Suche springen', 'Direkt zum Inhalt', 'Zum Hauptinhalt', 'Navigation überspringen', 'Springe zum Inhalt', 'Zurück zur Übersicht', 'Zurück', 'Nach oben', 'Zum Seitenanfang', 'Zur Startseite'],
    share: ['Teilen', 'Artikel teilen', 'Auf Facebook teilen', 'Auf Twitter teilen', 'Per E-Mail teilen', 'Drucken', 'E-Mail', 'Link kopieren', 'Folgen Sie uns', 'Kommentare', 'Merken', 'Twittern', 'Kommentar schreiben', 'Kommentieren'],
    edit: ['Bearbeiten', 'Quelltext bearbeiten', 'Versionsgeschichte', 'Quelltext anzeigen'],
    readMore: ['Lesen Sie auch', 'Lesen Sie mehr', 'Mehr zum Thema', 'Mehr dazu', 'Auch interessant', 'Weiterlesen', 'Weitere Artikel', 'Siehe auch', 'Das könnte Sie auch interessieren', 'Meistgelesen', 'Verwandte Artikel', 'Verwandte Themen', 'Zum Thema', 'Mehr aus', 'Weitere Nachrichten', 'Themen', 'Anzeige', "Über den Autor", "Über die Autorin", "Das könnte Sie interessieren", 'Neueste Videos', 'Neueste Artikel', 'Neueste Nachrichten'],
    cookies: ['Diese Website verwendet Cookies', 'Wir verwenden Cookies', 'Diese Seite verwendet Cookies', 'Cookie-Einstellungen', 'Datenschutzeinstellungen', 'Um unsere Webseite'],
    readingTime: ['Lesezeit', 'Min. Lesezeit', 'Minuten Lesezeit'],
    imageCredit: ['Foto', 'Fotos', 'Bild', 'Bilder', 'Bildquelle', 'Bildnachweis', 'Quelle', 'Grafik', 'Illustration', 'Video', 'Symbolbild', 'Archivbild'],
    published: ['Veröffentlicht', 'Veröffentlicht am', 'Aktualisiert', 'Aktualisiert am', 'Zuletzt aktualisiert', 'Stand', 'Erstellt', 'Erstellt am', 'Datum', 'Geändert am'],
    copyright: ['©', 'Copyright', 'Alle Rechte vorbehalten'],
    taglines: ['Aus Wikipedia, der freien Enzyklopädie', 'Aus Wikinews, dem freien Nachrichtenportal', 'Aus Wikinews'],
    byline: ['Von', 'Ein Beitrag von', 'Text', 'Autor'],
    promo: ['Anzeige', 'Werbung', 'Abonnieren', 'Jetzt abonnieren', 'Newsletter', 'Anmelden', 'Registrieren', 'Artikel anhören', 'Hören Sie hier'],
    appeals: ['Dieser Artikel ist nur für Abonnenten', 'Dieser Artikel ist exklusiv für Abonnenten', 'Unterstützen Sie unseren Journalismus', 'Unterstützen Sie uns', 'Unterstützen Sie unabhängigen Journalismus', 'Jetzt unterstützen', 'Jetzt spenden', 'Werden Sie Mitglied', 'Werden Sie Abonnent', 'Wenn Ihnen dieser Artikel gefallen hat', 'Wenn Ihnen unser Journalismus', 'Sie haben bis hierhin gelesen'],
    commentInvites: ['Diskutieren Sie mit', 'Diskutieren Sie hier', 'Diskutieren Sie bis'],
    signUpEnds: ['Hier anmelden', 'Jetzt anmelden', 'Hier abonnieren'],
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'],
    endSections: ['Einzelnachweise', 'Weblinks', 'Literatur', 'Anmerkungen', 'Quellen', 'Siehe auch', 'Themenverwandte Artikel', 'Belege', 'Fußnoten'],
  },
  creditLabels: {
    editor: ['Herausgeber', 'Herausgeberin', 'Redakteur', 'Redakteurin', 'Redaktion'],
    proofreading: ['Korrekturlesen', 'Korrektur', 'Korrektorat', 'Lektorat'],
    author: ['Autor', 'Autorin', 'Autoren'],
    reporter: ['Reporter', 'Reporterin'],
    translator: ['Übersetzung', 'Übersetzer', 'Übersetzerin'],
    photo: ['Foto', 'Fotos', 'Bild'],
  },
  sourceLabels: ['Quelle', 'Quellen'],
  sourcePhrases: ['Vom offiziellen ', 'Von offiziellen ', 'Aus dem offiziellen ', 'Aus der offiziellen ', 'Von der Website ', 'Von der Webseite ', 'Von der Zeitung ', 'Von der Nachrichtenagentur ', 'Aus der Zeitung '],
  categoryWords: ['Nachricht', 'Nachrichten', 'Meldung', 'Bericht', 'Kommentar', 'Interview', 'Analyse', 'Reportage', 'Hintergrund', 'Meinung'],
  monthAbbreviations: { jan: 1, feb: 2, 'mär': 3, apr: 4, mai: 5, jun: 6, jul: 7, aug: 8, sept: 9, okt: 10, nov: 11, dez: 12 },
  lineWords: {
    beforeDate: ['am', 'um'],
    beforeTime: ['um'],
    afterTime: ['Uhr', 'h', 'MEZ', 'MESZ'],
    creditBy: ['von'],
    nameParticles: ['von', 'van', 'der'],
    nameJoiners: ['und'],
    followVerbs: ['Folgen', 'Folge'],
    noteLabels: ['Anm.'],
    wikiRemarks: ['Quelle fehlt'],
    agencies: ['dpa', 'Imago', 'picture alliance'],
  },
};
