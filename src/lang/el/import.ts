// What the importer knows about Greek pages: the names a language switcher gives the
// language and the words of page furniture (skip, share and edit links, "read more"
// prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Ελληνικά', 'Greek', 'Griechisch', 'Grec', 'Griego', 'Greco', 'Grego', 'Kreikka', 'Греческий'],
  stopwords: ['και', 'το', 'να', 'η', 'της', 'του', 'τα', 'την', 'με', 'σε', 'για', 'που', 'ο', 'από', 'των', 'στο', 'στην', 'είναι', 'οι', 'θα', 'δεν', 'ως', 'τον', 'στα', 'ότι'],
  furniture: {
    skipLinks: ['Μετάβαση στο περιεχόμενο', 'Μετάβαση στην πλοήγηση', 'Μετάβαση στην αναζήτηση', 'Παράλειψη στο περιεχόμενο', 'Επιστροφή στην αρχή', 'Αρχή σελίδας'],
    share: ['Κοινοποίηση', 'Μοιραστείτε', 'Κοινοποίηση στο Facebook', 'Εκτύπωση', 'Ακολουθήστε μας', 'Σχόλια', 'Αντιγραφή συνδέσμου'],
    edit: ['επεξεργασία', 'επεξεργασία κώδικα', 'προβολή ιστορικού'],
    readMore: ['Διαβάστε επίσης', 'Διαβάστε ακόμα', 'Δείτε επίσης', 'Δείτε ακόμα', 'Διαβάστε περισσότερα', 'Σχετικά άρθρα', 'Σχετικά', 'Σχετικές ειδήσεις', 'Τα πιο δημοφιλή', 'Περισσότερα', 'Διαφήμιση'],
    cookies: ['Χρησιμοποιούμε cookies', 'Αυτός ο ιστότοπος χρησιμοποιεί cookies', 'Ο ιστότοπος χρησιμοποιεί cookies', 'Ρυθμίσεις cookies'],
    readingTime: ['Χρόνος ανάγνωσης', 'λεπτά ανάγνωσης'],
    imageCredit: ['Φωτογραφία', 'Φωτ.', 'Εικόνα', 'Πηγή', 'Βίντεο'],
    published: ['Δημοσιεύθηκε', 'Δημοσίευση', 'Ενημερώθηκε', 'Τελευταία ενημέρωση', 'Ημερομηνία'],
    copyright: ['©', 'Copyright', 'Με επιφύλαξη παντός δικαιώματος'],
    taglines: ['Από τη Βικιπαίδεια, την ελεύθερη εγκυκλοπαίδεια', 'Από τα Βικινέα', 'Από τα Βικινέα, την ελεύθερη πηγή ειδήσεων'],
    byline: ['Του', 'Της', 'Των', 'Από'],
    promo: ['Διαφήμιση', 'Εγγραφείτε', 'Συνδρομή', 'Newsletter', 'Σύνδεση'],
    appeals: ['Στηρίξτε μας', 'Στηρίξτε τη δημοσιογραφία', 'Στηρίξτε την ανεξάρτητη δημοσιογραφία', 'Κάντε δωρεά', 'Γίνετε συνδρομητής', 'Γίνε συνδρομητής', 'Γίνετε μέλος'],
    weekdays: ['δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'παρασκευή', 'σάββατο', 'κυριακή', 'δευ', 'τρι', 'τετ', 'πεμ', 'παρ', 'σαβ', 'κυρ'],
    endSections: ['Παραπομπές', 'Εξωτερικοί σύνδεσμοι', 'Δείτε επίσης', 'Πηγές', 'Σημειώσεις', 'Βιβλιογραφία'],
  },
  creditLabels: {
    editor: ['Συντάκτης', 'Επιμέλεια'],
    proofreading: ['Διόρθωση'],
    author: ['Συγγραφέας'],
    reporter: ['Ανταποκριτής'],
    translator: ['Μετάφραση'],
    photo: ['Φωτογραφία'],
  },
  sourceLabels: ['Πηγή'],
  categoryWords: ['Ειδήσεις'],
  lineWords: {
    beforeDate: ['στις'],
    afterYear: ['έτους'],
    nameJoiners: ['και'],
  },
};
