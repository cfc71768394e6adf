// The e2e suites: publish against a real CMS started by its script (scripts/strapi-e2e.sh,
// directus-e2e.sh, wordpress-e2e.sh), which exports the address and credentials and names
// the suite's file. In CI each writes its JSON report (E2E_REPORT, default e2e) beside the
// unit tests' one, so .ci/summary.mjs counts them all.

import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const ci = process.env.CI === 'true';

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One CMS, one suite: the tests run in order and build on each other's state.
    fileParallelism: false,
    sequence: { concurrent: false },
    reporters: ci ? ['default', 'json'] : ['default'],
    ...(ci ? { outputFile: { json: `.newsdesk/test-results/${process.env.E2E_REPORT ?? 'e2e'}.json` } } : {}),
  },
});
