/*
 * Audit this workbook: one read round trip, no writes. The pane's shell around the core's
 * audit: read the dataset block, tie it out, and select the cells that differ on request.
 */
import { AuditReport, Locale, auditDataset } from "../core";
import { ExcelRun, readDataset } from "./workbook-read";

/** The report, or undefined where the workbook has no dataset block. */
export async function runAudit(run: ExcelRun, locale: Locale): Promise<AuditReport | undefined> {
  const read = await run((context) => readDataset(context));
  return read && auditDataset(read, locale);
}

/**
 * Selects the cells an audit found (Worksheet.getRanges, ExcelApi 1.9). getRanges takes the
 * areas separated by "," on the web and in English Excel but by the list separator (";") in
 * German desktop Excel (office-js #1985, #1167), and nothing tells which: "," first, then ";".
 */
export async function selectCells(run: ExcelRun, sheetName: string, cells: readonly string[]) {
  if (cells.length === 0) return;
  const select = (separator: string) =>
    run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRanges(cells.join(separator)).select();
      await context.sync();
    });
  try {
    await select(",");
  } catch (error) {
    if (cells.length < 2 || (error as { code?: string }).code !== "InvalidArgument") throw error;
    await select(";");
  }
}
