// Jest global setup: a fresh production build in dist/ for the tests that read it.
const { spawnSync } = require("child_process");
const path = require("path");

module.exports = async () => {
  if (process.env.OAI_SKIP_BUILD === "1") return; // .ci/run has just built
  const root = path.resolve(__dirname, "..", "..");
  const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const result = spawnSync(process.execPath, [webpack, "--mode", "production"], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`The production build failed:\n${result.stdout}\n${result.stderr}`);
  }
};
