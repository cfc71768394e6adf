// Work a check derives from one side of a unit, kept with that side. An article's source
// sentence is one QaText for every language it is checked against (qa/article.ts keeps it per
// article), so what the checks read from it (its weekdays, its orders of magnitude, its words,
// the text with names masked) is found once per article, not once per target language.

/** Derived values per owner (a QaText, or a value derived from one), by what was derived. */
const memos = new WeakMap<object, Map<unknown, unknown>>();

/**
 * `compute()` once per `owner` and `key`: `key` names what is derived (the deriving function,
 * or an object the result depends on, such as the glossary). `compute` must depend only on
 * the owner and the key.
 */
export function derived<T>(owner: object, key: unknown, compute: () => T): T {
  let known = memos.get(owner);
  if (!known) memos.set(owner, (known = new Map<unknown, unknown>()));
  if (known.has(key)) return known.get(key) as T;
  const value = compute();
  known.set(key, value);
  return value;
}
