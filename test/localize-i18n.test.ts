// The strict i18next instance: missing keys, empty values and missing variables are errors,
// no language falls back to another, figures go through the `figure` formatter.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { NewsdeskError } from '../src/errors/index.js';
import { readArticle } from '../src/ingest/index.js';
import { LANGUAGES, type LanguageCode } from '../src/lang/codes.js';
import type { FigureValue } from '../src/localize/figure.js';
import { createLocalizer, type Resources } from '../src/localize/i18n.js';
import { buildSourceResource, loadResources } from '../src/localize/index.js';
import { REPO } from './helpers/tmp.js';

const figures: Record<string, FigureValue> = {
  f1: { style: 'decimal', value: 15000, decimals: 0, text: '15.000' },
  f2: { style: 'date', date: '2024-07-26', parts: 'day-month', text: '26. Juli' },
};

const resources: Resources = {
  de: { a: { s1: 'Am {{f2, figure}} waren es etwa {{f1, figure}} Schränke.', only: 'Nur deutsch.' } },
  en: {
    a: {
      s1: 'On {{f2, figure}} there were about {{f1, figure}} cabinets.',
      empty: '',
      blank: '   ',
      extra: 'There were {{f3, figure}} more.',
      option: 'Language {{lng}}.',
      nested: 'See $t(s1).',
    },
  },
  fr: { a: { s1: 'Le {{f2, figure}}, environ {{f1, figure}} armoires.' } },
};

describe('strict i18next', () => {
  const localizer = createLocalizer(resources);

  it('formats figures in each language', () => {
    expect(localizer.t('en', 'a', 's1', figures)).toBe('On July 26 there were about 15,000 cabinets.');
    expect(localizer.t('fr', 'a', 's1', figures)).toBe('Le 26 juillet, environ 15\u202f000 armoires.');
    expect(localizer.t('de', 'a', 's1', figures)).toBe('Am 26. Juli waren es etwa 15.000 Schränke.');
  });

  it('a missing key is an error, never the German text', () => {
    expect(() => localizer.t('en', 'a', 'only')).toThrow(NewsdeskError);
    expect(() => localizer.t('en', 'a', 'only')).toThrow(/missing translation for `only` in en/);
    expect(localizer.has('en', 'a', 'only')).toBe(false);
    expect(localizer.i18n.t('only', { lng: 'en', ns: 'a' })).not.toBe('Nur deutsch.');
  });

  it('an empty value is an error', () => {
    expect(() => localizer.t('en', 'a', 'empty')).toThrow(/empty translation for `empty`/);
    expect(() => localizer.t('en', 'a', 'blank')).toThrow(/empty translation/);
  });

  it('a placeholder without a value is an error, not `{{f3}}` left in the text', () => {
    expect(() => localizer.t('en', 'a', 'extra', figures)).toThrow(/no value for placeholder `\{\{f3, figure\}\}`/);
    expect(() => localizer.t('en', 'a', 's1', { f1: figures.f1! })).toThrow(/f2/);
  });

  it("t's own options cannot fill a placeholder", () => {
    expect(() => localizer.t('en', 'a', 'option')).toThrow(/no value for placeholder `\{\{lng\}\}`/);
  });

  it('a value that is not a figure is an error', () => {
    expect(() => localizer.t('en', 'a', 's1', { f1: 'fifteen', f2: figures.f2! })).toThrow(/`f1` is not a figure/);
  });

  it('does not resolve nesting written by a translator', () => {
    expect(localizer.t('en', 'a', 'nested')).toBe('See $t(s1).');
  });

  it('the error names the locale file', () => {
    try {
      localizer.t('en', 'a', 'only');
      expect.unreachable();
    } catch (error) {
      expect((error as NewsdeskError).place.file).toBe('locales/en/a.json');
    }
  });
});

describe('figures filled without i18next', () => {
  /** What i18next itself makes of a value (the localizer's own instance, its own options). */
  const viaI18next = (localizer: ReturnType<typeof createLocalizer>, lng: LanguageCode, ns: string, key: string, values: Record<string, FigureValue>) =>
    localizer.i18n.t(key, { lng, ns, replace: values, nest: false });

  it('gives the text i18next gives for every sentence of the sample in every language', () => {
    const config = loadConfig(REPO);
    const article = readArticle(join(REPO, 'content', 'ki-stadt', 'index.md'), config, REPO);
    const source = buildSourceResource(article);
    const localizer = createLocalizer(loadResources(join(REPO, 'locales'), LANGUAGES, [article.slug]));
    // The localizer's calls into i18next, counted: the sample's figures need none.
    const i18nextT = localizer.i18n.t.bind(localizer.i18n);
    let calls = 0;
    (localizer.i18n as { t: unknown }).t = (...args: Parameters<typeof i18nextT>) => {
      calls++;
      return i18nextT(...args);
    };
    const viaI18next = (lng: LanguageCode, key: string, values: Record<string, FigureValue>) => i18nextT(key, { lng, ns: article.slug, replace: values, nest: false });
    let compared = 0;
    for (const lng of LANGUAGES) {
      for (const key of Object.keys(source.resource)) {
        if (!localizer.has(lng, article.slug, key) || !localizer.raw(lng, article.slug, key)!.includes('{{')) continue;
        const values = source.figures[key] ?? {};
        expect(localizer.t(lng, article.slug, key, values), `${lng} ${key}`).toBe(viaI18next(lng, key, values));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(calls).toBe(0);
  });

  it('gives the text i18next gives for odd but valid placeholders, and leaves the rest to i18next', () => {
    const odd: Resources = {
      en: {
        a: {
          spaced: 'A {{ f1 ,  figure }} and {{f1, figure}} twice, {{f2, figure}}.',
          dollars: 'Cost $& {{f1, figure}} $$ $1 {{f2, figure}}',
          braces: '{{{f1, figure}} and }} {{f2, figure}}}',
          other: 'An {{f1, number}} format.',
          dash: 'Unescaped {{- f1, figure}}.',
          plain: 'No figure {{f1}} here.',
          unclosed: 'Open {{f1, figure} here',
        },
      },
    };
    const localizer = createLocalizer(odd);
    const values = { f1: figures.f1!, f2: figures.f2! };
    expect(localizer.t('en', 'a', 'spaced', values)).toBe(viaI18next(localizer, 'en', 'a', 'spaced', values));
    expect(localizer.t('en', 'a', 'dollars', values)).toBe(viaI18next(localizer, 'en', 'a', 'dollars', values));
    expect(localizer.t('en', 'a', 'dollars', values)).toBe('Cost $& 15,000 $$ $1 July 26');
    expect(localizer.t('en', 'a', 'unclosed', values)).toBe('Open {{f1, figure} here');
    for (const key of ['braces', 'other', 'dash', 'plain']) {
      let ours: unknown;
      try {
        ours = localizer.t('en', 'a', key, values);
      } catch (error) {
        ours = error instanceof NewsdeskError ? 'error' : error;
      }
      // Left to i18next: its text, or the strict localizer's error for what it could not fill.
      if (ours !== 'error') expect(ours, key).toBe(viaI18next(localizer, 'en', 'a', key, values));
    }
  });
});
