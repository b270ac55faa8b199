import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser at a time on a 2-core machine, generous timeouts.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // Real browsers on a loaded 2-core machine: one retry, as Playwright's own runner does in CI.
    // A test that needs it is still reported as flaky.
    retry: process.env.CI ? 1 : 0,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    globalSetup: ['e2e/support/global-setup.ts'],
  },
});
