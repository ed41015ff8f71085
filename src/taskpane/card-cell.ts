/*
 * A quarter's card into the selected cell, as the formula =OAI.CARD("Q3 2025") so that it stays
 * live. Nothing of the user's is overwritten: a cell that is not empty is refused.
 */
import { Locale } from "../core";
import { ExcelRun } from "./workbook-read";
import { messagesFor } from "./writer-messages";

export async function putCard(
  run: ExcelRun,
  quarter: string,
  locale: Locale
): Promise<{ ok: boolean; message: string }> {
  const say = messagesFor(locale);
  return run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0).load("address, valueTypes");
    await context.sync();
    if (cell.valueTypes[0][0] !== "Empty")
      return { ok: false, message: say.cardNotEmpty(cell.address) };
    cell.formulas = [[`=OAI.CARD("${quarter}")`]];
    await context.sync();
    return { ok: true, message: say.cardPut(quarter, cell.address) };
  });
}
