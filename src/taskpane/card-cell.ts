/*
 * A formula into the selected cell: a quarter's card as =OAI.CARD("Q3 2025") so that it stays
 * live, or the builder's formula. Nothing of the user's is overwritten: a cell that is not empty
 * is refused. One round trip reads the cell, one writes it.
 */
import { Locale } from "../core";
import { ExcelRun } from "./workbook-read";
import { messagesFor } from "./writer-messages";

/** `formula` in English syntax (Range.formulas), into the selected cell's top-left cell if empty. */
export async function putFormula(
  run: ExcelRun,
  formula: string
): Promise<{ written: boolean; address: string }> {
  return run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0).load("address, valueTypes");
    await context.sync();
    if (cell.valueTypes[0][0] !== "Empty") return { written: false, address: cell.address };
    cell.formulas = [[formula]];
    await context.sync();
    return { written: true, address: cell.address };
  });
}

export async function putCard(
  run: ExcelRun,
  quarter: string,
  locale: Locale
): Promise<{ ok: boolean; message: string }> {
  const say = messagesFor(locale);
  const { written, address } = await putFormula(run, `=OAI.CARD("${quarter}")`);
  return written
    ? { ok: true, message: say.cardPut(quarter, address) }
    : { ok: false, message: say.cardNotEmpty(address) };
}
