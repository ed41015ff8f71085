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
