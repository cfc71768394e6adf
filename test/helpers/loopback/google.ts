// Cloud Translation - Basic (v2) on loopback: POST /language/translate/v2?key=…. Validates
// as Google does: no key → 403 PERMISSION_DENIED, a wrong key → 400 API_KEY_INVALID, JSON
// body with `q` (string or up to 128 strings) and `target`, `format` html|text, payload at
// most 100K bytes (400). Errors use Google's envelope `{error: {code, message, errors,
// status}}`. In html format the answer is HTML: text nodes are "translated" (`[xx] `
// prefix) and apostrophes come back as `&#39;` the way Google returns them; elements with
// `translate="no"` are untouched. `dailyLimit` (characters) answers 403 dailyLimitExceeded.

import { fakeTranslate, startLoopback, type LoopbackServer, type RecordedRequest, type Reply } from './server.js';

export interface GoogleLoopbackOptions {
  apiKey: string;
  dailyLimit?: number;
  transform?: (text: string, index: number) => string;
}

export function googleError(code: number, status: string, message: string, reason: string, details?: unknown[]): Reply {
  return { status: code, body: { error: { code, message, errors: [{ message, domain: 'global', reason }], status, ...(details ? { details } : {}) } } };
}

export function startGoogleServer(options: GoogleLoopbackOptions): Promise<LoopbackServer> {
  let used = 0;
  return startLoopback((request) => {
    const reply = handle(request, options, used);
    if (reply.status === 200) used += qOf(request).reduce((n, t) => n + t.length, 0);
    return reply;
  });
}

function qOf(request: RecordedRequest): string[] {
  const q = (request.body as { q?: unknown } | undefined)?.q;
  return Array.isArray(q) ? (q as string[]) : typeof q === 'string' ? [q] : [];
}

function handle(request: RecordedRequest, options: GoogleLoopbackOptions, used: number): Reply {
  if (request.method !== 'POST' || request.path !== '/language/translate/v2') return googleError(404, 'NOT_FOUND', 'Not Found', 'notFound');
  const key = request.query.get('key');
  if (!key) {
    return googleError(403, 'PERMISSION_DENIED', "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.", 'forbidden');
  }
  if (key !== options.apiKey) {
    return googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', 'badRequest', [
      { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'translate.googleapis.com' } },
    ]);
  }
  if (Buffer.byteLength(request.raw) > 100 * 1024) return googleError(400, 'INVALID_ARGUMENT', 'Request payload size exceeds the limit: 102400 bytes.', 'badRequest');
  const body = request.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') return googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.', 'badRequest');
  const q = body.q;
  if (q === undefined || (Array.isArray(q) ? q.length === 0 || q.some((t) => typeof t !== 'string') : typeof q !== 'string')) {
    return googleError(400, 'INVALID_ARGUMENT', 'Required Text', 'required');
  }
  if (Array.isArray(q) && q.length > 128) return googleError(400, 'INVALID_ARGUMENT', 'Too many text segments', 'badRequest');
  if (typeof body.target !== 'string' || body.target === '') return googleError(400, 'INVALID_ARGUMENT', 'Missing required field target.', 'required');
  if (body.format !== undefined && body.format !== 'html' && body.format !== 'text') return googleError(400, 'INVALID_ARGUMENT', 'Invalid Value', 'invalid');
  const texts = qOf(request);
  if (options.dailyLimit !== undefined && used + texts.reduce((n, t) => n + t.length, 0) > options.dailyLimit) {
    return googleError(403, 'PERMISSION_DENIED', 'Daily Limit Exceeded', 'dailyLimitExceeded');
  }
  const html = (body.format ?? 'html') === 'html';
  const translations = texts.map((text, i) => {
    let translated = fakeTranslate(text, body.target as string);
    if (html) translated = translated.split(/(<[^<>]*>)/).map((piece) => (piece.startsWith('<') ? piece : piece.replace(/'/g, '&#39;'))).join('');
    return { translatedText: options.transform ? options.transform(translated, i) : translated, ...(body.source ? {} : { detectedSourceLanguage: 'de' }) };
  });
  return { status: 200, body: { data: { translations } } };
}
