// DeepL API v2 text translation on loopback: POST /v2/translate with a JSON body. Validates
// as DeepL documents it: `Authorization: DeepL-Auth-Key …` (403 otherwise), body at most
// 128 KiB (413), `text` an array of 1–50 strings, `target_lang` and `source_lang` from the
// documented lists, `glossary_id` only with `source_lang`, `tag_handling` xml|html,
// `ignore_tags` an array of strings; with xml tag handling the text must be well-formed
// (strict, as tag handling v2). A character quota answers 456 once used up. Translation:
// glossary entries applied outside tags, then `[xx] ` prefixed; markup untouched.

import { applyGlossary, fakeTranslate, startLoopback, type LoopbackServer, type RecordedRequest, type Reply } from './server.js';

export const DEEPL_SOURCE_LANGS = ['AR', 'BG', 'CS', 'DA', 'DE', 'EL', 'EN', 'ES', 'ET', 'FI', 'FR', 'HE', 'HU', 'ID', 'IT', 'JA', 'KO', 'LT', 'LV', 'NB', 'NL', 'PL', 'PT', 'RO', 'RU', 'SK', 'SL', 'SV', 'TH', 'TR', 'UK', 'VI', 'ZH'];
export const DEEPL_TARGET_LANGS = ['AR', 'BG', 'CS', 'DA', 'DE', 'EL', 'EN', 'EN-GB', 'EN-US', 'ES', 'ES-419', 'ET', 'FI', 'FR', 'HE', 'HU', 'ID', 'IT', 'JA', 'KO', 'LT', 'LV', 'NB', 'NL', 'PL', 'PT', 'PT-BR', 'PT-PT', 'RO', 'RU', 'SK', 'SL', 'SV', 'TH', 'TR', 'UK', 'VI', 'ZH', 'ZH-HANS', 'ZH-HANT'];

export interface DeepLLoopbackOptions {
  authKey: string;
  /** Characters (of `text`) the account may still translate; 456 once exceeded. */
  quotaCharacters?: number;
  glossaries?: Record<string, { source_lang: string; target_lang: string; entries: Array<{ source: string; target: string }> }>;
  transform?: (text: string, index: number) => string;
}

const message = (status: number, text: string): Reply => ({ status, body: { message: text } });

export function startDeepLServer(options: DeepLLoopbackOptions): Promise<LoopbackServer> {
  let used = 0;
  return startLoopback((request) => {
    const reply = handle(request, options, used);
    if (reply.status === 200) used += ((request.body as { text: string[] }).text ?? []).reduce((n, t) => n + t.length, 0);
    return reply;
  });
}

function handle(request: RecordedRequest, options: DeepLLoopbackOptions, used: number): Reply {
  if (request.path !== '/v2/translate') return message(404, 'Not found');
  if (request.method !== 'POST') return message(405, 'Method not allowed');
  if (request.headers.authorization !== `DeepL-Auth-Key ${options.authKey}`) return message(403, 'Authorization failed. Please supply a valid auth_key parameter.');
  if (Buffer.byteLength(request.raw) > 128 * 1024) return message(413, 'Request Entity Too Large');
  if (!String(request.headers['content-type']).startsWith('application/json') || typeof request.body !== 'object' || request.body === null) {
    return message(400, 'Bad request. Reason: the request body is not valid JSON.');
  }
  const body = request.body as Record<string, unknown>;
  const text = body.text;
  if (!Array.isArray(text) || text.length === 0 || text.some((t) => typeof t !== 'string')) return message(400, "Value for 'text' not supported.");
  if (text.length > 50) return message(400, "Too many texts: 'text' may be specified at most 50 times.");
  const target = typeof body.target_lang === 'string' ? body.target_lang.toUpperCase() : undefined;
  if (!target) return message(400, "Parameter 'target_lang' not specified.");
  if (!DEEPL_TARGET_LANGS.includes(target)) return message(400, "Value for 'target_lang' not supported.");
  const source = typeof body.source_lang === 'string' ? body.source_lang.toUpperCase() : undefined;
  if (body.source_lang !== undefined && (!source || !DEEPL_SOURCE_LANGS.includes(source))) return message(400, "Value for 'source_lang' not supported.");
  if (body.tag_handling !== undefined && body.tag_handling !== 'xml' && body.tag_handling !== 'html') return message(400, "Value for 'tag_handling' not supported.");
  if (body.ignore_tags !== undefined && (!Array.isArray(body.ignore_tags) || body.ignore_tags.some((t) => typeof t !== 'string'))) return message(400, "Value for 'ignore_tags' not supported.");
  if (body.split_sentences !== undefined && (typeof body.split_sentences !== 'string' || !['0', '1', 'nonewlines'].includes(body.split_sentences))) return message(400, "Value for 'split_sentences' not supported.");
  let entries: Array<{ source: string; target: string }> = [];
  if (body.glossary_id !== undefined) {
    if (!source) return message(400, 'Use of a glossary requires the source_lang parameter to be set.');
    const glossary = (typeof body.glossary_id === 'string' ? options.glossaries?.[body.glossary_id] : undefined);
    if (!glossary) return message(404, 'Glossary not found.');
    if (glossary.source_lang !== source || !target.startsWith(glossary.target_lang)) return message(400, "Language pair of the glossary doesn't match the language pair of the request.");
    entries = glossary.entries;
  }
  if (body.tag_handling === 'xml') {
    const broken = (text as string[]).find((t) => !wellFormed(t));
    if (broken !== undefined) return message(400, `Tag handling parsing failed, please check input: ${broken.slice(0, 60)}`);
  }
  const characters = (text as string[]).reduce((n, t) => n + t.length, 0);
  if (options.quotaCharacters !== undefined && used + characters > options.quotaCharacters) return message(456, 'Quota Exceeded');
  const translations = (text as string[]).map((t, i) => {
    const translated = fakeTranslate(applyGlossary(t, entries), target.split('-')[0]!);
    return { detected_source_language: source ?? 'DE', text: options.transform ? options.transform(translated, i) : translated };
  });
  return { status: 200, body: { translations } };
}

/** Strict XML for a fragment: escaped `&` and `<`, every element closed in order. */
function wellFormed(fragment: string): boolean {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(fragment)) return false;
  const stack: string[] = [];
  const pieces = fragment.split(/(<[^>]*>)/);
  for (const piece of pieces) {
    if (!piece.startsWith('<')) {
      if (piece.includes('<')) return false;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z_][\w.-]*)(?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>$/.exec(piece);
    if (!tag) return false;
    if (tag[3]) continue;
    if (tag[1]) {
      if (stack.pop() !== tag[2]) return false;
    } else stack.push(tag[2]!);
  }
  return stack.length === 0;
}
