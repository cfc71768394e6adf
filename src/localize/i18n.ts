// The one strict i18next instance. i18next's defaults forgive too much for news: a missing
// variable leaves `{{f3}}` in the text, an empty string counts as translated, a missing key
// falls back to another language or prints the key. Here each of those is an error, and no
// language ever falls back to another (`fallbackLng: false`).

import { createInstance, type i18n as I18n } from 'i18next';
import { Errors, NewsdeskError } from '../errors/index.js';
import { LANGUAGES, type LanguageCode } from '../lang/codes.js';
import { formatFigure, isFigureValue, type FigureValue } from './figure.js';

/** Flat i18next resources: language → namespace → key → value. */
export type Namespace = Record<string, string>;
export type Resources = Partial<Record<LanguageCode, Record<string, Namespace>>>;

export interface Localizer {
  readonly i18n: I18n;
  readonly resources: Resources;
  /** The raw value of a key, or undefined. Never falls back to another language. */
  raw(lng: LanguageCode, ns: string, key: string): string | undefined;
  /** Whether `key` has a non-empty value in exactly this language and namespace. */
  has(lng: LanguageCode, ns: string, key: string): boolean;
  /**
   * Translate strictly: throws a NewsdeskError for a missing or empty key, a placeholder
   * without a value, or a figure the formatter cannot write.
   */
  t(lng: LanguageCode, ns: string, key: string, values?: Record<string, FigureValue | string>): string;
}

/** Problems raised by i18next callbacks during one `t` call (interpolation is synchronous). */
let collecting: string[] | undefined;
function report(problem: string): void {
  collecting?.push(problem);
}

/**
 * The values as i18next's interpolator should see them. For every placeholder it copies all
 * values (`{ ...options, ...data }`) before formatting, so a sentence of n figures cost n²
 * (1,000 figures: a minute of copying and garbage collection per language). Behind this
 * proxy the values are found by name (get, hasOwnProperty) but list no keys, so the copy is
 * empty. Nothing else changes: i18next still interpolates and calls the formatter.
 */
function lookupOnly(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const own = (key: string | symbol): key is string => typeof key === 'string' && Object.hasOwn(values, key);
  return new Proxy(
    {},
    {
      get: (_target, key) => (own(key) ? values[key] : undefined),
      has: (_target, key) => own(key),
      getOwnPropertyDescriptor: (_target, key) => (own(key) ? { value: values[key], writable: false, enumerable: false, configurable: true } : undefined),
      ownKeys: () => [],
    },
  );
}

/** i18next's placeholder pattern (prefix `{{`, suffix `}}`), matched the same way. */
const PLACEHOLDER = /\{\{(.+?)\}\}/g;
/** i18next fills at most this many placeholders of one value (`maxReplaces`). */
const MAX_REPLACES = 1000;

/**
 * A value whose every placeholder is `{{name, figure}}` with a figure given for `name`,
 * filled as i18next fills it (left to right, each placeholder replaced by the figure written
 * in `lng`, the text between kept as it is), without i18next's translation machinery: the
 * render asks for every sentence of every language. Anything else — another format, a name
 * without a value or not a figure, a `{{- …}}`, a figure the formatter refuses — gives
 * undefined, and i18next does it (and its problems are reported as before).
 */
function fillFigures(value: string, lng: LanguageCode, values: Readonly<Record<string, FigureValue | string>>): string | undefined {
  if (value.includes('{{-')) return undefined;
  let text = '';
  let last = 0;
  let count = 0;
  for (const match of value.matchAll(PLACEHOLDER)) {
    if (++count >= MAX_REPLACES) return undefined;
    const inner = match[1]!.trim();
    const comma = inner.indexOf(',');
    if (comma < 0) return undefined;
    const name = inner.slice(0, comma).trim();
    if (inner.slice(comma + 1).trim() !== 'figure' || !/^\w+$/.test(name) || !Object.hasOwn(values, name)) return undefined;
    const figure = values[name];
    if (!isFigureValue(figure)) return undefined;
    let written: string;
    try {
      written = formatFigure(figure, lng);
    } catch {
      return undefined;
    }
    // i18next replaces the first occurrence of the placeholder's text: the same place, unless
    // a figure already written holds that text (never, but then i18next decides).
    if (written.includes('{')) return undefined;
    text += value.slice(last, match.index) + written;
    last = match.index + match[0].length;
  }
  return text + value.slice(last);
}

export function localeFile(lng: string, ns: string): string {
  return `locales/${lng}/${ns}.json`;
}

export function createLocalizer(resources: Resources): Localizer {
  const namespaces = new Set<string>();
  for (const byNs of Object.values(resources)) for (const ns of Object.keys(byNs ?? {})) namespaces.add(ns);
  const i18n = createInstance();
  void i18n.init({
    resources,
    supportedLngs: [...LANGUAGES],
    // Every call names its language; a current one is set all the same: without it i18next's
    // hasLoadedNamespace() fails, and each time it does i18next records `<lng>-<namespace>` in
    // a table of its module, for good: one entry per article and language, a leak in long runs.
    lng: LANGUAGES[0]!,
    load: 'currentOnly',
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    returnEmptyString: false,
    initAsync: false,
    showSupportNotice: false,
    saveMissing: true,
    missingKeyHandler: (_lngs, ns, key) => report(`missing key \`${key}\` in namespace \`${ns}\``),
    missingInterpolationHandler: (_text: string, match: RegExpExecArray) => {
      report(`no value for placeholder \`${match[0]}\``);
      return match[0];
    },
    interpolation: { escapeValue: false, skipOnVariables: true },
  });
  const formatter = i18n.services.formatter;
  if (!formatter) throw new Error('i18next did not create its formatter service');
  const figure = (value: unknown, lng: string | undefined, options: { interpolationkey?: string }): string | undefined => {
    if (value === undefined) return undefined; // reported by missingInterpolationHandler
    if (!isFigureValue(value)) {
      report(`\`${options.interpolationkey ?? '?'}\` is not a figure`);
      return undefined;
    }
    try {
      return formatFigure(value, lng as LanguageCode);
    } catch (error) {
      // i18next would swallow a throw here and print the raw object: record it instead.
      report(`cannot format figure \`${value.text}\`: ${(error as Error).message}`);
      return value.text;
    }
  };
  // i18next treats an undefined result as a missing value (→ missingInterpolationHandler);
  // its type for a formatter says string only.
  formatter.add('figure', figure as (value: unknown, lng: string | undefined, options: { interpolationkey?: string }) => string);

  const raw = (lng: LanguageCode, ns: string, key: string): string | undefined => {
    const value = resources[lng]?.[ns]?.[key];
    return typeof value === 'string' ? value : undefined;
  };
  const has = (lng: LanguageCode, ns: string, key: string) => (raw(lng, ns, key) ?? '').trim() !== '';

  // The same sentence with the same figure values is asked for more than once (the page,
  // then the claims sent to a CMS): the figures object of a source unit is one object, so a
  // translation is remembered per values object and key.
  const memo = new WeakMap<object, Map<string, string>>();

  return {
    i18n,
    resources,
    raw,
    has,
    t(lng, ns, key, values = {}) {
      const known = memo.get(values);
      const id = `${lng}\0${ns}\0${key}`;
      const hit = known?.get(id);
      if (hit !== undefined) return hit;
      const text = translate(lng, ns, key, values);
      if (known) known.set(id, text);
      else memo.set(values, new Map([[id, text]]));
      return text;
    },
  };

  function translate(lng: LanguageCode, ns: string, key: string, values: Record<string, FigureValue | string>): string {
    const place = { file: localeFile(lng, ns) };
    if (!has(lng, ns, key)) {
      const what = raw(lng, ns, key) === undefined ? 'missing' : 'empty';
      throw new NewsdeskError(Errors.InvalidLocaleFile, `${what} translation for \`${key}\` in ${lng}`, place);
    }
    // A value without a placeholder or a nesting is returned by i18next as it is: no call needed.
    const value = raw(lng, ns, key)!;
    if (!value.includes('{{') && !value.includes('$t(')) return value;
    const filled = fillFigures(value, lng, values);
    if (filled !== undefined) return filled;
    const problems: string[] = [];
    collecting = problems;
    let text: string;
    try {
      // `replace`: only these values can fill placeholders, never t's own options (lng, ns).
      text = i18n.t(key, { lng, ns, replace: lookupOnly(values), nest: false });
    } finally {
      collecting = undefined;
    }
    if (problems.length > 0) {
      throw new NewsdeskError(Errors.InvalidLocaleFile, `\`${key}\` in ${lng}: ${problems.join('; ')}`, place);
    }
    return text;
  }
}
