// A translator's edit of one key (the desk's save): written only when the value on disk is
// still the one the translator started from, as a human value (`edited`, or `reviewed` when
// they mark it so), through the same single writer as every other change (files.ts).

import type { LanguageCode } from '../../lang/codes.js';
import type { Change } from './files.js';
import { markupProblems } from './markup-check.js';
import { viewLanguage } from './language-state.js';
import type { ArticleSource } from './source.js';
import { sha256, type HumanState } from './state.js';

export type SaveResult =
  | { status: 'saved' | 'unchanged'; value: string; state: HumanState }
  /** The value on disk is not the one the edit started from; nothing was written. */
  | { status: 'conflict'; current: string | undefined }
  | { status: 'refused'; reason: string };

export interface SaveInput {
  key: string;
  value: string;
  /** The value the translator started from (undefined: the key had none). */
  expect: string | undefined;
  /** Mark the value reviewed (refused when its figures or tags differ from the source). */
  review?: boolean;
  now?: string;
}

export function saveTranslation(source: ArticleSource, lang: LanguageCode, localesDir: string, input: SaveInput): SaveResult {
  const now = input.now ?? new Date().toISOString();
  const unit = source.byKey.get(input.key);
  if (!unit) return { status: 'refused', reason: `no key \`${input.key}\` in the article` };
  if (lang === source.lang) return { status: 'refused', reason: 'the source language is edited in the article itself' };
  if (input.value.trim() === '') return { status: 'refused', reason: 'the translation is empty' };
  const view = viewLanguage(source, lang, localesDir, now);
  const row = view.rows.find((r) => r.key === input.key);
  // An empty value is no value (`missing`), as the views show it.
  const current = view.reconciled.resource[input.key]?.trim() === '' ? undefined : view.reconciled.resource[input.key];
  if (current !== input.expect) return { status: 'conflict', current };
  if (input.review) {
    const problems = markupProblems(unit.value, input.value, unit.keep);
    if (problems.length > 0) return { status: 'refused', reason: problems.join('; ') };
  }
  const state: HumanState = input.review ? 'reviewed' : row?.state === 'reviewed' && current === input.value ? 'reviewed' : 'edited';
  if (current === input.value && row?.state === state) return { status: 'unchanged', value: input.value, state };
  const change: Change = {
    key: input.key,
    expect: view.files.resource[input.key],
    entry: { state, sourceDigest: sha256(unit.value), source: unit.value, valueDigest: sha256(input.value), at: now },
    ...(current === input.value ? {} : { value: input.value }),
  };
  if (view.reconciled.changes.length > 0) view.files.commit(view.reconciled.changes);
  // The reconciliation may have moved the value; the expectation is what is on disk now.
  change.expect = view.files.resource[input.key];
  if ((change.expect?.trim() === '' ? undefined : change.expect) !== input.expect) return { status: 'conflict', current: change.expect };
  const { conflicts } = view.files.commit([change]);
  if (conflicts.length > 0) return { status: 'conflict', current: view.files.resource[input.key] };
  return { status: 'saved', value: input.value, state };
}
