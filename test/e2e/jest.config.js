/**
 * Jest for the browser end-to-end tests (npm run test:e2e): the global setup builds the add-in in development
 * mode into a temporary folder and serves it on 127.0.0.1 (a free port); each test drives Debian's Chromium
 * through playwright-core, offline.
 */
const path = require("path");

module.exports = {
  rootDir: path.resolve(__dirname, "..", ".."),
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/test/e2e/support/globalSetup.ts",
  globalTeardown: "<rootDir>/test/e2e/support/globalTeardown.ts",
  testTimeout: 120_000,
  maxWorkers: 1,
};
