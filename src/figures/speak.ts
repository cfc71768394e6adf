// Numbers written in words, second step: pieces (pieces.ts) are added up the way numbers are
// spoken, place by place: units after tens, "hundred" multiplying what precedes it, scales in
// falling order ("zwei Millionen dreihunderttausend") or, for long-scale compounds, rising
// ("dos mil millones"), fractions and mixed numbers ("one and a half", "drei Viertel
// Milliarde"). A piece that cannot follow ("twenty twenty", "3 hundred and 2 hundred") ends
// the number there.

import type { PlacedPiece } from './pieces.js';

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
  /** A connector followed by a fraction always makes a mixed number ("cent et trois quarts"). */
  mixedAfterConnector?: boolean;
  /** Reading the fraction of a mixed number: a bare "demi" counts. */
  mixed?: boolean;
  hundredsAfterDigits?: boolean;
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
  // Each scale applied and the total before it, for long-scale compounds ("mil millones").
  const scaleBases: Array<{ scale: number; base: number }> = [];
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
        (!next?.article || next.numeral === true) &&
        !((last === 'scale' || options.mixedAfterConnector === true) && fractionFollows) &&
        (nextValue < limit || ((options.unitsFirst ?? false) && last === 'unit' && nextValue >= 20 && nextValue <= 90 && nextValue % 10 === 0));
      if (!continues) {
        // Not a whole-number joint here: "one and a half", "trois millions et demi", "20 and 3/5".
        // The fraction ends the mixed number; a scale after it applies to the whole
        // ("fünf und drei Viertel Milliarde"), unless it is a smaller one ("a billion and a half million").
        const rest = placed.slice(k + 1);
        let stop = rest.findIndex((entry) => entry.piece.kind === 'fraction' || entry.piece.kind === 'half') + 1;
        const after = rest[stop]?.piece;
        if (stop > 0 && after?.kind === 'scale' && last === 'scale' && after.value < lastScale) stop++;
        const sub = evaluate(stop > 0 ? rest.slice(0, stop) : rest, { ...options, connectorAfter: new Set(), mixed: true });
        if (sub.used === 0 || !sub.hasFraction || !sub.counted) return done();
        counted = true;
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
        // "md. 75 millions": a bare scale word does not take digits after it.
        if (entry.digits && k === 1 && last === 'scale' && placed[0]?.piece.kind === 'scale') return done(0, 0);
        if (entry.article && last === 'half' && placed[k - 1]?.piece.kind === 'half' && k === 1) {
          // "half a million", "half a dozen": the article belongs to what follows.
          used = k + 1;
          continue;
        }
        // Inside a chain ("vingt et un") a numeral article is the number one.
        const asNumber = entry.article === true && entry.numeral === true && (last !== 'none' || entry.alone === true);
        if (entry.article && !asNumber) {
          if (last !== 'none') return done();
          // An article is a number only before a multiplier or a fraction ("a hundred", "eine Million",
          // "ein halbes", "a twenty-first", "un et demi"); otherwise it is just an article.
          const following = placed[k + 1]?.piece.kind;
          const compound = following === 'add' && (placed[k + 2]?.piece.kind === 'fraction' || (placed[k + 2]?.piece.kind === 'connector' && placed[k + 3]?.piece.kind === 'fraction'));
          const mixed = following === 'connector' && entry.numeral === true && placed.slice(k + 2, k + 5).some((p) => p.piece.kind === 'fraction' || p.piece.kind === 'half');
          if (!following || !(['hundred', 'scale', 'dozen', 'fraction', 'half'].includes(following) || compound || mixed)) return done();
        }
        if (['fraction', 'half', 'dozen'].includes(lastTerm)) return done();
        // "one twenty-fifth", "three twenty-firsts", "un vingt-et-unième": a tens word and a unit
        // ordinal make one denominator.
        const linked = placed[k + 1]?.piece.kind === 'connector' ? 2 : 1;
        const nextPiece = placed[k + linked]?.piece;
        const ordinalTens = nextPiece?.kind === 'fraction' && nextPiece.value < 10 ? nextPiece.value : undefined;
        if (lastTerm === 'article' && ordinalTens === undefined) return done();
        if ((!(v < limit) || lastTerm === 'article') && !afterConnector && last !== 'none' && v >= 20 && v < 100 && v % 10 === 0 && ordinalTens !== undefined) {
          const numerator = lastTerm === 'article' ? 1 : total + group;
          total = 0;
          group = numerator / (v + ordinalTens);
          counted = true;
          hasFraction = true;
          limit = 0;
          last = 'fraction';
          k += linked;
          used = k + 1;
          continue;
        }
        const joined: boolean = (options.unitsFirst ?? false) && afterConnector && lastTerm === 'unit' && v >= 20 && v <= 90 && v % 10 === 0;
        if (!joined && !(v < limit)) return done();
        beforeAdd = { used: afterConnector ? Math.min(used, k - 1) : used, value: total + group };
        group += v;
        lastAdd = v;
        if (entry.article && !asNumber) {
          limit = 0;
          last = 'article';
          // "un et demi": the article is the whole number of a mixed number.
          if (placed[k + 1]?.piece.kind === 'connector') {
            last = 'unit';
            counted = true;
          }
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
        if (placed[k - 1]?.digits && !(options.hundredsAfterDigits ?? false)) return done();
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
        // A tens word first is ten itself ("kymmenentuhatta", ten thousand, as one word).
        if (last === 'none' && k + 1 < placed.length) {
          group = 10;
          lastAdd = 10;
          counted = true;
          limit = 10;
          last = 'tens';
          break;
        }
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
        if (afterConnector || !['none', 'unit', 'tens', 'add', 'article'].includes(last)) return done();
        // "a half", "une demi-douzaine": the article is the one that is halved; "one half" is
        // a half too, while the compound "zweieinhalb" adds it.
        if (last === 'article') group = 0;
        if (['unit', 'tens', 'add'].includes(last) && !entry.compound && !entry.adds && piece.value < 1) group = group * piece.value - piece.value;
        group += piece.value;
        lastAdd = piece.value;
        // A bare "half" counts only where the language says so ("more than half", not "medio ambiente").
        if (last !== 'none' || piece.value !== 0.5 || options.mixed === true) counted = true;
        hasFraction = true;
        limit = 0;
        last = 'half';
        break;
      }
      case 'fraction': {
        // "cent mille billionièmes", "a hundred thousand trillionths": a denominator beyond the scale.
        const ofScale = last === 'scale' && piece.value > lastScale;
        if (afterConnector || last === 'fraction' || last === 'half' || last === 'dozen' || (last === 'scale' && !ofScale)) return done();
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
        // Not a plural one alone: "medios" are media, "halves" no number.
        if (last !== 'none' || (piece.value === 2 && entry.plural !== true)) counted = true;
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
        if (s < lastScale) {
          if (group === 0 && total > 0) return done();
          scaleBases.push({ scale: s, base: total });
          total += (group || 1) * s;
        } else if (s > lastScale) {
          // A larger scale after a smaller one multiplies everything since the last larger one:
          // "dos mil millones" (2 000 × 10⁶), "cuatrocientos cincuenta y cinco mil doscientos
          // veintiocho millones" (455 228 × 10⁶), "three lakh crore".
          let bigger = scaleBases.length - 1;
          while (bigger >= 0 && scaleBases[bigger]!.scale < s) bigger--;
          // The total right after that larger scale is where the first smaller one started.
          const base = scaleBases[bigger + 1]?.base ?? 0;
          const amount = total - base + group;
          if (amount <= 0) return stopBeforeTerm();
          while (scaleBases.length > 0 && scaleBases[scaleBases.length - 1]!.scale < s) scaleBases.pop();
          scaleBases.push({ scale: s, base });
          total = base + amount * s;
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
