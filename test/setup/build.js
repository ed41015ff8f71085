// Jest global setup: fresh production builds in dist/ and dist-excel-tests/ for the tests that read them.
const { spawn } = require("child_process");
const path = require("path");

/** One production build in its own process; resolves with its output, rejects if it fails. */
function build(root, extra) {
  const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [webpack, "--mode", "production", ...extra], {
      cwd: root,
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`The production build failed:\n${output}`))
    );
  });
}

module.exports = async () => {
  if (process.env.OAI_SKIP_BUILD === "1") return; // .ci/run has just built
  const root = path.resolve(__dirname, "..", "..");
  // dist/, and dist-excel-tests/ (the add-in whose task pane runs the scenarios: test:excel),
  // side by side: one on each core.
  await Promise.all([build(root, []), build(root, ["--env", "excelTests"])]);
};
