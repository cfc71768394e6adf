// Fetch a page by URL for `newsdesk import https://…` and the scheduler's `page:` sources:
// http and https only, a time limit for the whole exchange, a size limit checked against
// Content-Length and again as the body streams in, redirects followed by hand (at most
// `maxRedirects`, never to another scheme than http/https), the charset decoded as a browser
// would (./charset.ts). Every failure is one clear line naming the URL.

import { Errors, NewsdeskError } from '../../errors/index.js';
import { CharsetError, decodeBody, type Decoded } from './charset.js';

export type Fetch = typeof globalThis.fetch;

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
}

export interface FetchOptions extends FetchLimits {
  headers?: Record<string, string>;
  fetch?: Fetch;
  signal?: AbortSignal;
}

export interface FetchedBody {
  /** The address the body came from, after redirects. */
  url: string;
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

export interface FetchedPage extends FetchedBody, Decoded {
  contentType: string;
}

const USER_AGENT = 'newsdesk/0.1 (+https://github.com/newsdesk; page import)';

export function fetchError(url: string, reason: string, cause?: unknown): NewsdeskError {
  return new NewsdeskError(Errors.FetchFailed, `cannot fetch ${url}: ${reason}`, {}, cause === undefined ? undefined : { cause });
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

/** An http(s) URL, or undefined. */
export function parseWebUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * GET `url` with the limits; a 304 and other non-2xx answers are returned to the caller when
 * `acceptStatus` allows them, else they are errors.
 */
export async function fetchBody(url: string, options: FetchOptions, acceptStatus: (status: number) => boolean = () => false): Promise<FetchedBody> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const maxRedirects = options.maxRedirects ?? 5;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const headers = { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8', ...options.headers };
  let current = url;
  const seen = new Set<string>();
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetchImpl(current, { headers, signal, redirect: 'manual' });
    } catch (error) {
      throw fetchError(url, timeout.aborted ? `no answer within ${options.timeoutMs} ms` : describe(error), error);
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw fetchError(url, `HTTP ${response.status} without a Location to follow`);
      const next = parseWebUrl(new URL(location, current).href);
      if (!next) throw fetchError(url, `redirected to \`${location}\`, which is not an http or https address`);
      if (seen.has(next.href) || next.href === current) throw fetchError(url, `redirect loop at ${next.href}`);
      if (hop + 1 > maxRedirects) throw fetchError(url, `more than ${maxRedirects} redirects`);
      seen.add(current);
      current = next.href;
      continue;
    }
    if (!response.ok && !acceptStatus(response.status)) {
      await response.body?.cancel();
      throw fetchError(url, `HTTP ${response.status} ${response.statusText}`.trim());
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > options.maxBytes) {
      await response.body?.cancel();
      throw fetchError(url, `${declared} bytes, more than the limit of ${options.maxBytes}`);
    }
    const bytes = await readLimited(response, url, options, timeout);
    return { url: current, status: response.status, headers: response.headers, bytes };
  }
}

async function readLimited(response: Response, url: string, options: FetchLimits, timeout: AbortSignal): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > options.maxBytes) {
        await reader.cancel();
        throw fetchError(url, `more than the limit of ${options.maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof NewsdeskError) throw error;
    throw fetchError(url, timeout.aborted ? `no complete answer within ${options.timeoutMs} ms` : describe(error), error);
  }
  return Buffer.concat(chunks);
}

/** Decode a body, turning a charset problem into a fetch error. */
export function decodeFetched(url: string, bytes: Uint8Array, contentType: string): Decoded {
  try {
    return decodeBody(bytes, contentType);
  } catch (error) {
    if (error instanceof CharsetError) throw fetchError(url, error.message);
    throw error;
  }
}

/** Fetch a web page: HTML or plain text, decoded. */
export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  if (!parseWebUrl(url)) throw fetchError(url, 'only http and https addresses can be fetched');
  const body = await fetchBody(url, options);
  const contentType = body.headers.get('content-type') ?? '';
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  if (mime && !/^(?:text\/(?:html|plain)|application\/(?:xhtml\+xml|xml)|text\/xml)$/u.test(mime)) {
    throw fetchError(url, `the answer is \`${mime}\`, not a web page (HTML or text)`);
  }
  return { ...body, contentType, ...decodeFetched(url, body.bytes, contentType) };
}
