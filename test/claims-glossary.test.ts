import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { NewsdeskError } from '../src/errors/index.js';
import { LANGUAGES } from '../src/lang/codes.js';
import { findMentions, findWrongVariants, loadGlossary, nameOf, parseGlossary } from '../src/claims/index.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const config = loadConfig(REPO);
const glossary = loadGlossary(config);

describe('glossary: content/glossary.yaml', () => {
  it('holds the sample’s entities, each named in all 14 languages', () => {
    const ids = glossary.entities.map((entity) => entity.id);
    for (const id of [
      'beijing', 'shanghai', 'shenzhen', 'nanjing', 'lingang', 'qianhai',
      'boda-data', 'sensetime', 'huawei', 'tencent', 'zhipu-ai', 'baichuan-intelligence', 'moonshot-ai', '01-ai', 'minimax',
      'beijing-ai-plus-action-plan', 'shenzhen-ai-pioneer-city-action-plan', 'computing-power-pujiang', 'model-speed-space',
      'ai-city-competitiveness-report', 'ai-development-index-report',
      'li-ya', 'tang-jianguo', 'bu-anxun', 'zhao-gang', 'cao-qingfeng', 'peng-bo', 'peng-qihua',
      'securities-times', 'beijing-economy-it-bureau', 'saizhi-industrial-research-institute', 'chinese-academy-of-social-sciences',
      'shanghai-ai-laboratory', 'nanjing-enterprise-digital-transformation-research-association',
    ]) {
      expect(ids, id).toContain(id);
    }
    for (const entity of glossary.entities) expect(Object.keys(entity.names).sort(), entity.id).toEqual([...LANGUAGES].sort());
  });

  it('uses the established name in each language', () => {
    const beijing = glossary.byId.get('beijing')!.names;
    expect(beijing).toMatchObject({ zh: '北京', ru: 'Пекин', en: 'Beijing', fr: 'Pékin', id: 'Beijing', ja: '北京', de: 'Peking', pt: 'Pequim', el: 'Πεκίνο', es: 'Pekín', it: 'Pechino', fi: 'Peking' });
    expect(nameOf(glossary, 'shanghai', 'pt')).toBe('Xangai');
    expect(nameOf(glossary, 'shanghai', 'el')).toBe('Σαγκάη');
    expect(nameOf(glossary, 'nanjing', 'fr')).toBe('Nankin');
    expect(nameOf(glossary, 'li-ya', 'ru')).toBe('Ли Я');
    expect(nameOf(glossary, 'li-ya', 'el')).toBe('Λι Για');
    expect(nameOf(glossary, 'zhao-gang', 'ru')).toBe('Чжао Ган');
    expect(nameOf(glossary, 'chinese-academy-of-social-sciences', 'de')).toBe('Chinesische Akademie der Sozialwissenschaften');
    expect(nameOf(glossary, 'nowhere', 'de')).toBeUndefined();
  });

  it('marks people whose characters are unknown as unverified, and literal mistranslations as wrong', () => {
    for (const id of ['li-ya', 'bu-anxun', 'cao-qingfeng', 'peng-bo', 'peng-qihua']) expect(glossary.byId.get(id)!.verified, id).toBe(false);
    const boda = glossary.byId.get('boda-data')!;
    expect(boda.variants.find((variant) => variant.text === 'Broad Data')).toMatchObject({ wrong: true });
    expect(glossary.byId.get('moonshot-ai')!.variants.find((variant) => variant.text === 'Dark Side of the Moon')).toMatchObject({ wrong: true });
    expect(glossary.byId.get('01-ai')!.variants.find((variant) => variant.text === 'Zero-One Wanshi')).toMatchObject({ wrong: true });
  });
});

describe('glossary: finding entities in text', () => {
  const names = (text: string, lang: Parameters<typeof findMentions>[2]) => findMentions(glossary, text, lang).map((mention) => [mention.entity.id, mention.text, mention.form]);

  it('names in the language, English names, inflected names, word boundaries', () => {
    expect(names('Pekings Rechenleistung und das Pekinger Stadtbüro; die Pekingente nicht.', 'de')).toEqual([
      ['beijing', 'Pekings', 'name'],
      ['beijing', 'Pekinger', 'name'],
    ]);
    expect(names('Tang Jianguo, Chefökonom des Beijing Municipal Bureau of Economy and Information Technology', 'de')).toEqual([
      ['tang-jianguo', 'Tang Jianguo', 'name'],
      ['beijing-economy-it-bureau', 'Beijing Municipal Bureau of Economy and Information Technology', 'english'],
    ]);
    // The longest name wins: the laboratory, not the city inside its name.
    expect(names('die Datenplattform des Shanghai Artificial Intelligence Laboratory', 'de')).toEqual([['shanghai-ai-laboratory', 'Shanghai Artificial Intelligence Laboratory', 'variant']]);
    expect(names('北京和上海的人工智能', 'zh')).toEqual([['beijing', '北京', 'name'], ['shanghai', '上海', 'name']]);
    expect(names('Пекин и Шанхай', 'ru')).toEqual([['beijing', 'Пекин', 'name'], ['shanghai', 'Шанхай', 'name']]);
    // Quotation marks and dashes of any style match.
    expect(names('den „Beijing Action Plan to Promote „Artificial Intelligence +“ (2024–2025)“', 'de')[0]).toEqual([
      'beijing-ai-plus-action-plan',
      'Beijing Action Plan to Promote „Artificial Intelligence +“ (2024–2025)',
      'english',
    ]);
  });

  it('flags wrong variants with the glossary’s note', () => {
    const wrong = findWrongVariants(glossary, 'Als der Reporter das Broad Data Shenzhen Qianhai Intelligent Computing Center betrat', 'de');
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ text: 'Broad Data', start: 21, end: 31, form: 'wrong' });
    expect(wrong[0]!.entity.id).toBe('boda-data');
    expect(wrong[0]!.note).toMatch(/Boda Data/);
    expect(findWrongVariants(glossary, 'Dark Side of the Moon, Zhipu AI und Zero-One Wanshi', 'de').map((m) => m.entity.id)).toEqual(['moonshot-ai', '01-ai']);
    expect(findWrongVariants(glossary, 'Boda Data und Moonshot AI', 'de')).toEqual([]);
  });
});

describe('glossary: loading errors are positioned', () => {
  const names = (indent: string, skip: string[] = []) => LANGUAGES.filter((code) => !skip.includes(code)).map((code) => `${indent}${code}: Name ${code}`).join('\n');
  const entity = (id: string, extra = '', skip: string[] = []) => `  - id: ${id}\n    type: city\n    names:\n${names('      ', skip)}\n${extra}`;

  const cases: Array<[string, string, RegExp]> = [
    ['invalid YAML', 'entities:\n  - id: [x\n', /^glossary\.yaml:\d+:\d+: glossary: invalid YAML/],
    ['not a mapping', '- a\n- b\n', /^glossary\.yaml:1:1: glossary: the glossary must be a mapping/],
    ['unknown top-level key', 'entitys: []\n', /^glossary\.yaml:1:1: glossary: unknown key `entitys`/],
    ['missing languages', `entities:\n${entity('a', '', ['la', 'sa'])}`, /^glossary\.yaml:5:7: glossary: entity `a` has no name in `sa`, `la`/],
    ['unknown language', `entities:\n${entity('a', '      xx: Foo\n')}`, /^glossary\.yaml:19:7: glossary: entity `a`: unknown language `xx` in `names`/],
    ['duplicate id', `entities:\n${entity('a')}\n${entity('a')}`, /^glossary\.yaml:20:9: glossary: duplicate id `a`/],
    ['bad id', `entities:\n${entity('Boda Data')}`, /^glossary\.yaml:2:9: glossary: `id` must be lower-case words/],
    ['bad type', `entities:\n${entity('a').replace('type: city', 'type: town')}`, /^glossary\.yaml:3:11: glossary: entity `a`: `type` must be one of .*not `town`/],
    ['unknown entity key', `entities:\n${entity('a', '    varaints: [x]\n')}`, /^glossary\.yaml:19:5: glossary: unknown entity key `varaints`/],
    ['wrong variant without a note', `entities:\n${entity('a', '    variants:\n      - { text: Foo, wrong: true }\n')}`, /^glossary\.yaml:20:9: glossary: entity `a`: a wrong variant needs a `note`/],
    [
      'a wrong variant that is another entity’s name',
      `entities:\n${entity('a')}\n${entity('b', '    variants:\n      - { text: Name de, wrong: true, note: no }\n').replace(/Name (\w\w)$/gmu, 'Other $1')}`,
      /^glossary\.yaml:38:9: glossary: `Name de` is marked wrong for one entity and is a name of another \(`a`, entity `b`\)/,
    ],
    ['one name for two entities', `entities:\n${entity('a')}\n${entity('b')}`, /^glossary\.yaml:23:11: glossary: `Name zh` names two entities: `a` and `b`/],
    ['unverified not a list', `entities:\n${entity('a', '    unverified: sa\n')}`, /^glossary\.yaml:19:17: glossary: entity `a`: `unverified` must be a list/],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      let error: unknown;
      try {
        parseGlossary(text, 'glossary.yaml');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(NewsdeskError);
      expect((error as NewsdeskError).toLine()).toMatch(expected);
      expect((error as NewsdeskError).exitCode).toBe(2);
    });
  }

  it('loadGlossary names the file relative to the working directory; no file is an empty glossary', () => {
    const dir = tmpProject({ 'content/glossary.yaml': 'entities:\n  - id: x\n' });
    const projectConfig = loadConfig(dir);
    expect(() => loadGlossary(projectConfig, undefined, dir)).toThrow(/type/);
    try {
      loadGlossary(projectConfig, undefined, dir);
    } catch (error) {
      expect((error as NewsdeskError).toLine()).toMatch(/^content\/glossary\.yaml:2:5: /);
    }
    expect(loadGlossary(loadConfig(tmpProject()), undefined).entities).toEqual([]);
    expect(parseGlossary('', join('x', 'glossary.yaml')).entities).toEqual([]);
  });
});
