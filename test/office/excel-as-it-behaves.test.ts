/*
 * The writer, the take-back and the audit against what real Excel does and the fake now models:
 * undo groups that refuse a sheet deletion, a table the user changed, formulas Excel gives back
 * in its own form, hidden rows, merged cells, No Fill, and a list separator that is not ",".
 * Where the docs leave a behaviour open, each test runs under every setting of the fake.
 */
import {
  CHECKS_NAME,
  DEFAULT_ASSUMPTIONS,
  canonicalFormula,
  Locale,
  QUARTERS,
  SHARE_RATE_NAME,
  buildSheetPlan,
} from "../../src/core";
import { runAudit, selectCells } from "../../src/taskpane/audit";
import { enWriter } from "../../src/core/words/en-writer";
import { deWriter } from "../../src/core/words/de-writer";
import { withoutNoFill } from "../../src/taskpane/take-back";
import {
  InsertRequest,
  describeExcelError,
  runInsert,
  undoSupport,
  forHost,
} from "../../src/taskpane/workbook-writer";
import {
  FakeExcel,
  FakeOptions,
  FakeRichApiError,
  canonicalBrackets,
  createFakeExcel,
} from "../../test-support/fake-excel";
import { excelCalculates, excelRun, userTypes } from "../../test-support/fixtures";
import { evaluateDataset } from "../../test-support/hyperformula";
import { AUDITED_CELLS, QUARTER_COUNT } from "../support/data";

const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS);
const { headerRow, totalsRow } = plan.table;
const checks = plan.names.find((n) => n.name === CHECKS_NAME)!;
const SHEET = "OpenAI leak";
const newSheet: InsertRequest = { placement: "newSheet", assumptions: DEFAULT_ASSUMPTIONS };
const atSelection: InsertRequest = { placement: "selection", assumptions: DEFAULT_ASSUMPTIONS };
const plainRun = (fake: FakeExcel) => excelRun(fake);
const mergedRun = (fake: FakeExcel) => excelRun(fake, { mergeUndoGroup: true });
const mine = (value: string | number) => ({
  value,
  formula: null,
  numberFormat: "General",
  format: {},
});

/** Runs a batch on the fake as an add-in (or the user, through the API) would. */
async function act(fake: FakeExcel, batch: (ctx: any) => void): Promise<void> {
  await fake.Excel.run(async (ctx: any) => {
    batch(ctx);
    await ctx.sync();
  });
}

describe("undo: the take-back runs outside the merged undo group", () => {
  const undoHost = (platform: "web" | "desktop") =>
    createFakeExcel({
      sheets: ["Sheet1"],
      requirementSets: { ExcelApi: "1.20", ExcelUndoApiAll: "1.0" },
      platform,
    });

  test.each(["web", "desktop"] as const)(
    "a failed insert on a new sheet is taken back in a plain run: the sheet is gone, nothing changed (%s)",
    async (platform) => {
      const fake = undoHost(platform);
      const before = fake.state.snapshot();
      fake.state.failOperation = 40; // after the sheet was added, before the batch's end
      const request = { ...newSheet, nameComments: platform === "desktop" };
      const outcome = await runInsert(mergedRun(fake), request, true, plainRun(fake));
      expect(outcome).toMatchObject({
        ok: false,
        message: expect.stringMatching(/Nothing was changed\.$/),
      });
      expect(fake.state.snapshot()).toBe(before);
    }
  );

  test("Worksheet.delete inside a merged group fails with UndoNotSupported, as the undo article lists it", async () => {
    const fake = undoHost("desktop");
    await expect(
      fake.Excel.run({ mergeUndoGroup: true }, async (ctx: any) => {
        ctx.workbook.worksheets.getItem("Sheet1").delete();
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "UndoNotSupported" });
    expect(fake.state.sheets).toHaveLength(1);
    expect(fake.state.undoCleared).toBe(true);
  });

  test("UndoNotSupported in the merged insert (a name's comment on the web): made again without merging, no Ctrl+Z hint", async () => {
    const fake = undoHost("web");
    const outcome = await runInsert(
      mergedRun(fake),
      { ...newSheet, nameComments: true },
      true,
      plainRun(fake)
    );
    expect(outcome).toMatchObject({
      ok: true,
      action: "inserted",
      sheetName: SHEET,
      notice: enWriter.undoClearedRedone,
    });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET]);
    expect(fake.state.names.find((n) => n.name === SHARE_RATE_NAME)!.comment).toBe(
      "Share rate: the share of OpenAI's revenue paid to Microsoft (20 % = 0.2)"
    );
  });

  test("where the take-back fails after UndoNotSupported, the message does not suggest Ctrl+Z, nor deny this Excel its undo", async () => {
    const fake = undoHost("web");
    // The take-back (the first plain run) fails; a second plain run would work, and must not come.
    let runs = 0;
    const failingPlain = ((batch: never) =>
      runs++ === 0 ? Promise.reject(new Error("down")) : fake.Excel.run(batch)) as never;
    const outcome = await runInsert(
      mergedRun(fake),
      { ...newSheet, nameComments: true },
      true,
      failingPlain
    );
    const message = (outcome as { message: string }).message;
    expect(message).toBe(enWriter.undoNotSupported + enWriter.notUndoneUndoCleared);
    expect(runs).toBe(1);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET]);
  });

  test("the same in German: the notice after a repeated insert, and the message after a failed take-back", async () => {
    const fake = undoHost("web");
    const de = { ...newSheet, nameComments: true, locale: "de" as const };
    const outcome = await runInsert(mergedRun(fake), de, true, plainRun(fake));
    expect(outcome).toMatchObject({ ok: true, notice: deWriter.undoClearedRedone });
    const other = undoHost("web");
    const failing = (() => Promise.reject(new Error("down"))) as never;
    const failed = await runInsert(mergedRun(other), de, true, failing);
    const message = (failed as { message: string }).message;
    expect(message).toBe(deWriter.undoNotSupported + deWriter.notUndoneUndoCleared);
  });

  test("the support check is the undo article's (ExcelUndoApiAll 1.0); merging also needs ExcelApi 1.20", () => {
    const sets = (have: Record<string, string>) => (name: string, version: string) =>
      have[name] !== undefined && Number(have[name]) >= Number(version);
    expect(undoSupport(sets({ ExcelApi: "1.20" }))).toEqual({ undoable: false, merge: false });
    expect(undoSupport(sets({ ExcelApi: "1.20", ExcelUndoApiAll: "1.0" }))).toEqual({
      undoable: true,
      merge: true,
    });
  });

  test("the request as the host allows it: merged cells found from ExcelApi 1.13, notes 1.18, threaded comments 1.10; no name comments merged on the web", () => {
    const sets = (have: string) => (name: string, version: string) =>
      name === "ExcelApi" && Number(version.split(".")[1]) <= Number(have.split(".")[1]);
    expect(forHost(newSheet, sets("1.9"), true)).toEqual({
      ...newSheet,
      nameComments: true,
      canFindMergedCells: false,
      canFindNotes: false,
      canFindComments: false,
    });
    expect(forHost(newSheet, sets("1.12"), true)).toEqual({
      ...newSheet,
      nameComments: true,
      canFindMergedCells: false,
      canFindNotes: false,
      canFindComments: true,
    });
    // Inside a merged undo group on the web a name's comment is not supported (the undo article).
    expect(forHost(newSheet, () => true, true).nameComments).toBe(false);
    expect(forHost(newSheet, () => true, false).nameComments).toBe(true);
    expect(forHost(newSheet, sets("1.18"), true)).toEqual({
      ...newSheet,
      nameComments: true,
      canFindMergedCells: true,
      canFindNotes: true,
      canFindComments: true,
    });
  });

  test("UndoNotSupported and MergedRangeConflict read plainly", () => {
    expect(describeExcelError(new FakeRichApiError("UndoNotSupported", "x"))).toBe(
      enWriter.undoNotSupported
    );
    const merged = describeExcelError(new FakeRichApiError("MergedRangeConflict", "x"), "de");
    expect(merged).toBe(deWriter.mergedConflict);
    expect(merged).not.toMatch(/erneut auf Einfügen/);
  });
});

/** The dataset inserted on a new sheet, with a note of the user's beside and below the block. */
async function insertedDataset(options: FakeOptions = {}) {
  const fake = createFakeExcel({ sheets: ["Sheet1"], ...options });
  expect(await runInsert(plainRun(fake), newSheet)).toMatchObject({ ok: true });
  const sheet = fake.state.sheet(SHEET)!;
  await userTypes(fake, sheet.name, headerRow + 2, plan.cols + 10, [["beside"]]);
  await userTypes(fake, sheet.name, plan.rows + 3, 0, [["below"]]);
  return { fake, sheet };
}

/** The table's body as label → its six cells, in the table's order, and the totals row. */
function tableNow(fake: FakeExcel) {
  const t = fake.state.tables[0];
  const row = (r: number) => [0, 1, 2, 3, 4, 5].map((c) => fake.state.content(SHEET, r, c));
  const body = Array.from({ length: t.rows - 1 }, (_, i) => row(t.top + 1 + i));
  return { body, totals: row(t.top + t.rows), table: t };
}

const planned = (r: number) =>
  [0, 1, 2, 3, 4, 5].map((c) => plan.cells.find((x) => x.row === r && x.col === c)?.content ?? "");

function expectRefreshed(fake: FakeExcel, order: readonly string[]) {
  const { body, totals, table } = tableNow(fake);
  expect(table.showTotals).toBe(true);
  expect(body.map((r) => r[0])).toEqual(order);
  for (const r of body) {
    const i = QUARTERS.findIndex((q) => q.label === r[0]);
    expect(r).toEqual(planned(headerRow + 1 + i));
  }
  expect(totals).toEqual(planned(totalsRow));
  // The Checks where their name is, one under the other as planned.
  const name = fake.state.names.find((n) => n.name === CHECKS_NAME)!;
  expect(name.box.row).toBe(table.top + (checks.row - headerRow));
  for (let r = checks.row; r < plan.rows; r++)
    for (let c = 0; c < 5; c++) {
      const want = plan.cells.find((x) => x.row === r && x.col === c)?.content ?? "";
      const got = fake.state.content(SHEET, name.box.row + r - checks.row, c);
      expect([r, c, got]).toEqual([
        r,
        c,
        typeof want === "string" &&
        want.startsWith("=") &&
        plan.cells.find((x) => x.row === r && x.col === c)?.r1c1
          ? `R1C1:${want}`
          : want,
      ]);
    }
}

describe.each(["nullObject", "itemNotFound", "invalidObjectPath"] as const)(
  '"Insert again" after the user changed the table (a range from a null table: %s)',
  (nullObjectMethods) => {
    test("the table's rows are read in the first round trip: insert again takes 2, one read and one write", async () => {
      const { fake } = await insertedDataset({ nullObjectMethods });
      await act(fake, (ctx) => ctx.workbook.tables.getItem("OAILeak").rows.getItemAt(2).delete());
      fake.state.syncs = 0;
      expect(await runInsert(plainRun(fake), newSheet)).toMatchObject({
        ok: true,
        action: "refreshed",
      });
      expect(fake.state.syncs).toBe(2);
      // Where a range from a null table fails to load, a fresh insert reads once more without it.
      const fresh = createFakeExcel({ sheets: ["Sheet1"], nullObjectMethods });
      expect(await runInsert(plainRun(fresh), newSheet)).toMatchObject({
        ok: true,
        action: "inserted",
      });
      expect(fresh.state.syncs).toBe(nullObjectMethods === "nullObject" ? 2 : 3);
    });

    test("a deleted row: the quarter comes back, the totals row and the Checks stay whole, the user's cells untouched", async () => {
      const { fake } = await insertedDataset({ nullObjectMethods });
      await act(fake, (ctx) => ctx.workbook.tables.getItem("OAILeak").rows.getItemAt(2).delete());
      expect(tableNow(fake).body).toHaveLength(QUARTER_COUNT - 1);
      expect(await runInsert(plainRun(fake), newSheet)).toMatchObject({
        ok: true,
        action: "refreshed",
      });
      const order = QUARTERS.map((q) => q.label).filter((l) => l !== "Q3 2024");
      expectRefreshed(fake, [...order, "Q3 2024"]);
      expect(fake.state.content(SHEET, headerRow + 2, plan.cols + 10)).toBe("beside");
      expect(fake.state.content(SHEET, plan.rows + 3, 0)).toBe("below");
    });

    test("an empty row the user added is removed; a row of the user's is refused and nothing changes", async () => {
      const { fake } = await insertedDataset({ nullObjectMethods });
      await act(fake, (ctx) => ctx.workbook.tables.getItem("OAILeak").rows.add(3));
      expect(await runInsert(plainRun(fake), newSheet)).toMatchObject({ ok: true });
      expectRefreshed(
        fake,
        QUARTERS.map((q) => q.label)
      );

      await act(fake, (ctx) =>
        ctx.workbook.tables.getItem("OAILeak").rows.add(null, [["My row", 1, 2, 3, "", ""]])
      );
      const before = fake.state.snapshot();
      const outcome = await runInsert(plainRun(fake), newSheet);
      expect(outcome).toMatchObject({
        ok: false,
        message: expect.stringMatching(
          new RegExp(`A${totalsRow + 1} \\("My row"\\).*Nothing was written`)
        ),
      });
      expect(fake.state.snapshot()).toBe(before);
    });

    test("a sorted table is refreshed by label and stays sorted", async () => {
      const { fake, sheet } = await insertedDataset({ nullObjectMethods });
      const rows = tableNow(fake).body.reverse();
      await userTypes(fake, sheet.name, headerRow + 1, 0, rows);
      // An edited figure, to see it put back in its own row.
      await userTypes(fake, sheet.name, headerRow + 1, 1, [[9]]);
      expect(await runInsert(plainRun(fake), newSheet)).toMatchObject({ ok: true });
      expectRefreshed(fake, QUARTERS.map((q) => q.label).reverse());
    });

    test.each(["noOp", "error"] as const)(
      "a filtered table with all its rows is refreshed; with a row to add back, refused and unchanged (a filtered row delete: %s)",
      async (filteredRowDelete) => {
        const { fake, sheet } = await insertedDataset({ filteredRowDelete, nullObjectMethods });
        sheet.hiddenRows.add(headerRow + 2);
        expect(await runInsert(plainRun(fake), newSheet)).toMatchObject({ ok: true });
        expectRefreshed(
          fake,
          QUARTERS.map((q) => q.label)
        );

        // The row deleted while no filter hides rows: a filtered table's rows may not delete at all
        // (office-js #994).
        sheet.hiddenRows.clear();
        await act(fake, (ctx) => ctx.workbook.tables.getItem("OAILeak").rows.getItemAt(4).delete());
        sheet.hiddenRows.add(headerRow + 2);
        const before = fake.state.snapshot();
        expect(await runInsert(plainRun(fake), newSheet)).toMatchObject({
          ok: false,
          message: expect.stringMatching(/filtered.*Nothing was written/),
        });
        expect(fake.state.snapshot()).toBe(before);
      }
    );

    test("a renamed header is written back in a write of its own, before the formulas that name it", async () => {
      // Fail at every operation of the refresh in turn: the body's formulas are never written
      // while the header they name is still the user's, and some position shows the header
      // already back and the formulas not yet (two writes, the header first).
      let headerFirst = false;
      for (let failAt = 1; failAt < 40; failAt++) {
        const copy = await insertedDataset({ nullObjectMethods });
        await userTypes(copy.fake, copy.sheet.name, headerRow, 4, [["Implied"]]);
        await userTypes(copy.fake, copy.sheet.name, headerRow + 1, 4, [[1]]);
        copy.fake.state.operations = 0;
        copy.fake.state.failOperation = failAt;
        await runInsert(plainRun(copy.fake), newSheet);
        const formulaBack = copy.fake.state.content(SHEET, headerRow + 1, 4) !== 1;
        const headerBack = copy.fake.state.content(SHEET, headerRow, 4) === plan.table.headers[4];
        if (formulaBack) expect([failAt, headerBack]).toEqual([failAt, true]);
        headerFirst ||= headerBack && !formulaBack;
      }
      expect(headerFirst).toBe(true);
      const { fake, sheet } = await insertedDataset({ nullObjectMethods });
      await userTypes(fake, sheet.name, headerRow, 4, [["Implied"]]);
      expect(await runInsert(plainRun(fake), newSheet)).toMatchObject({ ok: true });
      expect(fake.state.content(SHEET, headerRow, 4)).toBe(plan.table.headers[4]);
    });

    test("a column the user added to the table: refused, nothing changed", async () => {
      const { fake } = await insertedDataset({ nullObjectMethods });
      fake.state.tables[0].cols = 7;
      await userTypes(fake, fake.state.sheet(SHEET)!.name, headerRow, 6, [["Mine"]]);
      const before = fake.state.snapshot();
      expect(await runInsert(plainRun(fake), newSheet)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/no longer has its 6 columns\. Nothing was written/),
      });
      expect(fake.state.snapshot()).toBe(before);
    });

    test("an older block without the Checks' name gets it, where the plan puts the Checks", async () => {
      const { fake } = await insertedDataset({ nullObjectMethods });
      fake.state.names = fake.state.names.filter((n) => n.name !== CHECKS_NAME);
      expect(await runInsert(plainRun(fake), newSheet)).toMatchObject({ ok: true });
      expectRefreshed(
        fake,
        QUARTERS.map((q) => q.label)
      );
    });
  }
);

describe("the chart", () => {
  test("both series take their names from their header cells, so a renamed header renames the legend", async () => {
    const { fake } = await insertedDataset();
    const [chart] = fake.state.sheet(SHEET)!.charts;
    expect(chart.series.map((s) => s.name)).toEqual([plan.table.headers[1], plan.table.headers[4]]);
    expect(chart.series.map((s) => s.nameFrom && [s.nameFrom.row, s.nameFrom.col])).toEqual([
      [headerRow, 1],
      [headerRow, 4],
    ]);
    expect(chart.series[1].values).toMatchObject({
      row: headerRow + 1,
      col: 4,
      rows: QUARTER_COUNT,
    });
  });
});

describe("merged cells, and what a take-back could not restore", () => {
  const withMerged = (options: FakeOptions = {}) => {
    const fake = createFakeExcel({ sheets: ["Data"], selection: { row: 0, col: 0 }, ...options });
    const sheet = fake.state.sheets[0];
    sheet.merged.push({ sheet, row: headerRow + 2, col: 1, rows: 1, cols: 2 });
    return fake;
  };

  test("where the host can find merged cells (ExcelApi 1.13): refused before anything is written", async () => {
    const fake = withMerged();
    const before = fake.state.snapshot();
    const outcome = await runInsert(plainRun(fake), { ...atSelection, canFindMergedCells: true });
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/merged cells \(Data!B10:C10\).*Nothing was written/),
    });
    expect(fake.state.snapshot()).toBe(before);
    expect(fake.state.syncs).toBe(1);
  });

  test.each(["keeps", "unmerges"] as const)(
    "where it cannot: Excel's MergedRangeConflict is taken back and named, without 'click Insert again' (clear() %s merges)",
    async (clearMerged) => {
      const fake = withMerged({ clearMerged });
      const sheet = fake.state.sheets[0];
      const before = fake.state.snapshot();
      const outcome = await runInsert(plainRun(fake), atSelection);
      const message = (outcome as { message: string }).message;
      // clear() in the take-back may unmerge them (no Microsoft page says either way): not "Nothing
      // was changed".
      expect(message).toBe(enWriter.mergedConflict + enWriter.undoneMaybeUnmerged);
      expect(message).not.toMatch(/Nothing was changed|click Insert again/);
      if (clearMerged === "unmerges") {
        // What the message warns of; everything else as it was.
        expect(sheet.merged).toHaveLength(0);
        sheet.merged.push({ sheet, row: headerRow + 2, col: 1, rows: 1, cols: 2 });
      }
      expect(fake.state.snapshot()).toBe(before);
    }
  );

  test.each([
    [
      "data validation",
      (fake: FakeExcel) => {
        const sheet = fake.state.sheets[0];
        sheet.cells.set("3,2", {
          ...mine(""),
          validation: { rule: { custom: { formula: "=A1>0" } } },
        });
      },
    ],
    [
      "conditional formatting",
      (fake: FakeExcel) => {
        const sheet = fake.state.sheets[0];
        sheet.conditionalFormats.push({
          box: { sheet, row: 20, col: 3, rows: 2, cols: 2 },
          type: "ColorScale",
        });
      },
    ],
  ])("an empty block with %s is refused: a take-back could not put it back", async (what, add) => {
    const fake = createFakeExcel({ sheets: ["Data"], selection: { row: 0, col: 0 } });
    add(fake);
    const before = fake.state.snapshot();
    const outcome = await runInsert(plainRun(fake), atSelection);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining(what) });
    expect(fake.state.snapshot()).toBe(before);
  });

  test("No Fill is told by a tintAndShade that is null or absent (no source says which getCellProperties gives)", () => {
    const noFill = (fill: Excel.CellPropertiesFill) =>
      withoutNoFill({ format: { fill, wrapText: true } }).format;
    expect(noFill({ color: "#FFFFFF", tintAndShade: null as never })).toEqual({ wrapText: true });
    expect(noFill({ color: "#FFFFFF" })).toEqual({ wrapText: true });
    expect(noFill({ color: "#FFFFFF", tintAndShade: 0 })).toEqual({
      fill: { color: "#FFFFFF", tintAndShade: 0 },
      wrapText: true,
    });
  });

  test.each(["null", "absent"] as const)(
    "a failed insert leaves No Fill cells unfilled (they read as #FFFFFF, tintAndShade %s), and filled ones filled",
    async (noFillTintAndShade) => {
      const fake = createFakeExcel({
        sheets: ["Data"],
        selection: { row: 0, col: 0 },
        noFillTintAndShade,
      });
      const sheet = fake.state.sheets[0];
      sheet.cells.set("2,3", { ...mine(""), format: { "fill.color": "#FFFF00" } });
      const before = fake.state.snapshot();
      fake.state.failOperation = 60;
      const outcome = await runInsert(plainRun(fake), atSelection);
      expect(outcome.ok).toBe(false);
      expect(fake.state.cell(sheet, 0, 0).format["fill.color"]).toBeUndefined();
      expect(fake.state.cell(sheet, 2, 3).format["fill.color"]).toBe("#FFFF00");
      expect(fake.state.snapshot()).toBe(before);
    }
  );
});

describe("row heights and notes, which clear() and setCellProperties do not put back", () => {
  /** The Checks' header row, which autofit grows to show its wrapped headers. */
  const fitted = checks.row + 1;
  const atA1 = (options: FakeOptions = {}) =>
    createFakeExcel({ sheets: ["Data"], selection: { row: 0, col: 0 }, ...options });
  const finds = {
    ...atSelection,
    canFindMergedCells: true,
    canFindNotes: true,
    canFindComments: true,
  };

  /** The operations of a clean insert at A1: failing at the last leaves all but it applied. */
  async function operationsAtA1(request: InsertRequest, height?: number) {
    const clean = atA1();
    if (height) clean.state.sheets[0].rowHeights.set(fitted, height);
    expect(await runInsert(plainRun(clean), request)).toMatchObject({ ok: true });
    return clean;
  }

  const heightCases = ([undefined, 40] as const).flatMap((height) =>
    (["keep", "refit"] as const).flatMap((clearRowHeights) =>
      (["keeps", "refits"] as const).map(
        (wrapRefitsRow) => [height, clearRowHeights, wrapRefitsRow] as const
      )
    )
  );
  test.each(heightCases)(
    "a failed insert sets back the row heights autofit and wrapping changed, a standard height as standard (the rows' height before: %s; clear() and row heights: %s; wrap on and the row: %s)",
    async (height, clearRowHeights, wrapRefitsRow) => {
      const clean = await operationsAtA1(finds, height);
      const grown = clean.state.sheets[0].rowHeights.get(fitted);
      expect(grown).toBeGreaterThan(height ?? 15);
      const fake = atA1({ clearRowHeights, wrapRefitsRow });
      if (height) {
        fake.state.sheets[0].rowHeights.set(fitted, height);
        fake.state.sheets[0].rowHeights.set(plan.table.headerRow, height);
      }
      const before = fake.state.snapshot();
      fake.state.failOperation = clean.state.operations;
      const outcome = await runInsert(plainRun(fake), finds);
      expect(outcome).toEqual({
        ok: false,
        message: enWriter.failed("GeneralException") + enWriter.undone,
      });
      expect(fake.state.sheets[0].rowHeights.get(fitted)).toBe(height);
      expect(fake.state.sheets[0].rowHeights.get(plan.table.headerRow)).toBe(height);
      expect(fake.state.snapshot()).toBe(before);
    }
  );

  test.each(["en", "de"] as const)(
    "where Excel can list notes (ExcelApi 1.18), a block with a note is refused before anything is written (%s)",
    async (locale) => {
      const fake = atA1();
      fake.state.sheets[0].notes.push({ row: 10, col: 3, content: "mine" });
      const before = fake.state.snapshot();
      const outcome = await runInsert(plainRun(fake), { ...finds, locale });
      const say = locale === "en" ? enWriter : deWriter;
      const localPlan = buildSheetPlan(DEFAULT_ASSUMPTIONS, locale);
      expect(outcome).toEqual({
        ok: false,
        message: say.cannotRestore(
          `Data!A1:F${localPlan.rows}`,
          say.note("D11"),
          say.room(localPlan.rows, localPlan.cols)
        ),
      });
      expect(fake.state.snapshot()).toBe(before);
      // One read of what exists, one of where the sheet's notes are; no write.
      expect(fake.state.syncs).toBe(2);
    }
  );

  test.each([0, 1])(
    "a note the user deletes between the round trips (the note at %s) does not fail the insert: the notes are located as listed, not by a count",
    async (deleted) => {
      const fake = atA1({
        afterSync: (sync, state) => {
          if (sync === 1) state.sheets[0].notes.splice(deleted, 1);
        },
      });
      fake.state.sheets[0].notes.push(
        { row: 1, col: plan.cols + 2, content: "beside" },
        { row: 3, col: plan.cols + 4, content: "also beside" }
      );
      expect(await runInsert(plainRun(fake), finds)).toMatchObject({
        ok: true,
        action: "inserted",
      });
      expect(fake.state.sheets[0].notes).toHaveLength(1);
    }
  );

  test.each([
    ["en", "removes"],
    ["de", "keeps"],
  ] as const)(
    "where Excel can list threaded comments (ExcelApi 1.10), a block with one is refused in the same reads as notes (%s; clear() and comments: %s)",
    async (locale, clearComments) => {
      const fake = atA1({ clearComments });
      fake.state.sheets[0].comments.push({ row: 12, col: 2, content: "mine" });
      fake.state.sheets[0].notes.push({ row: 1, col: plan.cols + 2, content: "beside" });
      const before = fake.state.snapshot();
      const outcome = await runInsert(plainRun(fake), { ...finds, locale });
      const say = locale === "en" ? enWriter : deWriter;
      const localPlan = buildSheetPlan(DEFAULT_ASSUMPTIONS, locale);
      expect(outcome).toEqual({
        ok: false,
        message: say.cannotRestore(
          `Data!A1:F${localPlan.rows}`,
          say.comment("C13"),
          say.room(localPlan.rows, localPlan.cols)
        ),
      });
      expect(fake.state.snapshot()).toBe(before);
      expect(fake.state.syncs).toBe(2);
    }
  );

  test("a comment elsewhere on the sheet does not stop the insert, and stays", async () => {
    const fake = atA1();
    fake.state.sheets[0].comments.push({ row: 2, col: plan.cols + 1, content: "beside" });
    expect(await runInsert(plainRun(fake), finds)).toMatchObject({ ok: true, action: "inserted" });
    expect(fake.state.sheets[0].comments).toEqual([
      { row: 2, col: plan.cols + 1, content: "beside" },
    ]);
  });

  test("a note elsewhere on the sheet does not stop the insert, and stays", async () => {
    const fake = atA1();
    fake.state.sheets[0].notes.push({ row: 1, col: plan.cols + 2, content: "beside" });
    expect(await runInsert(plainRun(fake), finds)).toMatchObject({ ok: true, action: "inserted" });
    expect(fake.state.sheets[0].notes).toEqual([{ row: 1, col: plan.cols + 2, content: "beside" }]);
  });

  test.each([
    ["en", "removes"],
    ["de", "removes"],
    ["en", "keeps"],
    ["de", "keeps"],
  ] as const)(
    "below ExcelApi 1.18 notes are not found beforehand: a failed insert's message says the take-back may have removed any (%s; clear() and notes: %s)",
    async (locale, clearNotes) => {
      const request = { ...finds, canFindNotes: false, locale };
      const clean = await operationsAtA1(request);
      const fake = atA1({ clearNotes });
      fake.state.sheets[0].notes.push({ row: 10, col: 3, content: "mine" });
      fake.state.failOperation = clean.state.operations;
      const outcome = await runInsert(plainRun(fake), request);
      const say = locale === "en" ? enWriter : deWriter;
      expect(outcome).toEqual({
        ok: false,
        message: say.failed("GeneralException") + say.undoneMaybeNotesRemoved,
      });
      // Whether clear() ("Clears everything in the range") takes notes is not documented: the
      // message says only that it may have.
      expect(say.undoneMaybeNotesRemoved).toMatch(
        locale === "en" ? /may have been removed\.$/ : /womöglich entfernt\.$/
      );
      expect(fake.state.sheets[0].notes).toEqual(
        clearNotes === "removes" ? [] : [{ row: 10, col: 3, content: "mine" }]
      );
    }
  );
});

/** The audit's set-up: the dataset inserted, its computed cells as HyperFormula computes them. */
async function auditedDataset(locale: Locale, options: FakeOptions, rate?: number) {
  const localPlan = buildSheetPlan(DEFAULT_ASSUMPTIONS, locale);
  const fake = createFakeExcel({ sheets: ["Sheet1"], ...options });
  await runInsert(plainRun(fake), { ...newSheet, locale });
  const sheet = fake.state.sheet(localPlan.sheetName)!;
  const hf = evaluateDataset(localPlan);
  if (rate !== undefined) {
    const at = localPlan.names.find((n) => n.name === SHARE_RATE_NAME)!;
    hf.hf.setCellContents({ sheet: hf.sheet, row: at.row, col: at.col }, rate);
    await userTypes(fake, sheet.name, at.row, at.col, [[rate]]);
  }
  for (let row = headerRow + 1; row <= totalsRow; row++)
    for (const col of [4, 5]) {
      const v = hf.value(row, col) as number;
      excelCalculates(fake, sheet.name, row, col, v);
    }
  return { fake, sheet, localPlan };
}

describe.each(["asWritten", "canonical"] as const)(
  "the audit, formulas read back %s",
  (readBack) => {
    test.each(["en", "de"] as const)("a fresh insert audits clean in %s", async (locale) => {
      const { fake } = await auditedDataset(locale, { formulasReadBack: readBack });
      expect(await runAudit(plainRun(fake), locale)).toMatchObject({
        findings: [],
        compared: AUDITED_CELLS,
        agreed: AUDITED_CELLS,
      });
    });

    test("hidden rows: the totals (SUBTOTAL 109) are not compared, and the audit says why", async () => {
      const { fake, sheet } = await auditedDataset("en", { formulasReadBack: readBack });
      sheet.hiddenRows.add(headerRow + 3);
      // What Excel's SUBTOTAL shows then: the visible rows only.
      excelCalculates(fake, sheet.name, totalsRow, 4, 1);
      const report = (await runAudit(plainRun(fake), "en"))!;
      expect(report.findings.map((f) => f.kind)).toEqual(["hidden"]);
      expect(report.findings[0].message).toBe(
        "Rows of the table are hidden (a filter?): its totals add up only the visible rows (SUBTOTAL), so they were not compared."
      );
      // The two totals cells are not compared.
      expect([report.agreed, report.compared]).toEqual([AUDITED_CELLS - 2, AUDITED_CELLS - 2]);
    });

    test("a row the user inserted above the table: the inputs are read through their names", async () => {
      const { fake } = await auditedDataset("en", { formulasReadBack: readBack }, 0.25);
      fake.state.insertSheetRows(SHEET, headerRow - 1, 1);
      expect(await runAudit(plainRun(fake), "en")).toMatchObject({
        findings: [],
        agreed: AUDITED_CELLS,
      });
    });
  }
);

describe("the audit's canonical form", () => {
  test("is the article's rule: a column name with only spaces loses its inner brackets, one with other special characters keeps them", () => {
    expect(canonicalFormula("=SUBTOTAL(109,[[Inference cost (bn USD)]])")).toBe(
      "=SUBTOTAL(109,[Inference cost (bn USD)])"
    );
    expect(canonicalFormula("=SUBTOTAL(109,[[Inferenzkosten (Mrd. USD)]])")).toBe(
      "=SUBTOTAL(109,[[Inferenzkosten (Mrd. USD)]])"
    );
    expect(canonicalFormula("=OAILeak[[#Totals],[Inference ratio]]")).toBe(
      "=OAILeak[[#Totals],[Inference ratio]]"
    );
  });

  test("the fake's canonical read-back and the audit's canonical form agree on every formula the plan writes", () => {
    for (const locale of ["en", "de"] as const)
      for (const c of buildSheetPlan(DEFAULT_ASSUMPTIONS, locale).cells)
        if (typeof c.content === "string" && c.content.startsWith("="))
          expect(canonicalFormula(canonicalBrackets(c.content))).toBe(canonicalFormula(c.content));
  });

  test("white space goes only outside text literals and brackets: a changed literal or column name is found", () => {
    expect(canonicalFormula('= IF( A1>0 , "a b" ,"c")')).toBe('=IF(A1>0,"a b","c")');
    expect(canonicalFormula('=IF(A1>0,"a b","c")')).not.toBe(
      canonicalFormula('=IF(A1>0,"ab","c")')
    );
    expect(canonicalFormula('=IF(A1,"say ""a b""",1)')).not.toBe(
      canonicalFormula('=IF(A1,"say ""ab""",1)')
    );
    expect(canonicalFormula("=SUM(T[Total Amount])")).not.toBe(
      canonicalFormula("=SUM(T[TotalAmount])")
    );
    expect(canonicalFormula("=SUM(T[[Total Amount]])")).toBe("=SUM(T[Total Amount])");
  });
});

describe("Select these cells in every locale", () => {
  test.each([",", ";"] as const)(
    "with the list separator %s, every cell is selected",
    async (separator) => {
      const fake = createFakeExcel({ sheets: ["S"], listSeparator: separator });
      await selectCells(plainRun(fake), "S", ["E9", "C12"]);
      expect(fake.state.selectedAreas).toEqual([
        { row: 8, col: 4 },
        { row: 11, col: 2 },
      ]);
    }
  );
});
