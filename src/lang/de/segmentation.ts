// German sentence-segmentation data: abbreviations ("z. B.", "bzw.", "Dr. med."), ordinals written
// with a dot before months and nouns ("am 26. Juli", "den 1. Platz"), „…“ and »…« quotations.

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['!', '?'],
  nonFinalAbbreviations: [
    // titles and forms of address, always followed by a name
    'Dr.', 'Prof.', 'Dipl.', 'Ing.', 'med.', 'jur.', 'phil.', 'rer.', 'nat.', 'pol.', 'oec.', 'habil.', 'h. c.',
    'Hr.', 'Hrn.', 'Fr.', 'Frl.', 'St.', 'Mag.',
    // words that always introduce what follows
    'z. B.', 'z. T.', 'z. Z.', 'z. Zt.', 'z. Hd.', 'd. h.', 'u. a.', 'o. g.', 'i. d. R.', 'i. A.', 'i. V.',
    'bzw.', 'ca.', 'vgl.', 'sog.', 'ggf.', 'evtl.', 'inkl.', 'exkl.', 'zzgl.', 'abzgl.', 'bspw.', 'insb.',
    'gem.', 'lt.', 'gegr.', 'geb.', 'gest.', 'verh.', 'kath.', 'ev.', 'evang.', 'röm.', 'max.', 'min.',
    'mind.', 'durchschn.', 'spez.', 'urspr.', 'Nr.', 'Bd.', 'Abs.', 'Ziff.', 'Kap.', 'Abb.', 'Tab.', 'Tel.', 'Hbf.',
  ],
  abbreviations: [
    'usw.', 'etc.', 'u. Ä.', 'o. Ä.', 'u. v. m.', 'u. dgl.', 'e. V.', 'a. D.', 's. o.', 's. u.', 'v. Chr.', 'n. Chr.',
    'Str.', 'Jh.', 'Jhd.', 'Mio.', 'Mrd.', 'Tsd.', 'Std.', 'Sek.', 'Co.', 'Inc.', 'Ltd.',
    // month abbreviations ("3. Okt. 2024")
    'Jan.', 'Feb.', 'Febr.', 'Mär.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Okt.', 'Nov.', 'Dez.',
  ],
  numberAbbreviations: ['S.', 'Art.', 'Nrn.', 'Rn.', 'Rz.'],
  sentenceStarters: [
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Eines',
    'Ich', 'Du', 'Er', 'Sie', 'Es', 'Wir', 'Ihr', 'Man', 'Dies', 'Diese', 'Dieser', 'Dieses',
    'Aber', 'Doch', 'Und', 'Auch', 'Dann', 'Danach', 'Daher', 'Deshalb', 'Darum', 'Denn', 'Dabei', 'Damit',
    'Außerdem', 'Zudem', 'Trotzdem', 'Dennoch', 'Jedoch', 'Allerdings', 'Dort', 'Hier', 'Heute', 'Nun', 'Jetzt',
    'So', 'Da', 'Als', 'Wenn', 'Weil', 'Obwohl', 'Wie', 'Was', 'Wer', 'Wo', 'Wann', 'Warum',
  ],
  ordinals: {
    months: [
      'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
      'Oktober', 'November', 'Dezember',
      'Jan', 'Feb', 'Febr', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
    ],
    // nouns counted with an ordinal: "1. Platz", "3. Jahrhundert", "2. Weltkrieg"
    nouns: [
      'Platz', 'Rang', 'Stelle', 'Mal', 'Jahrhundert', 'Jahrhunderts', 'Jahrtausend', 'Jahrestag', 'Geburtstag',
      'Todestag', 'Lebensjahr', 'Klasse', 'Liga', 'Bundesliga', 'Runde', 'Spieltag', 'Etappe', 'Stock', 'Stockwerk',
      'Etage', 'Quartal', 'Quartals', 'Halbjahr', 'Halbjahres', 'Weltkrieg', 'Weltkriegs', 'Auflage', 'Ausgabe',
      'Kapitel', 'Akt', 'Band', 'Teil', 'Sitzung', 'Tagung', 'Parteitag', 'Kongress', 'Semester', 'Generation',
      'Grades', 'Ordnung', 'Hälfte', 'Halbzeit', 'Minute', 'Woche', 'Tag', 'Monat', 'Advent', 'Sinfonie',
    ],
    // words that stand before an ordinal: "am 26.", "zum 01.", "aus dem 1."
    before: ['am', 'im', 'zum', 'vom', 'beim', 'zur', 'ins', 'dem', 'den', 'der', 'des', 'die', 'das', 'jeden', 'jedem', 'jeder', 'jedes'],
  },
  quotes: [
    ['„', '“'],
    ['„', '”'],
    ['‚', '‘'],
    ['‚', '’'],
    ['»', '«'],
    ['«', '»'],
    ['"', '"'],
  ],
};
