import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain-Node builder script without type declarations
import { assertDisjoint, build, BuildError, corruptionOrder, edit, GOLD_SETS, goldTexts, makeCorruptions, NEWS_PLAN, sources } from '../scripts/eval-sets/figure-pairs.mjs';
// @ts-expect-error — a plain-Node builder script without type declarations
import { snapshotReader } from '../scripts/eval-sets/common.mjs';
import { REPO, tmpProject } from './helpers/tmp.js';

// The builder of eval/figure-pairs (scripts/eval-sets/figure-pairs.mjs): its one-edit corruptions
// change a figure only where the word belongs to one, and a build is the same every time. The set
// itself is not read here; the end-to-end case builds one from a snapshot made in the test.

interface Edit {
  old: string;
  new: string;
}
const change = (cls: string, text: string, lang: string) => edit(cls, text, lang) as Edit | undefined;

describe('one-edit corruptions', () => {
  it('changes a unit word only right after a number, never the year word of a date', () => {
    expect(change('unit', 'Sie war bis 2018 vier Jahre lang Landesvorsitzende.', 'de')).toMatchObject({ old: 'Jahre', new: 'Monate' });
    expect(change('unit', 'Die Truppe wurde bereits im Jahr 2015 gegründet.', 'de')).toBeUndefined();
    expect(change('unit', 'Sejak tahun 1988, kotak suara harus transparan.', 'id')).toBeUndefined();
    expect(change('unit', 'Ο οδηγός της νταλίκας, 64 ετών, δεν τραυματίστηκε.', 'el')).toMatchObject({ old: 'ετών', new: 'μηνών' });
  });

  it('changes the first digit of a quantity, leaving years, days of a month and codes alone', () => {
    expect(change('value', 'Seit 1988 stellten 26 Länder Truppen.', 'de')).toMatchObject({ old: '26', new: '36' });
    expect(change('value', 'Am 4. Juli 1776 wurde COVID-19 nicht erwähnt, aber 9 Zeugen.', 'de')).toMatchObject({ old: '9', new: '8' });
    expect(change('value', 'Después del 4 de julio llegaron 150 personas.', 'es')).toMatchObject({ old: '150', new: '250' });
    expect(change('value', 'सा नद्याः अपेक्षया ८ गुणितं जलं वाहयति।', 'sa')).toMatchObject({ old: '८', new: '९' });
  });

  it('swaps a currency sign only next to a number (not inside a mis-decoded dash)', () => {
    expect(change('currency', 'Tiket seharga $1.000 per orang.', 'id')).toMatchObject({ old: '$', new: '€' });
    expect(change('currency', 'pemerintah pusat yang lemah â€” dengan Kongres', 'id')).toBeUndefined();
  });

  it('changes a bound word only before its number', () => {
    expect(change('bound', 'Es kamen mehr als 800 Menschen.', 'de')).toMatchObject({ old: 'mehr als', new: 'weniger als' });
    expect(change('bound', 'Das Parlament will erneut über die Pläne abstimmen.', 'de')).toBeUndefined();
  });

  it('counts a Chinese numeral only before a counter, not in an ordinal or a weekday', () => {
    expect(change('number-word', '他们在第二轮比赛中赢了两个球。', 'zh')).toMatchObject({ old: '两', new: '三' });
    expect(change('number-word', '星期二举行了第二届会议。', 'zh')).toBeUndefined();
  });

  it('drops a quantity with its currency sign and keeps one space between the words around it', () => {
    const e = change('lost', 'Karten kosten zwischen ¥2.500 und ¥130.000.', 'de');
    expect(e).toMatchObject({ old: ' ¥2.500', new: '' });
  });

  it('reads a clock time written with a dot after the word for o\'clock as a time, not a quantity', () => {
    expect(change('time', 'Useimmat lähtevät kello 6.30 ja 7.30 välisenä aikana.', 'fi')).toMatchObject({ old: '6.30', new: '7.30' });
    expect(change('value', 'Useimmat lähtevät kello 6.30 ja 7.30 välisenä aikana.', 'fi')).toBeUndefined();
    expect(change('approx', '消防员最终在晚上 11 点 35 分扑灭了大火。', 'zh')).toBeUndefined();
  });

  it('without digits, a cardinal number word is dropped or made approximate, the capital kept at a sentence start', () => {
    expect(change('lost', 'Ioannes duos filios habet.', 'la')).toMatchObject({ old: 'duos ', new: '' });
    expect(change('lost', 'Quinquaginta annos natus es.', 'la')).toMatchObject({ old: 'Quinquaginta a', new: 'A' });
    expect(change('approx', 'Quinquaginta annos natus es.', 'la')).toMatchObject({ old: 'Quinquaginta', new: 'Circiter quinquaginta' });
    expect(change('lost', 'Die Hälfte der Menschen blieb.', 'de')).toBeUndefined();
    expect(change('lost', 'Selama Perang Revolusi, tiga belas negara bagian membentuk pemerintah.', 'id')).toMatchObject({ old: 'tiga belas ', new: '' });
  });

  it('gives the one pair with a currency to the currency class, however the pairs are ordered', () => {
    const pairs = Array.from({ length: 30 }, (_, i) => ({ id: `q-${i}`, from: 'en', to: 'de', source: 'x', target: `Es kamen ${i + 3} Menschen.`, origin: 'test' }));
    // the pair offered first holds the currency: the common classes would take it first
    const first = (corruptionOrder(pairs.map((p) => p.id)) as string[])[0]!;
    pairs.find((p) => p.id === first)!.target = 'Das Ticket kostet 20 Dollar.';
    const out = makeCorruptions(pairs) as Array<{ pair: string; class: string }>;
    expect(out.find((c) => c.pair === first)?.class).toBe('currency');
  });

  it('makes at most one corruption a pair, none from a divergent pair, each the target with its one edit', () => {
    const pairs = Array.from({ length: 40 }, (_, i) => ({
      id: `p-${i}`,
      from: 'en',
      to: 'de',
      source: `${i + 3} people came on Monday.`,
      target: `Am Montag kamen mehr als ${i + 3} Menschen, etwa ${i + 10} Kilometer weit.`,
      origin: 'test',
      ...(i % 5 === 0 ? { divergent: 'reviewed' } : {}),
    }));
    const out = makeCorruptions(pairs) as Array<{ pair: string; class: string; edit: string; target: string }>;
    expect(out.length).toBe(26);
    expect(new Set(out.map((c) => c.pair)).size).toBe(out.length);
    const byId = new Map(pairs.map((p) => [p.id, p]));
    for (const c of out) {
      const pair = byId.get(c.pair)!;
      expect(pair.divergent).toBeUndefined();
      const [old, next] = c.edit.split(' → ') as [string, string];
      expect(c.target).not.toBe(pair.target);
      expect(c.target).toBe(pair.target.replace(next === '∅' ? old : old, next === '∅' ? '' : next).replace(/ {2}/g, ' '));
    }
    expect(new Set(out.map((c) => c.class))).toEqual(new Set(['value', 'unit', 'approx', 'bound', 'lost', 'date']));
    expect(makeCorruptions(pairs)).toEqual(out);
  });
});

/**
 * A snapshot of OPUS-MT-testsets with the files the plan reads, every line with a figure; with
 * `news`, the files of the news split too (its English TICO-19 side one text in every folder, and
 * some of its lines a FLORES sentence of the dev split, as multi-parallel sets are).
 */
function fakeSnapshot(length = 120, news = false): string {
  const files: Record<string, string> = {};
  if (news) {
    for (const row of NEWS_PLAN as Array<{ kind: string; from: string; to: string }>) {
      const { src, tgt } = sources(row) as { src: string; tgt: string };
      const tag = row.kind === 'tico' ? 'tico' : `${row.kind} ${src.split('/')[1]}`;
      files[src] = `${Array.from({ length }, (_, i) => (i % 10 === 3 ? `deu sentence ${i + 1} has ${i + 3} items.` : `${row.from} ${tag} ${i + 1}: ${i * 3} votes.`)).join('\n')}\n`;
      files[tgt] = `${Array.from({ length }, (_, i) => `${row.to} ${tag} ${i + 1}: ${i * 3} Stimmen.`).join('\n')}\n`;
    }
  }
  const lines = (make: (n: number) => string) => `${Array.from({ length }, (_, i) => make(i + 1)).join('\n')}\n`;
  for (const code of ['deu', 'ell', 'eng', 'spa', 'fin', 'fra', 'ind', 'ita', 'jpn', 'por', 'rus', 'san', 'cmn_Hans']) {
    files[`testsets/flores200_dataset/devtest/${code}.devtest`] = lines((n) => `${code} sentence ${n} has ${n + 2} items.`);
  }
  for (const [dir, test] of [['jpn-eng', 'newstest2020'], ['eng-rus', 'newstest2020'], ['fin-eng', 'newstest2017'], ['fra-deu', 'newstest2019']] as const) {
    for (const code of dir.split('-')) files[`testsets/${dir}/${test}.${code}`] = lines((n) => `${code} news ${n}: ${n * 3} votes.`);
  }
  for (const dir of ['deu-lat', 'eng-lat']) {
    for (const code of dir.split('-')) files[`testsets/${dir}/tatoeba-test-v2021-08-07.${code}`] = lines((n) => (code === 'lat' ? `Sententia ${n}: duo libri.` : `Sentence ${n}: ${n} books.`));
  }
  return tmpProject(files, { withConfig: false });
}

const builder = join(REPO, 'scripts/eval-sets/figure-pairs.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [builder, ...args], { encoding: 'utf8' });

describe('the builder on a snapshot', () => {
  // two runs of the script (a build and its --check), the rest in this process; slow on a loaded machine
  it('builds 1,040 pairs with every language a target, the same again on --check, takes reviews in and refuses one of an unknown pair', { timeout: 180_000 }, () => {
    const opus = fakeSnapshot();
    const out = tmpProject({}, { withConfig: false });
    const first = run('--opus', opus, '--out', out);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const pairs = readFileSync(join(out, 'pairs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; to: string; source: string });
    expect(pairs).toHaveLength(1040);
    expect(new Set(pairs.map((p) => p.to))).toEqual(new Set(['zh', 'ru', 'en', 'fr', 'id', 'sa', 'ja', 'de', 'pt', 'el', 'es', 'it', 'fi', 'la']));
    expect(new Set(pairs.map((p) => p.id)).size).toBe(1040);
    expect(pairs.find((p) => p.id.startsWith('wmt20-jaen-'))?.source).toMatch(/^jpn news \d+/);

    const read = (path: string) => readFileSync(join(opus, path), 'utf8').replace(/\n$/, '').split('\n');
    const again = build(read, new Map()) as { pairs: unknown[]; corruptions: unknown[] };
    expect(`${again.pairs.map((p) => JSON.stringify(p)).join('\n')}\n`).toBe(readFileSync(join(out, 'pairs.jsonl'), 'utf8'));

    const reviewed = build(read, new Map([[pairs[0]!.id, 'the reference changes the number']])) as { pairs: Array<{ id: string; divergent?: string }>; corruptions: Array<{ pair: string }> };
    expect(reviewed.pairs[0]).toMatchObject({ id: pairs[0]!.id, divergent: 'the reference changes the number' });
    expect(reviewed.corruptions.some((c) => c.pair === pairs[0]!.id)).toBe(false);

    expect(() => build(read, new Map([['flores-devtest-xx-yy-0001', 'no such pair']]))).toThrow(BuildError);
    writeFileSync(join(out, 'pairs.jsonl'), readFileSync(join(out, 'pairs.jsonl'), 'utf8').replace(/"to":"el"/, '"to":"es"'));
    const differs = run('--opus', opus, '--out', out, '--check');
    expect([differs.status, differs.stderr]).toEqual([1, 'figure-pairs: pairs.jsonl differ from a fresh build\n']);

    writeFileSync(join(out, 'reviews.tsv'), 'flores-devtest-xx-yy-0001\tno such pair\n');
    const bad = run('--opus', opus, '--out', out, '--check');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('figure-pairs: reviews.tsv: flores-devtest-xx-yy-0001 is not a pair of the set\n');
  });
});

interface Pair {
  id: string;
  to: string;
  source: string;
  target: string;
}
const readJsonl = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Pair);

describe('the held-back check split (--split check)', () => {
  it('takes the candidates after the dev split, sharing no id and no sentence with it, 40 pairs a target', { timeout: 120_000 }, () => {
    const opus = fakeSnapshot(1012);
    const read = (path: string) => readFileSync(join(opus, path), 'utf8').replace(/\n$/, '').split('\n');
    const dev = build(read, new Map()) as { pairs: Pair[] };
    const check = build(read, new Map(), 'check') as { pairs: Pair[]; corruptions: Array<{ pair: string }> };
    expect(check.pairs).toHaveLength(560);
    for (const lang of ['zh', 'ru', 'en', 'fr', 'id', 'sa', 'ja', 'de', 'pt', 'el', 'es', 'it', 'fi', 'la']) expect(check.pairs.filter((p) => p.to === lang)).toHaveLength(40);
    const devIds = new Set(dev.pairs.map((p) => p.id));
    const devTexts = new Set(dev.pairs.flatMap((p) => [p.source, p.target]));
    for (const p of check.pairs) {
      expect(devIds.has(p.id)).toBe(false);
      expect(devTexts.has(p.source)).toBe(false);
      expect(devTexts.has(p.target)).toBe(false);
    }
    // a FLORES line is used once per target language, within the check split too
    const lines = check.pairs.filter((p) => p.id.startsWith('flores-')).map((p) => `${p.to}:${p.id.slice(-4)}`);
    expect(new Set(lines).size).toBe(lines.length);
    expect(check.corruptions.every((c) => check.pairs.some((p) => p.id === c.pair))).toBe(true);
    expect(build(read, new Map(), 'check')).toEqual(check);
  });

  it('refuses a check split that shares an id or a source sentence with the dev split', () => {
    const dev = [{ id: 'a-1', from: 'en', to: 'de', source: 'Two cats.', target: 'Zwei Katzen.' }];
    expect(() => assertDisjoint(dev, [{ ...dev[0]!, target: 'Drei Katzen.' }])).toThrow(/a-1 is a pair of the dev split/);
    expect(() => assertDisjoint(dev, [{ id: 'b-7', from: 'en', to: 'fr', source: 'Two cats.', target: 'Deux chats.' }])).toThrow(/the source of b-7 is a source of the dev split/);
    expect(() => assertDisjoint(dev, [{ id: 'b-8', from: 'en', to: 'fr', source: 'Three dogs.', target: 'Trois chiens.' }])).not.toThrow();
  });

  it('the committed sets eval/figure-pairs, eval/figure-pairs-check and eval/figure-pairs-news share no id and no sentence', () => {
    const news = readJsonl(join(REPO, 'eval/figure-pairs-news/pairs.jsonl'));
    const others = [...readJsonl(join(REPO, 'eval/figure-pairs/pairs.jsonl')), ...readJsonl(join(REPO, 'eval/figure-pairs-check/pairs.jsonl'))];
    const ids = new Set(others.map((p) => p.id));
    const texts = new Set(others.flatMap((p) => [p.source, p.target]));
    expect(news.filter((p) => ids.has(p.id) || texts.has(p.source) || texts.has(p.target)).map((p) => p.id)).toEqual([]);
    expect(news.length).toBeGreaterThanOrEqual(13 * 30);
    const [dev, check] = [others.slice(0, -560), others.slice(-560)];
    expect(check.length).toBeGreaterThanOrEqual(14 * 40);
    const devIds = new Set(dev.map((p) => p.id));
    const devTexts = new Set(dev.flatMap((p) => [p.source, p.target]));
    expect(check.filter((p) => devIds.has(p.id) || devTexts.has(p.source) || devTexts.has(p.target)).map((p) => p.id)).toEqual([]);
  });

  it('the committed eval/figure-pairs-fresh shares no id and no sentence with the other three pair sets', () => {
    const fresh = readJsonl(join(REPO, 'eval/figure-pairs-fresh/pairs.jsonl'));
    const others = ['figure-pairs', 'figure-pairs-check', 'figure-pairs-news'].flatMap((set) => readJsonl(join(REPO, 'eval', set, 'pairs.jsonl')));
    const ids = new Set(others.map((p) => p.id));
    const texts = new Set(others.flatMap((p) => [p.source, p.target]));
    expect(fresh.filter((p) => ids.has(p.id) || texts.has(p.source) || texts.has(p.target)).map((p) => p.id)).toEqual([]);
    expect(fresh.length).toBeGreaterThanOrEqual(400);
    expect(new Set(fresh.map((p) => p.to)).size).toBe(14);
    // nor a sentence of a figure gold document (the held-back figure-gold-check reads FLORES devtest too)
    const gold = goldTexts(join(REPO, 'eval'), GOLD_SETS) as string[];
    expect(gold.length).toBeGreaterThan(100);
    expect(fresh.filter((p) => gold.some((g) => g.includes(p.source) || g.includes(p.target))).map((p) => p.id)).toEqual([]);
  });

  it('no committed pair set holds a sentence of the golds built after it (figure-gold-check, figure-gold-2, figure-gold-3)', () => {
    expect(GOLD_SETS).toEqual(['figure-gold', 'figure-gold-check', 'figure-gold-2', 'figure-gold-3']);
    const gold = goldTexts(join(REPO, 'eval'), ['figure-gold-check', 'figure-gold-2', 'figure-gold-3']) as string[];
    expect(gold.length).toBeGreaterThan(500);
    for (const set of ['figure-pairs', 'figure-pairs-check', 'figure-pairs-news', 'figure-pairs-fresh']) {
      const pairs = readJsonl(join(REPO, 'eval', set, 'pairs.jsonl'));
      expect(pairs.filter((p) => gold.some((g) => g.includes(p.source) || g.includes(p.target))).map((p) => p.id)).toEqual([]);
    }
  });
});

describe('the news split (--split news)', () => {
  it('takes 36 pairs a target but Sanskrit from other test sets, no sentence twice and none of dev or check', { timeout: 120_000 }, () => {
    const opus = fakeSnapshot(1012, true);
    const read = (path: string) => readFileSync(join(opus, path), 'utf8').replace(/\n$/, '').split('\n');
    const dev = build(read, new Map()) as { pairs: Pair[] };
    const check = build(read, new Map(), 'check') as { pairs: Pair[] };
    const news = build(read, new Map(), 'news') as { pairs: Pair[]; corruptions: Array<{ pair: string }> };
    for (const lang of ['zh', 'ru', 'en', 'fr', 'id', 'ja', 'de', 'pt', 'el', 'es', 'it', 'fi', 'la']) expect(news.pairs.filter((p) => p.to === lang)).toHaveLength(36);
    expect(news.pairs.some((p) => p.to === 'sa')).toBe(false);
    const others = [...dev.pairs, ...check.pairs];
    const otherTexts = new Set(others.flatMap((p) => [p.source, p.target]));
    const otherIds = new Set(others.map((p) => p.id));
    expect(news.pairs.filter((p) => otherIds.has(p.id) || otherTexts.has(p.source) || otherTexts.has(p.target))).toEqual([]);
    const texts = news.pairs.flatMap((p) => [p.source, p.target]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(news.corruptions.every((c) => news.pairs.some((p) => p.id === c.pair))).toBe(true);
    expect(news.pairs.find((p) => p.id.startsWith('tico19-enpt-'))).toMatchObject({ to: 'pt' });
    expect(build(read, new Map(), 'news')).toEqual(news);
  });

  it('refuses a news pair that shares an id or a source sentence with dev or check', () => {
    const dev = [{ id: 'a-1', from: 'en', to: 'de', source: 'Two cats.', target: 'Zwei Katzen.' }];
    expect(() => assertDisjoint(dev, [{ id: 'n-1', from: 'en', to: 'fr', source: 'Two cats.', target: 'Deux chats.' }], ['news', 'dev or check'])).toThrow(/news split: the source of n-1 is a source of the dev or check split/);
  });
});

describe('the fresh split (--split fresh)', () => {
  it('continues the rows after the check split, 40 pairs a target (Greek 32), sharing no id and no sentence with dev, check or news', { timeout: 180_000 }, () => {
    const opus = fakeSnapshot(1012, true);
    const read = (path: string) => readFileSync(join(opus, path), 'utf8').replace(/\n$/, '').split('\n');
    const others = (['dev', 'check', 'news'] as const).flatMap((split) => (build(read, new Map(), split) as { pairs: Pair[] }).pairs);
    const fresh = build(read, new Map(), 'fresh') as { pairs: Array<Pair & { from: string }>; corruptions: Array<{ pair: string }> };
    for (const lang of ['zh', 'ru', 'en', 'fr', 'id', 'sa', 'ja', 'de', 'pt', 'es', 'it', 'fi', 'la']) expect(fresh.pairs.filter((p) => p.to === lang)).toHaveLength(40);
    expect(fresh.pairs.filter((p) => p.to === 'el')).toHaveLength(32);
    const ids = new Set(others.map((p) => p.id));
    const texts = new Set(others.flatMap((p) => [p.source, p.target]));
    expect(fresh.pairs.filter((p) => ids.has(p.id) || texts.has(p.source) || texts.has(p.target)).map((p) => p.id)).toEqual([]);
    const lines = fresh.pairs.filter((p) => p.id.startsWith('flores-')).map((p) => `${p.to}:${p.id.slice(-4)}`);
    expect(new Set(lines).size).toBe(lines.length);
    // German and English targets come from their WMT rows only
    expect(fresh.pairs.filter((p) => p.to === 'de').every((p) => p.id.startsWith('wmt19-frde-'))).toBe(true);
    expect(fresh.corruptions.every((c) => fresh.pairs.some((p) => p.id === c.pair))).toBe(true);
    expect(build(read, new Map(), 'fresh')).toEqual(fresh);
  });

  it('takes a FLORES source from another language of the same line when the German or English sentence is used', { timeout: 180_000 }, () => {
    // German and English sentences of the first 700 lines repeat: a repeated sentence is skipped once used
    const opus = fakeSnapshot(1012, true);
    for (const code of ['deu', 'eng']) {
      const file = join(opus, `testsets/flores200_dataset/devtest/${code}.devtest`);
      const lines = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
      writeFileSync(file, `${lines.map((l, i) => (i >= 400 ? `${code} sentence ${(i % 400) + 1} has ${(i % 400) + 3} items.` : l)).join('\n')}\n`);
    }
    const read = (path: string) => readFileSync(join(opus, path), 'utf8').replace(/\n$/, '').split('\n');
    const fresh = build(read, new Map(), 'fresh') as { pairs: Array<Pair & { from: string; origin: string }> };
    const pivoted = fresh.pairs.filter((p) => p.id.startsWith('flores-') && !['de', 'en'].includes(p.from));
    expect(pivoted.length).toBeGreaterThan(0);
    for (const p of pivoted) {
      const line = Number(p.id.slice(-4));
      expect(p.id).toBe(`flores-devtest-${p.from}-${p.to}-${p.id.slice(-4)}`);
      expect(p.source).toBe(read(`testsets/flores200_dataset/devtest/${({ fr: 'fra', es: 'spa', it: 'ita', pt: 'por', ru: 'rus', zh: 'cmn_Hans', ja: 'jpn', fi: 'fin', el: 'ell', id: 'ind' } as Record<string, string>)[p.from]}.devtest`)[line - 1]);
      expect(p.from).not.toBe(p.to);
      expect(p.origin).toMatch(/is in another set/);
    }
  });

  it('refuses a fresh pair that shares an id or a source sentence with dev, check or news', () => {
    const dev = [{ id: 'a-1', from: 'en', to: 'de', source: 'Two cats.', target: 'Zwei Katzen.' }];
    expect(() => assertDisjoint(dev, [{ id: 'f-1', from: 'en', to: 'fr', source: 'Two cats.', target: 'Deux chats.' }], ['fresh', 'dev, check or news'])).toThrow(/fresh split: the source of f-1 is a source of the dev, check or news split/);
  });
});

describe('reading a bare git snapshot', () => {
  it('follows a symbolic link to the file it names, and says which file is missing', () => {
    const dir = tmpProject({ 'testsets/ell-eng/t.ell': 'Δύο γάτες.\n', 'testsets/ell-eng/t.eng': 'Two cats.\n' }, { withConfig: false });
    const git = (...args: string[]) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
    git('init', '-q');
    spawnSync('mkdir', ['-p', join(dir, 'testsets/eng-ell')]);
    spawnSync('ln', ['-s', '../ell-eng/t.eng', join(dir, 'testsets/eng-ell/t.eng')]);
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x');
    const commit = git('rev-parse', 'HEAD').stdout.trim();
    const read = snapshotReader(join(dir, '.git'), commit) as (path: string) => string[];
    expect(read('testsets/eng-ell/t.eng')).toEqual(['Two cats.']);
    expect(read('testsets/ell-eng/t.ell')).toEqual(['Δύο γάτες.']);
    expect(() => read('testsets/eng-ell/none.eng')).toThrow(BuildError);
  });
});
