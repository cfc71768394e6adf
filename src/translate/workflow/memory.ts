// Translation memory: exact matches are reused, near ones suggested. A source value (the sentence with its figure
// placeholders and tags, so the same words around a different figure pattern do not match)
// that is already translated into the target language anywhere under locales/ is reused
// without calling an engine. The index is built per run from the files themselves — they
// are the truth a translator edits, and scanning a few hundred small JSON files takes
// milliseconds — so it can never disagree with them:
//
//   locales/<to>/<ns>.json + <ns>.state.json   each value with the source recorded for it;
//                                              stale values are not offered
//   locales/<from>/<ns>.json                    the source of values without a state entry,
//                                              when <ns>'s source language is <from>
//   retired entries                             human values of sentences that left an article
//   locales/tm/<from>-<to>.json                 a CAT tool's memory, imported from TMX
//
// Reviewed beats edited beats machine; among equals the most recent wins.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readTextFile } from '../../fs/text.js';
import { join } from 'node:path';
import type { LanguageCode } from '../../lang/codes.js';
import { parseResource, type Namespace } from '../../localize/index.js';
import { similarity } from './reconcile.js';
import { parseState, sha256, type StateFile } from './state.js';
import { readImportedMemory } from './tmx.js';
import { rawHtmlIn } from '../../localize/markup.js';

export interface MemoryMatch {
  value: string;
  /** The source value the translation was made for. */
  source?: string;
  state: 'machine' | 'edited' | 'reviewed';
  /** The article (namespace) it comes from, or `tm` for an imported memory (TMX). */
  article: string;
  /** The key, or for an imported entry where it came from (`file#tuid`). */
  key: string;
  at: string;
}

/** Below this a match is no help to a translator (bigram similarity of the sources). */
export const FUZZY_THRESHOLD = 0.7;

const RANK = { machine: 1, edited: 2, reviewed: 3 } as const;

export class TranslationMemory {
  private readonly entries = new Map<string, MemoryMatch>();

  add(source: string, match: MemoryMatch): void {
    if (match.value.trim() === '' || match.value.trim() === source.trim()) return;
    // Raw HTML the source does not have (QA flags it where it was written) is not spread to other articles.
    if (rawHtmlIn(match.value) !== undefined && rawHtmlIn(source) === undefined) return;
    const known = this.entries.get(source);
    if (!known || RANK[match.state] > RANK[known.state] || (RANK[match.state] === RANK[known.state] && match.at > known.at)) this.entries.set(source, match);
  }

  lookup(source: string): MemoryMatch | undefined {
    return this.entries.get(source);
  }

  /**
   * Near matches for a source value, best first, each with its score (Dice similarity of
   * the sentences' character bigrams, figures and tags left out; 1 is an exact match).
   */
  fuzzy(source: string, options: { min?: number; limit?: number } = {}): Array<MemoryMatch & { source: string; score: number }> {
    const min = options.min ?? 0.5;
    const found: Array<MemoryMatch & { source: string; score: number }> = [];
    for (const [text, match] of this.entries) {
      const score = text === source ? 1 : similarity(text, source);
      if (score >= min) found.push({ ...match, source: text, score });
    }
    found.sort((a, b) => b.score - a.score || RANK[b.state] - RANK[a.state] || (a.at < b.at ? 1 : -1));
    return found.slice(0, options.limit ?? 5);
  }

  /** Every source with its best translation. */
  all(): IterableIterator<[string, MemoryMatch]> {
    return this.entries.entries();
  }

  get size(): number {
    return this.entries.size;
  }
}

function readJson<T>(path: string, parse: (text: string) => T): T | undefined {
  try {
    return existsSync(path) ? parse(readTextFile(path, { file: path })) : undefined;
  } catch {
    // Another article's broken file must not stop this one; `status` and `review` name it.
    return undefined;
  }
}

const FRONT_MATTER_LANG = /^---\r?\n[\s\S]*?^lang:\s*["']?([a-z]{2})["']?\s*$/m;

/** The source language of an article from its front matter, without parsing the article. */
export function articleLang(contentDir: string, slug: string): string | undefined {
  const file = join(contentDir, slug, 'index.md');
  if (!existsSync(file)) return undefined;
  const head = readFileSync(file, 'utf8').slice(0, 8192);
  return FRONT_MATTER_LANG.exec(head)?.[1];
}

export function buildMemory(localesDir: string, contentDir: string, from: LanguageCode, to: LanguageCode): TranslationMemory {
  const memory = new TranslationMemory();
  // A CAT tool's memory imported as TMX: human translations, below this project's own reviews.
  for (const entry of readImportedMemory(localesDir, from, to)) memory.add(entry.source, { value: entry.target, state: 'edited', article: 'tm', key: entry.origin, at: entry.at });
  const dir = join(localesDir, to);
  if (!existsSync(dir)) return memory;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json') || name.endsWith('.state.json') || name.endsWith('.comments.json') || name.startsWith('.')) continue;
    const ns = name.slice(0, -'.json'.length);
    const state = readJson(join(dir, `${ns}.state.json`), (text) => parseState(text, name));
    const sourceLang = state?.sourceLang ?? articleLang(contentDir, ns);
    if (sourceLang !== from) continue;
    const resource = readJson(join(dir, name), (text) => parseResource(text, name)) ?? {};
    let sourceFile: Namespace | undefined;
    const sourceOf = (key: string) => {
      sourceFile ??= readJson(join(localesDir, from, name), (text) => parseResource(text, name)) ?? {};
      return sourceFile[key];
    };
    addNamespace(memory, ns, resource, state, sourceOf);
  }
  return memory;
}

/** Every source of `from` with its best `to` translation (what a TMX export carries). */
export function memoryEntries(localesDir: string, contentDir: string, from: LanguageCode, to: LanguageCode): Array<[string, MemoryMatch]> {
  return [...buildMemory(localesDir, contentDir, from, to).all()];
}

function addNamespace(memory: TranslationMemory, ns: string, resource: Namespace, state: StateFile | undefined, sourceOf: (key: string) => string | undefined): void {
  for (const [key, value] of Object.entries(resource)) {
    const entry = state?.keys[key];
    if (entry && sha256(value) === entry.valueDigest) {
      if (entry.state === 'stale') continue;
      memory.add(entry.source, { value, state: entry.state, article: ns, key, at: entry.at });
      continue;
    }
    // A translator's value (changed since recorded, or never recorded): it translates the
    // source as it is now.
    const source = sourceOf(key) ?? entry?.source;
    if (source !== undefined) memory.add(source, { value, state: 'edited', article: ns, key, at: entry?.at ?? '' });
  }
  for (const [key, retired] of Object.entries(state?.retired ?? {})) {
    if (retired.source !== undefined) memory.add(retired.source, { value: retired.value, state: retired.state, article: ns, key, at: retired.at });
  }
}
