const path = require("path");

/** What every project shares: ts-jest with the tests' tsconfig, the manifest library's entry. */
const shared = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }] },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // `OAI_LEAK_DATA=copy.json npm test`: the whole suite, and its builds, on another data file.
    ...(process.env.OAI_LEAK_DATA
      ? { "^(\\.{1,2}/)+(src/)?data/leak\\.json$": path.resolve(process.env.OAI_LEAK_DATA) }
      : {}),
  },
};

/**
 * One project a kind of test, each a folder of test/. The kinds that read the built files build
 * dist/ first (Jest runs a project's global setup only when one of its tests runs, and runs the
 * one setup once), so `npm run test:unit` (unit and office) builds nothing.
 */
const project = (name, { needsBuild = false } = {}) => ({
  ...shared,
  displayName: name,
  roots: [`<rootDir>/test/${name}`],
  ...(needsBuild ? { globalSetup: "<rootDir>/test/setup/build.js" } : {}),
});

/** @type {import("jest").Config} */
module.exports = {
  projects: [
    project("unit"), // the pure core, the functions called directly, the repository's layout
    project("office"), // the task pane's workbook code against the Excel fake
    project("agreement"), // the sheet's formulas (in HyperFormula) against the functions, 120 pairs
    project("artefacts", { needsBuild: true }), // the built bundle, metadata, manifest, release, docs
    project("browser", { needsBuild: true }), // the pane and the released pages in chromium
    project("reliability", { needsBuild: true }), // generated cases, faults, hostile input
  ],
  // Jest's default on this 2-core machine is one worker; the suites are mostly single-threaded.
  maxWorkers: "100%",
  testTimeout: 30000,
};
