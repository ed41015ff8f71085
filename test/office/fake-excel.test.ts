/* The Excel fake behaves like Excel where the writer's tests rely on it. */
import * as fs from "fs";
import * as path from "path";
import { FakeRichApiError, createFakeExcel } from "../../test-support/fake-excel";
import { excelRun, userTypes } from "../../test-support/fixtures";

type Ctx = Excel.RequestContext;

const run = (fake: ReturnType<typeof createFakeExcel>, batch: (ctx: Ctx) => Promise<unknown>) =>
  excelRun(fake)(batch);

describe("the Excel fake", () => {
  test("writes reach the workbook only at sync", async () => {
    const fake = createFakeExcel();
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 2).values = [
        [1, "a"],
      ];
      expect(fake.state.content("Sheet1", 0, 0)).toBe("");
      await ctx.sync();
      expect(fake.state.content("Sheet1", 0, 0)).toBe(1);
    });
    expect(fake.state.syncs).toBe(1);
  });

  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- reading too early is the point: the fake must refuse it */
  test("a property can be read only after load and sync", async () => {
    const fake = createFakeExcel();
    await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(1, 1, 1, 1);
      expect(() => range.address).toThrow(/not available/);
      range.load("address");
      expect(() => range.address).toThrow(/not available/);
      await ctx.sync();
      expect(range.address).toBe("Sheet1!B2");
    });
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  test("isNullObject needs a sync, then tells whether the item exists", async () => {
    const fake = createFakeExcel();
    await run(fake, async (ctx) => {
      const missing = ctx.workbook.names.getItemOrNullObject("Nope").load("name");
      expect(() => missing.isNullObject).toThrow(FakeRichApiError);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("a batch is not a transaction: operations before the failing one stay applied", async () => {
    const fake = createFakeExcel();
    await expect(
      run(fake, async (ctx) => {
        const sheet = ctx.workbook.worksheets.getActiveWorksheet();
        sheet.getRangeByIndexes(0, 0, 1, 1).values = [["kept"]];
        sheet.getRangeByIndexes(0, 0, 1, 1).values = [["a", "b"]] as unknown as string[][]; // wrong shape
        sheet.getRangeByIndexes(1, 0, 1, 1).values = [["never"]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.state.content("Sheet1", 0, 0)).toBe("kept");
    expect(fake.state.content("Sheet1", 1, 0)).toBe("");
  });

  test("a second table or name of the same name is refused, as are overlapping tables", async () => {
    const fake = createFakeExcel();
    const add = (name: string, row: number) =>
      run(fake, async (ctx) => {
        const sheet = ctx.workbook.worksheets.getActiveWorksheet();
        const t = sheet.tables.add(sheet.getRangeByIndexes(row, 0, 2, 2), true);
        t.name = name;
        await ctx.sync();
      });
    await add("Data", 0);
    await expect(add("Data", 10)).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(add("Other", 1)).rejects.toMatchObject({ message: /overlap/ });
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.names.add(
          "data",
          ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(5, 5, 1, 1)
        );
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("a protected sheet refuses writes; a cell in edit mode refuses every sync; a sync can be made to fail", async () => {
    const fake = createFakeExcel();
    fake.state.sheets[0].protected = true;
    const write = () =>
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 1).values = [[1]];
        await ctx.sync();
      });
    await expect(write()).rejects.toMatchObject({ code: "AccessDenied" });
    fake.state.sheets[0].protected = false;
    fake.state.editMode = true;
    await expect(write()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    fake.state.editMode = false;
    fake.state.failSync = fake.state.syncs + 1;
    await expect(write()).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.state.content("Sheet1", 0, 0)).toBe("");
    await write();
    expect(fake.state.content("Sheet1", 0, 0)).toBe(1);
  });

  test("a sync with nothing queued is no round trip; Excel.run sends what is left", async () => {
    const fake = createFakeExcel();
    await run(fake, async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 1).values = [[1]];
    });
    expect(fake.state.syncs).toBe(1);
    expect(fake.state.content("Sheet1", 0, 0)).toBe(1);
  });

  test("requirement sets are answered like Office.context.requirements", () => {
    const fake = createFakeExcel({ requirementSets: { ExcelApi: 1.8 } });
    expect(fake.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(fake.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(fake.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });
});

describe("the Excel fake's documented behaviours", () => {
  const write = (fake: ReturnType<typeof createFakeExcel>, f: (ctx: Ctx) => void) =>
    run(fake, async (ctx) => {
      f(ctx);
      await ctx.sync();
    });
  const sheetOf = (ctx: Ctx) => ctx.workbook.worksheets.getActiveWorksheet();

  test("a chart from a header row and a quarter column names its series from the header and takes the quarters as categories", async () => {
    const fake = createFakeExcel();
    await write(fake, (ctx) => {
      sheetOf(ctx).getRangeByIndexes(0, 0, 3, 2).values = [
        ["Quarter", "Cost"],
        ["Q1", 1],
        ["Q2", 2],
      ];
    });
    await write(fake, (ctx) => {
      sheetOf(ctx).charts.add(
        "ColumnClustered",
        sheetOf(ctx).getRangeByIndexes(0, 0, 3, 2),
        "Columns"
      );
    });
    const [series] = fake.state.sheets[0].charts[0].series;
    expect(series.name).toBe("Cost");
    expect(series.values).toMatchObject({ row: 1, col: 1, rows: 2 });
    expect(series.xValues).toMatchObject({ row: 1, col: 0, rows: 2 });
  });

  test("conditionalFormats.clearAll clears only inside its range", async () => {
    const fake = createFakeExcel();
    await write(fake, (ctx) => {
      sheetOf(ctx).getRangeByIndexes(0, 0, 4, 1).conditionalFormats.add("ColorScale");
    });
    await write(fake, (ctx) =>
      sheetOf(ctx).getRangeByIndexes(0, 0, 2, 1).conditionalFormats.clearAll()
    );
    expect(fake.state.sheets[0].conditionalFormats.map((f) => [f.box.row, f.box.rows])).toEqual([
      [2, 2],
    ]);
  });

  test("turning the totals row on pushes a non-empty row under the table down (assumption: as the UI does)", async () => {
    const fake = createFakeExcel();
    await write(fake, (ctx) => {
      sheetOf(ctx).getRangeByIndexes(0, 0, 3, 1).values = [["H"], [1], ["under"]];
    });
    await write(fake, (ctx) => {
      const t = sheetOf(ctx).tables.add(sheetOf(ctx).getRangeByIndexes(0, 0, 2, 1), true);
      t.showTotals = true;
    });
    expect(fake.state.content("Sheet1", 2, 0)).toBe("");
    expect(fake.state.content("Sheet1", 3, 0)).toBe("under");
  });

  test("sheet, table and defined names are unique whatever their case", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    await expect(write(fake, (ctx) => ctx.workbook.worksheets.add("DATA"))).rejects.toMatchObject({
      code: "ItemAlreadyExists",
    });
    await write(fake, (ctx) =>
      ctx.workbook.names.add("MyRate", sheetOf(ctx).getRangeByIndexes(0, 0, 1, 1))
    );
    await expect(
      write(fake, (ctx) =>
        ctx.workbook.names.add("myrate", sheetOf(ctx).getRangeByIndexes(0, 0, 1, 1))
      )
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    const found = await run(fake, async (ctx) => {
      const n = ctx.workbook.names.getItemOrNullObject("MYRATE").load("name");
      await ctx.sync();
      return n.name;
    });
    expect(found).toBe("MyRate");
  });

  test("getCellProperties reads the formats back as setCellProperties takes them", async () => {
    const fake = createFakeExcel();
    await write(fake, (ctx) => {
      const r = sheetOf(ctx).getRangeByIndexes(0, 0, 1, 1);
      r.format.fill.color = "#FFFF00";
      r.format.borders.getItem("EdgeTop").style = "Double";
    });
    const props = await run(fake, async (ctx) => {
      const p = sheetOf(ctx)
        .getRangeByIndexes(0, 0, 1, 1)
        .getCellProperties({ format: { fill: { color: true } } });
      await ctx.sync();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a ClientResult is read after the sync above
      return p.value;
    });
    expect(props).toEqual([
      [
        {
          format: {
            fill: { color: "#FFFF00", tintAndShade: 0 },
            borders: { top: { style: "Double" } },
          },
        },
      ],
    ]);
    await write(fake, (ctx) => sheetOf(ctx).getRangeByIndexes(0, 0, 1, 1).clear());
    await write(fake, (ctx) =>
      sheetOf(ctx)
        .getRangeByIndexes(0, 0, 1, 1)
        .setCellProperties(props as never)
    );
    expect(fake.state.cell(fake.state.sheets[0], 0, 0).format).toEqual({
      "fill.color": "#FFFF00",
      "border.EdgeTop.style": "Double",
    });
  });

  test("each writing sync is an undo step, one per run with mergeUndoGroup on ExcelApi 1.20, and 1.9 ignores it", async () => {
    for (const [version, steps] of [
      ["1.20", 1],
      ["1.9", 2],
    ] as const) {
      const fake = createFakeExcel({ requirementSets: { ExcelApi: version } });
      await fake.Excel.run({ mergeUndoGroup: true }, async (ctx) => {
        sheetOf(ctx as never).getRangeByIndexes(0, 0, 1, 1).values = [[1]];
        await ctx.sync();
        sheetOf(ctx as never).getRangeByIndexes(1, 0, 1, 1).values = [[2]];
        await ctx.sync();
      });
      expect(fake.state.undoSteps).toBe(steps);
    }
  });

  test("requirement-set versions compare part by part: 1.20 is after 1.9", () => {
    const fake = createFakeExcel({ requirementSets: { ExcelApi: "1.20" } });
    expect(fake.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(createFakeExcel().requirements.isSetSupported("ExcelApi", "1.20")).toBe(false);
  });

  test.each([0, null] as const)(
    "a custom function gets an empty cell as %p, an input error as an object",
    async (emptyCellsAs) => {
      const seen: unknown[] = [];
      const fake = createFakeExcel({
        emptyCellsAs,
        errorsAs: "ErrorCellValue",
        functions: { "OAI.ECHO": (x: unknown) => (seen.push(x), [[1], [2], [3]]) },
      });
      await write(fake, (ctx) => {
        sheetOf(ctx).getRangeByIndexes(0, 0, 3, 1).formulas = [["Q1 2024"], [""], ["=NA()"]];
      });
      await write(fake, (ctx) => {
        sheetOf(ctx).getRangeByIndexes(0, 3, 1, 1).formulas = [["=OAI.ECHO(A1:A3)"]];
      });
      expect(seen).toEqual([
        [
          ["Q1 2024"],
          [emptyCellsAs],
          [{ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }],
        ],
      ]);
      expect([0, 1, 2].map((r) => fake.state.content("Sheet1", r, 3))).toEqual([
        "=OAI.ECHO(A1:A3)",
        2,
        3,
      ]);
    }
  );

  describe("typed parameters, converted before the call (custom-functions-json-autogeneration#types)", () => {
    const calls: unknown[][] = [];
    const fakeWith = (type: string) =>
      createFakeExcel({
        functions: { "OAI.TWICE": (...args: unknown[]) => (calls.push(args), [[1]]) },
        parameters: { "OAI.TWICE": [{ type: "any", dimensionality: "matrix" }, { type }] },
      });
    beforeEach(() => (calls.length = 0));

    test.each([
      ["number", '"0.2"', 0.2],
      ["number", "0.2", 0.2],
      ["number", "TRUE", 1],
      ["any", '"0.2"', "0.2"],
      ["string", "12", "12"],
      ["boolean", "0", false],
      ["boolean", '"true"', true],
    ])("a %s parameter gets %s as %p", async (type, literal, expected) => {
      const fake = fakeWith(type);
      await write(fake, (ctx) => {
        sheetOf(ctx).getRangeByIndexes(0, 3, 1, 1).formulas = [[`=OAI.TWICE(A1, ${literal})`]];
      });
      expect(calls).toEqual([[[[null]], expected]]);
    });

    test.each([
      ["number", '"20 %"', "#VALUE!"],
      ["number", "B1", "#N/A"],
      ["boolean", '"yes"', "#VALUE!"],
    ])(
      "a %s parameter given %s is Excel's bare %s, and the function is not called",
      async (type, literal, code) => {
        const fake = fakeWith(type);
        await write(fake, (ctx) => {
          sheetOf(ctx).getRangeByIndexes(0, 1, 1, 1).formulas = [["=NA()"]];
          sheetOf(ctx).getRangeByIndexes(0, 3, 1, 1).formulas = [[`=OAI.TWICE(A1, ${literal})`]];
        });
        expect(calls).toEqual([]);
        expect(fake.state.cell(fake.state.sheets[0], 0, 3).error).toBe(code);
      }
    );

    test("a one-cell reference to a scalar parameter is its value, not a 1 × 1 range", async () => {
      const fake = createFakeExcel({
        functions: { "OAI.TWICE": (...args: unknown[]) => (calls.push(args), [[1]]) },
        parameters: { "OAI.TWICE": [{ type: "any", dimensionality: "matrix" }, { type: "any" }] },
      });
      await write(fake, (ctx) => {
        sheetOf(ctx).getRangeByIndexes(0, 1, 1, 1).values = [[0.15]];
        sheetOf(ctx).getRangeByIndexes(0, 3, 1, 1).formulas = [["=OAI.TWICE(A1, B1)"]];
      });
      expect(calls).toEqual([[[[null]], 0.15]]);
    });
  });

  test("a data-type result (a card) stays in its cell and reaches the functions that read it", async () => {
    const card = { type: "Entity", text: "Q3 2025", properties: {} };
    const seen: unknown[] = [];
    const fake = createFakeExcel({
      functions: {
        "OAI.CARD": () => [[card]],
        "OAI.ECHO": (x: unknown) => (seen.push(x), [[1]]),
      },
    });
    await write(fake, (ctx) => {
      sheetOf(ctx).getRangeByIndexes(0, 0, 1, 1).formulas = [['=OAI.CARD("Q3 2025")']];
      sheetOf(ctx).getRangeByIndexes(0, 3, 1, 1).formulas = [["=OAI.ECHO(A1)"]];
    });
    expect(seen).toEqual([[[card]]]);
  });

  test("an async function's cell is #BUSY! until its promise settles, then shows the result", async () => {
    let settle: (v: unknown) => void = () => undefined;
    const fake = createFakeExcel({
      functions: { "OAI.LATER": () => new Promise((resolve) => (settle = resolve)) },
    });
    await write(fake, (ctx) => {
      sheetOf(ctx).getRangeByIndexes(0, 0, 1, 1).formulas = [["=OAI.LATER()"]];
    });
    expect(fake.state.cell(fake.state.sheets[0], 0, 0).error).toBe("#BUSY!");
    settle([[7]]);
    await Promise.resolve();
    expect(fake.state.cell(fake.state.sheets[0], 0, 0).error).toBeUndefined();
    expect(fake.state.cell(fake.state.sheets[0], 0, 0).value).toBe(7);
  });
});

describe("the Excel fake's behaviours for issue 17 (undo groups, tables the user changed, read-back)", () => {
  const write = (fake: ReturnType<typeof createFakeExcel>, f: (ctx: any) => void) =>
    run(fake, async (ctx) => {
      f(ctx);
      await ctx.sync();
    });
  test("a table row deleted and added: the cells below within its columns move, names with them, the table resizes", async () => {
    const fake = createFakeExcel();
    const sheet = fake.state.sheets[0];
    await userTypes(fake, sheet.name, 0, 0, [["H"], [1], [2], [3]]);
    await userTypes(fake, sheet.name, 6, 0, [["below", "", "", "beside"]]);
    fake.state.tables.push({
      name: "T",
      sheet,
      top: 0,
      left: 0,
      rows: 4,
      cols: 2,
      showTotals: false,
      style: "",
    });
    fake.state.names.push({
      name: "Below",
      box: { sheet, row: 6, col: 0, rows: 1, cols: 2 },
      comment: "",
    });
    await write(fake, (ctx) => ctx.workbook.tables.getItem("T").rows.getItemAt(0).delete());
    expect([fake.state.tables[0].rows, fake.state.content("Sheet1", 1, 0)]).toEqual([3, 2]);
    expect([fake.state.content("Sheet1", 5, 0), fake.state.content("Sheet1", 6, 3)]).toEqual([
      "below",
      "beside",
    ]);
    expect(fake.state.names[0].box.row).toBe(5);
    await write(fake, (ctx) => ctx.workbook.tables.getItem("T").rows.add(null, [["new", 9]]));
    expect([fake.state.tables[0].rows, fake.state.content("Sheet1", 3, 0)]).toEqual([4, "new"]);
    expect([fake.state.content("Sheet1", 6, 0), fake.state.names[0].box.row]).toEqual(["below", 6]);
  });

  test.each(["null", "absent"] as const)(
    "No Fill reads as #FFFFFF with tintAndShade %s; a fill reads with a number",
    async (noFillTintAndShade) => {
      const fake = createFakeExcel({ noFillTintAndShade });
      await run(fake, async (ctx) => {
        ctx.workbook.worksheets
          .getActiveWorksheet()
          .getRangeByIndexes(0, 1, 1, 1).format.fill.color = "#FFFFFF";
      });
      const props = await run(fake, async (ctx) => {
        const p = ctx.workbook.worksheets
          .getActiveWorksheet()
          .getRangeByIndexes(0, 0, 1, 2)
          .getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
        await ctx.sync();
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a ClientResult is read after the sync above
        return p.value;
      });
      expect((props as any)[0].map((p: any) => p.format.fill)).toEqual([
        noFillTintAndShade === "null"
          ? { color: "#FFFFFF", tintAndShade: null }
          : { color: "#FFFFFF" },
        { color: "#FFFFFF", tintAndShade: 0 },
      ]);
    }
  );

  test.each(["keeps", "unmerges"] as const)(
    "clear() %s merged cells in the range",
    async (clearMerged) => {
      const fake = createFakeExcel({ clearMerged });
      const sheet = fake.state.sheets[0];
      sheet.merged.push(
        { sheet, row: 1, col: 1, rows: 1, cols: 2 },
        { sheet, row: 5, col: 0, rows: 1, cols: 2 }
      );
      await write(fake, (ctx) =>
        ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 3, 3).clear()
      );
      expect(sheet.merged.map((m) => m.row)).toEqual(clearMerged === "keeps" ? [1, 5] : [5]);
    }
  );

  test.each(["noOp", "error"] as const)(
    "TableRow.delete on a table a filter hides rows of: %s (office-js #994)",
    async (filteredRowDelete) => {
      const fake = createFakeExcel({ filteredRowDelete });
      const sheet = fake.state.sheets[0];
      await write(fake, (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.getRangeByIndexes(0, 0, 4, 1).values = [["H"], ["a"], ["b"], ["c"]];
        ws.tables.add(ws.getRangeByIndexes(0, 0, 4, 1), true).name = "T";
      });
      sheet.hiddenRows.add(2);
      const deleting = write(fake, (ctx) =>
        ctx.workbook.tables.getItem("T").rows.getItemAt(0).delete()
      );
      if (filteredRowDelete === "error")
        await expect(deleting).rejects.toMatchObject({ code: "InvalidOperation" });
      else await deleting;
      expect([fake.state.tables[0].rows, fake.state.content("Sheet1", 1, 0)]).toEqual([4, "a"]);
      // Without the filter the row goes.
      sheet.hiddenRows.clear();
      await write(fake, (ctx) => ctx.workbook.tables.getItem("T").rows.getItemAt(0).delete());
      expect([fake.state.tables[0].rows, fake.state.content("Sheet1", 1, 0)]).toEqual([3, "b"]);
    }
  );

  test("a stop alert's message over 224 characters is refused ([MS-OI29500] 2.1.613)", async () => {
    const fake = createFakeExcel();
    const alert = (length: number) =>
      write(fake, (ctx) => {
        ctx.workbook.worksheets
          .getActiveWorksheet()
          .getRangeByIndexes(0, 0, 1, 1).dataValidation.errorAlert = {
          showAlert: true,
          style: "Stop",
          title: "t",
          message: "x".repeat(length),
        };
      });
    await expect(alert(224)).resolves.toBeUndefined();
    await expect(alert(225)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("rowHidden is true, false or null (some hidden); a table over merged cells is MergedRangeConflict", async () => {
    const fake = createFakeExcel();
    const sheet = fake.state.sheets[0];
    sheet.hiddenRows.add(1);
    const hidden = await run(fake, async (ctx) => {
      const ranges = [
        [1, 1],
        [0, 1],
        [0, 3],
      ].map(([row, rows]) =>
        ctx.workbook.worksheets
          .getActiveWorksheet()
          .getRangeByIndexes(row, 0, rows, 1)
          .load("rowHidden")
      );
      await ctx.sync();
      return ranges.map((r) => r.rowHidden);
    });
    expect(hidden).toEqual([true, false, null]);
    sheet.merged.push({ sheet, row: 2, col: 1, rows: 1, cols: 2 });
    await expect(
      write(fake, (ctx) =>
        ctx.workbook.worksheets
          .getActiveWorksheet()
          .tables.add(
            ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 4, 4),
            true
          )
      )
    ).rejects.toMatchObject({ code: "MergedRangeConflict" });
  });

  test.each(["asWritten", "canonical"] as const)(
    "formulas read back %s (the docs leave it open)",
    async (formulasReadBack) => {
      const fake = createFakeExcel({ formulasReadBack });
      const formula = "=SUBTOTAL(109,[[Inference cost (bn USD)]])+[@[Inference ratio]]+[@[Q]]";
      await write(fake, (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 1).formulas = [
          [formula],
        ];
      });
      const read = await run(fake, async (ctx) => {
        const r = ctx.workbook.worksheets
          .getActiveWorksheet()
          .getRangeByIndexes(0, 0, 1, 1)
          .load("formulas");
        await ctx.sync();
        return r.formulas[0][0];
      });
      expect(read).toBe(
        formulasReadBack === "asWritten"
          ? formula
          : "=SUBTOTAL(109,[Inference cost (bn USD)])+[@[Inference ratio]]+[@Q]"
      );
    }
  );

  test("getRanges takes the host's list separator and refuses the other (office-js #1985)", async () => {
    const fake = createFakeExcel({ listSeparator: ";" });
    await expect(
      write(fake, (ctx) => ctx.workbook.worksheets.getActiveWorksheet().getRanges("A1,B2").select())
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await write(fake, (ctx) =>
      ctx.workbook.worksheets.getActiveWorksheet().getRanges("A1;B2").select()
    );
    expect(fake.state.selectedAreas).toHaveLength(2);
  });
});

describe("the Excel fake's row heights, notes and null objects", () => {
  test("autofitRows grows a row to its wrapped text; rowHeight reads and sets it (null where rows differ)", async () => {
    const fake = createFakeExcel();
    const sheet = fake.state.sheets[0];
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const cell = ws.getRangeByIndexes(2, 0, 1, 1);
      cell.values = [["a header long enough to wrap over three lines"]];
      cell.format.wrapText = true;
      cell.format.autofitRows();
      ws.getRangeByIndexes(5, 0, 1, 1).format.rowHeight = 30;
      const fitted = ws.getRangeByIndexes(2, 0, 1, 1).format.load("rowHeight");
      const mixed = ws.getRangeByIndexes(1, 0, 2, 1).format.load("rowHeight");
      const plain = ws.getRangeByIndexes(3, 0, 1, 1).format.load("rowHeight");
      await ctx.sync();
      expect(fitted.rowHeight).toBeGreaterThan(15);
      expect(mixed.rowHeight).toBeNull();
      expect(plain.rowHeight).toBe(15);
    });
    expect(sheet.rowHeights.get(5)).toBe(30);
  });

  test.each(["keeps", "refits"] as const)(
    "turning wrap on and the row's height: %s; useStandardHeight reads and gives back the standard height",
    async (wrapRefitsRow) => {
      const fake = createFakeExcel({ wrapRefitsRow });
      const sheet = fake.state.sheets[0];
      await run(fake, async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        const cell = ws.getRangeByIndexes(2, 0, 1, 1);
        cell.values = [["a header long enough to wrap over three lines"]];
        cell.format.wrapText = true;
        ws.getRangeByIndexes(5, 0, 1, 1).format.rowHeight = 15;
        const standard = ws.getRangeByIndexes(7, 0, 1, 1).format.load("useStandardHeight");
        const wrapped = cell.format.load("useStandardHeight");
        await ctx.sync();
        expect(standard.useStandardHeight).toBe(true);
        expect(wrapped.useStandardHeight).toBe(wrapRefitsRow === "keeps");
      });
      if (wrapRefitsRow === "refits") expect(sheet.rowHeights.get(2)).toBeGreaterThan(15);
      else expect(sheet.rowHeights.has(2)).toBe(false);
      // A row given the standard height as a number keeps it as set; useStandardHeight frees it.
      expect(sheet.rowHeights.get(5)).toBe(15);
      await run(fake, async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.getRangeByIndexes(2, 0, 4, 1).format.useStandardHeight = true;
        await ctx.sync();
      });
      expect(sheet.rowHeights.size).toBe(0);
    }
  );

  test.each(["removes", "keeps"] as const)(
    "threaded comments: listed as items, located by getLocation(); clear() and comments: %s",
    async (clearComments) => {
      const fake = createFakeExcel({ clearComments });
      const sheet = fake.state.sheets[0];
      await run(fake, async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.comments.add(ws.getRangeByIndexes(4, 1, 1, 1), "mine");
        const comments = ws.comments.load("items/content");
        await ctx.sync();
        const at = comments.items[0].getLocation().load("address");
        await ctx.sync();
        expect(at.address).toBe("Sheet1!B5");
        ws.getRangeByIndexes(0, 0, 6, 3).clear();
      });
      expect(sheet.comments).toEqual(
        clearComments === "removes" ? [] : [{ row: 4, col: 1, content: "mine" }]
      );
    }
  );

  test.each(["keep", "refit"] as const)(
    "clear() and the height autofit gave a row: %s",
    async (clearRowHeights) => {
      const fake = createFakeExcel({ clearRowHeights });
      await run(fake, async (ctx) => {
        const cell = ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(2, 0, 1, 1);
        cell.values = [["a header long enough to wrap over three lines"]];
        cell.format.wrapText = true;
        cell.format.autofitRows();
        await ctx.sync();
        cell.clear();
      });
      const height = fake.state.sheets[0].rowHeights.get(2);
      if (clearRowHeights === "keep") expect(height).toBeGreaterThan(15);
      else expect(height).toBeUndefined();
    }
  );

  test.each(["removes", "keeps"] as const)(
    "notes: counted, listed as items, located by getLocation(); clear() and notes: %s",
    async (clearNotes) => {
      const fake = createFakeExcel({ clearNotes });
      const sheet = fake.state.sheets[0];
      await run(fake, async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.notes.add(ws.getRangeByIndexes(3, 2, 1, 1), "mine");
        ws.notes.add(ws.getRangeByIndexes(9, 0, 1, 1), "also mine");
        const count = ws.notes.getCount();
        const at = ws.notes.getItemAt(1).getLocation().load("address");
        const notes = ws.notes.load("items/content");
        await ctx.sync();
        // A ClientResult is read after the sync, without load(), which the rule does not know.
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
        expect(count.value).toBe(2);
        expect(at.address).toBe("Sheet1!A10");
        expect(notes.items.map((n) => n.content)).toEqual(["mine", "also mine"]);
        // An item stands for its note: deleting another does not move it; the deleted one
        // cannot be located.
        sheet.notes.shift();
        const second = notes.items[1].getLocation().load("address");
        await ctx.sync();
        expect(second.address).toBe("Sheet1!A10");
        notes.items[0].getLocation().load("address");
        await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
        ws.getRangeByIndexes(0, 0, 12, 5).clear();
      });
      expect(sheet.notes).toEqual(
        clearNotes === "removes" ? [] : [{ row: 9, col: 0, content: "also mine" }]
      );
    }
  );

  test.each(["nullObject", "itemNotFound", "invalidObjectPath"] as const)(
    "a range got from a table that getItemOrNullObject did not find: %s",
    async (nullObjectMethods) => {
      const fake = createFakeExcel({ nullObjectMethods });
      const read = run(fake, async (ctx) => {
        const table = ctx.workbook.tables.getItemOrNullObject("Nope").load("showTotals");
        const body = table.getDataBodyRange().load("values");
        await ctx.sync();
        return [table.isNullObject, body.isNullObject];
      });
      if (nullObjectMethods === "nullObject") await expect(read).resolves.toEqual([true, true]);
      else
        await expect(read).rejects.toMatchObject({
          code: nullObjectMethods === "itemNotFound" ? "ItemNotFound" : "InvalidObjectPath",
        });
    }
  );
});

describe("the fake's rooms", () => {
  const dir = path.join(__dirname, "..", "..", "test-support", "fake-excel");
  const rooms = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"));

  test.each(rooms)("%s says in its header what it models and where Microsoft documents it", (f) => {
    const header = /^\/\*[\s\S]*?\*\//.exec(fs.readFileSync(path.join(dir, f), "utf8"))?.[0];
    expect(header).toMatch(/learn\.microsoft\.com|@types\/office-js/);
  });

  test.each(rooms)("%s copies no column-letter or reference helper of the core", (f) => {
    const source = fs.readFileSync(path.join(dir, f), "utf8");
    // The arithmetic of columnLetter and columnIndex (src/core/references.ts).
    expect(source).not.toMatch(/fromCharCode\(65|charCodeAt\(0\) - 64/);
  });
});
