// PO, TMX and TBX: what the files say (figures, states, flags), unchanged round trips that
// change nothing, edits that land, refusals at their line, TMX and TBX validated against the
// DTD and schema OmegaT ships (Debian's package), and translate-toolkit reading and writing
// our PO. The imported memory is used by `translate` (exact matches, fuzzy suggestions).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catToolsAvailable, DEBIAN_PYTHON, omegatSchemas, run } from './helpers/cat-tools.js';
import { runCli } from './helpers/cli.js';
import { startOpenAiServer } from './helpers/loopback/openai.js';
import type { LoopbackServer } from './helpers/loopback/server.js';
import { REPO, tmpProject } from './helpers/tmp.js';
import { translatedProject } from './helpers/translated.js';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

const ARTICLE = 'content/rechenzentren/index.md';
const GLOSSARY = readFileSync(join(REPO, 'content/glossary.yaml'), 'utf8');

const translated = () => translatedProject(servers, { files: { 'content/glossary.yaml': GLOSSARY } });

/** The PO entry of `key` (from its first comment to its msgstr). */
function entryOf(po: string, key: string): string {
  const at = po.indexOf(`msgctxt "${key}"`);
  const start = po.lastIndexOf('\n\n', at) + 2;
  const end = po.indexOf('\n\n', at);
  return po.slice(start, end === -1 ? undefined : end);
}

describe('PO', () => {
  it('exports msgctxt = key, placeholders kept and flagged, states and figure values in comments', async () => {
    const p = await translated();
    const exported = await p.cli(['po', 'export', 'rechenzentren', '--lang', 'fr', '-o', 'fr.po']);
    expect(exported.code).toBe(0);
    const po = p.read('fr.po');
    expect(po).toContain('"Language: fr\\n"');
    expect(po).toContain('"X-Newsdesk-Article: rechenzentren\\n"');
    const capacity = entryOf(po, p.keyOf('Die geplante'));
    expect(capacity).toBe(
      [
        `#: locales/de/rechenzentren.json:${p.keyOf('Die geplante')}`,
        '#. newsdesk: machine (openai)',
        '#. {{f1}} 15.000 → 15\u202f000 (fr): quantity 15000 Standardschränke, approx, in „etwa 15.000 Standardschränke“',
        '#, fuzzy, i18next-format',
        `msgctxt "${p.keyOf('Die geplante')}"`,
        'msgid "Die geplante Gesamtkapazität beträgt etwa {{f1, figure}} Standardschränke."',
        'msgstr "[fr] Die geplante Gesamtkapazität beträgt etwa {{f1, figure}} Standardschränke."',
      ].join('\n'),
    );
    expect(entryOf(po, p.keyOf('Das Zentrum'))).toContain('msgid "Das Zentrum in <1>Qianhai</1> kann eine Rechenleistung von bis zu {{f1, figure}} P unterstützen."');
    expect(entryOf(po, p.keyOf('Peking setzt'))).toContain('#, fuzzy\n');
  });

  it('changes nothing on an unchanged import; a PO editor’s edit (translate-toolkit) lands as edited, its comment as the note', async () => {
    if (!catToolsAvailable('python-translate')) return;
    const p = await translated();
    await p.cli(['po', 'export', 'rechenzentren', '--lang', 'fr', '-o', 'fr.po']);
    const before = p.files();
    const same = await p.cli(['po', 'import', 'fr.po']);
    expect(same.stdout).toBe('rechenzentren fr: 0 edited, 0 reviewed, 12 unchanged\n');
    expect(p.files()).toEqual(before);
    const key = p.keyOf('Die geplante');
    const script = `
import sys
from translate.storage import po
store = po.pofile.parsefile(sys.argv[1])
for u in store.units:
    if u.getcontext() == sys.argv[2]:
        u.target = 'La capacité prévue est d’environ {{f1, figure}} baies standard.'
        u.markfuzzy(False)
        u.addnote('baies = racks', origin='translator')
open(sys.argv[1], 'wb').write(bytes(store))
`;
    const edited = run(DEBIAN_PYTHON, ['-c', script, join(p.dir, 'fr.po'), key]);
    expect(edited.status, edited.stderr).toBe(0);
    const result = await p.cli(['po', 'import', 'fr.po', '--json']);
    expect(result.code, result.stdout).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ edited: [key], notes: [key], unchanged: 11 });
    expect(p.locale()[key]).toBe('La capacité prévue est d’environ {{f1, figure}} baies standard.');
    expect(p.state().keys[key]!.state).toBe('edited');
    expect(p.state().notes).toEqual({ [key]: 'baies = racks' });
    // The next export says so.
    await p.cli(['po', 'export', 'rechenzentren', '--lang', 'fr', '-o', 'again.po']);
    const again = entryOf(p.read('again.po'), key);
    expect(again).toContain('# baies = racks\n');
    expect(again).toContain('#. newsdesk: edited\n');
    expect(again).not.toContain('fuzzy');
  });

  it('refuses a msgstr whose figures differ, at its line, and a file that is not PO, at its position', async () => {
    const p = await translated();
    await p.cli(['po', 'export', 'rechenzentren', '--lang', 'fr', '-o', 'fr.po']);
    const before = p.files();
    const key = p.keyOf('Die geplante');
    const po = p.read('fr.po');
    p.write('fr.po', po.replace('msgstr "[fr] Die geplante Gesamtkapazität beträgt etwa {{f1, figure}} Standardschränke."', 'msgstr "La capacité est de 15 000 baies."'));
    const result = await p.cli(['po', 'import', 'fr.po']);
    expect(result.code).toBe(1);
    const line = po.slice(0, po.indexOf(`msgctxt "${key}"`)).split('\n').length;
    expect(result.stdout).toContain(`fr.po:${line}:1  error  \`${key}\`: the figure {{f1, figure}} is missing  po/placeholders`);
    expect(p.files()).toEqual(before);
    p.write('bad.po', 'msgid "a\nmsgstr "b"\n');
    const bad = await p.cli(['po', 'import', 'bad.po']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^newsdesk po: bad\.po:2:1: not a PO file: Invalid key name "b" at line 2/);
    writeFileSync(join(p.dir, 'nul.po'), Buffer.from('msgid ""\nmsgstr ""\n\u0000\n'));
    const nul = await p.cli(['po', 'import', 'nul.po']);
    expect(nul.code).toBe(2);
    expect(nul.stderr).toMatch(/^newsdesk po: nul\.po:3:1: binary data \(a NUL byte at offset 19\), not text/);
  });
});

describe('TMX', () => {
  it('exports the memory as TMX 1.4b that validates against the TMX DTD', async () => {
    const p = await translated();
    const result = await p.cli(['tmx', 'export', '--lang', 'fr', '-o', 'memory.tmx']);
    expect(result.code, result.stderr).toBe(0);
    const tmx = p.read('memory.tmx');
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toContain('<tuv xml:lang="de"><seg>Die geplante Gesamtkapazität beträgt etwa <ph type="x-figure">{{f1, figure}}</ph> Standardschränke.</seg></tuv>');
    expect(tmx).toContain('<bpt i="1" x="1">&lt;1&gt;</bpt>Qianhai<ept i="1">&lt;/1&gt;</ept>');
    expect((tmx.match(/<tu /g) ?? []).length).toBe(12);
    if (!catToolsAvailable('xmllint', 'omegat', 'python-translate')) return;
    const schemas = join(p.dir, 'schemas');
    mkdirSync(schemas);
    const { tmxDtd } = omegatSchemas(schemas);
    const valid = run('xmllint', ['--noout', '--dtdvalid', tmxDtd, join(p.dir, 'memory.tmx')]);
    expect(valid.status, valid.stderr).toBe(0);
    // And a broken one is refused by the same check (the check can fail).
    p.write('broken.tmx', tmx.replace('<header ', '<header bogus="1" '));
    expect(run('xmllint', ['--noout', '--dtdvalid', tmxDtd, join(p.dir, 'broken.tmx')]).status).not.toBe(0);
  });

  it('imports a CAT tool’s memory: translate reuses its exact matches and suggests near ones', async () => {
    const server = await startOpenAiServer();
    servers.push(server);
    const dir = tmpProject({ [ARTICLE]: readFileSync(join(REPO, 'test/fixtures/translate-workflow/rechenzentren.md'), 'utf8') });
    const cli = (args: string[]) => runCli(args, { cwd: dir, env: { ...process.env, OPENAI_API_KEY: '' } });
    // OmegaT's own format (TMX 1.1, lang=) with one exact and one near match, and a unit
    // whose figures do not match its source.
    writeFileSync(
      join(dir, 'project_save.tmx'),
      `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" creationtoolversion="3.6.0_10" segtype="paragraph" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="de" datatype="plaintext"></header>
  <body>
    <tu><tuv lang="de"><seg>Peking setzt auf Grundlagenforschung.</seg></tuv><tuv lang="fr"><seg>Pékin mise sur la recherche fondamentale.</seg></tuv></tu>
    <tu><tuv lang="de"><seg>Drei Städte, drei Strategien!</seg></tuv><tuv lang="fr"><seg>Trois villes, trois stratégies !</seg></tuv></tu>
    <tu><tuv lang="de"><seg>Es sind <ph>{{f1, figure}}</ph> Städte.</seg></tuv><tuv lang="fr"><seg>Il y a trois villes.</seg></tuv></tu>
  </body>
</tmx>
`,
    );
    const imported = await cli(['tmx', 'import', 'project_save.tmx']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('project_save.tmx:8:80  warning  ');
    expect(imported.stdout).toContain("the fr translation's figures or tags differ from the source (the figure {{f1, figure}} is missing): skipped");
    expect(imported.stdout).toContain('project_save.tmx: 2 de→fr added to the memory, 0 already known\n');
    const again = await cli(['tmx', 'import', 'project_save.tmx']);
    expect(again.stdout).toContain('nothing added to the memory, 2 already known');

    const result = await cli(['translate', 'rechenzentren', '--to', 'fr', '--engine', 'memory', '--json']);
    const report = JSON.parse(result.stdout) as { languages: { fr: { tmHits: number; fuzzy: Array<{ key: string; score: number; value: string }>; failures: Array<{ key: string; reason: string }> } } };
    expect(report.languages.fr.tmHits).toBe(1);
    const source = JSON.parse(readFileSync(join(dir, 'locales/de/rechenzentren.json'), 'utf8')) as Record<string, string>;
    const keyOf = (prefix: string) => Object.entries(source).find(([, v]) => v.startsWith(prefix))![0];
    const fr = JSON.parse(readFileSync(join(dir, 'locales/fr/rechenzentren.json'), 'utf8')) as Record<string, string>;
    expect(fr[keyOf('Peking setzt')]).toBe('Pékin mise sur la recherche fondamentale.');
    expect(fr[keyOf('Drei Städte')]).toBeUndefined();
    const near = report.languages.fr.fuzzy.find((f) => f.key === keyOf('Drei Städte'));
    expect(near).toMatchObject({ value: 'Trois villes, trois stratégies !' });
    expect(near!.score).toBeGreaterThanOrEqual(90);
    expect(report.languages.fr.failures.find((f) => f.key === keyOf('Drei Städte'))!.reason).toContain('% match from tm#project_save.tmx#2: Trois villes, trois stratégies !');
  });
});

describe('TBX', () => {
  it('exports the glossary as TBX-Basic valid against the TBX schema, and an unchanged import changes nothing', async () => {
    const dir = tmpProject({ 'content/glossary.yaml': GLOSSARY });
    const cli = (args: string[]) => runCli(args, { cwd: dir });
    expect((await cli(['tbx', 'export', '-o', 'glossary.tbx'])).code).toBe(0);
    const tbx = readFileSync(join(dir, 'glossary.tbx'), 'utf8');
    expect(tbx).toContain('<martif type="TBX-Basic" xml:lang="en">');
    const boda = tbx.slice(tbx.indexOf('<termEntry id="boda-data">'), tbx.indexOf('</termEntry>', tbx.indexOf('<termEntry id="boda-data">')));
    expect(boda).toContain('<term>Boda Data</term>');
    expect(boda).toMatch(/<term>Broad Data<\/term>\n\s+<termNote type="partOfSpeech">properNoun<\/termNote>\n\s+<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>/);
    expect(tbx).toContain('<termEntry id="_01-ai">');
    const same = await cli(['tbx', 'import', 'glossary.tbx']);
    expect(same.stdout).toBe('content/glossary.yaml: 0 entities renamed, 0 variants added, 0 new, 36 unchanged\n');
    expect(readFileSync(join(dir, 'content/glossary.yaml'), 'utf8')).toBe(GLOSSARY);
    if (!catToolsAvailable('xmllint', 'omegat', 'python-translate')) return;
    const schemas = join(dir, 'schemas');
    mkdirSync(schemas);
    const { tbxXsd } = omegatSchemas(schemas);
    const valid = run('xmllint', ['--noout', '--schema', tbxXsd, join(dir, 'glossary.tbx')]);
    expect(valid.status, valid.stderr).toBe(0);
    writeFileSync(join(dir, 'broken.tbx'), tbx.replace('<termEntry id="boda-data">', '<termEntry id="boda-data"><bogus/>'));
    expect(run('xmllint', ['--noout', '--schema', tbxXsd, join(dir, 'broken.tbx')]).status).not.toBe(0);
  });

  it('merges a term base: a renamed term, a new deprecated variant and a new entry, comments kept', async () => {
    const dir = tmpProject({ 'content/glossary.yaml': GLOSSARY });
    const cli = (args: string[]) => runCli(args, { cwd: dir });
    await cli(['tbx', 'export', '-o', 'glossary.tbx']);
    let tbx = readFileSync(join(dir, 'glossary.tbx'), 'utf8');
    const start = tbx.indexOf('<termEntry id="beijing">');
    const beijing = tbx.slice(start, tbx.indexOf('</termEntry>', start));
    const frSet = beijing.slice(beijing.indexOf('<langSet xml:lang="fr">'), beijing.indexOf('</langSet>', beijing.indexOf('<langSet xml:lang="fr">')));
    const newFr = frSet.replace('</tig>', '</tig>\n        <tig>\n          <term>Beijing (fr)</term>\n          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>\n          <note>English spelling</note>\n        </tig>');
    tbx = tbx.replace(frSet, newFr).replace('<term>Pechinum</term>', '<term>Pekinum Novum</term>');
    const langSets = ['zh', 'ru', 'en', 'fr', 'id', 'sa', 'ja', 'de', 'pt', 'el', 'es', 'it', 'fi', 'la'].map((l) => `      <langSet xml:lang="${l}"><tig><term>Xiong'an ${l}</term></tig></langSet>`).join('\n');
    tbx = tbx.replace('    </body>', `    <termEntry id="xiongan">\n      <descrip type="subjectField">city</descrip>\n${langSets}\n    </termEntry>\n    </body>`);
    writeFileSync(join(dir, 'glossary.tbx'), tbx);
    const result = await cli(['tbx', 'import', 'glossary.tbx', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ names: [{ id: 'beijing', langs: ['la'] }], variants: 1, added: ['xiongan'], wrote: true });
    const yaml = readFileSync(join(dir, 'content/glossary.yaml'), 'utf8');
    expect(yaml.startsWith(GLOSSARY.slice(0, GLOSSARY.indexOf('entities:')))).toBe(true);
    expect(yaml).toContain('la: Pekinum Novum');
    expect(yaml).toContain('- text: Beijing (fr)\n        lang: fr\n        wrong: true\n        note: English spelling');
    expect(yaml).toContain("- id: xiongan\n    type: city\n    names:\n      zh: Xiong'an zh");
    const status = await cli(['validate', '--help']);
    expect(status.code).toBe(0);
  });
});
