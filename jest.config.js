const path = require("path");

/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }] },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // `OAI_LEAK_DATA=copy.json npm test`: the whole suite, and its builds, on another data file.
    ...(process.env.OAI_LEAK_DATA
      ? { "^(\\.{1,2}/)+(src/)?data/leak\\.json$": path.resolve(process.env.OAI_LEAK_DATA) }
      : {}),
  },
  // Jest's default on this 2-core machine is one worker; the suites are mostly single-threaded.
  maxWorkers: "100%",
  // Builds dist/ once, so the bundle, functions.json, help page and server tests check this code.
  globalSetup: "<rootDir>/test/setup/build.js",
  testTimeout: 30000,
};
