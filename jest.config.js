/** Jest runs TypeScript through swc; the Temporal servers are started once per run by test/harness/global-setup.ts. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // cookie 2 (under fastify's light-my-request, used by app.inject) ships ESM only: let swc turn it into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!cookie/)'],
  setupFiles: ['<rootDir>/test/harness/quiet-runtime.ts'],
  globalSetup: '<rootDir>/test/harness/global-setup.ts',
  globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
