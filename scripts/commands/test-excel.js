// `npm run test:excel`: the scenario table (test/scenarios) inside real Excel. It builds the test
// add-in (dist-excel-tests/, whose task pane is the scenario runner), serves it on
// https://localhost:3000, starts office-addin-test-server on port 4201 and waits for the runner
// to post its results, as Microsoft's custom-functions template tests end to end. On Windows and
// macOS it sideloads the test add-in with office-addin-debugging (fetched by npx on demand: it
// needs a keychain module that does not install offline, so it is no dependency of this project).
//   --results-only  only start the test server and wait (npm test's chromium run uses this)
//   --timeout S     give up after S seconds (default 900)
const { spawn, spawnSync } = require("child_process");
const Module = require("module");
const path = require("path");

const PORT = 4201; // office-addin-test-server's default, where the runner posts
const root = path.resolve(__dirname, "..", "..");
const args = process.argv.slice(2);
const resultsOnly = args.includes("--results-only");
const timeoutIndex = args.indexOf("--timeout");
const timeoutSeconds = timeoutIndex >= 0 ? Number(args[timeoutIndex + 1]) : 900;

/**
 * office-addin-test-server serves HTTPS with office-addin-dev-certs, which first installs its CA
 * into the system's trust store. Linux has no Excel to trust it, and installing needs sudo: there
 * the same server gets the project's own certificate (scripts/dev/certificates.js) instead.
 */
async function startTestServer() {
  if (process.platform === "linux") {
    const { tlsOptions } = require("../dev/certificates");
    const serverDir = path.dirname(require.resolve("office-addin-test-server"));
    const devCertsPath = require.resolve("office-addin-dev-certs", { paths: [serverDir] });
    const shim = new Module(devCertsPath);
    shim.filename = devCertsPath;
    shim.loaded = true;
    shim.exports = { getHttpsServerOptions: tlsOptions };
    require.cache[devCertsPath] = shim;
  }
  const { TestServer } = require("office-addin-test-server");
  const server = new TestServer(PORT);
  server.getTestResults().catch(() => undefined); // it starts as a rejected promise
  await server.startTestServer();
  return server;
}

function report({ platform, results }) {
  console.log(`RESULTS ${JSON.stringify({ platform, results })}`);
  for (const r of results) {
    console.log(`${r.passed ? "passed" : "FAILED"}  ${r.name}`);
    for (const p of r.problems) console.log(`        ${p}`);
  }
  const failed = results.filter((r) => !r.passed).length;
  console.log(`In ${platform}: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0 && results.length > 0;
}

function startAddin() {
  const build = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "excelTests"],
    { cwd: root, stdio: "inherit" }
  );
  if (build.status !== 0) throw new Error("the test build failed");
  const serve = spawn(process.execPath, [path.join(__dirname, "serve.js")], {
    cwd: root,
    env: { ...process.env, OAI_SERVE_DIR: path.join(root, "dist-excel-tests") },
    stdio: "inherit",
  });
  const manifest = path.join("dist-excel-tests", "manifest.xml");
  if (process.platform === "win32" || process.platform === "darwin") {
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    spawn(
      npx,
      [
        "--yes",
        `office-addin-debugging@${require("../../package.json").config.sideloadToolVersion}`,
        "start",
        manifest,
        "desktop",
      ],
      {
        cwd: root,
        stdio: "inherit",
      }
    );
    console.log(
      "Excel opens with the test add-in: click Home > Leak figures to run the scenarios."
    );
  } else {
    console.log(
      [
        "There is no desktop Excel on Linux. In Excel on the web, open a new workbook, upload",
        `${manifest} (Home > Add-ins > More Add-ins > Upload My Add-in) and click Home > Leak figures.`,
      ].join("\n")
    );
  }
  return serve;
}

async function main() {
  const server = await startTestServer();
  console.log(`Test server listening on https://localhost:${PORT}`);
  const serve = resultsOnly ? undefined : startAddin();
  const timer = setTimeout(() => {
    console.error(`No results after ${timeoutSeconds} s.`);
    process.exit(2);
  }, timeoutSeconds * 1000);
  const ok = report(await server.getTestResults());
  clearTimeout(timer);
  await server.stopTestServer();
  serve?.kill();
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(`npm run test:excel failed: ${err.message}`);
  process.exit(2);
});
