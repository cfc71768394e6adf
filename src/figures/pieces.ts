// Numbers written in words, first step: tokens become pieces (units, tens, "hundred", scales,
// fractions, connectors), and one-word compounds are split into their morphemes
// ("zweihundertsechsundfünfzig" → zwei hundert sechs und fünfzig). speak.ts adds them up.

import type { Lexicon, Piece } from './lexicon.js';
import { evaluate } from './speak.js';
import type { Token } from './tokens.js';

/** A piece with the token index after it and what it was written as. */
export interface PlacedPiece {
  piece: Piece;
  /** Token index after the token(s) that wrote this piece. */
  end: number;
  /** Written with digits ("4 thousand"), or an indefinite article read as 1 ("a hundred"). */
  digits?: boolean;
  article?: boolean;
  /** An article that is also the numeral one ("vingt et un", "treinta y un"). */
  numeral?: boolean;
  /** Split out of a one-word compound ("zweieinhalb"). */
  compound?: boolean;
  /** A half that adds to the number before it ("с половиной", "setengah"), as in a compound. */
  adds?: boolean;
  /** A numeral article with nothing after it in its clause ("ne ho visto uno."): the number. */
  alone?: boolean;
  /** A denominator in the plural ("tres medios", "two halves"): no number without a numerator. */
  plural?: boolean;
}

/**
 * Words already split, per lexicon (a bounded memo: every word of a compounding language that
 * is no number word is tried, and a text repeats its words). Callers copy what they keep.
 */
const split = new WeakMap<Lexicon, Map<string, readonly Piece[] | null>>();
const SPLIT_MEMO_SIZE = 20_000;

/** Split a folded one-word compound into morphemes; undefined when it is not a number. */
export function decompose(word: string, lexicon: Lexicon): Piece[] | undefined {
  let known = split.get(lexicon);
  if (!known) split.set(lexicon, (known = new Map<string, readonly Piece[] | null>()));
  const cached = known.get(word);
  if (cached !== undefined) return cached === null ? undefined : [...cached];
  const pieces = decomposeWord(word, lexicon);
  if (known.size >= SPLIT_MEMO_SIZE) known.clear();
  // A copy of the key: a word is a slice of its text, which the memo must not keep alive.
  known.set(JSON.parse(JSON.stringify(word)) as string, pieces ? [...pieces] : null);
  return pieces;
}

function decomposeWord(word: string, lexicon: Lexicon): Piece[] | undefined {
  const n = word.length;
  // best[i]: fewest pieces covering word.slice(0, i).
  const best = Array.from<Piece[] | undefined>({ length: n + 1 });
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    for (let j = Math.min(n, i + lexicon.longestMorpheme); j > i; j--) {
      const piece = lexicon.morphemes.get(word.slice(i, j));
      if (!piece) continue;
      const candidate = [...prefix, piece];
      const current = best[j];
      if (!current || candidate.length < current.length) best[j] = candidate;
    }
  }
  const pieces = best[n];
  if (!pieces || pieces.length < 2) return undefined;
  if (pieces[0]?.kind === 'connector' || pieces[pieces.length - 1]?.kind === 'connector') return undefined;
  return pieces;
}

/** The pieces written by the token(s) at `at`, or undefined when they are not part of a number. */
export function piecesAt(tokens: readonly Token[], at: number, lexicon: Lexicon): PlacedPiece[] | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  if (token.kind === 'num') {
    const run = token.run;
    if (!run || run.percent) return undefined;
    return [{ piece: { kind: 'add', value: Math.abs(run.value) }, end: at + 1, digits: true }];
  }
  // "una meta" (a goal) is not "metà" (half): the accent tells them apart.
  const accented = lexicon.accentedWords.get(token.key);
  if (accented !== undefined && token.text.normalize('NFC').toLowerCase() !== accented) return undefined;
  const single = (piece: Piece, end: number, extra: Partial<PlacedPiece> = {}): PlacedPiece[] => [{ piece, end, ...extra }];
  const phrase = <V>(table: { match: (t: readonly Token[], i: number) => { value: V; end: number } | undefined }) => table.match(tokens, at);
  const word = phrase(lexicon.words);
  // "un", "una", "um": an article and a numeral; the chain decides which.
  // Alone before the end of a clause it modifies nothing: the numeral ("ne ho visto uno.", "il en reste un").
  if (word && word.end === at + 1 && lexicon.indefinite.has(token.key)) return single({ kind: 'add', value: word.value }, word.end, { article: true, numeral: true, ...(endsClause(tokens[at - 1], tokens[at + 1]) ? { alone: true } : {}) });
  if (word) return single({ kind: 'add', value: word.value }, word.end);
  const hundred = phrase(lexicon.hundreds);
  if (hundred) return single({ kind: 'hundred' }, hundred.end);
  // "१० कोटिरूप्यकाणि": a scale fused with a currency is read with the currency (atoms.ts).
  if (phrase(lexicon.scaledCurrencies)) return undefined;
  const scale = phrase(lexicon.scales);
  if (scale) return single({ kind: 'scale', value: scale.value }, scale.end);
  const tens = phrase(lexicon.tens);
  if (tens) return single({ kind: 'tens' }, tens.end);
  const teens = phrase(lexicon.teens);
  if (teens) return single({ kind: 'teens' }, teens.end);
  const added = phrase(lexicon.addedHalves);
  if (added) return single({ kind: 'half', value: added.value }, added.end, { adds: true });
  const half = phrase(lexicon.halves);
  if (half) return single({ kind: 'half', value: half.value }, half.end);
  const fraction = phrase(lexicon.fractions);
  if (fraction) return single({ kind: 'fraction', value: fraction.value }, fraction.end, lexicon.pluralFractions.has(token.key) && fraction.end === at + 1 ? { plural: true } : {});
  const dozen = phrase(lexicon.dozens);
  if (dozen) return single({ kind: 'dozen', value: dozen.value }, dozen.end);
  if (token.kind !== 'word') return undefined;
  if (lexicon.connectors.has(token.key)) return single({ kind: 'connector' }, at + 1);
  if (lexicon.indefinite.has(token.key)) return single({ kind: 'add', value: 1 }, at + 1, { article: true });
  const suffixed = fractionBySuffix(token.key, lexicon);
  if (suffixed) return single({ kind: 'fraction', value: suffixed }, at + 1);
  if (lexicon.data.compounds) {
    const pieces = decompose(token.key, lexicon);
    if (pieces) return pieces.map((piece) => ({ piece, end: at + 1, compound: true }));
  }
  return undefined;
}

/** Denominators formed with a suffix: Spanish "veintiunavos", Portuguese "avos" as a word. */
function fractionBySuffix(word: string, lexicon: Lexicon): number | undefined {
  for (const suffix of lexicon.fractionSuffixes) {
    if (!word.endsWith(suffix) || word.length <= suffix.length) continue;
    // "treintavos" drops the final vowel of "treinta", "venticinquesimo" that of "venticinque";
    // "veinteavos" keeps it.
    const bare = word.slice(0, -suffix.length);
    for (const stem of [bare, `${bare}a`, `${bare}e`, `${bare}i`, `${bare}o`]) {
      const direct = lexicon.morphemes.get(stem);
      if (direct?.kind === 'add') return direct.value;
      if (direct?.kind === 'scale') return direct.value;
      const pieces = decompose(stem, lexicon);
      if (pieces) {
        const value = evaluate(pieces.map((piece) => ({ piece, end: 0 }))).value;
        if (value > 0) return value;
      }
    }
  }
  return undefined;
}

/**
 * A word in running text ("visto uno.") before the end of the text or a mark that closes a clause:
 * nothing follows for an article to modify. Not a form in a list of forms ("un/une").
 */
function endsClause(previous: Token | undefined, next: Token | undefined): boolean {
  if (previous !== undefined && previous.kind !== 'word') return false;
  return next === undefined || (next.kind === 'sym' && /^[.,;:!?)\]»"”]/u.test(next.text));
}
