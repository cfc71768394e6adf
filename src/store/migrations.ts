// Schema of the state database, as an append-only list of migrations. `PRAGMA user_version`
// records how many have been applied; a migration is never edited once shipped, only added.

export const MIGRATIONS: readonly string[] = [
  // 1: job runs, per-item digests, per-article records, publish records, fetch cache, job locks.
  `
  CREATE TABLE runs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    job           TEXT    NOT NULL,
    trigger       TEXT    NOT NULL,
    scheduled_for TEXT,
    started_at    TEXT    NOT NULL,
    ended_at      TEXT,
    outcome       TEXT    NOT NULL DEFAULT 'running',
    pid           INTEGER NOT NULL,
    host          TEXT    NOT NULL,
    processor     TEXT    NOT NULL DEFAULT '',
    articles      INTEGER NOT NULL DEFAULT 0,
    published     INTEGER NOT NULL DEFAULT 0,
    held          INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0,
    unchanged     INTEGER NOT NULL DEFAULT 0,
    source_errors INTEGER NOT NULL DEFAULT 0,
    error         TEXT
  );
  CREATE INDEX runs_by_job ON runs (job, started_at);

  CREATE TABLE items (
    job        TEXT NOT NULL,
    item       TEXT NOT NULL,
    source     TEXT NOT NULL,
    path       TEXT NOT NULL,
    digest     TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    retry      INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (job, item)
  );

  CREATE TABLE run_articles (
    run_id    INTEGER NOT NULL REFERENCES runs (id),
    item      TEXT    NOT NULL,
    path      TEXT    NOT NULL,
    digest    TEXT    NOT NULL,
    outcome   TEXT    NOT NULL,
    languages TEXT    NOT NULL,
    error     TEXT,
    at        TEXT    NOT NULL
  );
  CREATE INDEX run_articles_by_run ON run_articles (run_id);

  CREATE TABLE publishes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    target       TEXT NOT NULL,
    article      TEXT NOT NULL,
    lang         TEXT NOT NULL,
    remote_id    TEXT,
    digest       TEXT NOT NULL,
    published_at TEXT NOT NULL
  );
  CREATE INDEX publishes_by_key ON publishes (target, article, lang, published_at);

  CREATE TABLE fetch_cache (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    digest        TEXT,
    fetched_at    TEXT NOT NULL
  );

  CREATE TABLE job_locks (
    job          TEXT PRIMARY KEY,
    owner        TEXT,
    pid          INTEGER,
    host         TEXT,
    run_id       INTEGER,
    acquired_at  TEXT,
    heartbeat_at TEXT,
    last_slot    TEXT
  );
  `,
  // 2: publishing serialised per article (a lock row per article, like job_locks), and
  // whether a record is a publication or its withdrawal (a held or withdrawn language).
  `
  CREATE TABLE publish_locks (
    article      TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    pid          INTEGER NOT NULL,
    host         TEXT NOT NULL,
    acquired_at  TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL
  );
  ALTER TABLE publishes ADD COLUMN state TEXT NOT NULL DEFAULT 'published';
  `,
  // 3: the retry policy of the scheduler. An item whose last attempt failed on a service
  // (an engine answering 500 or 401, a full disk) waits with backoff: attempts so far, when
  // the next one is due, and why it waits. Runs count the items they found still waiting.
  `
  ALTER TABLE items ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE items ADD COLUMN next_attempt TEXT;
  ALTER TABLE items ADD COLUMN waiting TEXT;
  ALTER TABLE runs ADD COLUMN waiting INTEGER NOT NULL DEFAULT 0;
  `,
];
