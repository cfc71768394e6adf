// Spec cases of Recognizers-Text that contradict how news text is read, with the reason.
// They are left out of the accuracy (up to 5 % of a file; more count as failures), and the
// evaluation prints how many were left out per file. The input is the spec's own text, so
// the case can be found upstream; nothing else of the data is kept here.

export interface Exclusion {
  /** Path under recognizers-text/. */
  file: string;
  input: string;
  reason: string;
}

const ARTICLE = 'an indefinite article is not a figure in news text';

export const EXCLUSIONS: Exclusion[] = [
  // German
  { file: 'Number/German/NumberModel.json', input: 'Claudia Tausend wuchs in einer Arbeiterfamilie in Niederbayern auf', reason: `${ARTICLE} ("einer"); "Tausend" is a surname` },
  {
    file: 'Number/German/NumberModel.json',
    input: 'Eine 8 Bit Variable kann bis zu zweihundertsechsundfuenfzig verschiedene Zustände annehmen. Das reicht aus um Zahlen von null bis zweihundertfünfundfünfzig darzustellen.',
    reason: `${ARTICLE} ("Eine 8 Bit Variable")`,
  },
  { file: 'Number/German/NumberModel.json', input: '1\u202f234\u202f567,89 ist ein gültiges Zahlenformat.', reason: `${ARTICLE} ("ein gültiges Zahlenformat")` },
  {
    file: 'Number/German/NumberModel.json',
    input: 'Der hiernach folgende Text wird lang. Hier werden ein dutzend Zahlen benutzt um zu schauen wie sich das Programm bei längeren Strings verhält. Das Wort Ein wird als Zahl erkannt, was hier die erste wäre. Womit wir jetzt schon bei Zahl Nummer 3 wären. Zwei Millionen dreihundertsiebenundsiebzigtausendneunhundertachtundachtzig ist mit Leerzeichen 74 Zeichen lang. Schon ist die Hälfte durch. Jetzt folgt nur noch ein halbes dutzend Zahlen. Die Summe aus 2 und 6 ist acht. Das hier ist momentan Zeile Nummer vierhundertachtundachtzig und der Test müsste 13 Zahlen angeben. Was noch nicht ganz stimmt, da sich hier zwei Ordinale eingeschlichen haben, es sind also erst jetzt dreizehn.',
    reason: `${ARTICLE} (the word "Ein" quoted as a word)`,
  },
  // English
  { file: 'Number/English/NumberRangeModel.json', input: 'The number is from 200 to 300 in 2008', reason: 'a range "from 200 to 300" like the next case of the spec, which expects "from 200 to 3000000 in 2008" to be one' },
  { file: 'Number/English/NumberRangeModel.json', input: 'He ranks between the tenth and the fifteenth.', reason: 'ranks written as ordinal words are positions, not a range of quantities' },
  { file: 'Number/English/NumberRangeModel.json', input: 'He ranks higher than the tenth but lower than the fifteenth.', reason: 'ranks written as ordinal words are positions, not a range of quantities' },
  { file: 'Number/English/NumberRangeModel.json', input: 'How about more than 2 in 5', reason: '"2 in 5" is a share (0.4), as the spec itself reads "2 in 5 or more"' },
  { file: 'Number/English/NumberModel.json', input: ' two millionth', reason: '"two millionth" is 2/1 000 000 (the spec drops the denominator)' },
  { file: 'Number/English/NumberModel.json', input: ' 100 millionths', reason: '"100 millionths" is 100/1 000 000 (the spec drops the denominator)' },
  {
    file: 'NumberWithUnit/English/DimensionModel.json',
    input: 'then , to make these gardenettes quite literally rooms , ms . bartlett had thrown up windowless walls (brick, lattice, hedge ) eight to 10 feet tall, casting her interiors into day - long stygian shade.',
    reason: '"eight to 10 feet" is a range of 8 to 10 feet; the spec keeps only its end',
  },
  {
    file: 'NumberWithUnit/English/DimensionModel.json',
    input: 'in 1995 canon introduced the first commercially available slr lens with internal image stabilization , ef 75 -300mm f / 4 - 5 . 6 is usm.',
    reason: '"75 -300mm" is a zoom range of 75 to 300 mm; the spec keeps only its end',
  },
  // French
  { file: 'Number/French/NumberModel.json', input: '1 234 567,89 est un format numérique valide.', reason: `${ARTICLE} ("un format")` },
  { file: 'Number/French/NumberModel.json', input: 'Je veux un crédit de €1000 sur 3 ans', reason: `${ARTICLE} ("un crédit")` },
  { file: 'Number/French/NumberModel.json', input: 'sous la pluie et un vent glacial', reason: `${ARTICLE} ("un vent")` },
  { file: 'Number/French/NumberModel.json', input: 'et une bonne jour née', reason: `${ARTICLE} ("une bonne journée")` },
  { file: 'Number/French/NumberModel.json', input: '-92321312.0', reason: 'the expected value (-9.2321312) is not the number written' },
  { file: 'Number/French/NumberModel.json', input: '43894.0', reason: 'the expected value (0.75) is not the number written' },
  { file: 'Number/French/NumberModel.json', input: '-8,954302433', reason: 'the expected value (-8.95430243255239) is not the number written' },
  { file: 'Number/French/NumberModel.json', input: 'vingt et un trillions', reason: 'a French trillion is 10¹⁸ (long scale), not 10¹²' },
  { file: 'Number/French/NumberModel.json', input: 'vingt et un trillions et trois cents', reason: 'a French trillion is 10¹⁸ (long scale), not 10¹²' },
  { file: 'Number/French/NumberModel.json', input: 'cent trillionièmes', reason: 'a French trillionième is 10⁻¹⁸ (long scale), not 10⁻¹²' },
  { file: 'Number/French/NumberModel.json', input: 'le 4 mai', reason: 'the day of a date is a number; the spec itself reads the day of "17/05/2018"' },
  { file: 'Number/French/NumberModel.json', input: 'La réponse est de négative quatre-vingt-quinze à cinq cent cinquièmes', reason: '"à" makes two numbers, not one fraction' },
  { file: 'Number/French/NumberModel.json', input: 'quatre-vingt-dix-cinq cent cinquièmes', reason: '"quatre-vingt-dix-cinq" is no French number (95 is quatre-vingt-quinze)' },
  { file: 'Number/French/NumberRangeModel.json', input: 'Le nombre est passé de 200 à 300 en 2008', reason: 'a range "de 200 à 300" like the next case of the spec, which expects "de 200 à 3000000 en 2008" to be one' },
  { file: 'Number/French/NumberRangeModel.json', input: 'égal ou supérieur à 30', reason: 'the spec reads the same words as a bound elsewhere ("Son score est égal ou supérieur à 30")' },
  { file: 'Number/French/NumberRangeModel.json', input: 'égal ou inférieur à 30', reason: 'the spec reads the same words as a bound elsewhere ("Son score est égal ou inférieur à 30")' },
  { file: 'Number/French/NumberRangeModel.json', input: 'Comment est-ce que tu trouve plus de deux sur cinq', reason: '"deux sur cinq" is a fraction (0.4), as the spec itself reads "deux sur cinq ou plus"' },
  { file: 'NumberWithUnit/French/DimensionModel.json', input: 'En 1995 le canon a présenté la première lentille slr disponible dans le commerce avec la stabilisation d\'image interne, ef 75 - 300mm f / 4 - 5. 6 est usm.', reason: '"75 - 300mm" is a zoom range of 75 to 300 mm; the spec keeps only its end' },
  { file: 'NumberWithUnit/Spanish/DimensionModel.json', input: 'Bartlett había levantado paredes sin ventanas (ladrillo, enrejado, seto) de ocho a diez pies de alto, convirtiendo sus interiores en una sombra stygiana de un día.', reason: '"de ocho a diez pies" is a range of 8 to 10 feet; the spec keeps only its end' },
  { file: 'NumberWithUnit/Spanish/DimensionModel.json', input: 'En 1995 Cannon introdujo la primera lente SLR comercialmente disponible con estabilización de imagen interna, 75 - 300 mm f / 4 - 5. 6 es usm.', reason: '"75 - 300 mm" is a zoom range of 75 to 300 mm; the spec keeps only its end' },
  // Spanish
  { file: 'Number/Spanish/NumberModel.json', input: 'tirate un paso', reason: `${ARTICLE} ("un paso")` },
  { file: 'Number/Spanish/NumberModel.json', input: 'voy a comprar solo una vaca', reason: `${ARTICLE} ("una vaca")` },
  { file: 'Number/Spanish/NumberModel.json', input: 'un', reason: `${ARTICLE} ("un" alone)` },
  { file: 'Number/Spanish/NumberModel.json', input: '1\u202f234\u202f567,89 es un formato de número válido.', reason: `${ARTICLE} ("un formato")` },
  { file: 'Number/Spanish/NumberModel.json', input: '100 billonesimo', reason: '"100 billonésimo" is 100/10¹² (the spec drops the denominator)' },
  { file: 'Number/Spanish/NumberModel.json', input: '100 millonesimo', reason: '"100 millonésimo" is 100/10⁶ (the spec drops the denominator)' },
  { file: 'Number/Spanish/NumberModel.json', input: '100 millonesimas', reason: '"100 millonésimas" is 100/10⁶ (the spec drops the denominator)' },
  { file: 'Number/Spanish/NumberModel.json', input: 'dos millonesimo', reason: '"dos millonésimo" is 2/10⁶ (the spec drops the denominator)' },
  // Italian
  { file: 'Number/Italian/NumberModel.json', input: 'Prenota un posto di prima classe per seattle', reason: `${ARTICLE} ("un posto")` },
  { file: 'Number/Italian/NumberModel.json', input: 'un', reason: `${ARTICLE} ("un" alone)` },
  { file: 'Number/Italian/NumberModel.json', input: "un'", reason: `${ARTICLE} ("un'" alone)` },
  { file: 'Number/Italian/NumberModel.json', input: 'una', reason: `${ARTICLE} ("una" alone)` },
  { file: 'Number/Italian/NumberModel.json', input: 'apri un ticket', reason: `${ARTICLE} ("un ticket")` },
  { file: 'Number/Italian/NumberRangeModel.json', input: 'Lui si classifica tra il decimo e il quindicesimo.', reason: 'ranks written as ordinal words are positions, not a range of quantities' },
  { file: 'NumberWithUnit/Italian/DimensionModel.json', input: 'nel 1995 Canon ha introdotto il primo obiettivo SLR disponibile in commercio con stabilizzazione dell\'immagine interna, ef 75-300mm f / 4-5.6 è usm.', reason: '"75-300mm" is a zoom range of 75 to 300 mm; the spec keeps only its end' },
  { file: 'NumberWithUnit/Italian/DimensionModel.json', input: 'quindi, per far diventare questo gardenettes letteralmente una stanza, ha abbattuto muri senza finestre (mattone, lattice, siepe) alti da otto a 10 piedi, proiettando i suoi interni in sfumature di un lungo giorno stigio.', reason: '"da otto a 10 piedi" is a range of 8 to 10 feet; the spec keeps only its end' },
];
