/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['<rootDir>/test/support/env.ts'],
  // Trains the NLU stand-in's networks once, before the workers start (test/support/trainNlu.ts).
  globalSetup: '<rootDir>/test/support/trainNlu.ts',
  // Phrasing-set suites play a few hundred one-shot conversations through the NLU stand-in: on a
  // busy 2-core machine that can pass 5 s. A limit, not a timing assertion.
  testTimeout: 60000,
  // Each suite loads the SDKs and both locales' NLU afresh, and jest keeps part of every suite's
  // module graph alive: in one process the heap grows by 40 to 140 MB per suite, and a CI machine
  // with a ~700 MB heap ran out in the middle of the run. A worker whose heap passes this limit
  // after a suite is replaced by a fresh one. Setting it also makes jest use a worker process
  // on a 2-core machine, where it would otherwise run every suite in its own process.
  workerIdleMemoryLimit: '300MB',
  transform: {
    // isolatedModules in tsconfig: ts-jest transpiles file by file; `npm run typecheck` does the type checking.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
