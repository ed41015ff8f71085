/*
 * A new quarter is a one-file change: a copy of src/data/leak.json with one synthetic quarter
 * more — the quarter after the data's last, Q4 2025 (the eighth) while the leak ends at Q3 2025 —
 * and a new data version, and no change of code. The shipped bundles are built from the copy, and
 * the core, the pane's view, the writer, the audit and the docs read it here (jest.mock puts the
 * copy where the code imports the data file). The synthetic quarter is test-support/next-quarter.js's, as for npm run test:next-quarter.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ExcelError, EXPORT_NAMES, installCustomFunctionsShim, registered } from "../support/excel";
import { createFakeExcel } from "../../test-support/fake-excel";
import { excelCalculates, excelRun } from "../../test-support/fixtures";
import { shownComputedCells } from "../../test-support/hyperformula";

const root = path.resolve(__dirname, "..", "..");
const { checkLeakData } = require("../../scripts/build/data-check");

// Every import of the data file, in this suite, gets the copy (jest hoists this above the imports).
jest.mock("../../src/data/leak.json", () =>
  require("../../test-support/next-quarter").withNextQuarter(
    jest.requireActual("../../src/data/leak.json")
  )
);
const withNew = require("../../src/data/leak.json");
const core = require("../../src/core") as typeof import("../../src/core");
const view = require("../../src/taskpane/view") as typeof import("../../src/taskpane/view");
const { runInsert } =
  require("../../src/taskpane/workbook-writer") as typeof import("../../src/taskpane/workbook-writer");
const { runAudit } =
  require("../../src/taskpane/audit") as typeof import("../../src/taskpane/audit");
const { layoutMarkdown } = require("../../scripts/build/layout-doc");

type Raw = { year: number; quarter: number; inferenceCost: number };
const quarters: Raw[] = withNew.quarters;
const added = quarters[quarters.length - 1];
const COUNT = quarters.length; // 8 today
const NEW = `Q${added.quarter} ${added.year}`; // "Q4 2025" today
const FIRST = `Q${quarters[0].quarter} ${quarters[0].year}`;
const COVERAGE = `${FIRST} – ${NEW}`;
const AFTER = added.quarter === 4 ? `Q1 ${added.year + 1}` : `Q${added.quarter + 1} ${added.year}`;
const HALF = `H${added.quarter <= 2 ? 1 : 2} ${added.year}`;
// Sums of the copy's quarters in whole thousandths, as published figures add up exactly.
const costOf = (keep: (q: Raw) => boolean) =>
  quarters.filter(keep).reduce((sum, q) => sum + Math.round(q.inferenceCost * 1000), 0) / 1000;
const YEAR_COST = costOf((q) => q.year === added.year);
const HALF_COST = costOf((q) => q.year === added.year && q.quarter <= 2 === added.quarter <= 2);
const YEAR_TO_DATE = `${["Q1 ", "H1 ", "9M ", ""][added.quarter - 1]}${added.year}`;

test(`the copy, with ${NEW} added, is a valid data file`, () => {
  expect(checkLeakData(withNew)).toEqual([]);
  expect(COUNT).toBe(jest.requireActual("../../src/data/leak.json").quarters.length + 1);
});

describe("the shipped bundles, built from the copy", () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "oai-next-quarter-"));
  const oai: Record<string, (...args: unknown[]) => unknown[][]> = {};
  const read = (name: string) => fs.readFileSync(path.join(dist, name), "utf8");

  beforeAll(() => {
    const data = path.join(dist, "leak.json");
    fs.writeFileSync(data, JSON.stringify(withNew, null, 2));
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

  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  test("the functions answer for the new quarter, its year so far and the half it completes", () => {
    // Q4 2025: "2025" and "H2 2025"; a Q1 would give "Q1 2026", and its half is not complete.
    const [[quarter], [yearSoFar], [half]] = oai.inferenceCost([[NEW], [YEAR_TO_DATE], [HALF]]);
    expect([quarter, yearSoFar]).toEqual([4.321, YEAR_COST]);
    if (added.quarter % 2 === 0) expect(half).toBe(HALF_COST);
    else expect((half as ExcelError).code).toBe("#N/A");
    expect(oai.revenueShare([[NEW]])).toEqual([[0.456]]);
  });

  test("the range the messages name covers it; the quarter after is #N/A", () => {
    const [[after]] = oai.inferenceCost([[AFTER]]) as ExcelError[][];
    expect(after.code).toBe("#N/A");
    expect(after.message).toContain(
      `the data cover ${COVERAGE} (latest year to date: ${YEAR_TO_DATE})`
    );
  });

  test(`DATASET spills ${COUNT} quarters under its header`, () => {
    const out = oai.dataset();
    expect(out).toHaveLength(COUNT + 1);
    expect(out[COUNT]).toEqual([NEW, 4.321, 0.456, 2.281]);
    expect(oai.dataset(false)).toHaveLength(COUNT);
  });

  test("the function metadata, the manifest and the pane's footer name the new range and version", () => {
    expect(read("out/functions.json")).toContain(`one row per quarter (${COVERAGE})`);
    expect(read("out/functions-de.json")).toContain(`eine Zeile je Quartal (${COVERAGE})`);
    expect(read("out/taskpane.html")).toContain("Data 9.1.0 of 2026-02-15");
    expect(read("out/manifest.xml")).toContain(`${FIRST} to ${NEW}, as OAI.* functions`);
    expect(read("out/manifest.xml")).toContain(`${FIRST} bis ${NEW},`);
    expect(oai.source([[NEW]])[0][0]).toMatch(/Data version 9\.1\.0 of 2026-02-15\.$/);
  });
});

describe("the core, the pane and the workbook, reading the copy", () => {
  test("the range, the titles and the quarter count follow the data", () => {
    expect(core.QUARTERS).toHaveLength(COUNT);
    expect(core.COVERAGE).toBe(COVERAGE);
    expect(core.SHEET_TEXTS.en.title).toContain(COVERAGE);
    expect(core.SHEET_TEXTS.de.title).toContain(COVERAGE);
    expect(view.dataVersionLine("de")).toBe("Daten 9.1.0 vom 2026-02-15");
  });

  test(`the sheet plan has ${COUNT} body rows, and its totals row sums them all`, () => {
    const plan = core.buildSheetPlan(core.DEFAULT_ASSUMPTIONS, "en");
    expect(plan.table.bodyRows).toBe(COUNT);
    expect(plan.table.totalsRow).toBe(plan.table.headerRow + COUNT + 1);
    const body = plan.cells.filter(
      (c) => c.col === 0 && c.row > plan.table.headerRow && c.row < plan.table.totalsRow
    );
    expect(body.map((c) => c.content)).toEqual(core.QUARTERS.map((q) => q.label));
    // The totals of the formula columns as Excel computes them (HyperFormula): every quarter.
    const shown = shownComputedCells(plan, []);
    const ratioTotal = shown.find((c) => c.row === plan.table.totalsRow && c.col === 5)!;
    const all = core.lookupPeriod(COVERAGE) as import("../../src/core").PeriodTotals;
    expect(all.quarterCount).toBe(COUNT);
    expect(ratioTotal.value).toBeCloseTo(
      core.inferenceRatio.compute(all, core.DEFAULT_ASSUMPTIONS) as number,
      12
    );
  });

  test("the checks and the card follow", () => {
    const quarterChecks = core.quarterChecks();
    expect(quarterChecks).toHaveLength(COUNT);
    expect(quarterChecks[COUNT - 1]).toMatchObject({
      subject: { quarter: NEW },
      withinRounding: true,
    });
    expect(core.totalChecks().every((c) => c.withinRounding)).toBe(true);
    const card = core.periodCard(
      core.lookupPeriod(NEW) as import("../../src/core").PeriodTotals,
      core.DEFAULT_ASSUMPTIONS,
      "en"
    );
    expect(core.isCoreError(card)).toBe(false);
    expect(JSON.stringify(card)).toContain("4.321");
  });

  test("the pane's quarter table shows the new quarter and the total covers it", () => {
    const h = view.headline(core.DEFAULT_ASSUMPTIONS, "en");
    expect(h.rows.map((r) => r.label)).toEqual(core.QUARTERS.map((q) => q.label));
    expect(h.rows[COUNT - 1].inferenceCost).toBe(view.formatBn(4.321));
    expect(h.total.label).toBe(COVERAGE);
    expect(h.sentence.startsWith(`${NEW}:`)).toBe(true);
    expect(view.altmanLine("en").startsWith(`For ${NEW} to run at the 20 bn USD`)).toBe(true);
  });

  test(`insert, refresh and audit handle ${COUNT} quarters`, async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    const request = {
      placement: "newSheet" as const,
      assumptions: core.DEFAULT_ASSUMPTIONS,
      locale: "en" as const,
    };
    await runInsert(excelRun(fake), request);
    await runInsert(excelRun(fake), request); // the refresh
    const plan = core.buildSheetPlan(core.DEFAULT_ASSUMPTIONS, "en");
    const sheet = fake.state.sheet(plan.sheetName)!;
    expect(fake.state.tables).toHaveLength(1);
    expect(fake.state.tables[0].rows).toBe(COUNT + 1); // the quarters and the totals row
    expect(fake.state.cell(sheet, plan.table.headerRow + COUNT, 0).value).toBe(NEW);
    // What Excel would show in the computed cells, then the audit.
    for (const c of shownComputedCells(plan, []))
      excelCalculates(fake, sheet.name, c.row, c.col, c.value);
    const report = await runAudit(excelRun(fake), "en");
    const computed = 2 * (COUNT + 1); // two formula columns, each quarter and the totals
    expect(report).toMatchObject({ findings: [], compared: computed, agreed: computed });
  });

  test("the generated docs list the new quarter", () => {
    const doc = layoutMarkdown(core.buildSheetPlan(core.DEFAULT_ASSUMPTIONS, "en"));
    expect(doc).toContain(`(${COUNT} quarters)`);
    expect(doc).toContain(COVERAGE);
  });
});
