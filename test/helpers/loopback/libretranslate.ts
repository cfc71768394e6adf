// LibreTranslate on loopback: POST /translate with JSON `{q, source, target, format,
// api_key}`, checked in LibreTranslate's order: API keys (invalid → 403 "Invalid API key",
// missing when required → 400 "Please contact the server operator to get an API key"),
// missing q/source/target → 400, `--batch-limit` / `--char-limit` → 400 "exceeds text
// limit", unknown languages → 400 "xx is not supported", format text|html. Errors are
// `{"error": "…"}`. In html mode, like translatehtml: whitespace minified, elements with
// translate="no" untouched, and the whole answer HTML-unescaped.

import { fakeTranslate, startLoopback, type LoopbackServer, type RecordedRequest, type Reply } from './server.js';

export interface LibreTranslateLoopbackOptions {
  /** When set, the instance runs with --api-keys and --require-api-key-secret style checks. */
  apiKeys?: string[];
  batchLimit?: number;
  charLimit?: number;
  languages?: string[];
  transform?: (text: string, index: number) => string;
}

const error = (status: number, text: string): Reply => ({ status, body: { error: text } });

export function startLibreTranslateServer(options: LibreTranslateLoopbackOptions = {}): Promise<LoopbackServer> {
  return startLoopback((request) => handle(request, options));
}

function handle(request: RecordedRequest, options: LibreTranslateLoopbackOptions): Reply {
  if (request.method !== 'POST' || request.path !== '/translate') return error(404, 'Not Found');
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return error(400, 'Invalid JSON format');
  const json = body as Record<string, unknown>;
  if (options.apiKeys) {
    const key = json.api_key;
    if (key && (typeof key !== 'string' || !options.apiKeys.includes(key))) return error(403, 'Invalid API key');
    if (!key) return error(400, 'Please contact the server operator to get an API key');
  }
  const { q } = json;
  const source = typeof json.source === 'string' ? json.source : undefined;
  const target = typeof json.target === 'string' ? json.target : undefined;
  if (!q) return error(400, 'Invalid request: missing q parameter');
  if (!source) return error(400, 'Invalid request: missing source parameter');
  if (!target) return error(400, 'Invalid request: missing target parameter');
  if (typeof q !== 'string' && !(Array.isArray(q) && q.every((t) => typeof t === 'string'))) return error(400, 'Invalid request: q must be a string or a list of strings');
  const texts = Array.isArray(q) ? (q as string[]) : [q];
  if (Array.isArray(q) && options.batchLimit !== undefined && texts.length > options.batchLimit) {
    return error(400, `Invalid request: request (${texts.length}) exceeds text limit (${options.batchLimit})`);
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  if (options.charLimit !== undefined && chars > options.charLimit) return error(400, `Invalid request: request (${chars}) exceeds text limit (${options.charLimit})`);
  const languages = options.languages ?? ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'zh', 'ja', 'id', 'el', 'fi'];
  if (!languages.includes(source)) return error(400, `${source} is not supported`);
  if (!languages.includes(target)) return error(400, `${target} is not supported`);
  const format = json.format ?? 'text';
  if (format !== 'text' && format !== 'html') return error(400, `${JSON.stringify(format)} format is not supported`);
  const translated = texts.map((text, i) => {
    let out = fakeTranslate(format === 'html' ? text.split(/\s+/).join(' ') : text, target);
    if (format === 'html') out = unescapeHtml(out);
    return options.transform ? options.transform(out, i) : out;
  });
  return { status: 200, body: { translatedText: Array.isArray(q) ? translated : translated[0] } };
}

function unescapeHtml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[name] ?? _);
}
