/*
 * A new quarter is a one-file change: a copy of src/data/leak.json with a synthetic Q4 2025 (and
 * a new data version), and no change of code. The shipped bundles are built from the copy, and
 * the core, the pane's view, the writer and the audit read it here (jest.doMock puts the copy
 * where the code imports the data file). The figures below are the synthetic quarter's own.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ExcelError, EXPORT_NAMES, installCustomFunctionsShim, registered } from "./helpers/excel";
import { createFakeExcel } from "./helpers/fake-excel";
import { shownComputedCells } from "./helpers/hyperformula";

const root = path.resolve(__dirname, "..");
const { checkLeakData } = require("../scripts/data-check");

// Every import of the data file, in this suite, gets the copy (jest hoists this above the imports).
jest.mock("../src/data/leak.json", () => {
  const copy = JSON.parse(JSON.stringify(jest.requireActual("../src/data/leak.json")));
  copy.quarters.push({
    year: 2025,
    quarter: 4,
    inferenceCost: 4.321,
    revenueShare: 0.456,
    impliedRevenuePublished: 2.281,
  });
  copy.version = "1.1.0";
  copy.date = "2026-02-15";
  return copy;
});
const eight = require("../src/data/leak.json");
const core = require("../src/core") as typeof import("../src/core");
const view = require("../src/taskpane/view") as typeof import("../src/taskpane/view");
const { runInsert } =
  require("../src/taskpane/workbook-writer") as typeof import("../src/taskpane/workbook-writer");
const { runAudit } = require("../src/taskpane/audit") as typeof import("../src/taskpane/audit");
const { layoutMarkdown } = require("../scripts/layout-doc");

const COVERAGE = "Q1 2024 – Q4 2025";
// The published 2025 quarters plus the synthetic one, summed in thousandths (bn USD).
const COST_2025 = (2075 + 2947 + 3648 + 4321) / 1000;

test("the copy is a valid data file", () => {
  expect(checkLeakData(eight)).toEqual([]);
});

describe("the shipped bundles, built from the copy", () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "oai-eight-"));
  const oai: Record<string, (...args: unknown[]) => unknown[][]> = {};
  const read = (name: string) => fs.readFileSync(path.join(dist, name), "utf8");

  beforeAll(() => {
    const data = path.join(dist, "leak.json");
    fs.writeFileSync(data, JSON.stringify(eight, null, 2));
    const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
    const build = spawnSync(
      process.execPath,
      [webpack, "--mode", "production", "--output-path", path.join(dist, "out")],
      { cwd: root, encoding: "utf8", env: { ...process.env, OAI_LEAK_DATA: data } }
    );
    if (build.status !== 0) throw new Error(`The build failed:\n${build.stdout}${build.stderr}`);
    installCustomFunctionsShim();
    new Function(read("out/functions.js"))();
    for (const [id, name] of Object.entries(EXPORT_NAMES)) oai[name] = registered.get(id) as never;
  }, 120_000);

  test("the functions answer for the new quarter, and the year and half it completes", () => {
    expect(oai.inferenceCost([["Q4 2025"], ["2025"], ["H2 2025"]])).toEqual([
      [4.321],
      [COST_2025],
      [(3648 + 4321) / 1000],
    ]);
    expect(oai.revenueShare([["Q4 2025"]])).toEqual([[0.456]]);
  });

  test("the range the messages name covers it; the quarter after is #N/A", () => {
    const [[after]] = oai.inferenceCost([["Q1 2026"]]) as ExcelError[][];
    expect(after.code).toBe("#N/A");
    expect(after.message).toContain(`the data cover ${COVERAGE} (latest year to date: 2025)`);
  });

  test("DATASET spills eight quarters under its header", () => {
    const out = oai.dataset();
    expect(out).toHaveLength(9);
    expect(out[8]).toEqual(["Q4 2025", 4.321, 0.456, 2.281]);
    expect(oai.dataset(false)).toHaveLength(8);
  });

  test("the function metadata and the pane's footer name the new range and version", () => {
    expect(read("out/functions.json")).toContain(`one row per quarter (${COVERAGE})`);
    expect(read("out/functions-de.json")).toContain(`eine Zeile je Quartal (${COVERAGE})`);
    expect(read("out/taskpane.html")).toContain("Data 1.1.0 of 2026-02-15");
    expect(read("out/manifest.xml")).toContain("Q1 2024 to Q4 2025, as OAI.* functions");
    expect(read("out/manifest.xml")).toContain("Q1 2024 bis Q4 2025,");
    expect(oai.source([["Q4 2025"]])[0][0]).toMatch(/Data version 1\.1\.0 of 2026-02-15\.$/);
  });
});

describe("the core, the pane and the workbook, reading the copy", () => {
  test("the range, the titles and the quarter count follow the data", () => {
    expect(core.QUARTERS).toHaveLength(8);
    expect(core.COVERAGE).toBe(COVERAGE);
    expect(core.SHEET_TEXTS.en.title).toContain(COVERAGE);
    expect(core.SHEET_TEXTS.de.title).toContain(COVERAGE);
    expect(view.dataVersionLine("de")).toBe("Daten 1.1.0 vom 2026-02-15");
  });

  test("the sheet plan has eight body rows, and its totals row sums all eight", () => {
    const plan = core.buildSheetPlan(core.DEFAULT_ASSUMPTIONS, "en");
    expect(plan.table.bodyRows).toBe(8);
    expect(plan.table.totalsRow).toBe(plan.table.headerRow + 9);
    const body = plan.cells.filter(
      (c) => c.col === 0 && c.row > plan.table.headerRow && c.row < plan.table.totalsRow
    );
    expect(body.map((c) => c.content)).toEqual(core.QUARTERS.map((q) => q.label));
    // The totals of the formula columns as Excel computes them (HyperFormula): all eight quarters.
    const shown = shownComputedCells(plan, []);
    const ratioTotal = shown.find((c) => c.row === plan.table.totalsRow && c.col === 5)!;
    const all = core.lookupPeriod(COVERAGE) as import("../src/core").PeriodTotals;
    expect(all.quarterCount).toBe(8);
    expect(ratioTotal.value).toBeCloseTo(
      core.inferenceRatio.compute(all, core.DEFAULT_ASSUMPTIONS) as number,
      12
    );
  });

  test("the checks and the card follow", () => {
    const quarters = core.quarterChecks();
    expect(quarters).toHaveLength(8);
    expect(quarters[7]).toMatchObject({ subject: { quarter: "Q4 2025" }, withinRounding: true });
    expect(core.totalChecks().every((c) => c.withinRounding)).toBe(true);
    const card = core.periodCard(
      core.lookupPeriod("Q4 2025") as import("../src/core").PeriodTotals,
      core.DEFAULT_ASSUMPTIONS,
      "en"
    );
    expect(core.isCoreError(card)).toBe(false);
    expect(JSON.stringify(card)).toContain("4.321");
  });

  test("the pane's quarter table shows the new quarter and the total covers it", () => {
    const h = view.headline(core.DEFAULT_ASSUMPTIONS, "en");
    expect(h.rows.map((r) => r.label)).toEqual(core.QUARTERS.map((q) => q.label));
    expect(h.rows[7].inferenceCost).toBe(view.formatBn(4.321));
    expect(h.total.label).toBe(COVERAGE);
    expect(h.sentence).toMatch(/^Q4 2025:/);
    expect(view.altmanLine("en")).toMatch(/^For Q4 2025 to run at the 20 bn USD a year Sam Altman/);
  });

  test("insert, refresh and audit handle eight quarters", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    const request = {
      placement: "newSheet" as const,
      assumptions: core.DEFAULT_ASSUMPTIONS,
      locale: "en" as const,
    };
    await runInsert(fake.Excel.run as never, request);
    await runInsert(fake.Excel.run as never, request); // the refresh
    const plan = core.buildSheetPlan(core.DEFAULT_ASSUMPTIONS, "en");
    const sheet = fake.state.sheet(plan.sheetName)!;
    expect(fake.state.tables).toHaveLength(1);
    expect(fake.state.tables[0].rows).toBe(9); // eight quarters and the totals row
    expect(fake.state.cell(sheet, plan.table.headerRow + 8, 0).value).toBe("Q4 2025");
    // What Excel would show in the computed cells, then the audit.
    for (const c of shownComputedCells(plan, [])) {
      const cell = fake.state.cell(sheet, c.row, c.col);
      sheet.cells.set(`${c.row},${c.col}`, { ...cell, value: c.value });
    }
    const report = await runAudit(fake.Excel.run as never, "en");
    expect(report).toMatchObject({ findings: [], compared: 18, agreed: 18 });
  });

  test("the generated docs list the eight quarters", () => {
    const doc = layoutMarkdown(core.buildSheetPlan(core.DEFAULT_ASSUMPTIONS, "en"));
    expect(doc).toContain("(8 quarters)");
    expect(doc).toContain(COVERAGE);
  });
});
