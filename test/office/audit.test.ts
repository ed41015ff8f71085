/*
 * Audit this workbook: against the Excel fake, whose computed cells hold what HyperFormula
 * computes from the same formulas (as real Excel would), with a user's edits applied to both.
 */
import {
  DEFAULT_ASSUMPTIONS,
  Locale,
  SHARE_RATE_NAME,
  SheetPlan,
  auditDataset,
  buildSheetPlan,
} from "../../src/core";
import { runAudit, selectCells } from "../../src/taskpane/audit";
import { deAudit } from "../../src/core/words/de-sheet";
import { enAudit } from "../../src/core/words/en-sheet";
import { runInsert } from "../../src/taskpane/workbook-writer";
import { FakeExcel, createFakeExcel } from "../../test-support/fake-excel";
import { excelCalculates, excelRun, userTypes } from "../../test-support/fixtures";
import { evaluateDataset } from "../../test-support/hyperformula";
import { AUDITED_CELLS } from "../support/data";

interface Edit {
  readonly row: number;
  readonly col: number;
  readonly value: number | string;
}

const run = (fake: FakeExcel) => excelRun(fake);

/**
 * A dataset inserted on a new sheet, the user's edits made (and a body row deleted), and every
 * formula cell of the table given the value HyperFormula computes for it — what Excel would show.
 */
async function inserted(locale: Locale = "en", edits: Edit[] = [], deleteRow?: number) {
  const plan: SheetPlan = buildSheetPlan(DEFAULT_ASSUMPTIONS, locale);
  const fake = createFakeExcel({ sheets: ["Sheet1"] });
  await runInsert(run(fake), { placement: "newSheet", assumptions: DEFAULT_ASSUMPTIONS, locale });
  const sheet = fake.state.sheet(plan.sheetName)!;
  const hf = evaluateDataset(plan);
  for (const e of edits) {
    hf.hf.setCellContents({ sheet: hf.sheet, row: e.row, col: e.col }, e.value);
    await userTypes(fake, sheet.name, e.row, e.col, [[e.value]]);
  }
  const table = fake.state.tables[0];
  if (deleteRow !== undefined) {
    // As Excel deletes a table row: the rows below move up and the table shrinks.
    hf.hf.removeRows(hf.sheet, [deleteRow, 1]);
    const moved = new Map<string, ReturnType<typeof fake.state.cell>>();
    for (const [k, c] of sheet.cells) {
      const [r, col] = k.split(",").map(Number);
      if (r === deleteRow && col < 6) continue;
      moved.set(r > deleteRow && col < 6 ? `${r - 1},${col}` : k, c);
    }
    sheet.cells = moved;
    table.rows -= 1;
  }
  const lastRow = table.top + table.rows; // the totals row
  for (let row = table.top + 1; row <= lastRow; row++) {
    for (const col of [4, 5]) {
      if (fake.state.cell(sheet, row, col).formula === null) continue; // the user's own value stays
      const v = hf.value(row, col) as number | { value: string };
      excelCalculates(fake, sheet.name, row, col, typeof v === "object" ? v.value : v);
    }
  }
  fake.state.syncs = 0;
  return { fake, plan, hf };
}

describe("Audit this workbook", () => {
  test(`a fresh insert: Excel agrees with the add-in on ${AUDITED_CELLS} of ${AUDITED_CELLS} cells, in one read round trip and no writes`, async () => {
    const { fake } = await inserted();
    const before = fake.state.snapshot();
    const report = await runAudit(run(fake), "en");
    expect(report).toMatchObject({
      sheetName: "OpenAI leak",
      locale: "en",
      findings: [],
      compared: AUDITED_CELLS,
      agreed: AUDITED_CELLS,
    });
    expect(fake.state.syncs).toBe(1);
    expect(fake.state.snapshot()).toBe(before);
  });

  test("a German sheet is found and audited the same", async () => {
    const { fake } = await inserted("de");
    expect(await runAudit(run(fake), "de")).toMatchObject({
      sheetName: "OpenAI-Leak",
      locale: "de",
      findings: [],
      agreed: AUDITED_CELLS,
    });
  });

  test("an edited published value is reported with the leak's and the sheet's value; Excel still computes what the core computes from it", async () => {
    const { fake } = await inserted("en", [{ row: 11, col: 2, value: 0.2 }]);
    const report = (await runAudit(run(fake), "en"))!;
    expect(report.findings).toEqual([
      { kind: "edited", cell: "C12", message: enAudit.edited("C12", "0.168", "0.200") },
    ]);
    expect([report.agreed, report.compared]).toEqual([AUDITED_CELLS, AUDITED_CELLS]);
  });

  test("a German audit shows both numbers with a decimal comma, as many decimals as the published figure", async () => {
    // 0.11 was published with two decimals; the sheet's value gets more only to tell them apart.
    const { fake } = await inserted("de", [
      { row: 9, col: 2, value: 0.2 },
      { row: 11, col: 2, value: 0.1681 },
    ]);
    const report = (await runAudit(run(fake), "de"))!;
    expect(report.findings.map((f) => f.message)).toEqual([
      deAudit.edited("C10", "0,11", "0,20"),
      deAudit.edited("C12", "0,1680", "0,1681"),
    ]);
  });

  test("a formula the user overwrote is reported, and not compared", async () => {
    const { fake } = await inserted("en", [{ row: 9, col: 4, value: 0.5 }]);
    const report = (await runAudit(run(fake), "en"))!;
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: "formula",
        cell: "E10",
        message: "E10: no longer the add-in's formula (now 0.5).",
      }),
    ]);
    // The ratio beside it divides by what E10 now shows, and the total sums it: they agree.
    expect([report.agreed, report.compared]).toEqual([AUDITED_CELLS - 1, AUDITED_CELLS - 1]);
  });

  test("a computed value Excel shows differently is reported: the proof runs both ways", async () => {
    const { fake } = await inserted();
    excelCalculates(fake, "OpenAI leak", 8, 4, 0.39);
    const report = (await runAudit(run(fake), "en"))!;
    expect(report.findings[0]).toEqual({
      kind: "differs",
      cell: "E9",
      message: enAudit.differs("E9", "0.390", "0.385"),
    });
    expect(report.agreed).toBeLessThan(report.compared);
  });

  test("a computed value that differs is shown in the metric's format in German, never with 15 digits", async () => {
    const { fake } = await inserted("de");
    excelCalculates(fake, "OpenAI-Leak", 8, 4, 0.39);
    // The add-in computes 1.467 / 0.84 = 1.74642857142857 (15 digits): shown in the ratio's format.
    excelCalculates(fake, "OpenAI-Leak", 11, 5, 1.8);
    // Below the format's decimals: one more, only to tell the two apart.
    excelCalculates(fake, "OpenAI-Leak", 9, 4, 0.5501);
    const report = (await runAudit(run(fake), "de"))!;
    expect(report.findings.map((f) => f.message)).toEqual([
      // The ratios beside divide by what E9 and E10 now show; Excel's still by what they showed.
      deAudit.differs("E9", "0,390", "0,385"),
      deAudit.differs("F9", "1,42", "1,40"),
      deAudit.differs("E10", "0,5501", "0,5500"),
      deAudit.differs("F10", "1,3600", "1,3598"),
      deAudit.differs("F12", "1,80", "1,75"),
    ]);
  });

  test("a renamed header is reported by cell, and the rest audited by position", async () => {
    const { fake } = await inserted("en", [{ row: 7, col: 5, value: "Ratio" }]);
    const report = (await runAudit(run(fake), "en"))!;
    expect(report.findings).toEqual([
      {
        kind: "header",
        cell: "F8",
        message: 'F8: the header reads "Ratio" (the add-in wrote "Inference ratio").',
      },
    ]);
    expect(report.agreed).toBe(AUDITED_CELLS);
  });

  test("a deleted row is reported as a missing quarter; the totals of the rest agree", async () => {
    const { fake } = await inserted("en", [], 10);
    const report = (await runAudit(run(fake), "en"))!;
    expect(report.findings.map((f) => f.message)).toEqual([
      "Q3 2024 is not in the table (a deleted row?).",
    ]);
    // The missing quarter's two cells.
    expect([report.agreed, report.compared]).toEqual([AUDITED_CELLS - 2, AUDITED_CELLS - 2]);
  });

  test("an invalid rate in the sheet: Excel's errors are what the core gives, so they agree", async () => {
    const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS);
    const rate = plan.names.find((n) => n.name === SHARE_RATE_NAME)!;
    const { fake } = await inserted("en", [{ row: rate.row, col: rate.col, value: 20 }]);
    const report = (await runAudit(run(fake), "en"))!;
    expect(report).toMatchObject({
      findings: [],
      compared: AUDITED_CELLS,
      agreed: AUDITED_CELLS,
    });
    expect(fake.state.cell(fake.state.sheet("OpenAI leak")!, 8, 4).error).toBe("#VALUE!");
  });

  test("no dataset: the audit says so", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    expect(await runAudit(run(fake), "en")).toBeUndefined();
  });

  test("Select these cells selects every cell the audit found, on the dataset's sheet", async () => {
    const { fake } = await inserted("en", [
      { row: 11, col: 2, value: 0.2 },
      { row: 9, col: 4, value: 0.5 },
    ]);
    const report = (await runAudit(run(fake), "en"))!;
    fake.state.active = fake.state.sheets[0];
    await selectCells(
      run(fake),
      report.sheetName,
      report.findings.map((f) => f.cell!)
    );
    expect(fake.state.active.name).toBe("OpenAI leak");
    expect(fake.state.selectedAreas).toEqual([
      { row: 9, col: 4 },
      { row: 11, col: 2 },
    ]);
  });

  test("findings in German in a German pane", () => {
    const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS);
    const report = auditDataset(
      {
        sheetName: "S",
        top: plan.table.headerRow,
        left: 0,
        headers: ["Quarter"],
        body: { values: [], formulas: [], types: [] },
        rate: "",
        payments: "",
      },
      "de"
    );
    expect(report.findings.find((f) => f.kind === "missing")!.message).toBe(
      "Q1 2024 fehlt in der Tabelle (eine gelöschte Zeile?)."
    );
  });
});
