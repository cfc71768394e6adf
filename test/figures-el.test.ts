// Greek figures as translations write them: numerals in their genders and cases, scales and
// their abbreviations (εκατ., δισ.), ordinals ("δεύτερη", "19ου"), months in three cases,
// qualifiers before the figure ("ξεπέρασε τα"), units, durations and words glued to digits.
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const cases: Record<string, Array<[string, FigureRow[]]>> = {
  'numerals, scales and currencies': [
    ['τρεις χιλιάδες εργαζόμενοι', [['quantity', 3000, 'εργαζόμενοι', 'exact']]],
    ['δύο εκατομμυρίων ευρώ', [['money', 2e6, 'EUR', 'exact']]],
    ['1,8 δισ. ευρώ', [['money', 1.8e9, 'EUR', 'exact']]],
    ['450 εκατ. δολάρια', [['money', 450e6, 'USD', 'exact']]],
    ['σε τρεις πόλεις', [['quantity', 3, 'πόλεις', 'exact']]],
    ['ένας από τους μεγαλύτερους', []],
  ],
  ordinals: [
    ['κατέλαβε τη δεύτερη θέση', [['ordinal', 2, undefined, 'exact']]],
    ['στα τέλη του 19ου αιώνα', [['ordinal', 19, undefined, 'exact']]],
    ['η πέμπτη', [['ordinal', 5, undefined, 'exact']]],
    // "εκτός" (except) folds like "έκτος" (sixth): only the other forms are the ordinal.
    ['το έκτο', [['ordinal', 6, undefined, 'exact']]],
    ['εκτός από δύο', [['number', 2, undefined, 'exact']]],
  ],
  dates: [
    ['την 25η Μαρτίου 2021', [['date', '2021-03-25', undefined, 'exact']]],
    ['τον Οκτώβριο του 2019', [['date', '2019-10', undefined, 'exact']]],
    ['στις 3 Μαΐου', [['date', '2024-05-03', undefined, 'exact']]],
  ],
  'percent and points': [
    ['κατά 12 τοις εκατό', [['percent', 12, undefined, 'exact']]],
    ['2,5 ποσοστιαίες μονάδες', [['percent', 2.5, undefined, 'exact', 'pp']]],
  ],
  qualifiers: [
    ['ξεπέρασε τα 50.000 άτομα', [['quantity', 50000, 'άτομα', 'over']]],
    ['πάνω από 40 χώρες', [['quantity', 40, 'χώρες', 'over']]],
    ['έως και 30 ημέρες', [['quantity', 30, 'd', 'max']]],
    ['σχεδόν 200 σπίτια', [['quantity', 200, 'σπίτια', 'approx']]],
    ['τουλάχιστον πέντε νεκροί', [['quantity', 5, 'νεκροί', 'min']]],
  ],
  'units, durations and clock times': [
    ['90 χιλιόμετρα την ώρα', [['quantity', 90, 'km/h', 'exact']]],
    ['12 τετραγωνικά μέτρα', [['quantity', 12, 'm²', 'exact']]],
    ['τριών ετών', [['quantity', 3, 'yr', 'exact']]],
    // "λεπτά" after a number are minutes, not cents.
    ['σε δέκα λεπτά', [['quantity', 10, 'min', 'exact']]],
    ['ο 45χρονος άνδρας', [['quantity', 45, 'yr', 'exact']]],
    ['στις 14:30', [['time', '14:30', undefined, 'exact']]],
    ['1400 Παγκόσμια Ώρα', [['time', '14:00', undefined, 'exact']]],
  ],
  'and a half': [
    ['Έμεινε εκεί δυόμισι χρόνια.', [['quantity', 2.5, 'yr', 'exact']]],
    ['ξόδεψε τρεισήμιση εκατομμύρια ευρώ', [['money', 3.5e6, 'EUR', 'exact']]],
    ['για ενάμιση χρόνο', [['quantity', 1.5, 'yr', 'exact']]],
    ['τέσσερα και μισό λεπτά', [['quantity', 4.5, 'min', 'exact']]],
  ],
  'a qualifier before the year word': [
    ['Περίπου το έτος 1500 ο ναός χτίστηκε.', [['number', 1500, undefined, 'approx']]],
  ],
  'decades, words that are a quantity, about after the figure': [
    ['τρεις δεκαετίες', [['quantity', 3, 'dec', 'exact']]],
    ['για δύο αιώνες', [['quantity', 2, 'cent', 'exact']]],
    ['στα τέλη του 19ου αιώνα', [['ordinal', 19, undefined, 'exact']]],
    ['μέσα σε ένα εξάμηνο', [['quantity', 6, 'mo', 'exact']]],
    ['σε εικοσιτετράωρη βάση', [['quantity', 24, 'h', 'exact']]],
    ['500 χιλιόμετρα περίπου ανατολικά', [['quantity', 500, 'km', 'approx']]],
    ['στις 10:00 περίπου', [['time', '10:00', undefined, 'approx']]],
    // "περίπου" before the next number is that number's.
    ['Το 2010 περίπου 300 άνθρωποι έφυγαν.', [['year', 2010, undefined, 'exact'], ['quantity', 300, 'άνθρωποι', 'approx']]],
  ],
  'an adjective between the number and its unit': [
    ['τους 3 προηγούμενους μήνες', [['quantity', 3, 'mo', 'exact']]],
    ['5 ολόκληρα χρόνια', [['quantity', 5, 'yr', 'exact']]],
  ],
  'clock times in words': [
    ['στις δέκα το πρωί', [['time', '10:00', undefined, 'exact']]],
  ],
  'qualifiers with "σε" and an article, "παραπάνω από", a thousand in the genitive, eras': [
    ['Οι επισκέπτες έφτασαν περίπου στους 1.200.', [['number', 1200, undefined, 'approx']]],
    ['κόστισε παραπάνω από 300 ευρώ', [['money', 300, 'EUR', 'over']]],
    ['ένα κάστρο άνω των χιλίων ετών', [['quantity', 1000, 'yr', 'over']]],
    ['χτίστηκε γύρω στο 300 μ.Χ.', [['year', 300, undefined, 'approx']]],
  ],
  'dollars of a country, per hour with a slash': [
    ['20 εκατομμύρια δολάρια Καναδά', [['money', 2e7, 'CAD', 'exact']]],
    ['με 80 χιλιόμετρα/ώρα', [['quantity', 80, 'km/h', 'exact']]],
    ['με 50 μίλια/ώρα', [['quantity', 50, 'mph', 'exact']]],
  ],
};

describe('figures: Greek', () => {
  for (const [group, rows] of Object.entries(cases)) {
    it.each(rows)(`${group}: %s`, (text, expected) => {
      expect(figureRows(text, 'el')).toEqual(expected);
    });
  }
});
