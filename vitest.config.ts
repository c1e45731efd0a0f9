import { configDefaults, defineConfig } from 'vitest/config';

// Two groups: "proofs" (everything under test/proofs/) run real external tools and builds; "unit" is everything else.
// `npm test` runs both in one vitest run, so the one JSON report holds the totals of every test.
export default defineConfig({
  test: {
    // The JSON report feeds the "N passed, N failed" line of .ci/run.
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The unit tests share no state (no mocks, no globals, a pure core), so each worker keeps one module graph
          // across files instead of re-importing it per file: a third of the time.
          isolate: false,
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/proofs/**'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], exclude: ['test/proofs/**'], tsconfig: './tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'proofs',
          include: ['test/proofs/**/*.test.ts'],
        },
      },
    ],
  },
});
