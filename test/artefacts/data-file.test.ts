/*
 * src/data/leak.json, the one file that states a figure: it passes its JSON Schema and the checks
 * a schema cannot make, and a broken copy fails — in the check and in the build — with a message
 * naming the field.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import { COVERAGE, QUARTERS } from "../../src/core";

const {
  DATA_FILE,
  checkLeakData,
  checkLeakFile,
  LeakDataPlugin,
} = require("../../scripts/build/data-check");

type Data = {
  quarters: Record<string, unknown>[];
  columns: Record<string, unknown>[];
  sources: Record<string, unknown>;
  reportedTotals: Record<string, unknown>[];
  version: unknown;
  date: unknown;
};
const copy = (): Data => JSON.parse(fs.readFileSync(DATA_FILE, "utf8"));

describe("the data file", () => {
  test("passes its schema and the checks a schema cannot make", () => {
    expect(checkLeakFile()).toEqual([]);
  });

  test("a figure of the wrong type fails, naming the field", () => {
    const data = copy();
    data.quarters[3].inferenceCost = "1.467";
    expect(checkLeakData(data)).toEqual(["quarters[3].inferenceCost must be number"]);
  });

  test("a figure with more digits than published fails, naming the field", () => {
    const data = copy();
    data.quarters[0].revenueShare = 0.0771;
    expect(checkLeakData(data)).toEqual(["quarters[0].revenueShare must be multiple of 0.001"]);
  });

  test("a missing source fails, naming the field", () => {
    const column = copy();
    delete column.columns[1].source;
    expect(checkLeakData(column)).toEqual(["columns[1].source is missing"]);
    const who = copy();
    delete who.sources.share;
    expect(checkLeakData(who)).toEqual(["sources.share is missing"]);
  });

  test("a duplicate quarter fails, naming both entries", () => {
    const data = copy();
    data.quarters.push({ ...data.quarters[6] });
    expect(checkLeakData(data)).toEqual(["quarters[7]: Q3 2025 appears twice (also quarters[6])"]);
  });

  test("a gap or a quarter out of order fails, naming the field", () => {
    const data = copy();
    data.quarters.splice(2, 1);
    expect(checkLeakData(data)).toEqual([
      "quarters[2]: Q4 2024 must come right after Q2 2024 (quarters in calendar order, no gap)",
    ]);
  });

  test("a total for a period the add-in cannot read, or that the quarters do not cover, fails", () => {
    const unreadable = copy();
    unreadable.reportedTotals[0].period = "early 2024";
    expect(checkLeakData(unreadable)).toEqual([
      expect.stringMatching(/^reportedTotals\[0\]\.period: "early 2024" is not a period/),
    ]);
    const uncovered = copy();
    uncovered.reportedTotals[0].period = "2023";
    expect(checkLeakData(uncovered)).toEqual([
      expect.stringMatching(/^reportedTotals\[0\]\.period: "2023" is checked against the quarters/),
    ]);
  });

  test("a version and a date in their forms", () => {
    const data = copy();
    data.version = "v2";
    data.date = "30.11.2026";
    expect(checkLeakData(data)).toEqual([
      'version must match pattern "^\\d+\\.\\d+\\.\\d+$"',
      expect.stringMatching(/^date must match pattern/),
    ]);
  });

  test("the build fails on a broken data file, with the message naming the field", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oai-data-"));
    const file = path.join(dir, "leak.json");
    const data = copy();
    data.quarters[3].inferenceCost = "1.467";
    fs.writeFileSync(file, JSON.stringify(data));
    // The plugin as webpack.config.js uses it, on the smallest build that reads the data.
    const compiler = webpack({
      mode: "none",
      context: dir,
      entry: file,
      output: { path: path.join(dir, "out") },
      plugins: [new LeakDataPlugin(file)],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((err, s) => (err ? reject(err) : resolve(s!)))
    );
    expect(stats.hasErrors()).toBe(true);
    expect(stats.toJson().errors!.map((e) => e.message)).toContain(
      "leak.json: quarters[3].inferenceCost must be number"
    );
  });

  test("the build fills the data's range and version into the files Excel reads as they are", () => {
    const dist = (name: string) =>
      fs.readFileSync(path.join(__dirname, "..", "..", "dist", name), "utf8");
    for (const name of ["manifest.xml", "functions.json", "functions-de.json", "taskpane.html"]) {
      expect([name, dist(name).match(/\{\{\w+\}\}/g)]).toEqual([name, null]);
    }
    const [first, last] = [QUARTERS[0].label, QUARTERS[QUARTERS.length - 1].label];
    expect(dist("manifest.xml")).toContain(`${first} to ${last}, as OAI.* functions`);
    expect(dist("manifest.xml")).toContain(`${first} bis ${last},`);
    expect(dist("functions.json")).toContain(`one row per quarter (${COVERAGE})`);
    const built = process.env.OAI_LEAK_DATA || DATA_FILE; // what npm test built from
    const { version, date } = JSON.parse(fs.readFileSync(built, "utf8"));
    expect(dist("taskpane.html")).toContain(`Data ${version} of ${date}`);
  });
});
