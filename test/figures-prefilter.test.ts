// The number reader skips words that cannot begin a number (numbers.ts `mayStartNumber`,
// built from the lexicon's tables). The skip must never lose a reading: on real sentences of
// every language (the dev figure sets, the sample's translations) and on every phrase of the
// number-word data, reading with the skip equals reading every token.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconOf } from '../src/figures/lexicon.js';
import { readNumbers } from '../src/figures/numbers.js';
import { tokenize } from '../src/figures/tokens.js';
import { LANGUAGES } from '../src/lang/codes.js';
import { REPO } from './helpers/tmp.js';

const texts = new Map<string, string[]>(LANGUAGES.map((lang) => [lang, []]));
const add = (lang: string, text: string) => texts.get(lang)?.push(text);

for (const line of readFileSync(join(REPO, 'eval/figure-pairs/pairs.jsonl'), 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const pair = JSON.parse(line) as { from: string; to: string; source: string; target: string };
  add(pair.from, pair.source);
  add(pair.to, pair.target);
}
for (const name of readdirSync(join(REPO, 'eval/figure-gold')).filter((n) => n.endsWith('.json'))) {
  const set = JSON.parse(readFileSync(join(REPO, 'eval/figure-gold', name), 'utf8')) as { lang: string; documents: Array<{ text: string }> };
  for (const document of set.documents) add(set.lang, document.text);
}
for (const lang of LANGUAGES) {
  const values = JSON.parse(readFileSync(join(REPO, 'locales', lang, 'ki-stadt.json'), 'utf8')) as Record<string, string>;
  for (const value of Object.values(values)) add(lang, value);
}

/** Every string in the language's number data (words, ordinals, scales, fractions …), each alone and after a word. */
function dataPhrases(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value.replace(/\*$/u, ''), `die ${value.replace(/\*$/u, '')} 3`);
  else if (Array.isArray(value)) for (const item of value) dataPhrases(item, out);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) dataPhrases([key, item], out);
  return out;
}

describe('figures: the number reader skips only words that begin no number', () => {
  for (const lang of LANGUAGES) {
    const lexicon = lexiconOf(lang);
    if (!lexicon) continue;
    it(`${lang}: same readings with and without the skip`, () => {
      const sample = [...texts.get(lang)!, ...dataPhrases(lexicon.data)];
      expect(sample.length).toBeGreaterThan(50);
      let read = 0;
      for (const text of sample) {
        const tokens = tokenize(text, lang);
        const all = readNumbers(tokens, lexicon, false);
        expect(readNumbers(tokens, lexicon), text).toEqual(all);
        read += all.length;
      }
      expect(read).toBeGreaterThan(0);
    });
  }
});
