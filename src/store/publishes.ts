// Publish records: which digest of which article went to which target in which language,
// under which remote id. The publish stage writes them; the next publish reads the last one
// to update the remote document instead of creating a second one.

import type { Db } from './db.js';

export interface PublishRecord {
  target: string;
  /** The article's slug. */
  article: string;
  lang: string;
  /** The id the target gave the document (a CMS entry id, a site path); null when it has none. */
  remoteId: string | null;
  /** Digest of what was published, to skip publishing it again unchanged. */
  digest: string;
  /** ISO time of publication. */
  at: string;
}

interface PublishRow {
  target: string;
  article: string;
  lang: string;
  remote_id: string | null;
  digest: string;
  published_at: string;
}

export function publishesApi(db: Db) {
  const insert = db.prepare<[string, string, string, string | null, string, string]>(
    'INSERT INTO publishes (target, article, lang, remote_id, digest, published_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const last = db.prepare<[string, string, string], PublishRow>(
    'SELECT * FROM publishes WHERE target = ? AND article = ? AND lang = ? ORDER BY published_at DESC, id DESC LIMIT 1',
  );
  return {
    recordPublish(record: { target: string; article: string; lang: string; remoteId?: string | null; digest: string; at?: Date }): PublishRecord {
      const at = (record.at ?? new Date()).toISOString();
      insert.run(record.target, record.article, record.lang, record.remoteId ?? null, record.digest, at);
      return { target: record.target, article: record.article, lang: record.lang, remoteId: record.remoteId ?? null, digest: record.digest, at };
    },
    lastPublish(target: string, article: string, lang: string): PublishRecord | undefined {
      const row = last.get(target, article, lang);
      if (!row) return undefined;
      return { target: row.target, article: row.article, lang: row.lang, remoteId: row.remote_id, digest: row.digest, at: row.published_at };
    },
  };
}

export type PublishesApi = ReturnType<typeof publishesApi>;
