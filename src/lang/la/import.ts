// What the importer knows about Latin pages: the names a language switcher gives the
// language, frequent short words that tell a page in it, and the words of page furniture
// (skip, share and edit links, "read more" prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Latina', 'Lingua Latina', 'Latin', 'Latein', 'Latín', 'Latino', 'Latim', 'Latina lingua', 'Латынь'],
  stopwords: ['et', 'est', 'non', 'ad', 'cum', 'sed', 'ut', 'quod', 'qui', 'quae', 'esse', 'sunt', 'ab', 'ex', 'atque', 'etiam', 'enim', 'autem'],
  furniture: {
    skipLinks: ['Salire ad contentum', 'Salire ad navigationem', 'Salire ad quaerendum', 'Ad contentum transire', 'Ad summum paginae'],
    share: ['Communicare', 'Imprimere', 'Disputatio'],
    edit: ['recensere', 'fontem recensere', 'historiam inspicere', 'fontem inspicere'],
    readMore: ['Vide etiam', 'Nexus externi', 'Lege etiam', 'Plura legere', 'Notae'],
    cookies: ['Crustula', 'Hic situs crustulis utitur'],
    imageCredit: ['Imago', 'Pictura', 'Photographema', 'Fons'],
    published: ['Editum', 'Publicatum', 'Renovatum', 'Dies'],
    copyright: ['©', 'Copyright', 'Omnia iura reservata'],
    taglines: ['E Vicipaedia', 'E Vicipaedia, libera encyclopaedia', 'E Vicinuntiis', 'Ex Vicinuntiis'],
    byline: ['Auctore', 'Ab', 'Scripsit'],
    promo: ['Praeconium'],
    appeals: ['Nos sustine', 'Sustine nos', 'Dona nobis', 'Fac donum'],
    weekdays: ['dies lunae', 'dies martis', 'dies mercurii', 'dies iovis', 'dies veneris', 'dies saturni', 'dies solis', 'dominica', 'feria secunda', 'feria tertia', 'feria quarta', 'feria quinta', 'feria sexta', 'sabbatum'],
    endSections: ['Notae', 'Nexus externi', 'Vide etiam', 'Fontes', 'Bibliographia', 'Nexus interni'],
  },
  sourceLabels: ['Fons'],
  categoryWords: ['Nuntii'],
  lineWords: {
    afterYear: ['a. d.', 'a.d.'],
  },
};
