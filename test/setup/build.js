// Jest global setup: fresh production builds in dist/ and dist-excel-tests/ for the tests that read them.
const { spawnSync } = require("child_process");
const path = require("path");

module.exports = async () => {
  if (process.env.OAI_SKIP_BUILD === "1") return; // .ci/run has just built
  const root = path.resolve(__dirname, "..", "..");
  const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  // dist/, and dist-excel-tests/ (the add-in whose task pane runs the scenarios: test:excel).
  for (const extra of [[], ["--env", "excelTests"]]) {
    const result = spawnSync(process.execPath, [webpack, "--mode", "production", ...extra], {
      cwd: root,
      encoding: "utf8",
    });
    if (result.status !== 0) {
      throw new Error(`The production build failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
};
