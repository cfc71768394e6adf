// Fetching a remote source: a timeout, a size limit read as the body streams in, and a
// conditional request from the fetch cache (If-None-Match / If-Modified-Since). The new
// validators are stored only by `commit()`, after every item fetched was handled: a crash
// between fetch and processing must not turn the next fetch into a 304 that hides items.

import { createHash } from 'node:crypto';
import { Errors, NewsdeskError } from '../../errors/index.js';
import type { Store } from '../../store/index.js';

export type Fetch = typeof globalThis.fetch;

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
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let response: Response;
  try {
    response = await (options.fetch ?? globalThis.fetch)(url, { headers, signal, redirect: 'follow' });
  } catch (error) {
    throw fetchError(url, timeout.aborted ? `no answer within ${options.timeoutMs} ms` : describe(error), error);
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { status: 'not-modified' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw fetchError(url, `HTTP ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw fetchError(url, `${declared} bytes, more than the limit of ${options.maxBytes} (fetch.maxBytes)`);
  }
  const bytes = await readLimited(response, url, options.maxBytes, timeout, options.timeoutMs);
  const contentType = response.headers.get('content-type') ?? '';
  const body = decode(bytes, contentType, url);
  const digest = createHash('sha256').update(bytes).digest('hex');
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  // A server without validators: the same body as last handled is as good as a 304.
  if (cached?.digest === digest) {
    options.store.putFetchCache({ url, etag, lastModified, digest });
    return { status: 'not-modified' };
  }
  return {
    status: 'ok',
    body,
    contentType,
    url: response.url || url,
    commit: () => options.store.putFetchCache({ url, etag, lastModified, digest }),
  };
}

async function readLimited(response: Response, url: string, maxBytes: number, timeout: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw fetchError(url, `more than the limit of ${maxBytes} bytes (fetch.maxBytes)`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof NewsdeskError) throw error;
    throw fetchError(url, timeout.aborted ? `no complete answer within ${timeoutMs} ms` : describe(error), error);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Uint8Array, contentType: string, url: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw fetchError(url, `the body is not valid ${charset}`);
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

function fetchError(url: string, reason: string, cause?: unknown): NewsdeskError {
  return new NewsdeskError(Errors.Service, `cannot fetch ${url}: ${reason}`, {}, cause === undefined ? undefined : { cause });
}
