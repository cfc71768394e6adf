// Writing inflected forms as data: a stem and the endings of its paradigm give every form a
// language uses after a number ("миллион" + а, ов, ам, ами, ах → миллиона, миллионов, …).
// Closed paradigms are listed this way where a bare stem (`*`, src/figures/tokens.ts) would
// also match unrelated words ("миллионер", a millionaire).

/** Every stem with every ending, each form mapped to the stem's value. */
export function inflect<V>(stems: Record<string, V>, endings: readonly string[]): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [stem, value] of Object.entries(stems)) for (const ending of endings) out[stem + ending] = value;
  return out;
}

/** Phrases of two words, every form of the first with every form of the second ("процентных пунктов"). */
export function pairs<V>(first: readonly string[], second: readonly string[], value: V): Record<string, V> {
  const out: Record<string, V> = {};
  for (const a of first) for (const b of second) out[`${a} ${b}`] = value;
  return out;
}

/** Every word (or every key of a table of words) mapped to one value: the family words of a pack's currencies. */
export function each<V>(words: readonly string[] | Record<string, unknown>, value: V): Record<string, V> {
  const list: readonly string[] = Array.isArray(words) ? words : Object.keys(words);
  return Object.fromEntries(list.map((word): [string, V] => [word, value]));
}
