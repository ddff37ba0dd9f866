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
  transform: {
    // isolatedModules in tsconfig: ts-jest transpiles file by file; `npm run typecheck` does the type checking.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
