// The HTTP fetch cache: validators (ETag, Last-Modified) of every remote source, sent back
// as If-None-Match / If-Modified-Since so an unchanged feed costs a 304. An entry is written
// only after everything fetched with it was handled, so a crash never hides new items.

import type { Db } from './db.js';

export interface FetchCacheEntry {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** Digest of the body last handled (a server without validators still costs no work). */
  digest: string | null;
  fetchedAt: string;
}

interface FetchRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  digest: string | null;
  fetched_at: string;
}

export function fetchCacheApi(db: Db) {
  const get = db.prepare<[string], FetchRow>('SELECT * FROM fetch_cache WHERE url = ?');
  const put = db.prepare<[string, string | null, string | null, string | null, string]>(
    `INSERT INTO fetch_cache (url, etag, last_modified, digest, fetched_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       digest = excluded.digest, fetched_at = excluded.fetched_at`,
  );
  return {
    getFetchCache(url: string): FetchCacheEntry | undefined {
      const row = get.get(url);
      return row ? { url: row.url, etag: row.etag, lastModified: row.last_modified, digest: row.digest, fetchedAt: row.fetched_at } : undefined;
    },
    putFetchCache(entry: { url: string; etag?: string | null; lastModified?: string | null; digest?: string | null; fetchedAt?: Date }): void {
      put.run(entry.url, entry.etag ?? null, entry.lastModified ?? null, entry.digest ?? null, (entry.fetchedAt ?? new Date()).toISOString());
    },
  };
}

export type FetchCacheApi = ReturnType<typeof fetchCacheApi>;
