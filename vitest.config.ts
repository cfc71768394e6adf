import { defineConfig } from 'vitest/config';

// In CI a JSON report is written too, so .ci/run can print its `N passed, N failed` line.
const ci = process.env.CI === 'true';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ci ? ['default', 'json'] : ['default'],
    ...(ci ? { outputFile: { json: '.newsdesk/test-results/unit.json' } } : {}),
  },
});
