// XLIFF 2.0 export and import, translators' notes both ways (1.2 and 2.0), and a CAT tool
// that keeps the exported states (OmegaT 3.6 writes its translation into <target> and
// leaves state="needs-translation").

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoopbackServer } from './helpers/loopback/server.js';
import { translatedProject } from './helpers/translated.js';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});


async function translated() {
  const p = await translatedProject(servers);
  const exported = async (...args: string[]) => {
    const result = await p.cli(['xliff', 'export', 'rechenzentren', '--lang', 'fr', '-o', 'fr.xlf', ...args]);
    expect(result.code, result.stderr).toBe(0);
    return p.read('fr.xlf');
  };
  return { ...p, exported, save: (text: string) => p.write('fr.xlf', text) };
}

function unitOf(xliff: string, key: string, tag = 'unit'): string {
  const start = xliff.indexOf(`<${tag} id="${key}"`);
  expect(start, key).toBeGreaterThan(-1);
  return xliff.slice(start, xliff.indexOf(`</${tag}>`, start) + `</${tag}>`.length);
}

describe('XLIFF 2.0', () => {
  it('exports figures as codes with the source text (equiv) and the target form (disp), and states as segment states', async () => {
    const p = await translated();
    const edited = p.keyOf('Drei Städte');
    const l = p.locale();
    l[edited] = 'Trois villes, trois stratégies';
    writeFileSync(join(p.dir, 'locales/fr/rechenzentren.json'), `${JSON.stringify(l, null, 2)}\n`);
    const xliff = await p.exported('--version', '2.0');
    expect(xliff).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="fr">\n {2}<file id="rechenzentren" original="locales\/de\/rechenzentren.json">\n/);
    const capacity = unitOf(xliff, p.keyOf('Die geplante'));
    expect(capacity).toContain('<data id="df1">{{f1, figure}}</data>');
    expect(capacity).toContain('<source xml:space="preserve">Die geplante Gesamtkapazität beträgt etwa <ph id="f1" dataRef="df1" canDelete="no" equiv="15.000" disp="15\u202f000"/> Standardschränke.</source>');
    expect(capacity).toContain('<segment state="initial" subState="newsdesk:machine">');
    expect(capacity).toContain('<note category="newsdesk">Figures (written by newsdesk, keep the codes):\n{{f1}} 15.000 → 15\u202f000 (fr): quantity 15000 Standardschränke, approx, in „etwa 15.000 Standardschränke“</note>');
    const bold = unitOf(xliff, p.keyOf('Das Zentrum'));
    expect(bold).toContain('<pc id="1" dataRefStart="d1" dataRefEnd="d1e" type="fmt">Qianhai</pc>');
    expect(bold).toContain('<data id="d1">&lt;1&gt;</data>');
    expect(unitOf(xliff, edited)).toContain('<segment state="translated" subState="newsdesk:edited">');
    expect((xliff.match(/<unit /g) ?? []).length).toBe(12);
  });

  it('imports an unchanged 2.0 export without changing a byte, and a final target as reviewed', async () => {
    const p = await translated();
    const before = p.files();
    const xliff = await p.exported('--version', '2.0');
    p.save(xliff);
    const same = await p.cli(['xliff', 'import', 'fr.xlf']);
    expect(same.stdout).toBe('rechenzentren fr: 0 edited, 0 reviewed, 12 unchanged\n');
    expect(p.files()).toEqual(before);

    const changedKey = p.keyOf('Die geplante');
    const finalKey = p.keyOf('Peking setzt');
    const changed = unitOf(xliff, changedKey);
    const final = unitOf(xliff, finalKey);
    const next = xliff
      .replace(changed, changed.replace(/<target xml:space="preserve">\[fr\] Die geplante Gesamtkapazität beträgt etwa (<ph id="f1"[^>]*\/>) Standardschränke\.<\/target>/, '<target xml:space="preserve">La capacité totale prévue est d’environ $1 baies standard.</target>'))
      .replace(final, final.replace('state="initial"', 'state="final"'));
    expect(next).not.toBe(xliff);
    p.save(next);
    const result = await p.cli(['xliff', 'import', 'fr.xlf', '--json']);
    expect(result.code, result.stdout).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ edited: [changedKey], reviewed: [finalKey], unchanged: 10 });
    expect(p.locale()[changedKey]).toBe('La capacité totale prévue est d’environ {{f1, figure}} baies standard.');
    expect(p.state().keys[finalKey]!.state).toBe('reviewed');
  });

  it('refuses a 2.0 target that drops a figure, at the target’s line and column', async () => {
    const p = await translated();
    const before = p.files();
    const xliff = await p.exported('--version', '2.0');
    const key = p.keyOf('Die geplante');
    const unit = unitOf(xliff, key);
    const next = xliff.replace(unit, unit.replace(/(<target[^>]*>[^<]*)<ph id="f1"[^>]*\/>/, '$115 000'));
    p.save(next);
    const result = await p.cli(['xliff', 'import', 'fr.xlf']);
    expect(result.code).toBe(1);
    const at = next.indexOf('<target', next.indexOf(`<unit id="${key}"`));
    const before2 = next.slice(0, at);
    expect(result.stdout).toContain(`fr.xlf:${before2.split('\n').length}:${at - before2.lastIndexOf('\n')}  error  \`${key}\`: the figure {{f1, figure}} is missing  xliff/placeholders`);
    expect(p.files()).toEqual(before);
  });
});

describe('translators’ notes and tools that keep the exported state', () => {
  it('keeps a translator’s note from 1.2 and gives it back in 1.2 and 2.0', async () => {
    const p = await translated();
    const key = p.keyOf('Das Zentrum');
    const xliff = await p.exported();
    const start = xliff.indexOf(`<trans-unit id="${key}"`);
    const end = xliff.indexOf('</trans-unit>', start);
    p.save(`${xliff.slice(0, end)}  <note from="translator">P = Petaflops; &quot;Qianhai&quot; stays</note>\n      ${xliff.slice(end)}`);
    const result = await p.cli(['xliff', 'import', 'fr.xlf']);
    expect(result.stdout).toBe('rechenzentren fr: 0 edited, 0 reviewed, 12 unchanged, 1 note\n');
    expect(p.state().notes).toEqual({ [key]: 'P = Petaflops; "Qianhai" stays' });
    expect(unitOf(await p.exported(), key, 'trans-unit')).toContain('<note from="translator">P = Petaflops; "Qianhai" stays</note>');
    expect(unitOf(await p.exported('--version', '2.0'), key)).toContain('<note category="translator">P = Petaflops; "Qianhai" stays</note>');
  });

  it('imports targets a tool filled without touching their state, and ignores copies of the source (--targets source)', async () => {
    const p = await translated();
    const xliff = await p.exported('--targets', 'source');
    expect((xliff.match(/state="needs-translation"/g) ?? []).length).toBe(12);
    expect(xliff).not.toContain('approved="yes"');
    const key = p.keyOf('Die geplante');
    const unit = unitOf(xliff, key, 'trans-unit');
    expect(unit).toContain('<target xml:lang="fr" state="needs-translation">Die geplante Gesamtkapazität beträgt etwa <ph id="f1" ctype="x-figure" equiv-text="15.000">{{f1, figure}}</ph> Standardschränke.</target>');
    expect(unit).toContain('Current translation (machine): [fr] Die geplante');
    const before = p.files();
    const same = await p.cli(['xliff', 'import', 'fr.xlf']);
    expect(same.stdout).toBe('rechenzentren fr: 0 edited, 0 reviewed, 12 unchanged\n');
    expect(p.files()).toEqual(before);
    p.save(xliff.replace(unit, unit.replace(/(<target[^>]*>)Die geplante Gesamtkapazität beträgt etwa (<ph[^>]*>[^<]*<\/ph>) Standardschränke\./, '$1La capacité prévue est d’environ $2 baies.')));
    const result = await p.cli(['xliff', 'import', 'fr.xlf', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ edited: [key], unchanged: 11 });
    expect(p.locale()[key]).toBe('La capacité prévue est d’environ {{f1, figure}} baies.');
  });
});
