// One language of one article on disk: `locales/<lng>/<slug>.json` and its review state.
// Every change goes through `commit`, which never overwrites a value someone changed on disk
// since the caller looked (the caller says what it expected there), and which keeps both
// files valid and consistent whenever the process dies:
//
//   1. state file: state-only changes applied, value changes listed under `pending`
//   2. locale file: renamed into place (atomic)
//   3. state file: `pending` promoted to `keys`
//
// A crash after 1 leaves the old locale file, and reading drops the pending entries; a crash
// after 2 leaves the new one, and reading promotes them (state.ts, settlePending). Files are
// written only when their bytes change.

import type { LanguageCode } from '../../lang/codes.js';
import { parseResource, readLocaleText, resourcePath, serializeResource, writeFileAtomic, type Namespace } from '../../localize/index.js';
import { emptyState, orderedKeys, parseState, readStateText, serializeState, settlePending, statePath, type RetiredEntry, type StateEntry, type StateFile } from './state.js';

export interface Change {
  key: string;
  /** The locale value the decision was based on; undefined: the key was absent. */
  expect: string | undefined;
  /** New locale value; null removes the key; absent leaves the value as it is. */
  value?: string | null;
  /** New state entry; null removes it; absent leaves it. */
  entry?: StateEntry | null;
  /** Keep the (human) value in the state file's `retired` section. */
  retire?: RetiredEntry;
  /** A translator's note on the key; null removes it; absent leaves it. */
  note?: string | null;
}

export interface CommitResult {
  applied: string[];
  /** Keys left alone because their value changed on disk after the caller read it. */
  conflicts: string[];
  wrote: boolean;
}

export class LanguageFiles {
  readonly resourceFile: string;
  readonly stateFile: string;
  resource: Namespace = {};
  state: StateFile;

  constructor(
    readonly localesDir: string,
    readonly slug: string,
    readonly sourceLang: LanguageCode,
    readonly lang: LanguageCode,
    /** Keys in the source's document order: the order of both files. */
    public order: readonly string[],
  ) {
    this.resourceFile = resourcePath(localesDir, lang, slug);
    this.stateFile = statePath(localesDir, lang, slug);
    this.state = emptyState(slug, sourceLang, lang);
    this.reload();
  }

  get shownResource(): string {
    return `locales/${this.lang}/${this.slug}.json`;
  }

  get shownState(): string {
    return `locales/${this.lang}/${this.slug}.state.json`;
  }

  /** Read both files from disk, settling what an interrupted write left behind. */
  reload(): void {
    const read = this.readDisk();
    this.resource = read.resource;
    this.state = read.state;
  }

  private readDisk(): { resource: Namespace; state: StateFile; resourceText: string | undefined; stateText: string | undefined } {
    const resourceText = readLocaleText(this.resourceFile, this.shownResource);
    const resource = resourceText === undefined ? {} : parseResource(resourceText, this.shownResource);
    const stateText = readStateText(this.stateFile, this.shownState);
    const state = stateText === undefined ? emptyState(this.slug, this.sourceLang, this.lang) : parseState(stateText, this.shownState);
    settlePending(state, resource);
    // The article and languages are named by the path; a copied file must not carry another's names.
    state.article = this.slug;
    state.sourceLang = this.sourceLang;
    state.lang = this.lang;
    return { resource, state, resourceText, stateText };
  }

  /** Apply changes whose expectation still holds on disk (see the header for the write order). */
  commit(changes: readonly Change[]): CommitResult {
    const disk = this.readDisk();
    const { resource, state } = disk;
    const applied: string[] = [];
    const conflicts: string[] = [];
    const valueChanges: Change[] = [];
    for (const change of changes) {
      if (resource[change.key] !== change.expect) {
        conflicts.push(change.key);
        continue;
      }
      applied.push(change.key);
      if (change.retire) state.retired[change.key] = change.retire;
      if (change.note === null) delete state.notes[change.key];
      else if (change.note !== undefined) state.notes[change.key] = change.note;
      if (change.value !== undefined && change.value !== resource[change.key] && !(change.value === null && resource[change.key] === undefined)) {
        valueChanges.push(change);
      } else if (change.entry === null) delete state.keys[change.key];
      else if (change.entry) state.keys[change.key] = change.entry;
    }
    let wrote = false;
    const writeState = (text: string) => {
      writeFileAtomic(this.stateFile, text);
      wrote = true;
    };
    if (valueChanges.length > 0) {
      for (const change of valueChanges) state.pending[change.key] = change.entry === undefined ? (state.keys[change.key] ?? null) : change.entry;
      writeState(serializeState(state, this.order));
      const next: Namespace = { ...resource };
      for (const change of valueChanges) {
        if (change.value === null) delete next[change.key];
        else if (change.value !== undefined) next[change.key] = change.value;
      }
      const ordered: Namespace = {};
      for (const key of orderedKeys(next, this.order)) ordered[key] = next[key]!;
      const text = serializeResource(ordered);
      if (text !== disk.resourceText) {
        writeFileAtomic(this.resourceFile, text);
        wrote = true;
      }
      settlePending(state, ordered);
      writeState(serializeState(state, this.order));
      this.resource = ordered;
    } else {
      const text = serializeState(state, this.order);
      const empty = Object.keys(state.keys).length === 0 && Object.keys(state.retired).length === 0 && Object.keys(state.notes).length === 0;
      if (text !== disk.stateText && !(empty && disk.stateText === undefined)) writeState(text);
      this.resource = resource;
    }
    this.state = state;
    return { applied, conflicts, wrote };
  }
}
