// The desk in a real browser: Debian's Chromium driven by playwright-core (scripts/desk-e2e.sh
// installs it and runs this suite). In CI a JSON report is written beside the others, so
// .ci/summary.mjs counts it.

import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const ci = process.env.CI === 'true';

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ci ? ['default', 'json'] : ['default'],
    ...(ci ? { outputFile: { json: '.newsdesk/test-results/desk-browser.json' } } : {}),
  },
});
