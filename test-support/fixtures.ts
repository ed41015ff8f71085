/*
 * Fixtures through the API they fake: the add-in's Excel.run over the fake (the one cast between
 * the fake's context and Excel.RequestContext), and a user's edits made as Excel's API makes them.
 */
import type { ExcelRun } from "../src/taskpane/workbook-read";
import { FakeExcel } from "./fake-excel";

/** The fake's Excel.run, typed as Excel's; `mergeUndoGroup` as Excel.RunOptions has it. */
export function excelRun(fake: FakeExcel, options: { mergeUndoGroup?: boolean } = {}): ExcelRun {
  return ((batch: never) => fake.Excel.run(options, batch)) as unknown as ExcelRun;
}

/** What Excel's calculation shows in a formula cell (the fake does not calculate formulas). */
export function excelCalculates(
  fake: FakeExcel,
  sheet: string,
  row: number,
  col: number,
  shown: string | number | boolean
): void {
  fake.state.calculated(sheet, row, col, shown);
}

/**
 * A user typing into a sheet, from (row, col): a value, or a formula (text starting with "=").
 * It goes through Range.formulas as any write does; the round-trip and undo counters are those of
 * the add-in, so the user's typing leaves them as they were.
 */
export async function userTypes(
  fake: FakeExcel,
  sheet: string,
  row: number,
  col: number,
  values: (string | number | boolean)[][]
): Promise<void> {
  const { syncs, operations, undoSteps } = fake.state;
  await excelRun(fake)(async (context) => {
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(row, col, values.length, values[0].length);
    range.formulas = values;
    await context.sync();
  });
  Object.assign(fake.state, { syncs, operations, undoSteps });
}
