import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/.tmp/**', 'node_modules/**'],
    testTimeout: 30_000,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
