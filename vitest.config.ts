import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Reliability suites (minutes of faults and load) run through `npm run test:reliability`.
    exclude: [...configDefaults.exclude, 'test/reliability/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
