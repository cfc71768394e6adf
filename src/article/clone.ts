// A deep copy of a syntax tree (mdast, hast): plain objects and arrays copied member by member,
// anything else (a string, a number, null, undefined) kept. What structuredClone makes of such a
// tree, without its serialisation: a tree is copied once per language, and a tag's node once
// per sentence. A value that is no plain object or array (a Map, a Date) goes to structuredClone.

export function cloneTree<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = cloneTree(value[i] as unknown);
    return copy as T;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = cloneTree((value as Record<string, unknown>)[key]);
  return copy as T;
}
