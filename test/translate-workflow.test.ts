// The translator's workflow end to end through the CLI, against the loopback
// OpenAI-compatible server: a new German article into all 13 languages, a corrected
// sentence re-translated alone, translator edits and reviews never overwritten, stale human
// values with their previous source, translation memory across articles, exit codes.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/lang/codes.js';
import { runCli } from './helpers/cli.js';
import { startOpenAiServer, type OpenAiLoopbackOptions } from './helpers/loopback/openai.js';
import type { LoopbackServer } from './helpers/loopback/server.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

const FIXTURES = join(REPO, 'test/fixtures/translate-workflow');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const TARGETS = LANGUAGES.filter((lang) => lang !== 'de');
const ARTICLE = 'content/rechenzentren/index.md';

interface LanguageJson {
  engine: string;
  keys: number;
  needed: number;
  translated: number;
  tmHits: number;
  failed: number;
  failures: Array<{ key: string; reason: string }>;
  sent: { requests: number; segments: number; characters: number };
  kept: { machine: number; edited: number; reviewed: number };
  stale: number;
  carried: number;
  retired: number;
}
interface ReportJson {
  article: string;
  sent: { requests: number; segments: number; characters: number };
  tmHits: number;
  languages: Record<string, LanguageJson>;
}

async function project(options: OpenAiLoopbackOptions = {}) {
  const server = await startOpenAiServer(options);
  servers.push(server);
  const dir = tmpProject({ [ARTICLE]: fixture('rechenzentren.md') });
  const env = { ...process.env, OPENAI_API_KEY: '' };
  const cli = (args: string[], extraEnv: NodeJS.ProcessEnv = {}) => runCli(args, { cwd: dir, env: { ...env, ...extraEnv } });
  const translate = async (args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}) => {
    const result = await cli(['translate', ...(args[0]?.startsWith('-') || args.length === 0 ? ['rechenzentren'] : []), ...args, '--base-url', `${server.url}/v1`, '--model', 'newsdesk-test', '--json'], extraEnv);
    return { ...result, report: result.stdout ? (JSON.parse(result.stdout) as ReportJson) : undefined };
  };
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const json = <T = Record<string, string>>(path: string) => JSON.parse(read(path)) as T;
  const locale = (lang: string, slug = 'rechenzentren') => json(`locales/${lang}/${slug}.json`);
  const state = (lang: string, slug = 'rechenzentren') => json<{ keys: Record<string, Record<string, string>>; retired?: Record<string, Record<string, string>> }>(`locales/${lang}/${slug}.state.json`);
  /** The key of the source sentence starting with `prefix`. */
  const keyOf = (prefix: string) => {
    const key = Object.entries(locale('de')).find(([, value]) => value.startsWith(prefix))?.[0];
    if (!key) throw new Error(`no source sentence starts with ${prefix}`);
    return key;
  };
  /** A translator edits one value in an editor (pretty JSON, as they would save it). */
  const edit = (lang: string, key: string, value: string) => {
    const data = locale(lang);
    data[key] = value;
    writeFileSync(join(dir, `locales/${lang}/rechenzentren.json`), `${JSON.stringify(data, null, 2)}\n`);
  };
  const correct = (from: string, to: string) => {
    const text = read(ARTICLE);
    expect(text).toContain(from);
    writeFileSync(join(dir, ARTICLE), text.replace(from, to));
  };
  const snapshot = () => Object.fromEntries(TARGETS.flatMap((lang) => [`${lang}.json`, `${lang}.state.json`].map((name) => [name, read(`locales/${lang}/rechenzentren${name.slice(2)}`)])));
  return { server, dir, cli, translate, read, json, locale, state, keyOf, edit, correct, snapshot };
}

describe('newsdesk translate', () => {
  it('takes a new German article into all 13 languages, figures and tags intact', async () => {
    const p = await project();
    const { code, report, stderr } = await p.translate();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(Object.keys(report!.languages).sort()).toEqual([...TARGETS].sort());
    const source = p.locale('de');
    const keys = Object.keys(source);
    expect(keys).toHaveLength(12);
    for (const lang of TARGETS) {
      const r = report!.languages[lang]!;
      expect(r).toMatchObject({ engine: 'openai', keys: 12, needed: 12, translated: 12, failed: 0, tmHits: 0 });
      expect(r.sent).toMatchObject({ requests: 1, segments: 12 });
      const values = p.locale(lang);
      expect(Object.keys(values)).toEqual(keys);
      for (const key of keys) expect(values[key]).toBe(`[${lang}] ${source[key]}`);
      const states = p.state(lang).keys;
      expect(Object.values(states).map((e) => e.state)).toEqual(Array(12).fill('machine'));
    }
    expect(report!.sent.segments).toBe(13 * 12);
    expect(p.locale('fr')[p.keyOf('Die geplante')]).toBe('[fr] Die geplante Gesamtkapazität beträgt etwa {{f1, figure}} Standardschränke.');
    expect(p.locale('fr')[p.keyOf('Der Befehl')]).toBe('[fr] Der Befehl <1>npm ci</1> installiert davon nichts.');
    // Inline code travels whole: the engine never saw its text as words.
    const sent = p.server.requests.map((r) => r.raw).join('\n');
    expect(sent).toContain('Der Befehl ⟦1⟧ installiert davon nichts.');

    // Nothing changed: nothing is sent, not a byte is written.
    const before = p.snapshot();
    const again = await p.translate();
    expect(again.code).toBe(0);
    expect(again.report!.sent).toEqual({ requests: 0, segments: 0, characters: 0 });
    expect(p.snapshot()).toEqual(before);
  });

  it('after one corrected sentence sends exactly one segment per language and keeps edited and reviewed values', async () => {
    const p = await project();
    await p.translate();
    const heading = p.keyOf('Drei Städte');
    const bold = p.keyOf('Das Zentrum');
    const old = p.keyOf('Peking setzt');
    p.edit('fr', heading, 'Trois villes, trois stratégies');
    const review = await p.cli(['review', 'rechenzentren', '--lang', 'ja', '--mark-reviewed', bold]);
    expect(review.code).toBe(0);
    const reviewedJa = p.locale('ja')[bold];

    p.correct('Peking setzt auf Grundlagenforschung.', 'Peking setzt vor allem auf Grundlagenforschung.');
    const { code, report } = await p.translate();
    expect(code).toBe(0);
    for (const lang of TARGETS) {
      expect(report!.languages[lang]!.sent.segments, lang).toBe(1);
      expect(report!.languages[lang]).toMatchObject({ needed: 1, translated: 1, failed: 0, stale: 0 });
    }
    expect(report!.sent).toMatchObject({ requests: 13, segments: 13 });
    const fresh = p.keyOf('Peking setzt vor allem');
    expect(fresh).not.toBe(old);
    for (const lang of TARGETS) {
      expect(p.locale(lang)[fresh]).toBe(`[${lang}] Peking setzt vor allem auf Grundlagenforschung.`);
      expect(p.locale(lang)).not.toHaveProperty(old);
      expect(p.state(lang).keys).not.toHaveProperty(old);
    }
    expect(p.locale('fr')[heading]).toBe('Trois villes, trois stratégies');
    expect(p.state('fr').keys[heading]!.state).toBe('edited');
    expect(report!.languages.fr!.kept).toEqual({ machine: 10, edited: 1, reviewed: 0 });
    expect(p.locale('ja')[bold]).toBe(reviewedJa);
    expect(p.state('ja').keys[bold]!.state).toBe('reviewed');
    expect(report!.languages.ja!.kept).toEqual({ machine: 10, edited: 0, reviewed: 1 });
  });

  it('carries a human value of a corrected sentence to its new key, flagged stale with the previous source', async () => {
    const p = await project();
    await p.translate();
    const old = p.keyOf('Peking setzt');
    p.edit('es', old, 'Pekín apuesta por la investigación básica.');
    await p.cli(['review', 'rechenzentren', '--lang', 'pt', '--mark-reviewed', old]);

    p.correct('Peking setzt auf Grundlagenforschung.', 'Peking setzt vor allem auf Grundlagenforschung.');
    const { code, report } = await p.translate();
    expect(code).toBe(0);
    const fresh = p.keyOf('Peking setzt vor allem');
    for (const lang of ['es', 'pt']) {
      expect(report!.languages[lang]).toMatchObject({ needed: 0, carried: 1, stale: 1 });
      expect(report!.languages[lang]!.sent.segments).toBe(0);
    }
    expect(report!.sent.segments).toBe(11);
    expect(p.locale('es')[fresh]).toBe('Pekín apuesta por la investigación básica.');
    expect(p.locale('es')).not.toHaveProperty(old);
    expect(p.state('es').keys[fresh]).toMatchObject({
      state: 'stale',
      was: 'edited',
      previousKey: old,
      previousSource: 'Peking setzt auf Grundlagenforschung.',
      source: 'Peking setzt vor allem auf Grundlagenforschung.',
    });
    expect(p.state('pt').keys[fresh]).toMatchObject({ state: 'stale', was: 'reviewed', previousSource: 'Peking setzt auf Grundlagenforschung.' });

    // The translator sees it, with both sources.
    const listed = await p.cli(['review', 'rechenzentren', '--lang', 'es', '--json']);
    const view = JSON.parse(listed.stdout) as { counts: Record<string, number>; keys: Array<Record<string, string>> };
    expect(view.counts).toEqual({ machine: 11, edited: 0, reviewed: 0, stale: 1, missing: 0, broken: 0 });
    expect(view.keys.find((k) => k.key === fresh)).toMatchObject({ state: 'stale', was: 'edited', value: 'Pekín apuesta por la investigación básica.', source: 'Peking setzt vor allem auf Grundlagenforschung.', previousSource: 'Peking setzt auf Grundlagenforschung.' });
    const text = await p.cli(['review', 'rechenzentren', '--lang', 'es']);
    expect(text.stdout).toContain('rechenzentren → es: 12 need a translator (1 stale, 11 machine, 0 missing); 0 edited, 0 reviewed');
    expect(text.stdout).toContain(`stale (was edited)  ${fresh}\n  source:    Peking setzt vor allem auf Grundlagenforschung.\n  previous:  Peking setzt auf Grundlagenforschung.\n  value:     Pekín apuesta por la investigación básica.`);

    // A further run leaves it alone; reviewing it clears the flag.
    expect((await p.translate(['--to', 'es'])).report!.languages.es!.sent.segments).toBe(0);
    p.edit('es', fresh, 'Pekín apuesta sobre todo por la investigación básica.');
    const marked = await p.cli(['review', 'rechenzentren', '--lang', 'es', '--mark-reviewed', fresh]);
    expect(marked.stdout).toContain('1 marked reviewed');
    expect(p.state('es').keys[fresh]).toMatchObject({ state: 'reviewed', source: 'Peking setzt vor allem auf Grundlagenforschung.' });
    expect(p.state('es').keys[fresh]).not.toHaveProperty('previousSource');
  });

  it('flags a human value stale when its source changes under the same key, and re-translates machine values', async () => {
    const p = await project();
    await p.translate();
    p.edit('fr', 'meta.section', 'Fond');
    p.correct('section: Tiefe', 'section: Hintergrund');
    const { report } = await p.translate();
    expect(report!.languages.fr!.sent.segments).toBe(0);
    expect(p.state('fr').keys['meta.section']).toMatchObject({ state: 'stale', was: 'edited', previousSource: 'Tiefe', source: 'Hintergrund' });
    expect(p.locale('fr')['meta.section']).toBe('Fond');
    expect(report!.languages.it!.sent.segments).toBe(1);
    expect(p.locale('it')['meta.section']).toBe('[it] Hintergrund');
  });

  it('detects a translator edit in the locale file and never overwrites it', async () => {
    const p = await project();
    await p.translate(['--to', 'fr']);
    const key = p.keyOf('Nach Angaben');
    p.edit('fr', key, 'Selon la <1>municipalité</1>, le nombre a augmenté de {{f1, figure}} par rapport à {{f2, figure}}.');
    const status = JSON.parse((await p.cli(['status', '--json', '--lang', 'fr'])).stdout) as { articles: Array<{ languages: Record<string, Record<string, number>> }> };
    expect(status.articles[0]!.languages.fr).toMatchObject({ machine: 11, edited: 1 });
    // A deleted value is translated again; the edited one is not sent.
    const other = p.keyOf('Peking setzt');
    const data = p.locale('fr');
    delete data[other];
    writeFileSync(join(p.dir, 'locales/fr/rechenzentren.json'), `${JSON.stringify(data, null, 2)}\n`);
    const { report } = await p.translate(['--to', 'fr']);
    expect(report!.languages.fr).toMatchObject({ needed: 1, translated: 1, kept: { machine: 10, edited: 1, reviewed: 0 } });
    expect(p.locale('fr')[key]).toBe('Selon la <1>municipalité</1>, le nombre a augmenté de {{f1, figure}} par rapport à {{f2, figure}}.');
    expect(p.state('fr').keys[key]!.state).toBe('edited');
    expect(Object.keys(p.locale('fr'))).toEqual(Object.keys(p.locale('de')));
  });

  it('treats values without a state entry as human work: adopted, reviewable, never sent', async () => {
    const p = await project();
    await p.translate(['--to', 'fr']);
    const handWritten = Object.fromEntries(Object.entries(p.locale('de')).map(([key, value]) => [key, `(it) ${value}`]));
    mkdirSync(join(p.dir, 'locales/it'), { recursive: true });
    writeFileSync(join(p.dir, 'locales/it/rechenzentren.json'), `${JSON.stringify(handWritten, null, 2)}\n`);
    const first = await p.translate(['--to', 'it']);
    expect(first.report!.languages.it).toMatchObject({ needed: 0, kept: { machine: 0, edited: 12, reviewed: 0 } });
    expect(first.report!.sent.segments).toBe(0);
    const marked = await p.cli(['review', 'rechenzentren', '--lang', 'it', '--all']);
    expect(marked.code).toBe(0);
    expect(marked.stdout).toContain('12 marked reviewed');
    expect(Object.values(p.state('it').keys).every((e) => e.state === 'reviewed')).toBe(true);
    expect(p.locale('it')).toEqual(handWritten);
    const status = JSON.parse((await p.cli(['status', '--json'])).stdout) as { articles: Array<{ languages: Record<string, Record<string, number>> }> };
    expect(status.articles[0]!.languages.it).toEqual({ machine: 0, edited: 0, reviewed: 12, stale: 0, missing: 0, broken: 0, retired: 0 });
  });

  it('refuses to mark reviewed a value whose figures differ from the source', async () => {
    const p = await project();
    await p.translate(['--to', 'fr']);
    const key = p.keyOf('Die geplante');
    p.edit('fr', key, 'La capacité prévue est d’environ 15 000 armoires.');
    const result = await p.cli(['review', 'rechenzentren', '--lang', 'fr', '--mark-reviewed', key]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${key}: the figure {{f1, figure}} is missing`);
    expect(p.state('fr').keys[key]).not.toMatchObject({ state: 'reviewed' });
  });

  it('reuses translations of the same sentence from other articles (translation memory)', async () => {
    const p = await project();
    await p.translate(['--to', 'fr']);
    const shared = p.keyOf('Peking, Shanghai');
    p.edit('fr', shared, 'Pékin, Shanghai et Shenzhen agrandissent leurs centres de données.');
    mkdirSync(join(p.dir, 'content/speicher'), { recursive: true });
    writeFileSync(join(p.dir, 'content/speicher/index.md'), fixture('speicher.md'));
    const { code, report } = await p.translate(['speicher', '--to', 'fr']);
    expect(code).toBe(0);
    // Four keys; two are exact matches (the figure sentence has 20.000 instead of 15.000: same pattern).
    expect(report!.tmHits).toBe(2);
    expect(report!.languages.fr).toMatchObject({ keys: 4, needed: 4, translated: 4, tmHits: 2 });
    expect(report!.languages.fr!.sent.segments).toBe(2);
    const values = p.locale('fr', 'speicher');
    const states = p.state('fr', 'speicher').keys;
    expect(values[shared]).toBe('Pékin, Shanghai et Shenzhen agrandissent leurs centres de données.');
    expect(states[shared]).toMatchObject({ state: 'machine', engine: 'memory', memory: `rechenzentren#${shared}` });
    const figureKey = Object.keys(values).find((k) => k.startsWith('die-geplante'))!;
    expect(values[figureKey]).toBe('[fr] Die geplante Gesamtkapazität beträgt etwa {{f1, figure}} Standardschränke.');
  });

  it('keeps the human value of a removed sentence and restores it when the sentence comes back', async () => {
    const p = await project();
    await p.translate(['--to', 'fr']);
    const key = p.keyOf('Der Befehl');
    p.edit('fr', key, 'La commande <1>npm ci</1> n’en installe rien.');
    p.correct(' Der Befehl `npm ci` installiert davon nichts.', '');
    const removed = await p.translate(['--to', 'fr']);
    expect(removed.report!.languages.fr).toMatchObject({ retired: 1, needed: 0 });
    expect(p.locale('fr')).not.toHaveProperty(key);
    expect(p.state('fr').retired![key]).toMatchObject({ state: 'edited', value: 'La commande <1>npm ci</1> n’en installe rien.', source: 'Der Befehl <1>npm ci</1> installiert davon nichts.' });
    writeFileSync(join(p.dir, ARTICLE), fixture('rechenzentren.md'));
    const back = await p.translate(['--to', 'fr']);
    expect(back.report!.languages.fr).toMatchObject({ tmHits: 1, sent: { segments: 0 } });
    expect(p.locale('fr')[key]).toBe('La commande <1>npm ci</1> n’en installe rien.');
    expect(p.state('fr').keys[key]!.state).toBe('edited');
  });
});

describe('newsdesk translate: failures and exit codes', () => {
  it('exits 1 with reasons when segments fail, and writes the others', async () => {
    const p = await project({ transform: (text) => text.replace('⟦f2⟧', '') });
    const { code, report } = await p.translate(['--to', 'fr']);
    expect(code).toBe(1);
    const fr = report!.languages.fr!;
    expect(fr.failed).toBe(2);
    expect(fr.translated).toBe(10);
    expect(fr.failures.map((f) => f.key).sort()).toEqual([p.keyOf('Am '), p.keyOf('Nach Angaben')].sort());
    expect(fr.failures[0]!.reason).toMatch(/tokens changed: missing/);
    expect(Object.keys(p.locale('fr'))).toHaveLength(10);
  });

  it('exits 1 when only the translation memory may be used and it has no match', async () => {
    const p = await project();
    const result = await p.cli(['translate', 'rechenzentren', '--to', 'fr', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as ReportJson;
    expect(report.languages.fr).toMatchObject({ engine: 'memory', failed: 12 });
    expect(report.languages.fr!.failures[0]!.reason).toContain('no engine is configured for fr');
  });

  it('exits 2 on a refused key, on usage and configuration errors', async () => {
    const p = await project({ apiKey: 'sk-right' });
    const auth = await p.translate(['--to', 'fr'], { OPENAI_API_KEY: 'sk-wrong' });
    expect(auth.code).toBe(2);
    expect(auth.stderr).toContain('Incorrect API key provided');
    expect((await p.cli(['translate'])).code).toBe(2);
    expect((await p.cli(['translate', 'rechenzentren', '--to', 'xx'])).code).toBe(2);
    expect((await p.cli(['translate', 'nowhere', '--to', 'fr'])).code).toBe(2);
    const noModel = await p.cli(['translate', 'rechenzentren', '--to', 'fr', '--engine', 'openai', '--base-url', `${p.server.url}/v1`]);
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toContain('needs a `model`');
  });
});
