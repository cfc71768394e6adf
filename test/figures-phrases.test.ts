// Phrase tables over tokens: exact phrases, stems (`*`) for inflected and compounded words,
// matching forwards and backwards.
import { describe, expect, it } from 'vitest';
import { PhraseTable, tokenize } from '../src/figures/tokens.js';

const table = () =>
  new PhraseTable<string>('fi')
    .add('prosent*', 'percent')
    .add('prosenttiyksik*', 'points')
    .add('prosenttia', 'exact')
    .add('kilometr* tunnissa', 'speed')
    .add('noin', 'about');

describe('phrase tables with stems', () => {
  it('a stem matches every word that starts with it; the exact phrase and the longer stem win', () => {
    const t = table();
    const match = (text: string) => t.match(tokenize(text, 'fi', []), 0);
    expect(match('prosentilla')).toEqual({ value: 'percent', end: 1 });
    expect(match('prosenttiyksiköllä')).toEqual({ value: 'points', end: 1 });
    expect(match('prosenttia')).toEqual({ value: 'exact', end: 1 });
    expect(match('prosessi')).toBeUndefined();
  });

  it('a stem inside a phrase, matched forwards and backwards', () => {
    const t = table();
    const tokens = tokenize('noin 480 kilometriin tunnissa', 'fi');
    expect(t.match(tokens, 2)).toEqual({ value: 'speed', end: 4 });
    expect(t.match(tokenize('kilometriä', 'fi', []), 0)).toBeUndefined();
    expect(t.matchBefore(tokens, 4)).toEqual({ value: 'speed', start: 2 });
    expect(t.matchBefore(tokens, 1)).toEqual({ value: 'about', start: 0 });
  });

  it('a stem needs a word: symbols and digits never match it', () => {
    const t = new PhraseTable<string>('en').add('k*', 'stem');
    expect(t.match(tokenize('km', 'en', []), 0)).toEqual({ value: 'stem', end: 1 });
    expect(t.match(tokenize('12', 'en'), 0)).toBeUndefined();
  });
});
