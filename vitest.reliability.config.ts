import { defineConfig } from 'vitest/config';

/**
 * `npm run test:reliability` (scripts/reliability.ts): fault injection, load and hostile-input
 * suites under test/reliability. They start real redis-server and worker processes and take
 * minutes, so they run one file at a time (they would otherwise fight over the two cores and
 * distort each other's memory and latency figures) and are kept out of `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts'],
    testTimeout: 20 * 60_000,
    hookTimeout: 5 * 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
