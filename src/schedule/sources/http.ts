// Fetching a remote source through the importer's HTTP door (time and size limits, redirects,
// charset from the header or the document) with a conditional request from the fetch cache
// (If-None-Match / If-Modified-Since). The new
// validators are stored only by `commit()`, after every item fetched was handled: a crash
// between fetch and processing must not turn the next fetch into a 304 that hides items.

import { createHash } from 'node:crypto';
import { Errors, NewsdeskError } from '../../errors/index.js';
import { decodeFetched, fetchBody, type Fetch } from '../../ingest/import/fetch.js';
import type { Store } from '../../store/index.js';

export type { Fetch };

export type Fetched =
  | { status: 'not-modified' }
  | { status: 'ok'; body: string; contentType: string; url: string; commit: () => void };

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export async function fetchSource(url: string, options: FetchLimits & { store: Store; fetch?: Fetch; signal?: AbortSignal }): Promise<Fetched> {
  const cached = options.store.getFetchCache(url);
  const headers: Record<string, string> = { 'user-agent': 'newsdesk/0.1 (+scheduled ingestion)', accept: '*/*' };
  if (cached?.etag) headers['if-none-match'] = cached.etag;
  if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
  // The importer's HTTP door: time and size limits, redirects followed by hand.
  const limits = { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, headers, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  let fetched;
  try {
    fetched = await fetchBody(url, limits, (status) => status === 304);
  } catch (error) {
    // Name the job setting that limits the size.
    if (error instanceof NewsdeskError && /more than the limit of \d+/u.test(error.message)) throw new NewsdeskError(Errors.Service, `${error.message} (fetch.maxBytes)`, {}, { cause: error });
    if (error instanceof NewsdeskError) throw new NewsdeskError(Errors.Service, error.message, {}, { cause: error });
    throw error;
  }
  if (fetched.status === 304) return { status: 'not-modified' };
  const contentType = fetched.headers.get('content-type') ?? '';
  let body: string;
  try {
    body = decodeFetched(url, fetched.bytes, contentType).text;
  } catch (error) {
    if (error instanceof NewsdeskError) throw new NewsdeskError(Errors.Service, error.message, {}, { cause: error });
    throw error;
  }
  const digest = createHash('sha256').update(fetched.bytes).digest('hex');
  const etag = fetched.headers.get('etag');
  const lastModified = fetched.headers.get('last-modified');
  // A server without validators: the same body as last handled is as good as a 304.
  if (cached?.digest === digest) {
    options.store.putFetchCache({ url, etag, lastModified, digest });
    return { status: 'not-modified' };
  }
  return {
    status: 'ok',
    body,
    contentType,
    url: fetched.url,
    commit: () => options.store.putFetchCache({ url, etag, lastModified, digest }),
  };
}
