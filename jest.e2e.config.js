/**
 * End-to-end tests (`npm run test:e2e`): the playground served by webpack-dev-server,
 * driven in Debian's Chromium by playwright-core. Slow (a webpack build), so apart
 * from the unit tests; one worker, long timeouts.
 */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, diagnostics: false }] },
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
  moduleNameMapper: { "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js" },
  maxWorkers: 1,
  // One webpack build of the playground for all the files (test/e2e/globalSetup.ts).
  globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
  globalTeardown: "<rootDir>/test/e2e/globalTeardown.ts",
  testTimeout: 120000,
};
