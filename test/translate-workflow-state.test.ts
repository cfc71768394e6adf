// The pieces under the workflow, without an engine: key states, the write protocol of a
// locale file and its review state (what a crash between the two writes leaves), writes
// that never overwrite a value changed on disk, and the pairing of a corrected sentence's
// old and new keys.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyState, LanguageFiles, parseState, reconcile, serializeState, sha256, similarity, type StateEntry, type StateFile } from '../src/translate/workflow/index.js';
import { tmpProject } from './helpers/tmp.js';

const NOW = '2024-08-02T12:00:00.000Z';

function entry(state: StateEntry['state'], source: string, value: string, extra: Partial<StateEntry> = {}): StateEntry {
  return { state, sourceDigest: sha256(source), source, valueDigest: sha256(value), at: NOW, ...extra };
}

function stateFile(keys: Record<string, StateEntry>): StateFile {
  return { article: 'a', sourceLang: 'de', lang: 'fr', keys, retired: {}, pending: {}, notes: {} };
}

describe('key states', () => {
  it('tells missing, machine, human, reviewed and stale values apart', () => {
    const src = 'Die Zahl stieg um {{f1, figure}}.';
    expect(keyState(undefined, undefined, src)).toBe('missing');
    expect(keyState('  ', entry('machine', src, '  '), src)).toBe('missing');
    expect(keyState('[fr] x', undefined, src)).toBe('edited');
    expect(keyState('[fr] x', entry('machine', src, '[fr] x'), src)).toBe('machine');
    expect(keyState('[fr] y', entry('machine', src, '[fr] x'), src)).toBe('edited');
    expect(keyState('[fr] x', entry('reviewed', src, '[fr] x'), src)).toBe('reviewed');
    expect(keyState('[fr] x', entry('reviewed', 'Die Zahl fiel.', '[fr] x'), src)).toBe('stale');
    expect(keyState('[fr] x', entry('stale', src, '[fr] x', { was: 'edited' }), src)).toBe('stale');
  });

  it('serialises state files in a stable form and reads them back', () => {
    const state = stateFile({ b: entry('machine', 'B', 'b', { engine: 'deepl' }), a: entry('stale', 'A2', 'a', { was: 'reviewed', previousKey: 'a0', previousSource: 'A' }) });
    const text = serializeState(state, ['a', 'b']);
    expect(Object.keys((JSON.parse(text) as { keys: object }).keys)).toEqual(['a', 'b']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseState(text, 'x.state.json')).toEqual(state);
    expect(() => parseState('{"format":"other"}', 'x.state.json')).toThrow(/unknown format/);
  });
});

describe('locale file and review state on disk', () => {
  const setup = () => {
    const dir = tmpProject({}, { withConfig: false });
    mkdirSync(join(dir, 'fr'), { recursive: true });
    const files = () => new LanguageFiles(dir, 'a', 'de', 'fr', ['k1', 'k2']);
    const locale = () => JSON.parse(readFileSync(join(dir, 'fr/a.json'), 'utf8')) as Record<string, string>;
    return { dir, files, locale };
  };

  it('writes both files and settles a write interrupted between them', () => {
    const { dir, files, locale } = setup();
    const f = files();
    f.commit([{ key: 'k2', expect: undefined, value: 'deux', entry: entry('machine', 'zwei', 'deux') }, { key: 'k1', expect: undefined, value: 'un', entry: entry('machine', 'eins', 'un') }]);
    expect(Object.keys(locale())).toEqual(['k1', 'k2']);
    const stateText = readFileSync(join(dir, 'fr/a.state.json'), 'utf8');
    expect(stateText).not.toContain('pending');

    // Killed after step 1 (state lists the pending write, locale file still old): it never happened.
    const pendingState = parseState(stateText, 's');
    pendingState.pending.k1 = entry('machine', 'eins', 'UN');
    writeFileSync(join(dir, 'fr/a.state.json'), serializeState(pendingState));
    let again = files();
    expect(again.state.keys.k1!.valueDigest).toBe(sha256('un'));
    expect(keyState(again.resource.k1, again.state.keys.k1, 'eins')).toBe('machine');

    // Killed after step 2 (locale file renamed into place): the pending entry is true.
    writeFileSync(join(dir, 'fr/a.json'), `${JSON.stringify({ k1: 'UN', k2: 'deux' }, null, 2)}\n`);
    again = files();
    expect(keyState(again.resource.k1, again.state.keys.k1, 'eins')).toBe('machine');
    expect(again.state.keys.k1!.valueDigest).toBe(sha256('UN'));
  });

  it('never overwrites a value changed on disk after it was read', () => {
    const { dir, files, locale } = setup();
    const f = files();
    f.commit([{ key: 'k1', expect: undefined, value: 'un', entry: entry('machine', 'eins', 'un') }]);
    // A translator saves the file while a run is working on k1 and k2.
    writeFileSync(join(dir, 'fr/a.json'), `${JSON.stringify({ k1: 'Un !' }, null, 2)}\n`);
    const result = f.commit([
      { key: 'k1', expect: 'un', value: '[machine] un', entry: entry('machine', 'eins', '[machine] un') },
      { key: 'k2', expect: undefined, value: 'deux', entry: entry('machine', 'zwei', 'deux') },
    ]);
    expect(result.conflicts).toEqual(['k1']);
    expect(locale()).toEqual({ k1: 'Un !', k2: 'deux' });
    expect(keyState(f.resource.k1, f.state.keys.k1, 'eins')).toBe('edited');
  });

  it('writes nothing when nothing changes', () => {
    const { dir, files } = setup();
    files().commit([]);
    expect(() => readFileSync(join(dir, 'fr/a.state.json'))).toThrow();
  });
});

describe('reconcile with a corrected source', () => {
  const source = (...values: string[]) => values.map((value, i) => ({ key: `${value.slice(0, 3)}-${i}`, value }));

  it('pairs removed and new keys at the same place; human values move and go stale, machine values go', () => {
    const before = { 'A-0': 'a', 'B-1': 'b (human)', 'C-2': 'c (machine)', 'D-3': 'd' };
    const state = stateFile({ 'A-0': entry('machine', 'A', 'a'), 'C-2': entry('machine', 'C', 'c (machine)'), 'D-3': entry('reviewed', 'D', 'd') });
    const result = reconcile({ source: [{ key: 'A-0', value: 'A' }, { key: 'B2-9', value: 'B2' }, { key: 'C2-8', value: 'C2' }, { key: 'D-3', value: 'D' }], resource: before, state, previousSource: { 'B-1': 'B' }, now: NOW });
    expect(result.carried).toEqual([{ from: 'B-1', to: 'B2-9' }]);
    expect(result.dropped).toEqual(['C-2']);
    expect(result.resource).toEqual({ 'A-0': 'a', 'D-3': 'd', 'B2-9': 'b (human)' });
    expect(result.keys['B2-9']).toMatchObject({ state: 'stale', was: 'edited', previousKey: 'B-1', previousSource: 'B', source: 'B2' });
    expect(result.keys).not.toHaveProperty('B-1');
  });

  it('pairs a split sentence with the half that resembles it, and retires what nobody takes', () => {
    const old = 'Shenzhen hat am 30. Juli den Aktionsplan herausgegeben, der 22 Maßnahmen vorschlägt.';
    const s = source('Erster Satz.', 'Er schlägt 22 Maßnahmen vor.', 'Shenzhen hat am 30. Juli den Aktionsplan herausgegeben.', 'Mitte.', 'Letzter Satz.');
    const resource = { [s[0]!.key]: 'premier', old: 'Shenzhen a publié le plan le 30 juillet.', [s[3]!.key]: 'milieu', gone: 'phrase supprimée', [s[4]!.key]: 'dernier' };
    const state = stateFile({ old: entry('reviewed', old, resource.old), gone: entry('edited', 'Ein Satz, den es nicht mehr gibt.', 'phrase supprimée') });
    const result = reconcile({ source: s, resource, state, now: NOW });
    expect(result.carried).toEqual([{ from: 'old', to: s[2]!.key }]);
    expect(result.retired).toEqual(['gone']);
    expect(result.changes.find((c) => c.key === 'gone')!.retire).toEqual({ state: 'edited', value: 'phrase supprimée', source: 'Ein Satz, den es nicht mehr gibt.', at: NOW });
    expect(result.resource).not.toHaveProperty(s[1]!.key);
    expect(similarity(old, s[2]!.value)).toBeGreaterThan(similarity(old, s[1]!.value));
  });

  it('adopts values without a state entry as edited and leaves recorded ones alone', () => {
    const result = reconcile({ source: source('Eins.', 'Zwei.'), resource: { 'Ein-0': 'un', 'Zwe-1': 'deux' }, state: stateFile({ 'Zwe-1': entry('machine', 'Zwei.', 'deux') }), now: NOW });
    expect(result.changes).toEqual([{ key: 'Ein-0', expect: 'un', entry: entry('edited', 'Eins.', 'un') }]);
  });
});
