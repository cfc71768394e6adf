// A worker thread of `newsdesk run --jobs N`: runs whole articles (`runArticle`, outputs and
// manifest written here) for the pool in pool.ts and posts each result back. Loaded from the
// compiled file (dist/pipeline/worker.js) by the pool; never imported.

import { parentPort, workerData } from 'node:worker_threads';
import { loadGlossary, type Glossary } from '../claims/index.js';
import type { PipelineConfig } from '../config/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { runArticle } from './article.js';
import { markFirstWork, startStageClock, threadUsage } from './clock.js';
import { FingerprintCache } from './fingerprint.js';
import { serializeError, type WorkerInit, type WorkRequest, type WorkResponse } from './pool.js';

const init = workerData as WorkerInit;
const config: PipelineConfig = init.config;
const shared = new FingerprintCache();
let glossary: Glossary | undefined;
// The bench's clock: this thread's own CPU by stage, sent with each result.
if (init.clock) startStageClock();

parentPort!.on('message', (request: WorkRequest) => {
  let response: WorkResponse;
  if (init.clock) markFirstWork();
  try {
    glossary ??= loadGlossary(config, undefined, init.cwd);
    const result = runArticle(request.ref, {
      config,
      glossary,
      cwd: init.cwd,
      shared,
      ...(init.languages ? { languages: init.languages as LanguageCode[] } : {}),
      ...(init.force ? { force: true } : {}),
      ...(request.only ? { only: request.only } : {}),
      versions: init.withVersions,
    });
    // The article and its versions cross the thread boundary only when a target publishes them.
    const { article, versions, ...rest } = result;
    response = { index: request.index, result: init.withVersions ? { ...rest, ...(article ? { article } : {}), ...(versions ? { versions } : {}) } : rest };
  } catch (error) {
    response = { index: request.index, error: serializeError(error) };
  }
  parentPort!.postMessage(init.clock ? { ...response, usage: threadUsage() } : response);
});
