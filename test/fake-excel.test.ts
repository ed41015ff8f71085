/* The Excel fake behaves like Excel where the writer's tests rely on it. */
import { FakeRichApiError, createFakeExcel } from "./helpers/fake-excel";

type Ctx = Excel.RequestContext;

const run = (fake: ReturnType<typeof createFakeExcel>, batch: (ctx: Ctx) => Promise<unknown>) =>
  fake.Excel.run(batch as any);

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
});
