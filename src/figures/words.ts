// Numbers written in words: tokens become pieces (units, tens, "hundred", scales, fractions),
// one-word compounds are split first ("zweihundertsechsundfünfzig" → zwei hundert sechs und
// fünfzig), and the pieces are added up the way numbers are spoken, place by place. A piece
// that cannot follow ("twenty twenty", "3 hundred and 2 hundred") ends the number there.

import type { Lexicon, Piece } from './lexicon.js';
import type { Token } from './tokens.js';

/** A piece with the token index after it and what it was written as. */
export interface PlacedPiece {
  piece: Piece;
  /** Token index after the token(s) that wrote this piece. */
  end: number;
  /** Written with digits ("4 thousand"), or an indefinite article read as 1 ("a hundred"). */
  digits?: boolean;
  article?: boolean;
}

/** Split a folded one-word compound into morphemes; undefined when it is not a number. */
export function decompose(word: string, lexicon: Lexicon): Piece[] | undefined {
  const n = word.length;
  // best[i]: fewest pieces covering word.slice(0, i).
  const best: Array<Piece[] | undefined> = new Array(n + 1).fill(undefined);
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
  const single = (piece: Piece, end: number, extra: Partial<PlacedPiece> = {}): PlacedPiece[] => [{ piece, end, ...extra }];
  const phrase = <V>(table: { match: (t: readonly Token[], i: number) => { value: V; end: number } | undefined }) => table.match(tokens, at);
  const word = phrase(lexicon.words);
  if (word) return single({ kind: 'add', value: word.value }, word.end);
  const hundred = phrase(lexicon.hundreds);
  if (hundred) return single({ kind: 'hundred' }, hundred.end);
  const scale = phrase(lexicon.scales);
  if (scale) return single({ kind: 'scale', value: scale.value }, scale.end);
  const tens = phrase(lexicon.tens);
  if (tens) return single({ kind: 'tens' }, tens.end);
  const teens = phrase(lexicon.teens);
  if (teens) return single({ kind: 'teens' }, teens.end);
  const half = phrase(lexicon.halves);
  if (half) return single({ kind: 'half', value: half.value }, half.end);
  const fraction = phrase(lexicon.fractions);
  if (fraction) return single({ kind: 'fraction', value: fraction.value }, fraction.end);
  const dozen = phrase(lexicon.dozens);
  if (dozen) return single({ kind: 'dozen', value: dozen.value }, dozen.end);
  if (token.kind !== 'word') return undefined;
  if (lexicon.connectors.has(token.key)) return single({ kind: 'connector' }, at + 1);
  if (lexicon.indefinite.has(token.key)) return single({ kind: 'add', value: 1 }, at + 1, { article: true });
  const suffixed = fractionBySuffix(token.key, lexicon);
  if (suffixed) return single({ kind: 'fraction', value: suffixed }, at + 1);
  if (lexicon.data.compounds) {
    const pieces = decompose(token.key, lexicon);
    if (pieces) return pieces.map((piece) => ({ piece, end: at + 1 }));
  }
  return undefined;
}

/** Denominators formed with a suffix: Spanish "veintiunavos", Portuguese "avos" as a word. */
function fractionBySuffix(word: string, lexicon: Lexicon): number | undefined {
  for (const suffix of lexicon.fractionSuffixes) {
    if (!word.endsWith(suffix) || word.length <= suffix.length) continue;
    const stem = word.slice(0, -suffix.length);
    const direct = lexicon.words.has(stem) ? lexiconWord(stem, lexicon) : undefined;
    if (direct !== undefined) return direct;
    const pieces = decompose(stem, lexicon);
    if (pieces) {
      const value = evaluate(pieces.map((piece) => ({ piece, end: 0 }))).value;
      if (value > 0) return value;
    }
  }
  return undefined;
}

function lexiconWord(key: string, lexicon: Lexicon): number | undefined {
  const hit = lexicon.words.match([{ kind: 'word', start: 0, end: 0, text: key, key, gap: '' }], 0);
  return hit?.value;
}

/** What the last term was, for what may follow it. */
type Last = 'none' | 'unit' | 'tens' | 'add' | 'hundred' | 'scale' | 'half' | 'fraction' | 'dozen' | 'article' | 'connector';

/** The place a term leaves open for the next one: after "twenty" only units (< 10). */
function limitAfter(value: number, vigesimal: boolean): number {
  if (vigesimal) return 20;
  if (!Number.isInteger(value)) return 0;
  if (value >= 100 && value < 1000) return value % 100 === 0 ? 100 : value % 10 === 0 ? 10 : 0;
  if (value >= 20 && value < 100 && value % 10 === 0) return 10;
  return 0;
}

function categoryOf(value: number, vigesimal: boolean): Last {
  if (value >= 1 && value <= 9) return 'unit';
  if (vigesimal || (value >= 20 && value < 100 && value % 10 === 0)) return 'tens';
  if (value >= 100 && value < 1000 && value % 100 === 0) return 'hundred';
  return 'add';
}

export interface Evaluation {
  value: number;
  /** How many pieces made the number; the rest did not fit. */
  used: number;
  /** Whether anything besides articles and bare multipliers was read. */
  counted: boolean;
  hasFraction: boolean;
  hasScale: boolean;
  /** The last used piece was a fraction ("two thirds"), so a mixed number may end here. */
  endsWithFraction: boolean;
}

export interface EvaluateOptions {
  vigesimal?: Set<number>;
  unitsFirst?: boolean;
  connectorAfter?: ReadonlySet<string>;
}

/**
 * Add up pieces as spoken. Stops at the first piece that cannot follow; `used` says how many
 * pieces made the number. A multiplier that cannot apply gives back the term before it, so
 * "3 hundred and 2 hundred" reads 300 and then 200.
 */
export function evaluate(placed: readonly PlacedPiece[], options: EvaluateOptions = {}): Evaluation {
  let total = 0;
  let group = 0;
  let limit = Infinity;
  let lastScale = Infinity;
  let last: Last = 'none';
  let lastAdd = 0;
  let hasHundred = false;
  let counted = false;
  let hasFraction = false;
  let hasScale = false;
  let used = 0;
  let connectorAt = -2;
  let beforeAdd = { used: 0, value: 0 };
  const done = (cut = used, value = total + group): Evaluation => ({
    value, used: cut, counted, hasFraction, hasScale,
    endsWithFraction: cut > 0 && ['fraction', 'half'].includes(placed[cut - 1]?.piece.kind ?? ''),
  });
  // A multiplier that cannot apply to the term before it: the number ends before that term.
  const stopBeforeTerm = () => (['unit', 'tens', 'add'].includes(last) ? done(beforeAdd.used, beforeAdd.value) : done());
  const vigesimal = (value: number) => options.vigesimal?.has(value) ?? false;

  for (let k = 0; k < placed.length; k++) {
    const entry = placed[k]!;
    const { piece } = entry;
    if (piece.kind === 'connector') {
      if (last === 'none' || last === 'connector' || last === 'article') return done();
      const category = last === 'add' ? 'unit' : last;
      const next = placed[k + 1];
      const nextValue = next?.piece.kind === 'add' ? next.piece.value : undefined;
      // A whole number goes on only where the language joins there and the next term fits.
      // After a scale a fraction is a share of it ("five billion and three quarters").
      const fractionFollows = placed.slice(k + 1).some((entry) => entry.piece.kind === 'fraction' || entry.piece.kind === 'half');
      const continues =
        (options.connectorAfter?.has(category) ?? false) &&
        nextValue !== undefined &&
        !next?.article &&
        !(last === 'scale' && fractionFollows) &&
        (nextValue < limit || ((options.unitsFirst ?? false) && last === 'unit' && nextValue >= 20 && nextValue <= 90 && nextValue % 10 === 0));
      if (!continues) {
        // Not a whole-number joint here: "one and a half", "trois millions et demi", "20 and 3/5".
        // The fraction ends the mixed number; a scale after it applies to the whole
        // ("fünf und drei Viertel Milliarde"), unless it is a smaller one ("a billion and a half million").
        const rest = placed.slice(k + 1);
        let stop = rest.findIndex((entry) => entry.piece.kind === 'fraction' || entry.piece.kind === 'half') + 1;
        const after = rest[stop]?.piece;
        if (stop > 0 && after?.kind === 'scale' && last === 'scale' && after.value < lastScale) stop++;
        const sub = evaluate(stop > 0 ? rest.slice(0, stop) : rest, { ...options, connectorAfter: new Set() });
        if (sub.used === 0 || !sub.hasFraction || !sub.counted) return done();
        if (last === 'scale' && !sub.hasScale) total += sub.value * lastScale;
        else if (sub.hasScale) total += sub.value;
        else group += sub.value;
        hasFraction = true;
        hasScale ||= sub.hasScale;
        k += sub.used;
        used = k + 1;
        last = sub.hasScale ? 'scale' : 'fraction';
        limit = 0;
        continue;
      }
      connectorAt = k;
      last = 'connector';
      continue;
    }
    const afterConnector = connectorAt === k - 1;
    const lastTerm: Last = afterConnector ? (placed[k - 2] ? termOf(placed, k - 2, vigesimal) : 'none') : last;
    switch (piece.kind) {
      case 'add': {
        const v = piece.value;
        if (entry.article && last === 'fraction' && placed[k - 1]?.piece.kind === 'fraction' && (placed[k - 1]?.piece as { value: number }).value === 2) {
          // "half a million", "half a dozen": the article belongs to what follows.
          used = k + 1;
          continue;
        }
        if (entry.article) {
          // An article is a number only before a multiplier or a fraction ("a hundred", "eine Million",
          // "ein halbes", "a twenty-first"); otherwise it is just an article.
          const following = placed[k + 1]?.piece.kind;
          const compound = following === 'add' && placed[k + 2]?.piece.kind === 'fraction';
          if (!following || !(['hundred', 'scale', 'dozen', 'fraction', 'half'].includes(following) || compound)) return done();
        }
        if (['fraction', 'half', 'dozen'].includes(lastTerm)) return done();
        if (lastTerm === 'article' && placed[k + 1]?.piece.kind !== 'fraction') return done();
        // "one twenty-fifth", "three twenty-firsts": a tens word and a unit ordinal make one denominator.
        const nextPiece = placed[k + 1]?.piece;
        if (!(v < limit) && !afterConnector && last !== 'none' && v >= 20 && v < 100 && v % 10 === 0 && nextPiece?.kind === 'fraction' && nextPiece.value < 10) {
          const numerator = total + group;
          total = 0;
          group = numerator / (v + nextPiece.value);
          counted = true;
          hasFraction = true;
          limit = 0;
          last = 'fraction';
          k++;
          used = k + 1;
          continue;
        }
        const joined: boolean = (options.unitsFirst ?? false) && afterConnector && lastTerm === 'unit' && v >= 20 && v <= 90 && v % 10 === 0;
        if (!joined && !(v < limit)) return done();
        beforeAdd = { used: afterConnector ? Math.min(used, k - 1) : used, value: total + group };
        group += v;
        lastAdd = v;
        if (entry.article) {
          limit = 0;
          last = 'article';
        } else if (entry.digits) {
          limit = 0;
          last = 'add';
          counted = true;
        } else {
          limit = joined ? 0 : limitAfter(v, vigesimal(v));
          last = joined ? 'add' : categoryOf(v, vigesimal(v));
          counted = true;
        }
        break;
      }
      case 'hundred': {
        if (afterConnector) return done();
        // "322 hundred": digits alone may be multiplied whatever their size.
        const digitsAlone = last === 'add' && total === 0 && placed[k - 1]?.digits === true && k === 1;
        if (hasHundred || (group >= 100 && !digitsAlone) || !['none', 'unit', 'tens', 'add', 'article', 'scale'].includes(last)) return stopBeforeTerm();
        // A bare "hundred" counts only where the language says so (standalone, checked by the caller).
        if (last !== 'none') counted = true;
        group = (group || 1) * 100;
        hasHundred = true;
        limit = 100;
        last = 'hundred';
        break;
      }
      case 'tens': {
        if (last !== 'unit') return done();
        group += lastAdd * 9;
        lastAdd *= 10;
        limit = 10;
        last = 'tens';
        break;
      }
      case 'teens': {
        if (last !== 'unit') return done();
        group += 10;
        lastAdd += 10;
        limit = 0;
        last = 'add';
        break;
      }
      case 'half': {
        if (afterConnector || !['none', 'unit', 'tens', 'add'].includes(last)) return done();
        group += piece.value;
        lastAdd = piece.value;
        counted = true;
        hasFraction = true;
        limit = 0;
        last = 'half';
        break;
      }
      case 'fraction': {
        if (afterConnector || last === 'fraction' || last === 'half' || last === 'dozen' || last === 'scale') return done();
        // "one hundred thirty fifths" (100/35), "a twenty-first": the tens join the ordinal
        // when something precedes them; with "and" before the tens they belong to the number.
        if (last === 'tens' && piece.value < 10 && beforeAdd.used > 0 && placed[beforeAdd.used]?.piece.kind !== 'connector' && placed[k - 2]?.piece.kind !== 'connector') {
          const article = placed[beforeAdd.used - 1]?.article === true && beforeAdd.used === 1;
          const numerator = article ? 1 : beforeAdd.value;
          total = 0;
          group = numerator / (lastAdd + piece.value);
          counted = true;
          hasFraction = true;
          limit = 0;
          last = 'fraction';
          break;
        }
        // "drei Viertel", "one million two thousand two hundred three fifths": all of it over F.
        const numerator = last === 'none' ? 1 : total + group;
        total = 0;
        group = numerator / piece.value;
        // "first" is a denominator only inside "twenty-first".
        if (piece.value === 1) return done();
        // A bare denominator is no number ("im ersten Viertel"), except a half ("half a million").
        if (last !== 'none' || piece.value === 2) counted = true;
        hasFraction = true;
        limit = 0;
        last = 'fraction';
        break;
      }
      case 'dozen': {
        if (afterConnector || !['unit', 'tens', 'add', 'half', 'fraction', 'article', 'hundred'].includes(last)) return done();
        const term = last === 'fraction' || last === 'hundred' ? group : lastAdd;
        group = group - term + term * piece.value;
        counted = true;
        limit = 0;
        last = 'dozen';
        break;
      }
      case 'scale': {
        const s = piece.value;
        if (afterConnector && group === 0) return done();
        if (group === 0 && total > 0 && last === 'scale' && s > lastScale) {
          total *= s;
        } else if (s < lastScale) {
          if (group === 0 && total > 0) return done();
          total += (group || 1) * s;
        } else {
          return stopBeforeTerm();
        }
        if (last !== 'none') counted = true;
        group = 0;
        hasHundred = false;
        lastScale = s;
        hasScale = true;
        limit = Infinity;
        last = 'scale';
        break;
      }
    }
    used = k + 1;
  }
  return done();
}

/** The kind of term a piece made, looked at from a later connector. */
function termOf(placed: readonly PlacedPiece[], k: number, vigesimal: (value: number) => boolean): Last {
  const entry = placed[k];
  if (!entry) return 'none';
  const { piece } = entry;
  if (piece.kind === 'add') return entry.article ? 'article' : entry.digits ? 'add' : categoryOf(piece.value, vigesimal(piece.value));
  if (piece.kind === 'connector' || piece.kind === 'tens' || piece.kind === 'teens') return 'add';
  return piece.kind;
}
