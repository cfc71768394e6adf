// XLIFF 1.2 export and import through the CLI: an unchanged round trip changes nothing, a
// changed target becomes edited (reviewed when final), and a target whose figures or tags
// differ from the source refuses the whole import with line:column positions.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { segmentKey } from '../src/segment/index.js';
import { runCli } from './helpers/cli.js';
import { startOpenAiServer } from './helpers/loopback/openai.js';
import type { LoopbackServer } from './helpers/loopback/server.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

const ARTICLE = 'content/rechenzentren/index.md';

async function translated() {
  const server = await startOpenAiServer();
  servers.push(server);
  const dir = tmpProject({ [ARTICLE]: readFileSync(join(REPO, 'test/fixtures/translate-workflow/rechenzentren.md'), 'utf8') });
  const cli = (args: string[]) => runCli(args, { cwd: dir, env: { ...process.env, OPENAI_API_KEY: '' } });
  const done = await cli(['translate', 'rechenzentren', '--to', 'fr', '--base-url', `${server.url}/v1`, '--model', 'newsdesk-test']);
  expect(done.code).toBe(0);
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const files = () => ({ locale: read('locales/fr/rechenzentren.json'), state: read('locales/fr/rechenzentren.state.json') });
  const keyOf = (prefix: string) => Object.entries(JSON.parse(read('locales/de/rechenzentren.json')) as Record<string, string>).find(([, v]) => v.startsWith(prefix))![0];
  const exported = async () => {
    const result = await cli(['xliff', 'export', 'rechenzentren', '--lang', 'fr', '-o', 'fr.xlf']);
    expect(result.code).toBe(0);
    return read('fr.xlf');
  };
  const save = (text: string) => writeFileSync(join(dir, 'fr.xlf'), text);
  return { dir, cli, read, files, keyOf, exported, save };
}

/** The <trans-unit> of `key` in an export, to edit as a CAT tool would. */
function unitOf(xliff: string, key: string): string {
  const start = xliff.indexOf(`<trans-unit id="${key}"`);
  return xliff.slice(start, xliff.indexOf('</trans-unit>', start) + '</trans-unit>'.length);
}

function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

describe('newsdesk xliff', () => {
  it('exports XLIFF 1.2 with protected figures (source text, target form, meaning), tags, inline code and states', async () => {
    const p = await translated();
    const xliff = await p.exported();
    expect(xliff).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n/);
    expect(xliff).toContain('<file original="locales/de/rechenzentren.json" source-language="de" target-language="fr" datatype="plaintext" tool-id="newsdesk">');
    const unit = unitOf(xliff, p.keyOf('Nach Angaben'));
    expect(unit).toContain('<source xml:lang="de">Nach Angaben der <bpt id="1" ctype="link">&lt;1&gt;</bpt>Stadtverwaltung<ept id="1">&lt;/1&gt;</ept> stieg die Zahl um <ph id="f1" ctype="x-figure" equiv-text="26 %">{{f1, figure}}</ph> gegenüber <ph id="f2" ctype="x-figure" equiv-text="2023">{{f2, figure}}</ph>.</source>');
    expect(unit).toContain('<target xml:lang="fr" state="needs-review-translation" state-qualifier="mt-suggestion">[fr] Nach Angaben der <bpt id="1" ctype="link">');
    // The target's codes carry the value as written in French; the note says what it means.
    const capacity = unitOf(xliff, p.keyOf('Die geplante'));
    expect(capacity).toContain('<source xml:lang="de">Die geplante Gesamtkapazität beträgt etwa <ph id="f1" ctype="x-figure" equiv-text="15.000">{{f1, figure}}</ph> Standardschränke.</source>');
    expect(capacity).toContain('<ph id="f1" ctype="x-figure" equiv-text="15\u202f000">{{f1, figure}}</ph>');
    expect(capacity).toContain('{{f1}} 15.000 → 15\u202f000 (fr): quantity 15000 Standardschränke, approx, in „etwa 15.000 Standardschränke“</note>');
    expect(unitOf(xliff, p.keyOf('Das Zentrum'))).toContain('<bpt id="1" ctype="bold">&lt;1&gt;</bpt>Qianhai<ept id="1">&lt;/1&gt;</ept>');
    expect(unitOf(xliff, p.keyOf('Der Befehl'))).toContain('<source xml:lang="de">Der Befehl <ph id="1" ctype="x-code">&lt;1&gt;npm ci&lt;/1&gt;</ph> installiert davon nichts.</source>');
    expect((xliff.match(/<trans-unit /g) ?? []).length).toBe(12);
  });

  it('imports an unchanged export without changing a byte', async () => {
    const p = await translated();
    // Every state in one file: machine, edited, reviewed, missing, and a stale human value.
    const edited = p.keyOf('Drei Städte');
    const old = p.keyOf('Peking setzt');
    const locale = JSON.parse(p.read('locales/fr/rechenzentren.json')) as Record<string, string>;
    locale[edited] = 'Trois villes, trois stratégies';
    locale[old] = 'Pékin mise sur la recherche fondamentale.';
    delete locale[p.keyOf('Peking, Shanghai')];
    writeFileSync(join(p.dir, 'locales/fr/rechenzentren.json'), `${JSON.stringify(locale, null, 2)}\n`);
    expect((await p.cli(['review', 'rechenzentren', '--lang', 'fr', '--mark-reviewed', p.keyOf('Das Zentrum')])).code).toBe(0);
    writeFileSync(join(p.dir, ARTICLE), p.read(ARTICLE).replace('Peking setzt auf', 'Peking setzt vor allem auf'));
    const before = p.files();
    const xliff = await p.exported();
    expect(xliff).toContain('state="final"');
    expect(xliff).toContain('<target xml:lang="fr" state="translated">Trois villes, trois stratégies</target>');
    expect(xliff).toContain('state="needs-translation"/>');
    expect(unitOf(xliff, segmentKey('Peking setzt vor allem auf Grundlagenforschung.'))).toContain('<target xml:lang="fr" state="needs-review-translation">Pékin mise sur la recherche fondamentale.</target>');
    const result = await p.cli(['xliff', 'import', 'fr.xlf']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('rechenzentren fr: 0 edited, 0 reviewed, 12 unchanged\n');
    expect(p.files()).toEqual(before);
  });

  it('marks a changed target edited, a final one reviewed, and keeps the rest', async () => {
    const p = await translated();
    const xliff = await p.exported();
    const changedKey = p.keyOf('Peking setzt');
    const finalKey = p.keyOf('Das Zentrum');
    const changed = unitOf(xliff, changedKey);
    const final = unitOf(xliff, finalKey);
    const next = xliff
      .replace(changed, changed.replace('[fr] Peking setzt auf Grundlagenforschung.', 'Pékin mise sur la recherche &amp; l’innovation.'))
      .replace(final, final.replace('state="needs-review-translation" state-qualifier="mt-suggestion"', 'state="signed-off"'));
    p.save(next);
    const result = await p.cli(['xliff', 'import', 'fr.xlf', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ article: 'rechenzentren', lang: 'fr', imported: true, edited: [changedKey], reviewed: [finalKey], unchanged: 10 });
    const locale = JSON.parse(p.read('locales/fr/rechenzentren.json')) as Record<string, string>;
    const state = JSON.parse(p.read('locales/fr/rechenzentren.state.json')) as { keys: Record<string, { state: string }> };
    expect(locale[changedKey]).toBe('Pékin mise sur la recherche & l’innovation.');
    expect(state.keys[changedKey]!.state).toBe('edited');
    expect(state.keys[finalKey]!.state).toBe('reviewed');
    expect(state.keys[p.keyOf('Drei Städte')]!.state).toBe('machine');
    // And a new export shows them so.
    const again = await p.exported();
    expect(unitOf(again, changedKey)).toContain('<target xml:lang="fr" state="translated">Pékin mise sur la recherche &amp; l’innovation.</target>');
    expect(unitOf(again, finalKey)).toContain('approved="yes"');
    expect(unitOf(again, finalKey)).toContain('state="final"');
  });

  it('refuses a target whose placeholders or tags differ from the source, at their line and column', async () => {
    const p = await translated();
    const before = p.files();
    const xliff = await p.exported();
    const figureKey = p.keyOf('Die geplante');
    const tagKey = p.keyOf('Das Zentrum');
    const goodKey = p.keyOf('Peking setzt');
    const figureUnit = unitOf(xliff, figureKey);
    const tagUnit = unitOf(xliff, tagKey);
    const goodUnit = unitOf(xliff, goodKey);
    const next = xliff
      .replace(figureUnit, figureUnit.replace(/(<target[^>]*>.*)<ph id="f1"[^>]*>[^<]*<\/ph>/, '$115 000'))
      .replace(tagUnit, tagUnit.replace(/(<target[^>]*>.*)<bpt id="1" ctype="bold">&lt;1&gt;<\/bpt>Qianhai<ept id="1">&lt;\/1&gt;<\/ept>(.*)<ph id="f1"/, '$1Qianhai$2<ph id="f7"'))
      .replace(goodUnit, goodUnit.replace('[fr] Peking', 'Pékin'));
    p.save(next);
    const result = await p.cli(['xliff', 'import', 'fr.xlf']);
    expect(result.code).toBe(1);
    const figureTarget = next.indexOf('<target', next.indexOf(`<trans-unit id="${figureKey}"`));
    const tagTarget = next.indexOf('<target', next.indexOf(`<trans-unit id="${tagKey}"`));
    const f7 = next.indexOf('<ph id="f7"');
    expect(result.stdout).toContain(`fr.xlf:${position(next, figureTarget)}  error  \`${figureKey}\`: the figure {{f1, figure}} is missing  xliff/placeholders\n`);
    expect(result.stdout).toContain(`fr.xlf:${position(next, f7)}  error  the figure f7 is not in the source of this unit  xliff/placeholders\n`);
    expect(result.stdout).not.toContain(`fr.xlf:${position(next, tagTarget)}  error  \`${tagKey}\``);
    expect(result.stdout).toContain('fr.xlf: import refused, nothing written (2 problems)');
    // Nothing written, not even the good unit.
    expect(p.files()).toEqual(before);
  });

  it('refuses malformed XML with its position, and a file for another article', async () => {
    const p = await translated();
    const xliff = await p.exported();
    const broken = xliff.replace('</source>', '</sorce>');
    p.save(broken);
    const result = await p.cli(['xliff', 'import', 'fr.xlf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`fr.xlf:${position(broken, broken.indexOf('</sorce>'))}: </sorce> closes <source>`);
    p.save(xliff.replace('source-language="de"', 'source-language="en"'));
    const wrong = await p.cli(['xliff', 'import', 'fr.xlf']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('source-language is `en` but rechenzentren is written in de');
  });

  it('keeps a translation of a sentence corrected after the export on its new key, still stale', async () => {
    const p = await translated();
    const old = p.keyOf('Peking setzt');
    const locale = JSON.parse(p.read('locales/fr/rechenzentren.json')) as Record<string, string>;
    locale[old] = 'Pékin mise sur la recherche.';
    writeFileSync(join(p.dir, 'locales/fr/rechenzentren.json'), `${JSON.stringify(locale, null, 2)}\n`);
    const xliff = await p.exported();
    writeFileSync(join(p.dir, ARTICLE), p.read(ARTICLE).replace('Peking setzt auf', 'Peking setzt vor allem auf'));
    const unit = unitOf(xliff, old);
    // A machine value edited in the CAT tool whose sentence was corrected meanwhile: retired, not lost.
    const machineKey = p.keyOf('Shanghai fördert');
    const machineUnit = unitOf(xliff, machineKey);
    writeFileSync(join(p.dir, ARTICLE), p.read(ARTICLE).replace('Shanghai fördert Risikokapital', 'Shanghai fördert junges Risikokapital'));
    p.save(
      xliff
        .replace(unit, unit.replace('Pékin mise sur la recherche.', 'Pékin mise sur la recherche fondamentale.'))
        .replace(machineUnit, machineUnit.replace('[fr] Shanghai fördert Risikokapital mit', 'Shanghai soutient le capital-risque avec')),
    );
    const result = await p.cli(['xliff', 'import', 'fr.xlf']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning  the source sentence changed since the export');
    const fresh = segmentKey('Peking setzt vor allem auf Grundlagenforschung.');
    const after = JSON.parse(p.read('locales/fr/rechenzentren.json')) as Record<string, string>;
    const state = JSON.parse(p.read('locales/fr/rechenzentren.state.json')) as { keys: Record<string, Record<string, string>> };
    expect(after[fresh]).toBe('Pékin mise sur la recherche fondamentale.');
    expect(after).not.toHaveProperty(old);
    expect(state.keys[fresh]).toMatchObject({ state: 'stale', was: 'edited', previousSource: 'Peking setzt auf Grundlagenforschung.' });
    const machineFresh = segmentKey('Shanghai fördert junges Risikokapital mit 4,2 Milliarden Euro.');
    expect(after[machineFresh]).toBe('Shanghai soutient le capital-risque avec {{f1, figure}} Milliarden Euro.');
    expect(state.keys[machineFresh]).toMatchObject({ state: 'stale', was: 'edited', previousKey: machineKey, previousSource: 'Shanghai fördert Risikokapital mit {{f1, figure}} Milliarden Euro.' });
    expect(result.stdout).toContain(`the source sentence changed since the export: the translation is kept on \`${machineFresh}\`, flagged stale`);
    // A unit of a sentence that is gone altogether is kept in the state file.
    writeFileSync(join(p.dir, ARTICLE), p.read(ARTICLE).replace(' Die geplante Gesamtkapazität beträgt etwa 15.000 Standardschränke.', ''));
    const goneKey = p.keyOf('Die geplante');
    const goneUnit = unitOf(xliff, goneKey);
    p.save(xliff.replace(goneUnit, goneUnit.replace('[fr] Die geplante', 'La capacité prévue')));
    const gone = await p.cli(['xliff', 'import', 'fr.xlf']);
    expect(gone.stdout).toContain(`\`${goneKey}\` is no longer a sentence of rechenzentren: the translation is kept in locales/fr/rechenzentren.state.json (retired)`);
    const retired = (JSON.parse(p.read('locales/fr/rechenzentren.state.json')) as { retired: Record<string, unknown> }).retired;
    expect(retired[goneKey]).toMatchObject({ state: 'edited', value: 'La capacité prévue Gesamtkapazität beträgt etwa {{f1, figure}} Standardschränke.' });
    // The next export carries the note with the previous source.
    const next = await p.exported();
    expect(unitOf(next, fresh)).toContain('<note from="newsdesk" annotates="general">The source sentence changed: this translation (edited) was written for the previous source: Peking setzt auf Grundlagenforschung.</note>');
  });
});
