// The strict i18next instance: missing keys, empty values and missing variables are errors,
// no language falls back to another, figures go through the `figure` formatter.

import { describe, expect, it } from 'vitest';
import { NewsdeskError } from '../src/errors/index.js';
import type { FigureValue } from '../src/localize/figure.js';
import { createLocalizer, type Resources } from '../src/localize/i18n.js';

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
