import { defineConfig } from 'vitest/config';

// Tests of the built package (dist/ and the packed tarball): run after `npm run build`.
export default defineConfig({
  test: {
    include: ['test-package/**/*.test.ts'],
    maxWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
