// A loopback server speaking the part of Strapi 5's REST protocol newsdesk uses, for fast
// fault tests (the e2e suite runs a real Strapi): bearer-token auth, GET /api/i18n/locales,
// and a localized, draft & publish collection `articles` — list with
// filters[field][$eq], locale and status; find one by documentId and locale; POST
// ?locale= to create a document; PUT /:documentId?locale= to create or update one locale.
// Responses have Strapi's shapes ({ data, meta } and { data: null, error: { status, name,
// message } }). Like Strapi 5.54, it stores a locale it does not know without complaint,
// answers `locale=*` with every locale and `locale=all` with nothing. POST
// /:documentId/unpublish?locale= is the route of newsdesk's shipped schema: the locale keeps
// its draft and has no published version until the next PUT.

import { randomBytes } from 'node:crypto';
import { startLoopback, type LoopbackServer, type RecordedRequest, type Reply } from '../../helpers/loopback/server.js';

export interface FakeEntry {
  id: number;
  documentId: string;
  locale: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  [field: string]: unknown;
}

export interface FakeStrapi {
  server: LoopbackServer;
  url: string;
  token: string;
  /** documentId → locale → entry (publishedAt null: unpublished, a draft only). */
  documents: Map<string, Map<string, FakeEntry>>;
  locales: string[];
  /** Requests that change data. */
  writes(): RecordedRequest[];
  /** Apply the next write of this method, then never answer it (the client times out). */
  loseNextAnswer(method: 'POST' | 'PUT'): void;
  /** Answer every request with 401 once this many writes were applied (a token revoked mid-run). */
  revokeTokenAfter(writes: number): void;
  /** Change a stored field behind newsdesk's back (a read-back must notice). */
  tamper(documentId: string, locale: string, field: string, value: unknown): void;
  close(): Promise<void>;
}

const error = (status: number, name: string, message: string): Reply => ({ status, body: { data: null, error: { status, name, message, details: {} } } });

export async function startFakeStrapi(options: { locales?: string[]; token?: string } = {}): Promise<FakeStrapi> {
  const token = options.token ?? `tok_${randomBytes(16).toString('hex')}`;
  const locales = options.locales ?? ['en'];
  const documents = new Map<string, Map<string, FakeEntry>>();
  let nextId = 1;
  let lose: 'POST' | 'PUT' | undefined;
  let revokeAfter: number | undefined;
  let writes = 0;

  const now = () => new Date().toISOString();
  const pick = (entry: FakeEntry, query: URLSearchParams): Record<string, unknown> => {
    const fields = [...query.entries()].filter(([k]) => /^fields\[\d+\]$/.test(k)).map(([, v]) => v);
    if (fields.length === 0) return { ...entry };
    const out: Record<string, unknown> = { id: entry.id, documentId: entry.documentId, locale: entry.locale };
    for (const field of fields) out[field] = entry[field];
    return out;
  };

  function write(documentId: string, locale: string, data: Record<string, unknown>): FakeEntry {
    const doc = documents.get(documentId) ?? new Map<string, FakeEntry>();
    documents.set(documentId, doc);
    const old = doc.get(locale);
    const at = now();
    const entry: FakeEntry = { ...(old ?? {}), ...data, id: old?.id ?? nextId++, documentId, locale, createdAt: old?.createdAt ?? at, updatedAt: at, publishedAt: at };
    doc.set(locale, entry);
    return entry;
  }

  const handler = async (req: RecordedRequest): Promise<Reply> => {
    const revoked = revokeAfter !== undefined && writes >= revokeAfter;
    if (revoked || req.headers.authorization !== `Bearer ${token}`) return error(401, 'UnauthorizedError', 'Missing or invalid credentials');
    const isWrite = req.method === 'POST' || req.method === 'PUT';
    if (req.method === 'GET' && req.path === '/api/i18n/locales') {
      return { status: 200, body: locales.map((code, i) => ({ id: i + 1, documentId: `loc${i}`, name: code, code, isDefault: i === 0 })) };
    }
    const locale = req.query.get('locale') ?? locales[0]!;
    const one = /^\/api\/articles\/([^/]+)$/.exec(req.path);
    const unpublish = /^\/api\/articles\/([^/]+)\/unpublish$/.exec(req.path);
    const visible = (entry: FakeEntry | undefined) => (entry && (req.query.get('status') === 'draft' || entry.publishedAt !== null) ? entry : undefined);
    if (req.method === 'POST' && unpublish) {
      const entry = documents.get(unpublish[1]!)?.get(locale);
      if (!entry) return error(404, 'NotFoundError', `no ${locale} version of document ${unpublish[1]}`);
      entry.publishedAt = null;
      entry.updatedAt = now();
      writes += 1;
      return { status: 200, body: { data: { documentId: unpublish[1], locale, published: false } } };
    }
    if (req.method === 'GET' && req.path === '/api/articles') {
      const filters = [...req.query.entries()].flatMap(([k, v]) => {
        const m = /^filters\[(\w+)\]\[\$eq\]$/.exec(k);
        return m ? [[m[1]!, v] as const] : [];
      });
      const data = [...documents.values()]
        .flatMap((doc) => (locale === '*' ? [...doc.values()] : [doc.get(locale)]))
        .map(visible)
        .filter((entry): entry is FakeEntry => entry !== undefined && filters.every(([field, value]) => String(entry[field]) === value))
        .sort((a, b) => a.id - b.id)
        .map((entry) => pick(entry, req.query));
      return { status: 200, body: { data, meta: { pagination: { page: 1, pageSize: 25, pageCount: 1, total: data.length } } } };
    }
    if (req.method === 'GET' && one) {
      const entry = visible(documents.get(one[1]!)?.get(locale));
      return entry ? { status: 200, body: { data: pick(entry, req.query), meta: {} } } : error(404, 'NotFoundError', 'Not Found');
    }
    if (isWrite) {
      const body = req.body as { data?: Record<string, unknown> } | undefined;
      if (!body?.data || typeof body.data !== 'object') return error(400, 'ValidationError', 'Missing "data" payload in the request body');
      let entry: FakeEntry;
      if (req.method === 'POST' && req.path === '/api/articles') {
        entry = write(randomBytes(12).toString('hex'), locale, body.data);
      } else if (req.method === 'PUT' && one) {
        if (!documents.has(one[1]!)) return error(404, 'NotFoundError', 'Not Found');
        entry = write(one[1]!, locale, body.data);
      } else {
        return error(405, 'MethodNotAllowedError', 'Method Not Allowed');
      }
      writes += 1;
      if (lose === req.method) {
        lose = undefined;
        return new Promise<Reply>(() => {}); // applied, never answered
      }
      return { status: req.method === 'POST' ? 201 : 200, body: { data: entry, meta: {} } };
    }
    return error(404, 'NotFoundError', 'Not Found');
  };

  const server = await startLoopback(handler);
  return {
    server,
    url: server.url,
    token,
    documents,
    locales,
    writes: () => server.requests.filter((r) => r.method === 'POST' || r.method === 'PUT'),
    loseNextAnswer: (method) => {
      lose = method;
    },
    revokeTokenAfter: (n) => {
      revokeAfter = n;
    },
    tamper: (documentId, locale, field, value) => {
      const entry = documents.get(documentId)?.get(locale);
      if (entry) entry[field] = value;
    },
    close: () => server.close(),
  };
}
