// The one action on review state that needs no editor: marking values reviewed. What a
// translator sees of a language (every key with its state) is language-state.ts.

import type { LanguageCode } from '../../lang/codes.js';
import type { Change } from './files.js';
import { viewLanguage } from './language-state.js';
import { markupProblems } from './markup-check.js';
import type { ArticleSource } from './source.js';
import { sha256 } from './state.js';

export interface MarkResult {
  marked: string[];
  /** Already reviewed, nothing to do. */
  unchanged: string[];
  refused: Array<{ key: string; reason: string }>;
}

/**
 * Mark keys reviewed (`'all'`: every key with a value). A key without a value, or whose
 * figures or tags differ from the source, is refused with the reason. Writes the
 * reconciliation first, so a stale value is reviewed under its new key.
 */
export function markReviewed(source: ArticleSource, lang: LanguageCode, keys: readonly string[] | 'all', localesDir: string, now: string = new Date().toISOString()): MarkResult {
  const view = viewLanguage(source, lang, localesDir, now);
  const result: MarkResult = { marked: [], unchanged: [], refused: [] };
  const wanted = keys === 'all' ? view.rows.filter((row) => row.state !== 'missing').map((row) => row.key) : [...keys];
  const changes: Change[] = [];
  for (const key of wanted) {
    const row = view.rows.find((r) => r.key === key);
    const unit = source.byKey.get(key);
    if (!row || !unit) {
      result.refused.push({ key, reason: 'no such key in the article' });
      continue;
    }
    if (row.value === undefined) {
      result.refused.push({ key, reason: 'no translation to review' });
      continue;
    }
    const problems = markupProblems(unit.value, row.value, unit.keep);
    if (problems.length > 0) {
      result.refused.push({ key, reason: problems.join('; ') });
      continue;
    }
    if (row.state === 'reviewed') {
      result.unchanged.push(key);
      continue;
    }
    changes.push({ key, expect: row.value, entry: { state: 'reviewed', sourceDigest: sha256(unit.value), source: unit.value, valueDigest: sha256(row.value), at: now } });
    result.marked.push(key);
  }
  if (changes.length > 0) {
    if (view.reconciled.changes.length > 0) view.files.commit(view.reconciled.changes);
    const { conflicts } = view.files.commit(changes);
    for (const key of conflicts) {
      result.marked = result.marked.filter((k) => k !== key);
      result.refused.push({ key, reason: 'the value changed on disk meanwhile; look at it again' });
    }
  }
  return result;
}
