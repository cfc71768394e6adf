// The state store: one SQLite file (`<paths.state>/state.db`, WAL mode) holding job runs,
// content digests per source item, publish records and the HTTP fetch cache. A typed API
// over prepared statements; multi-row changes run in transactions.

import { existsSync } from 'node:fs';
import { projectPath, type PipelineConfig } from '../config/index.js';
import { openDatabase, type Db } from './db.js';
import { fetchCacheApi } from './fetch-cache.js';
import { itemsApi } from './items.js';
import { locksApi } from './locks.js';
import { publishLocksApi } from './publish-locks.js';
import { publishesApi } from './publishes.js';
import { runsApi } from './runs.js';

export type { ArticleOutcome, ArticleRecord, RunCounts, RunOutcome, RunRecord, RunTrigger } from './runs.js';
export type { ItemRecord } from './items.js';
export type { PublishRecord, PublishState } from './publishes.js';
export type { FetchCacheEntry } from './fetch-cache.js';
export type { LockResult } from './locks.js';
export { withPublishLock, type PublishLockOptions, type PublishLockResult } from './publish-locks.js';
export { processAlive } from './locks.js';
export { SCHEMA_VERSION } from './db.js';

export type Store = ReturnType<typeof runsApi> &
  ReturnType<typeof itemsApi> &
  ReturnType<typeof publishesApi> &
  ReturnType<typeof fetchCacheApi> &
  ReturnType<typeof locksApi> &
  ReturnType<typeof publishLocksApi> & {
    readonly file: string;
    /** Run `fn` in one transaction (BEGIN IMMEDIATE). */
    transaction<T>(fn: () => T): T;
    close(): void;
  };

/** Where the state database of a project lives. */
export function stateFile(config: PipelineConfig): string {
  return projectPath(config, config.paths.state, 'state.db');
}

/** Open (creating and migrating as needed) the state database at `file`. */
export function openStore(file: string, options: { readonly?: boolean } = {}): Store {
  const db: Db = openDatabase(file, options);
  const runs = runsApi(db);
  return {
    file,
    ...runs,
    ...itemsApi(db),
    ...publishesApi(db),
    ...fetchCacheApi(db),
    ...locksApi(db),
    ...publishLocksApi(db),
    transaction<T>(fn: () => T): T {
      return db.transaction(fn).immediate();
    },
    close() {
      if (db.open) db.close();
    },
  };
}

/** The project's store, or undefined when it has none yet (readers must not create one). */
export function openProjectStore(config: PipelineConfig, options: { readonly?: boolean } = {}): Store | undefined {
  const file = stateFile(config);
  if (options.readonly && !existsSync(file)) return undefined;
  return openStore(file, options);
}

/** A publish record, for the publish stage: `recordPublish(store, …)` / `lastPublish(store, …)`. */
export function recordPublish(store: Store, record: Parameters<Store['recordPublish']>[0]) {
  return store.recordPublish(record);
}

export function lastPublish(store: Store, target: string, article: string, lang: string) {
  return store.lastPublish(target, article, lang);
}
