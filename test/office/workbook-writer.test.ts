import {
  CAVEATS,
  COVERAGE,
  DEFAULT_ASSUMPTIONS,
  PAYMENTS_NAME,
  QUARTERS,
  SHARE_RATE_NAME,
  SHEET_TEXTS,
  TABLE_NAME,
  buildSensitivityPlan,
  buildSheetPlan,
  columnLetter,
} from "../../src/core";
import { InsertRequest, describeExcelError, runInsert } from "../../src/taskpane/workbook-writer";
import { FakeExcel, FakeRichApiError, createFakeExcel } from "../../test-support/fake-excel";
import { excelRun, userTypes } from "../../test-support/fixtures";
import { QUARTER_COUNT } from "../support/data";
import { enWriter } from "../../src/core/words/en-writer";
import { enSheet } from "../../src/core/words/en-sheet";

// The writer's sentences, asserted whole: a reworded message fails here until the catalogue agrees.
const say = enWriter;

const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS);
const { headerRow, totalsRow } = plan.table;
const newSheet: InsertRequest = { placement: "newSheet", assumptions: DEFAULT_ASSUMPTIONS };
const atSelection: InsertRequest = { placement: "selection", assumptions: DEFAULT_ASSUMPTIONS };

function insert(fake: FakeExcel, request: InsertRequest) {
  return runInsert(excelRun(fake), request);
}

function nameAt(fake: FakeExcel, name: string) {
  const n = fake.state.names.find((x) => x.name === name)!;
  return { sheet: n.box.sheet.name, row: n.box.row, col: n.box.col };
}

describe("Insert dataset on a new sheet", () => {
  let fake: FakeExcel;
  beforeEach(async () => {
    fake = createFakeExcel({ sheets: ["Sheet1"] });
    expect(await insert(fake, newSheet)).toEqual({
      ok: true,
      action: "inserted",
      sheetName: "OpenAI leak",
      address: `A1:F${plan.rows}`,
    });
  });

  test('adds and activates the sheet "OpenAI leak" in at most 2 round trips', () => {
    expect(fake.state.active.name).toBe("OpenAI leak");
    expect(fake.state.syncs).toBeLessThanOrEqual(2);
    expect(fake.state.syncs).toBe(2);
  });

  test("writes the title and the leaked-and-unconfirmed line", () => {
    expect(fake.state.content("OpenAI leak", 0, 0)).toBe(enSheet.title(COVERAGE));
    expect(fake.state.content("OpenAI leak", 1, 0)).toBe(
      `${CAVEATS.en} Reported by Ed Zitron (internal documents), TechCrunch and the Financial Times.`
    );
  });

  test("names the two input cells and holds 20 % and 0 in them, formatted as inputs", () => {
    const rate = nameAt(fake, SHARE_RATE_NAME);
    const payments = nameAt(fake, PAYMENTS_NAME);
    expect(fake.state.content(rate.sheet, rate.row, rate.col)).toBe(0.2);
    expect(fake.state.content(payments.sheet, payments.row, payments.col)).toBe(0);
    const cell = fake.state.cell(fake.state.sheet("OpenAI leak")!, rate.row, rate.col);
    expect(cell.numberFormat).toBe("0.0%");
    expect(cell.format["fill.color"]).toBe("#FFCC99");
  });

  test("adds the table OAILeak: header, published values, formula columns and totals", () => {
    const table = fake.state.tables.find((t) => t.name === TABLE_NAME)!;
    expect(table).toMatchObject({
      top: headerRow,
      left: 0,
      rows: QUARTER_COUNT + 1,
      cols: 6,
      showTotals: true,
    });
    expect(table.style).toBe(plan.table.style);
    const row = (r: number) =>
      [0, 1, 2, 3, 4, 5].map((c) => fake.state.content("OpenAI leak", r, c));
    expect(row(headerRow)).toEqual(plan.table.headers);
    QUARTERS.forEach((q, i) => {
      expect(row(headerRow + 1 + i)).toEqual([
        q.label,
        q.inferenceCost,
        q.revenueShare,
        q.impliedRevenuePublished,
        "=IF([@[Microsoft revenue share (bn USD)]]+OAI_PaymentsUsed<0,#NUM!,([@[Microsoft revenue share (bn USD)]]+OAI_PaymentsUsed)/OAI_RateUsed)",
        "=[@[Inference cost (bn USD)]]/[@[Implied revenue at assumptions (bn USD)]]",
      ]);
    });
    expect(row(totalsRow)[0]).toBe("Total");
    expect(row(totalsRow)[1]).toBe("=SUBTOTAL(109,[[Inference cost (bn USD)]])");
    expect(row(totalsRow)[5]).toBe(
      "=OAILeak[[#Totals],[Inference cost (bn USD)]]/OAILeak[[#Totals],[Implied revenue at assumptions (bn USD)]]"
    );
  });

  test("formats bn with three decimals and the ratio as a multiple", () => {
    const sheet = fake.state.sheet("OpenAI leak")!;
    expect(fake.state.cell(sheet, headerRow + 1, 1).numberFormat).toBe("0.000");
    expect(fake.state.cell(sheet, headerRow + 1, 5).numberFormat).toBe('0.00"×"');
    expect(fake.state.cell(sheet, totalsRow, 5).numberFormat).toBe('0.00"×"');
    expect(sheet.columnWidths.get(1)).toBeGreaterThan(0);
  });

  test("adds a titled clustered-column chart of cost and implied revenue, fed from the table", () => {
    const [chart] = fake.state.sheet("OpenAI leak")!.charts;
    expect(chart.name).toBe(plan.chart.name);
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.title).toBe("Inference cost and implied revenue at the assumptions (bn USD)");
    expect(chart.series).toHaveLength(2);
    // Named from the header cell, values from the body, the quarters as categories.
    expect(chart.series[0]).toMatchObject({ name: "Inference cost (bn USD)" });
    expect(chart.series[0].values).toMatchObject({
      row: headerRow + 1,
      col: 1,
      rows: QUARTER_COUNT,
    });
    expect(chart.series[0].xValues).toMatchObject({
      row: headerRow + 1,
      col: 0,
      rows: QUARTER_COUNT,
    });
    expect(chart.series[1]).toMatchObject({ name: "Implied revenue at assumptions (bn USD)" });
    expect(chart.series[1].values).toMatchObject({
      row: headerRow + 1,
      col: 4,
      rows: QUARTER_COUNT,
    });
    expect(chart.position![0]).toMatchObject({ col: plan.chart.from.col });
  });

  test("writes the notes under the table", () => {
    const notes = [1, 2, 3].map((i) =>
      String(fake.state.content("OpenAI leak", totalsRow + 2 + i, 0))
    );
    expect(notes).toEqual([
      SHEET_TEXTS.en.sourcesNote,
      SHEET_TEXTS.en.minimumNote,
      SHEET_TEXTS.en.roundingNote,
    ]);
  });

  test("insert again refreshes in place: no second table, chart or name, and the user's edits survive", async () => {
    const rate = nameAt(fake, SHARE_RATE_NAME);
    const sheet = fake.state.sheet("OpenAI leak")!;
    await userTypes(fake, sheet.name, rate.row, rate.col, [[0.3]]);
    await userTypes(fake, sheet.name, plan.rows + 5, 1, [["my note"]]);
    await userTypes(fake, sheet.name, headerRow + 1, 1, [[99]]);
    fake.state.active = fake.state.sheets[0];
    fake.state.syncs = 0;

    expect(await insert(fake, newSheet)).toMatchObject({
      ok: true,
      action: "refreshed",
      sheetName: "OpenAI leak",
    });
    // One read (what exists and the table's rows), one write.
    expect(fake.state.syncs).toBe(2);
    expect(fake.state.tables).toHaveLength(1);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "OpenAI leak"]);
    expect(sheet.charts).toHaveLength(1);
    expect(fake.state.names.map((n) => n.name).sort()).toEqual([
      "OAI_Checks",
      PAYMENTS_NAME,
      "OAI_PaymentsUsed",
      "OAI_RateUsed",
      SHARE_RATE_NAME,
    ]);
    expect(fake.state.content("OpenAI leak", rate.row, rate.col)).toBe(0.3);
    expect(fake.state.content("OpenAI leak", plan.rows + 5, 1)).toBe("my note");
    expect(fake.state.content("OpenAI leak", headerRow + 1, 1)).toBe(0.547); // the published figure again
    expect(fake.state.active.name).toBe("OpenAI leak");
  });

  test("insert again puts back a name the user deleted, at its input cell", async () => {
    fake.state.names = fake.state.names.filter((n) => n.name !== PAYMENTS_NAME);
    expect(await insert(fake, newSheet)).toMatchObject({ ok: true, action: "refreshed" });
    expect(nameAt(fake, PAYMENTS_NAME)).toEqual({ sheet: "OpenAI leak", row: 5, col: 0 });
  });
});

describe("Insert dataset at the selected cell", () => {
  test("writes the same block at the selection, offset, with the pane's assumptions", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], selection: { row: 4, col: 2 } });
    const outcome = await insert(fake, {
      placement: "selection",
      assumptions: { shareRate: 0.15, microsoftPayments: 0.1 },
    });
    expect(outcome).toEqual({
      ok: true,
      action: "inserted",
      sheetName: "Data",
      address: `Data!C5:H${4 + plan.rows}`,
    });
    expect(fake.state.syncs).toBe(2);
    expect(fake.state.sheets).toHaveLength(1);
    expect(fake.state.content("Data", 4, 2)).toMatch(/OpenAI/);
    expect(nameAt(fake, SHARE_RATE_NAME)).toEqual({ sheet: "Data", row: 8, col: 2 });
    expect(fake.state.content("Data", 8, 2)).toBe(0.15);
    expect(fake.state.content("Data", 9, 2)).toBe(0.1);
    expect(fake.state.tables[0]).toMatchObject({ name: TABLE_NAME, top: 4 + headerRow, left: 2 });
  });

  test("never overwrites: a filled cell in the block stops it and names the range", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], selection: { row: 0, col: 0 } });
    await userTypes(fake, fake.state.sheets[0].name, 10, 3, [["keep me"]]);
    const before = fake.state.snapshot();
    const outcome = await insert(fake, atSelection);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      new RegExp(`Data!A1:F${plan.rows} is not empty \\(D11 has content\\)`)
    );
    expect(fake.state.snapshot()).toBe(before);
    expect(fake.state.syncs).toBe(1);
  });

  test("never writes into another table", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], selection: { row: 0, col: 0 } });
    fake.state.tables.push({
      name: "Sales",
      sheet: fake.state.sheets[0],
      top: 30,
      left: 4,
      rows: 3,
      cols: 2,
      showTotals: false,
      style: "",
    });
    fake.state.selection = { row: 25, col: 0 };
    const before = fake.state.snapshot();
    const outcome = await insert(fake, atSelection);
    expect(!outcome.ok && outcome.message).toBe(
      say.overlaps(`Data!A26:F${25 + plan.rows}`, "Sales", say.room(plan.rows, plan.cols))
    );
    expect(fake.state.snapshot()).toBe(before);
  });

  test("too close to the sheet's edge: a plain message, nothing written", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], selection: { row: 1048570, col: 0 } });
    const before = fake.state.snapshot();
    const outcome = await insert(fake, atSelection);
    expect(!outcome.ok && outcome.message).toMatch(/leave room below and to the right/);
    expect(fake.state.snapshot()).toBe(before);
  });

  test("old names from a deleted table are replaced, not duplicated", async () => {
    const fake = createFakeExcel({ sheets: ["Data", "Old"], selection: { row: 0, col: 0 } });
    const old = fake.state.sheets[1];
    fake.state.names.push({
      name: SHARE_RATE_NAME,
      box: { sheet: old, row: 0, col: 0, rows: 1, cols: 1 },
      comment: "",
    });
    expect(await insert(fake, atSelection)).toMatchObject({ ok: true });
    expect(fake.state.names.filter((n) => n.name === SHARE_RATE_NAME)).toHaveLength(1);
    expect(nameAt(fake, SHARE_RATE_NAME)).toEqual({ sheet: "Data", row: 4, col: 0 });
  });
});

describe("when Excel says no", () => {
  test('a user sheet already called "OpenAI leak" is left alone: the data goes to "OpenAI leak (2)"', async () => {
    const fake = createFakeExcel({ sheets: ["OpenAI leak"] });
    await userTypes(fake, fake.state.sheets[0].name, 0, 0, [["mine"]]);
    expect(await insert(fake, newSheet)).toMatchObject({ ok: true, sheetName: "OpenAI leak (2)" });
    expect(fake.state.content("OpenAI leak", 0, 0)).toBe("mine");
  });

  test("a protected sheet: a plain message, nothing written, and the next click works", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    fake.state.sheets[0].protected = true;
    const before = fake.state.snapshot();
    const outcome = await insert(fake, atSelection);
    expect(!outcome.ok && outcome.message).toBe(say.protectedSheet("Data"));
    expect(fake.state.snapshot()).toBe(before);
    fake.state.sheets[0].protected = false;
    expect(await insert(fake, atSelection)).toMatchObject({ ok: true });
  });

  test("a protected table sheet on insert again: a plain message, nothing written", async () => {
    const fake = createFakeExcel();
    await insert(fake, newSheet);
    fake.state.sheet("OpenAI leak")!.protected = true;
    const before = fake.state.snapshot();
    const outcome = await insert(fake, newSheet);
    expect(!outcome.ok && outcome.message).toBe(say.protectedSheet("OpenAI leak"));
    expect(fake.state.snapshot()).toBe(before);
  });

  test("a protected workbook structure: no sheet can be added, and the message says so", async () => {
    const fake = createFakeExcel();
    fake.state.structureProtected = true;
    const before = fake.state.snapshot();
    const outcome = await insert(fake, newSheet);
    expect(!outcome.ok && outcome.message).toBe(say.structure);
    expect(fake.state.snapshot()).toBe(before);
  });

  test("a cell in edit mode: a plain message, nothing written, and the next click works", async () => {
    const fake = createFakeExcel({ editMode: true });
    const before = fake.state.snapshot();
    const outcome = await insert(fake, newSheet);
    expect(!outcome.ok && outcome.message).toBe(say.editMode + say.undone);
    expect(fake.state.snapshot()).toBe(before);
    fake.state.editMode = false;
    expect(await insert(fake, newSheet)).toMatchObject({ ok: true });
  });

  test.each([
    ["the read, and the read again without the table", [1, 2]],
    ["the write", [2]],
  ] as const)(
    "a failed sync (%s): a plain message, nothing written, and the next click works",
    async (_, syncs) => {
      const fake = createFakeExcel();
      fake.state.failSync = syncs;
      const before = fake.state.snapshot();
      const outcome = await insert(fake, newSheet);
      expect(!outcome.ok && outcome.message).toBe(say.failed("GeneralException") + say.undone);
      expect(fake.state.snapshot()).toBe(before);
      fake.state.failSync = undefined;
      expect(await insert(fake, newSheet)).toMatchObject({ ok: true, action: "inserted" });
    }
  );

  test("a read that fails once, with the table queued, is made again without it: the insert goes through", async () => {
    const fake = createFakeExcel();
    fake.state.failSync = 1;
    expect(await insert(fake, newSheet)).toMatchObject({ ok: true, action: "inserted" });
    expect(fake.state.syncs).toBe(3);
  });

  test("the requirement-set message and other error codes read plainly", () => {
    expect(describeExcelError(new FakeRichApiError("AccessDenied", "x"))).toBe(say.accessDenied);
    expect(describeExcelError(new FakeRichApiError("InvalidSelection", "x"))).toBe(
      say.invalidSelection
    );
    expect(describeExcelError(new Error("boom"))).toBe(say.failed(""));
    expect(describeExcelError(new FakeRichApiError("InvalidArgument", "too far"))).toBe(
      say.invalidArgument("too far")
    );
  });
});

describe("Insert sensitivity grid", () => {
  const gridRequest: InsertRequest = {
    what: "sensitivity",
    placement: "newSheet",
    assumptions: DEFAULT_ASSUMPTIONS,
  };
  const gridPlan = buildSensitivityPlan();

  test("needs the dataset first, and says so", async () => {
    const fake = createFakeExcel();
    const before = fake.state.snapshot();
    const outcome = await insert(fake, gridRequest);
    expect(!outcome.ok && outcome.message).toBe(say.datasetFirst);
    expect(fake.state.snapshot()).toBe(before);
  });

  test('adds the sheet "OpenAI sensitivity": formulas over OAILeak, a colour scale, a name, in 2 round trips', async () => {
    const fake = createFakeExcel();
    await insert(fake, newSheet);
    fake.state.syncs = 0;
    expect(await insert(fake, gridRequest)).toEqual({
      ok: true,
      action: "inserted",
      sheetName: "OpenAI sensitivity",
      address: `A1:${columnLetter(QUARTER_COUNT)}${gridPlan.rows}`, // a label column, one a quarter
    });
    expect(fake.state.syncs).toBe(2);
    const sheet = fake.state.sheet("OpenAI sensitivity")!;
    expect(fake.state.content("OpenAI sensitivity", 4, 0)).toBe(0.1);
    expect(fake.state.content("OpenAI sensitivity", 4, 1)).toMatch(
      /^R1C1:=INDEX\(OAILeak\[\[Inference cost \(bn USD\)\]\]/
    );
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.conditionalFormats[0]).toMatchObject({
      type: "ColorScale",
      box: { row: 4, col: 1, rows: 9, cols: QUARTER_COUNT },
    });
    expect(sheet.conditionalFormats[0].criteria).toMatchObject({
      midpoint: { type: "Number", formula: "1" },
    });
    expect(fake.state.names.find((n) => n.name === "OAI_Sensitivity")!.box).toMatchObject({
      row: 0,
      col: 0,
      rows: gridPlan.rows,
      cols: QUARTER_COUNT + 1,
    });
    expect(fake.state.active.name).toBe("OpenAI sensitivity");
  });

  test("again: refreshed in place, where the user moved it — no second grid, colour scale or name", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], selection: { row: 30, col: 10 } });
    await insert(fake, newSheet);
    fake.state.active = fake.state.sheets[0];
    fake.state.selection = { row: 30, col: 10 };
    expect(await insert(fake, { ...gridRequest, placement: "selection" })).toMatchObject({
      ok: true,
      sheetName: "Data",
    });
    const data = fake.state.sheet("Data")!;
    await userTypes(fake, data.name, 30, 9, [["mine"]]);
    fake.state.syncs = 0;
    expect(await insert(fake, gridRequest)).toMatchObject({
      ok: true,
      action: "refreshed",
      sheetName: "Data",
      address: "Data!K31",
    });
    expect(fake.state.syncs).toBe(2);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Data", "OpenAI leak"]);
    expect(data.conditionalFormats).toHaveLength(1);
    expect(fake.state.names.filter((n) => n.name === "OAI_Sensitivity")).toHaveLength(1);
    expect(fake.state.content("Data", 30, 9)).toBe("mine");
  });

  test("in German: the German sheet and labels, the same names", async () => {
    const fake = createFakeExcel();
    await insert(fake, { ...newSheet, locale: "de" });
    expect(await insert(fake, { ...gridRequest, locale: "de" })).toMatchObject({
      ok: true,
      sheetName: "OpenAI-Sensitivität",
    });
    expect(fake.state.content("OpenAI-Leak", 7, 0)).toBe("Quartal");
    expect(fake.state.content("OpenAI-Sensitivität", 3, 0)).toBe("Beteiligungssatz");
    expect(fake.state.names.map((n) => n.name).sort()).toEqual([
      "OAI_Checks",
      "OAI_MicrosoftPayments",
      "OAI_PaymentsUsed",
      "OAI_RateUsed",
      "OAI_Sensitivity",
      "OAI_ShareRate",
    ]);
  });
});

describe("across languages", () => {
  test("a German grid over a table inserted in English names the table's English columns", async () => {
    const fake = createFakeExcel();
    await insert(fake, newSheet);
    expect(
      await insert(fake, {
        what: "sensitivity",
        placement: "newSheet",
        assumptions: DEFAULT_ASSUMPTIONS,
        locale: "de",
      })
    ).toMatchObject({ ok: true, sheetName: "OpenAI-Sensitivität" });
    expect(fake.state.content("OpenAI-Sensitivität", 3, 0)).toBe("Beteiligungssatz");
    expect(fake.state.content("OpenAI-Sensitivität", 4, 1)).toMatch(
      /OAILeak\[\[Inference cost \(bn USD\)\]\].*OAILeak\[\[Quarter\]\]/
    );
  });
});

describe("as real Excel does it", () => {
  const cell = (fake: FakeExcel, sheet: string, row: number, col: number) =>
    fake.state.content(sheet, row, col);

  test("a user's name oai_sharerate (Excel ignores case) is refused by name, every click, never a retry loop", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    const sheet = fake.state.sheets[0];
    fake.state.names.push({
      name: "oai_sharerate",
      box: { sheet, row: 0, col: 0, rows: 1, cols: 1 },
      comment: "",
    });
    const before = fake.state.snapshot();
    for (let click = 0; click < 2; click++) {
      const outcome = await insert(fake, newSheet);
      expect(outcome.ok).toBe(false);
      const message = (outcome as { message: string }).message;
      expect(message).toBe(say.nameTaken("oai_sharerate", SHARE_RATE_NAME));
    }
    expect(fake.state.snapshot()).toBe(before);
  });

  test("a user's table oaileak that is not the add-in's is refused by name; nothing is written", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    const sheet = fake.state.sheets[0];
    await userTypes(fake, sheet.name, 0, 0, [["Item"]]);
    await userTypes(fake, sheet.name, 0, 1, [["Price"]]);
    fake.state.tables.push({
      name: "oaileak",
      sheet,
      top: 0,
      left: 0,
      rows: 2,
      cols: 2,
      showTotals: false,
      style: "TableStyleLight1",
    });
    const before = fake.state.snapshot();
    const outcome = await insert(fake, newSheet);
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/table "oaileak".*Table Name/),
    });
    expect(fake.state.snapshot()).toBe(before);
  });

  test("the add-in's own table, renamed oaileak, is found and refreshed in place", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    await insert(fake, newSheet);
    fake.state.tables[0].name = "oaileak";
    const outcome = await insert(fake, newSheet);
    expect(outcome).toMatchObject({ ok: true, action: "refreshed" });
    expect(fake.state.tables).toHaveLength(1);
  });

  test("a user's sheet 'openai leak' makes the add-in's sheet 'OpenAI leak (2)'", async () => {
    const fake = createFakeExcel({ sheets: ["openai leak"] });
    expect(await insert(fake, newSheet)).toMatchObject({ ok: true, sheetName: "OpenAI leak (2)" });
  });

  test("the totals row is turned on before it is written, so nothing under the table moves", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    await insert(fake, newSheet);
    const s = "OpenAI leak";
    expect(cell(fake, s, totalsRow, 0)).toBe("Total");
    expect(cell(fake, s, totalsRow + 1, 0)).toBe("");
    const notes = plan.cells.find((c) => c.row === totalsRow + 2 && c.col === 0)!;
    expect(cell(fake, s, totalsRow + 2, 0)).toBe(notes.content);
    expect(fake.state.tables[0]).toMatchObject({ rows: 1 + QUARTERS.length, showTotals: true });
  });

  test("at the selected cell, content where the totals row goes is refused", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"], selection: { row: 0, col: 0 } });
    await userTypes(fake, fake.state.sheets[0].name, totalsRow, 2, [["mine"]]);
    const outcome = await insert(fake, atSelection);
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(`C${totalsRow + 1} has content`),
    });
  });

  test("the sheet that was checked is the sheet written, even if the user switches sheets between the round trips", async () => {
    const fake = createFakeExcel({
      sheets: ["Checked", "Other"],
      selection: { row: 2, col: 2 },
      afterSync: (n, state) => {
        if (n === 1) state.active = state.sheets[1];
      },
    });
    const outcome = await insert(fake, atSelection);
    expect(outcome).toMatchObject({ ok: true, sheetName: "Checked" });
    expect(cell(fake, "Checked", 2, 2)).toBe(
      plan.cells.find((c) => c.row === 0 && c.col === 0)!.content
    );
    expect(fake.state.sheet("Other")!.cells.size).toBe(0);
  });

  test.each(["web", "desktop"] as const)(
    "where Excel can undo add-in changes (ExcelApi 1.20), one insert is one undo step (%s)",
    async (platform) => {
      const fake = createFakeExcel({
        sheets: ["Sheet1"],
        requirementSets: { ExcelApi: "1.20" },
        platform,
      });
      const run = excelRun(fake, { mergeUndoGroup: true });
      // On the web a name's comment cannot be undone in a merged group: the pane leaves it out.
      const request = { ...newSheet, nameComments: platform === "desktop" };
      expect(await runInsert(run, request, true)).toMatchObject({ ok: true });
      expect(fake.state.undoSteps).toBe(1);
      expect(fake.state.undoCleared).toBe(false);
    }
  );

  test("a failed take-back mentions Ctrl+Z only where Excel can undo add-in changes", async () => {
    for (const undoable of [true, false]) {
      const fake = createFakeExcel({ sheets: ["Sheet1"] });
      fake.state.failOperation = 30;
      let runs = 0;
      const run = (batch: never) =>
        ++runs > 1 ? Promise.reject(new Error("down")) : fake.Excel.run(batch);
      const outcome = await runInsert(run as never, newSheet, undoable);
      const message = (outcome as { message: string }).message;
      expect(message.endsWith(undoable ? say.notUndone : say.notUndoneByHand)).toBe(true);
    }
  });
});

describe("after the user deleted the add-in's sheet (its names now refer to #REF!)", () => {
  async function insertedThenSheetDeleted(): Promise<FakeExcel> {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    await insert(fake, newSheet);
    await fake.Excel.run(async (ctx: any) => {
      ctx.workbook.worksheets.getItem("OpenAI leak").delete();
      await ctx.sync();
    });
    return fake;
  }

  test("Insert dataset inserts afresh and points the names at the new sheet", async () => {
    const fake = await insertedThenSheetDeleted();
    expect(fake.state.names.map((n) => n.broken)).toEqual([true, true, true]);
    expect(await insert(fake, newSheet)).toMatchObject({ ok: true, action: "inserted" });
    expect(nameAt(fake, SHARE_RATE_NAME)).toEqual({ sheet: "OpenAI leak", row: 4, col: 0 });
    expect(fake.state.names.some((n) => n.broken)).toBe(false);
  });

  test("a failing insert puts the #REF! names back as they were", async () => {
    const fake = await insertedThenSheetDeleted();
    const before = fake.state.snapshot();
    fake.state.operations = 0;
    fake.state.failOperation = 12;
    const outcome = await insert(fake, newSheet);
    expect(outcome.ok).toBe(false);
    expect(fake.state.snapshot()).toBe(before);
  });
});
