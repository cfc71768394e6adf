// Publish records: which digest of which article went to which target in which language,
// under which remote id, and whether it was published or taken off again (a language held
// after it was published, an article withdrawn). The publish stage writes them; the next
// publish reads the last one to update the remote document instead of creating a second one.

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
  /** ISO time of publication (or of the withdrawal). */
  at: string;
  /** `unpublished`: the target was told to take the version off (draft, unpublished). */
  state: PublishState;
}

export type PublishState = 'published' | 'unpublished';

interface PublishRow {
  target: string;
  article: string;
  lang: string;
  remote_id: string | null;
  digest: string;
  published_at: string;
  state: PublishState;
}

function toRecord(row: PublishRow): PublishRecord {
  return { target: row.target, article: row.article, lang: row.lang, remoteId: row.remote_id, digest: row.digest, at: row.published_at, state: row.state };
}

export function publishesApi(db: Db) {
  const insert = db.prepare<[string, string, string, string | null, string, string, PublishState]>(
    'INSERT INTO publishes (target, article, lang, remote_id, digest, published_at, state) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const latest = db.prepare<[string], PublishRow>(
    `SELECT p.* FROM publishes p WHERE p.article = ? AND p.id = (
       SELECT q.id FROM publishes q WHERE q.target = p.target AND q.article = p.article AND q.lang = p.lang
       ORDER BY q.published_at DESC, q.id DESC LIMIT 1)
     ORDER BY p.target, p.lang`,
  );
  const last = db.prepare<[string, string, string], PublishRow>(
    'SELECT * FROM publishes WHERE target = ? AND article = ? AND lang = ? ORDER BY published_at DESC, id DESC LIMIT 1',
  );
  return {
    recordPublish(record: { target: string; article: string; lang: string; remoteId?: string | null; digest: string; at?: Date; state?: PublishState }): PublishRecord {
      const at = (record.at ?? new Date()).toISOString();
      const state = record.state ?? 'published';
      insert.run(record.target, record.article, record.lang, record.remoteId ?? null, record.digest, at, state);
      return { target: record.target, article: record.article, lang: record.lang, remoteId: record.remoteId ?? null, digest: record.digest, at, state };
    },
    lastPublish(target: string, article: string, lang: string): PublishRecord | undefined {
      const row = last.get(target, article, lang);
      return row ? toRecord(row) : undefined;
    },
    /** The last record of every target and language of an article (what `withdraw` takes off). */
    articleRecords(article: string): PublishRecord[] {
      return latest.all(article).map(toRecord);
    },
  };
}

export type PublishesApi = ReturnType<typeof publishesApi>;
