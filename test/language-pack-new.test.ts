// A 15th language is one folder plus one registry entry: this test copies the sources, adds a
// made-up language (private-use code `qaa`, "Numerish": ' groups thousands, "pct" is its
// percent word, its own month names) as src/lang/qaa/index.ts and one entry in
// src/lang/index.ts, compiles, and runs the main job on a German article translated into it.
// The figures must come out in Numerish form and QA must read them back by value.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers/tmp.js';

const PACK = `// Numerish, a made-up language for the registry test.
import { minimalValidation } from '../minimal-validation.js';
import type { LanguagePack } from '../pack.js';

const MONTHS = ['janu', 'febru', 'marto', 'aprilo', 'majo', 'junio', 'julo', 'aŭgusto', 'septembro', 'oktobro', 'novembro', 'decembro'];
const group = (value: number, decimals: number, grouping: boolean) => {
  const [whole = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = grouping ? whole.replace(/\\B(?=(\\d{3})+(?!\\d))/g, "'") : whole;
  return (value < 0 ? '-' : '') + grouped + (fraction === undefined ? '' : ',' + fraction);
};

export const pack: LanguagePack = {
  code: 'qaa',
  name: 'Numerish',
  englishName: 'Numerish',
  dir: 'ltr',
  separators: { group: "'", decimal: ',' },
  format: {
    number: group,
    percent: (value, decimals) => group(value, decimals, true) + ' pct',
    date: (iso, parts) => {
      const [year, month, day] = iso.split('-');
      const name = MONTHS[Number(month) - 1]!;
      if (parts === 'month-year' || day === undefined) return name + ' ' + year;
      return Number(day) + ' ' + name + (parts === 'day-month' ? '' : ' ' + year);
    },
  },
  sentenceJoiner: ' ',
  segmentation: { terminals: ['!', '?'], nonFinalAbbreviations: [], abbreviations: [], numberAbbreviations: [], sentenceStarters: [], quotes: [['«', '»']] },
  figures: {
    reader: 'words',
    numbers: {
      words: { nul: 0, unu: 1, du: 2, tri: 3, kvar: 4, kvin: 5, ses: 6, sep: 7, ok: 8, naŭ: 9, dek: 10 },
      hundreds: ['cent'],
      scales: { mil: 1e3, miliono: 1e6, milionoj: 1e6 },
      standalone: ['cent', 'mil'],
      connectors: [],
      connectorAfter: [],
      indefinite: [],
      fractions: {},
      decimalWords: [],
      minusWords: ['minus'],
      percent: ['pct'],
      percentPoints: ['pp'],
      qualifiers: { cirka: 'approx', ĝis: 'max', pli: 'over' },
      postQualifiers: {},
      range: { from: ['de'], between: ['inter'], to: ['ĝis', '-', '–'], and: ['kaj'] },
      boundJoiners: ['kaj'],
      currencies: { eŭroj: 'EUR' },
      units: { metroj: 'm' },
      countedNoun: 'next',
      stopWords: ['la', 'de', 'en', 'kaj'],
    },
    dates: { months: Object.fromEntries(MONTHS.map((name, i) => [name, i + 1])) },
  },
  qa: { scripts: ['Latin'], tolerated: [], quotes: { primary: ['«', '»'], straight: true }, lengthFactor: 1, nameEnding: 0 },
  validation: minimalValidation([], ['kaj'], { pairs: [['«', '»']], apostrophes: "'", ignore: '' }),
  import: { switcherNames: ['Numerish'] },
  engines: { google: 'qaa' },
};
`;

const ARTICLE = `---
title: Die Stadt wächst
lang: de
date: 2024-08-02
languages: [de, qaa]
---

# Die Stadt wächst

Die Stadt hat etwa 15.000 Einwohner.

Am 26. Juli stieg der Index um 26 %.
`;

/** Numerish translations, in the order of the German resource's sentence keys. */
const TRANSLATIONS = ['La urbo kreskas.', 'La urbo havas cirka {{f1, figure}} loĝantojn.', 'La {{f1, figure}} la indekso kreskis je {{f2, figure}}.'];

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

describe('a new language is one folder plus one registry entry', () => {
  let dir: string;
  const run = (...args: string[]) => spawnSync(process.execPath, [join(dir, 'dist', 'cli', 'bin.js'), ...args], { cwd: dir, encoding: 'utf8' });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-lang-'));
    cpSync(join(REPO, 'src'), join(dir, 'src'), { recursive: true });
    cpSync(join(REPO, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    cpSync(join(REPO, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // The folder …
    write(join(dir, 'src', 'lang', 'qaa', 'index.ts'), PACK);
    // … and the registry entry.
    const registry = join(dir, 'src', 'lang', 'index.ts');
    const text = readFileSync(registry, 'utf8');
    const entry = text.replace("import { pack as zh } from './zh/index.js';", "import { pack as zh } from './zh/index.js';\nimport { pack as qaa } from './qaa/index.js';").replace('\n  la,\n', '\n  la,\n  qaa,\n');
    expect(entry).not.toBe(text);
    writeFileSync(registry, entry);
    execFileSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], { stdio: 'pipe' });

    write(join(dir, 'pipeline', 'config.yaml'), 'languages: [de, qaa]\n');
    write(join(dir, 'content', 'stadt', 'index.md'), ARTICLE);
    cpSync(join(REPO, 'locales', 'en', 'common.json'), join(dir, 'locales', 'qaa', 'common.json'));
    cpSync(join(REPO, 'locales', 'de', 'common.json'), join(dir, 'locales', 'de', 'common.json'));
    // The first run writes the German resource; the Numerish one is written from its keys.
    run('run');
    const german = JSON.parse(readFileSync(join(dir, 'locales', 'de', 'stadt.json'), 'utf8')) as Record<string, string>;
    const keys = Object.keys(german).filter((key) => !key.startsWith('meta.'));
    expect(keys).toHaveLength(TRANSLATIONS.length);
    write(join(dir, 'locales', 'qaa', 'stadt.json'), `${JSON.stringify(Object.fromEntries(keys.map((key, i) => [key, TRANSLATIONS[i]])), null, 2)}\n`);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('publishes the new language with figures in its own form', () => {
    const result = run('run');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/stadt\s+qaa\b/);
    const page = readFileSync(join(dir, 'output', 'stadt', 'qaa.md'), 'utf8');
    expect(page).toContain("La urbo havas cirka 15'000 loĝantojn.");
    expect(page).toContain('La 26 julo la indekso kreskis je 26 pct.');
  });

  it('checks the new language by value with its own reader', () => {
    const clean = run('qa', 'stadt', '--json');
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ ok: true });
    // A changed figure in the new language is caught: 26 % became 62 %.
    const file = join(dir, 'locales', 'qaa', 'stadt.json');
    const resource = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const key = Object.keys(resource).find((k) => resource[k]!.includes('indekso'))!;
    resource[key] = 'La {{f1, figure}} la indekso kreskis je 62 pct.';
    writeFileSync(file, JSON.stringify(resource, null, 2));
    const broken = run('qa', 'stadt', '--json');
    expect(broken.status).toBe(1);
    const messages = (JSON.parse(broken.stdout) as { messages: Array<{ ruleId: string; lang: string }> }).messages;
    expect(messages.filter((m) => m.lang === 'qaa').map((m) => m.ruleId)).toEqual(expect.arrayContaining(['qa/figure-added']));
  });
});
