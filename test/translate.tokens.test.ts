import { describe, expect, it } from 'vitest';
import type { TokenStyle } from '../src/translate/engine.js';
import { decode, encode, protect, restore, type ProtectedText } from '../src/translate/tokens.js';

const VALUE = 'Etwa {{f1, figure}} <1>Standardschränke</1> in {{f2, figure}} Rechenzentren<2/>.';

function guarded(text: string, keep?: string[]): ProtectedText {
  const result = protect(text, keep ? { keep: new Set(keep) } : {});
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** Encode, let `engine` change the encoded text, decode and restore. */
function roundTrip(text: string, style: TokenStyle, engine: (encoded: string) => string): string {
  const source = guarded(text);
  const decoded = decode(engine(encode(source, style)), style, source);
  if (!decoded.ok) throw new Error(decoded.reason);
  return restore(decoded.value, source);
}

describe('tokens: what each engine sees', () => {
  it('brackets for LLMs', () => {
    expect(encode(guarded(VALUE), 'brackets')).toBe('Etwa ⟦f1⟧ ⟦1⟧Standardschränke⟦/1⟧ in ⟦f2⟧ Rechenzentren⟦2/⟧.');
  });

  it('XML for DeepL, with text escaped', () => {
    expect(encode(guarded('A & B {{f1, figure}} <1>x</1>'), 'xml')).toBe('A &amp; B <x>f1</x> <g id="1">x</g>');
  });

  it('HTML for Google and LibreTranslate', () => {
    expect(encode(guarded('1 < 2 {{f1, figure}} <1>x</1><2/>'), 'html')).toBe(
      '1 &lt; 2 <span translate="no">f1</span> <span data-t="1">x</span><span translate="no">2/</span>',
    );
  });

  it('inline code listed in `keep` travels whole and untranslated', () => {
    const source = guarded('Run <3>npm ci</3> first.', ['3']);
    expect(encode(source, 'brackets')).toBe('Run ⟦3⟧ first.');
    const decoded = decode('Lancez d’abord ⟦3⟧.', 'brackets', source);
    expect(decoded.ok && restore(decoded.value, source)).toBe('Lancez d’abord <3>npm ci</3>.');
  });
});

describe('tokens: answers are read back exactly', () => {
  it('restores placeholders and tags the engine moved', () => {
    const out = roundTrip(VALUE, 'brackets', () => 'Environ ⟦f1⟧ armoires ⟦1⟧standard⟦/1⟧ dans ⟦f2⟧ centres⟦2/⟧.');
    expect(out).toBe('Environ {{f1, figure}} armoires <1>standard</1> dans {{f2, figure}} centres<2/>.');
  });

  it('decodes XML entities and tolerates re-quoted attributes', () => {
    const out = roundTrip('A & B {{f1, figure}} <1>x</1>', 'xml', () => "A &amp; B <x> f1 </x> <g id='1'>y</g>");
    expect(out).toBe('A & B {{f1, figure}} <1>y</1>');
  });

  it('decodes the &#39; Google sends back', () => {
    const out = roundTrip("l'été {{f1, figure}}", 'html', () => 'l&#39;été <span translate="no">f1</span>');
    expect(out).toBe("l'été {{f1, figure}}");
  });

  it('LibreTranslate answers unescaped: a lone < stays text', () => {
    const out = roundTrip('1 < 2 {{f1, figure}}', 'html-text', () => '1 < 2 <span translate="no">f1</span> & co');
    expect(out).toBe('1 < 2 {{f1, figure}} & co');
  });

  it('keeps the source whitespace around the value', () => {
    expect(roundTrip('  Hallo {{f1, figure}} ', 'brackets', () => ' Bonjour ⟦f1⟧\n')).toBe('  Bonjour {{f1, figure}} ');
  });
});

describe('tokens: any change is a mismatch', () => {
  const cases: Array<[string, TokenStyle, string, RegExp]> = [
    ['a dropped figure', 'brackets', 'Environ ⟦1⟧x⟦/1⟧ dans ⟦f2⟧⟦2/⟧.', /missing \{\{f1, figure\}\}/],
    ['an invented figure', 'brackets', 'Environ ⟦f1⟧ ⟦f9⟧ ⟦1⟧x⟦/1⟧ dans ⟦f2⟧⟦2/⟧.', /unexpected ⟦f9⟧/],
    ['a figure written out', 'brackets', 'Environ 15 000 ⟦1⟧x⟦/1⟧ dans ⟦f2⟧⟦2/⟧.', /missing \{\{f1, figure\}\}/],
    ['a duplicated figure', 'brackets', 'Environ ⟦f1⟧ ⟦f1⟧ ⟦1⟧x⟦/1⟧ dans ⟦f2⟧⟦2/⟧.', /unexpected ⟦f1⟧/],
    ['a tag closed out of order', 'brackets', '⟦f1⟧ ⟦/1⟧x⟦1⟧ ⟦f2⟧⟦2/⟧', /closes out of order/],
    ['a broken token', 'brackets', 'Environ ⟦f1 ⟦1⟧x⟦/1⟧ ⟦f2⟧⟦2/⟧', /broken/],
    ['markup the engine added', 'xml', '<x>f1</x> <g id="1">x</g> <b>fett</b> <x>f2</x><x>2/</x>', /unexpected markup <b>/],
    ['an unclosed pair', 'html', '<span translate="no">f1</span> <span data-t="1">x <span translate="no">f2</span><span translate="no">2/</span>', /not closed/],
    ['an empty answer', 'brackets', '⟦f1⟧ ⟦1⟧⟦/1⟧ ⟦f2⟧⟦2/⟧', /empty/],
  ];
  for (const [name, style, answer, reason] of cases) {
    it(name, () => {
      const decoded = decode(answer, style, guarded(VALUE));
      expect(decoded.ok).toBe(false);
      expect(!decoded.ok && decoded.reason).toMatch(reason);
    });
  }

  it('refuses source text it cannot protect', () => {
    expect(protect('<1>offen')).toEqual({ ok: false, reason: 'tag <1> is not closed' });
    expect(protect('zu</1>')).toEqual({ ok: false, reason: 'tag </1> has no matching opening tag' });
    expect(protect('Klammer ⟦x⟧')).toMatchObject({ ok: false });
  });
});
