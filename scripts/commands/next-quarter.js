/*
 * `npm run test:next-quarter [-- jest args]`: the whole suite on a copy of src/data/leak.json with
 * one synthetic quarter more (the quarter after the data's last), as a maintainer adding a real one
 * would run it. Proves that a new quarter is a one-file change: every test that is not about the
 * published figures follows the data. The copy goes to a temporary folder; the repository is untouched
 * (the builds go to dist/ as for `npm test`; run `npm run build` afterwards for the real data).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");

const { withNextQuarter } = require("../../test-support/next-quarter");

function main(args) {
  const data = JSON.parse(fs.readFileSync(path.join(root, "src", "data", "leak.json"), "utf8"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oai-next-quarter-data-"));
  const file = path.join(dir, "leak.json");
  fs.writeFileSync(file, JSON.stringify(withNextQuarter(data), null, 2));
  const added = withNextQuarter(data).quarters.at(-1);
  console.log(`Running the tests on ${file}: Q${added.quarter} ${added.year} added.`);
  const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");
  const run = spawnSync(process.execPath, [jest, ...args], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, OAI_LEAK_DATA: file },
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return run.status ?? 1;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
