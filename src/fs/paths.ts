// The one slug and path policy. A slug names an article everywhere a path or an address is
// made from it — content/<slug>/, locales/<lng>/<slug>.json, output/<slug>/, the static site,
// a CMS entry, a git target's file — so a slug from front matter, a file or folder name, an
// import, a feed or an XLIFF file is checked here before anything is formed from it:
//
//   - NFC, lowercase letters and digits of one script, words joined by single hyphens, at
//     most 80 characters: no `/`, `.`, `..`, spaces or control characters, so it stays inside
//     its folder and cannot reach another article's files (`slug: ../fr/ki-stadt`);
//   - no look-alikes: a Latin slug with a Cyrillic `а` in it, or an all-Cyrillic one that reads
//     as Latin (`ki-stаdt`), is refused; two articles whose slugs look alike (the same
//     "skeleton") are refused, so a homoglyph or NFD spelling never publishes a second copy.
//
// And a path formed from configuration or input must stay inside the folder it belongs to.

import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

export const MAX_SLUG_LENGTH = 80;

const SLUG = /^[\p{Ll}\p{Lo}\p{Lm}\p{Nd}][\p{Ll}\p{Lo}\p{Lm}\p{Nd}\p{M}]*(?:-[\p{Ll}\p{Lo}\p{Lm}\p{Nd}][\p{Ll}\p{Lo}\p{Lm}\p{Nd}\p{M}]*)*$/u;

/** Scripts that are written together in one word: Japanese and Korean mix Han with their own. */
const SCRIPT_SETS: ReadonlyArray<ReadonlySet<string>> = [new Set(['Han', 'Hiragana', 'Katakana']), new Set(['Hangul', 'Han'])];
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Arabic', 'Hebrew', 'Thai', 'Armenian', 'Georgian'];
const SCRIPT_TESTS = SCRIPTS.map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, 'u')] as const);

function scriptOf(char: string): string | undefined {
  if (/^[\p{Nd}\p{M}-]$/u.test(char)) return undefined; // digits, marks and hyphens belong to any script
  for (const [name, test] of SCRIPT_TESTS) if (test.test(char)) return name;
  return 'Other';
}

/**
 * Letters of other scripts that look like Latin ones (Unicode's confusables for lowercase
 * Latin, the ones a slug can hold). A slug's skeleton maps them to Latin, so `ki-stаdt` with a
 * Cyrillic а and `ki-stadt` have one skeleton.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ь: 'b', г: 'r', п: 'n', ү: 'y',
  // Greek
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', ϲ: 'c', ϳ: 'j',
  // Latin look-alikes within Latin
  ı: 'i', ɑ: 'a', ɡ: 'g', ſ: 's',
};

/** The slug as it looks: NFKC, look-alike letters mapped to the Latin ones they imitate. */
export function slugSkeleton(slug: string): string {
  return [...slug.normalize('NFKC').toLowerCase()].map((char) => LOOK_ALIKES[char] ?? char).join('');
}

/** Why `slug` (already NFC) cannot be a slug, or undefined. */
export function slugProblem(slug: string): string | undefined {
  if (slug === '') return 'it is empty';
  if (slug.normalize('NFC') !== slug) return 'it is not in Unicode NFC form (it would name a second, look-alike folder)';
  if ([...slug].length > MAX_SLUG_LENGTH) return `it is longer than ${MAX_SLUG_LENGTH} characters`;
  if (!SLUG.test(slug)) return 'it holds what a slug may not (a `/`, `.`, space, capital letter, or a hyphen at an end or doubled)';
  const scripts = new Set<string>();
  for (const char of slug) {
    const script = scriptOf(char);
    if (script) scripts.add(script);
  }
  if (scripts.has('Other')) return 'it holds letters of a script newsdesk cannot check for look-alikes';
  if (scripts.size > 1 && !SCRIPT_SETS.some((set) => [...scripts].every((s) => set.has(s)))) return `it mixes ${[...scripts].join(' and ')} letters (a look-alike of another slug)`;
  // A whole word of another script that reads as Latin (`ѕсаm` in Cyrillic).
  if (!scripts.has('Latin') && (scripts.has('Cyrillic') || scripts.has('Greek'))) {
    const letters = [...slug].filter((char) => /\p{L}/u.test(char));
    if (letters.length > 0 && letters.every((char) => char in LOOK_ALIKES)) return `it reads as the Latin \`${slugSkeleton(slug)}\` (a look-alike)`;
  }
  return undefined;
}

/** Whether `path` is `root` or inside it, comparing resolved paths (and real paths where they exist). */
export function isInside(root: string, path: string): boolean {
  const inside = (a: string, b: string) => {
    const rel = relative(a, b);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && rel.split(sep)[0] !== '..');
  };
  const absoluteRoot = resolve(root);
  const absolute = resolve(root, path);
  if (!inside(absoluteRoot, absolute)) return false;
  // Symbolic links: the real path of the longest existing part must stay inside the real root.
  let existing = absolute;
  for (;;) {
    try {
      const real = realpathSync(existing);
      return inside(realpathSync(absoluteRoot), resolve(real, relative(existing, absolute)));
    } catch {
      const up = dirname(existing);
      if (up === existing) return true;
      existing = up;
    }
  }
}
