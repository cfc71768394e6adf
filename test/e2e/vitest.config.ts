// The e2e suite: publish against a real Strapi 5 started by scripts/strapi-e2e.sh (which
// exports STRAPI_URL and STRAPI_TOKEN). In CI a JSON report is written beside the unit
// tests' one, so .ci/summary.mjs counts both.

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
    ...(ci ? { outputFile: { json: '.newsdesk/test-results/e2e.json' } } : {}),
  },
});
