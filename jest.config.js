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
  // Two workers even on two cores, each restarted once it holds more than 512 MB after a suite:
  // in one process (jest's choice with one worker), 30 suites, each loading the SDKs and the NLU
  // afresh, exhausted Node 20's code space in CI. A worker starting over reads the trained
  // networks back from the cache.
  maxWorkers: 2,
  workerIdleMemoryLimit: '512MB',
  transform: {
    // isolatedModules in tsconfig: ts-jest transpiles file by file; `npm run typecheck` does the type checking.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
