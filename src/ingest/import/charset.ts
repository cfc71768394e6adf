// Decode a fetched page's bytes as a browser would: the charset of the Content-Type header,
// else a byte-order mark, else the page's own declaration (<meta charset>, <meta http-equiv>,
// <?xml encoding?>) in its first bytes, else UTF-8 — and windows-1252, the web's legacy
// default, when undeclared bytes are not UTF-8. A declared charset the bytes break is an error.

export interface Decoded {
  text: string;
  charset: string;
  /** Where the charset came from. */
  from: 'header' | 'bom' | 'meta' | 'default' | 'fallback';
}

const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/iu;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu;
const XML_ENCODING = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/iu;

function supported(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function bom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The page's own declaration, looked for in its first 4 KiB read as ASCII. */
function declared(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
}

export class CharsetError extends Error {}

export function decodeBody(bytes: Uint8Array, contentType: string | null | undefined): Decoded {
  const candidates: Array<[string | undefined, Decoded['from']]> = [
    [HEADER_CHARSET.exec(contentType ?? '')?.[1], 'header'],
    [bom(bytes), 'bom'],
    [declared(bytes), 'meta'],
  ];
  for (const [label, from] of candidates) {
    if (!label) continue;
    const charset = supported(label);
    if (!charset) {
      if (from === 'meta') continue;
      throw new CharsetError(`the page declares the unknown charset \`${label}\``);
    }
    // A page declaring utf-16 in <meta> was already decoded to read it: it is not utf-16.
    if (from === 'meta' && charset.startsWith('utf-16')) continue;
    try {
      return { text: new TextDecoder(charset, { fatal: true }).decode(bytes).replace(/^\uFEFF/u, ''), charset, from };
    } catch {
      throw new CharsetError(`the page is not valid ${charset} (declared by ${from === 'header' ? 'the Content-Type header' : from === 'bom' ? 'its byte-order mark' : 'the page'})`);
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', from: 'default' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252', from: 'fallback' };
  }
}
