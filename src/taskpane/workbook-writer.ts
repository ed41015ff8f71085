/*
 * Inserts a block — the dataset, or the sensitivity grid — as its plan describes, in two round
 * trips: one sync reads what exists (sheets, tables, names, the target cells), one writes.
 * Nothing of the user's is overwritten: a block that is not empty is refused, and a second
 * insert refreshes the block in place instead of adding another. If Excel fails half-way,
 * what the failed batch wrote is taken back.
 */
import {
  Assumptions,
  BlockPlan,
  Locale,
  buildSensitivityPlan,
  buildSheetPlan,
  columnLetter,
} from "../core";
import { PlanRange, grid, isTableFormula, writeRows } from "./block-cells";
import { FORMATS, addColorScale, addValidations, styleRectangles } from "./sheet-format";
import { InsertAttempt, undoInsert } from "./take-back";
import {
  ExcelRun,
  Placement,
  findExisting,
  firstFilledCell,
  freeSheetName,
  nameConflict,
  readWhatExists,
  sameName,
} from "./workbook-read";
import { describeExcelError, messagesFor } from "./writer-messages";

export type { InsertAttempt } from "./take-back";
export type { Placement } from "./workbook-read";
export { undoInsert } from "./take-back";
export { describeExcelError } from "./writer-messages";

export type BlockKind = "dataset" | "sensitivity";

export interface InsertRequest {
  /** What to insert; the dataset unless said otherwise. */
  readonly what?: BlockKind;
  readonly placement: Placement;
  readonly assumptions: Assumptions;
  /** The language of the labels written; English unless said otherwise. */
  readonly locale?: Locale;
}

export type InsertOutcome =
  | {
      readonly ok: true;
      readonly action: "inserted" | "refreshed";
      readonly sheetName: string;
      readonly address: string;
    }
  | { readonly ok: false; readonly message: string };

const messages = (request: InsertRequest) => messagesFor(request.locale);

export function planFor(request: InsertRequest): BlockPlan {
  return request.what === "sensitivity"
    ? buildSensitivityPlan(request.locale)
    : buildSheetPlan(request.assumptions, request.locale);
}

/** A fresh block: its cells, formatted; its names; and the table, chart or colour scale it has. */
function writeBlock(
  wb: Excel.Workbook,
  sheet: Excel.Worksheet,
  at: PlanRange,
  plan: BlockPlan,
  existingNames: readonly Excel.NamedItem[],
  currentWidths: readonly number[]
): void {
  // The totals row waits for showTotals: a row under a table that is not empty when the totals
  // row is turned on would be pushed down (assumption: as in Excel's UI), shifting cells.
  const laterRow = plan.table?.totalsRow;
  writeRows(at, plan, 0, plan.rows, (c) => isTableFormula(plan, c) || c.row === laterRow);
  for (const n of plan.names) {
    // Only our own names get here (nameConflict refused any other spelling): replace them.
    if (existingNames.some((e) => e.name === n.name)) wb.names.getItem(n.name).delete();
    wb.names.add(n.name, at(n.row, n.col, n.rows, n.cols), n.comment);
  }
  addFormulaNames(wb, plan, existingNames);
  addValidations(at, plan);

  const t = plan.table;
  if (t) {
    const table = sheet.tables.add(at(t.headerRow, 0, 1 + t.bodyRows, plan.cols), true);
    table.name = t.name;
    table.style = t.style;
    const first = Math.min(...t.formulaColumns);
    at(t.headerRow + 1, first, t.bodyRows, t.formulaColumns.length).formulas = grid(
      plan,
      "",
      (c) => (isTableFormula(plan, c) ? String(c.content) : undefined),
      t.bodyRows,
      t.headerRow + 1
    ).map((r) => r.slice(first, first + t.formulaColumns.length));
    table.showTotals = true;
    at(t.totalsRow, 0, 1, plan.cols).formulas = grid(
      plan,
      "",
      (c) => String(c.content),
      1,
      t.totalsRow
    );
    const header = at(t.headerRow, 0, 1, plan.cols);
    header.format.wrapText = true;
    header.format.verticalAlignment = "Top";
  }
  at(0, 0, plan.rows, plan.cols).numberFormat = grid(plan, "General", (c) => c.numberFormat);
  for (const r of styleRectangles(plan))
    FORMATS[r.style]?.(at(r.row, r.col, r.rows, r.cols), r.rows, r.cols);
  // Widen to fit, never narrow: on the user's sheet, narrowing could hide their other cells.
  plan.columnWidths.forEach((width, c) => {
    if (width > (currentWidths[c] ?? 0)) at(0, c).format.columnWidth = width;
  });

  const chart = plan.chart;
  if (t && chart) {
    // From the quarter and cost columns with their header row, Excel takes the text column as the
    // categories and names the series from the header cell (Excel.ChartCollection.add).
    const added = sheet.charts.add(
      "ColumnClustered",
      at(t.headerRow, chart.categoryColumn, 1 + t.bodyRows, 2),
      "Columns"
    );
    added.name = chart.name;
    added.title.text = chart.title;
    const revenue = added.series.add(t.headers[chart.seriesColumns[1]]);
    revenue.setValues(at(t.headerRow + 1, chart.seriesColumns[1], t.bodyRows, 1));
    revenue.setXAxisValues(at(t.headerRow + 1, chart.categoryColumn, t.bodyRows, 1));
    added.setPosition(at(chart.from.row, chart.from.col), at(chart.to.row, chart.to.col));
  }
  addColorScale(at, plan);
}

/**
 * The checked-assumption names: added where missing, their formula set where they exist (a
 * formula name is kept, not deleted and added again, since the sheet's formulas use it).
 */
function addFormulaNames(
  wb: Excel.Workbook,
  plan: BlockPlan,
  existingNames: readonly Excel.NamedItem[]
): void {
  for (const n of plan.formulaNames) {
    if (existingNames.some((e) => e.name === n.name)) wb.names.getItem(n.name).formula = n.formula;
    else wb.names.add(n.name, n.formula, n.comment);
  }
}

/**
 * A second insert: the plan's refreshable rows again, in place; the user's inputs stay. A name
 * the user deleted comes back where the plan puts it. Returns the names it adds.
 */
function refreshBlock(
  wb: Excel.Workbook,
  at: PlanRange,
  plan: BlockPlan,
  existingNames: readonly Excel.NamedItem[]
): string[] {
  const isMissing = (n: { name: string }) => !existingNames.some((e) => sameName(e.name, n.name));
  const missing = plan.names.filter(isMissing);
  const missingFormulas = plan.formulaNames.filter(isMissing);
  // Names and the colour scale first, the rows last: a batch failing before the rows changed
  // nothing that taking back the names and applying the scale again does not restore.
  for (const n of missing) wb.names.add(n.name, at(n.row, n.col, n.rows, n.cols), n.comment);
  for (const n of missingFormulas) wb.names.add(n.name, n.formula, n.comment);
  addColorScale(at, plan);
  for (const { from, to } of plan.refreshRows) writeRows(at, plan, from, to);
  return [...missing, ...missingFormulas].map((n) => n.name);
}

/**
 * Inserts (or refreshes) a block. Expects to run inside `Excel.run`; `onAttempt` hears what the
 * insert is about to write, before the writing sync.
 */
export async function insertDataset(
  context: Excel.RequestContext,
  request: InsertRequest,
  onAttempt: (attempt: InsertAttempt) => void = () => undefined
): Promise<InsertOutcome> {
  const say = messages(request);
  const exists = await readWhatExists(context, planFor(request), request.placement);
  if (!exists) return { ok: false, message: say.datasetFirst };
  const header = exists.tableHeader?.values[0];
  // The grid's formulas name the table's columns as they are, in whatever language it was inserted.
  const plan = header
    ? buildSensitivityPlan(request.locale, [
        String(header[0]),
        String(header[1]),
        String(header[2]),
      ])
    : planFor(request);
  const wb = context.workbook;
  const existingNames = exists.names.filter((n) => !n.isNullObject);
  const sheetProtected = new Map(exists.sheets.items.map((s) => [s.name, s.protection.protected]));
  const conflict = nameConflict(exists, plan, existingNames, say);
  if (conflict) return { ok: false, message: conflict };

  const existing = findExisting(exists, plan, existingNames);
  if (existing) {
    if (sheetProtected.get(existing.sheetName))
      return { ok: false, message: say.protectedSheet(existing.sheetName) };
    const namesAdded = refreshBlock(wb, existing.at(wb), plan, existingNames);
    onAttempt({ kind: "refresh", plan, namesAdded, at: existing.origin });
    wb.worksheets.getItem(existing.sheetName).activate();
    await context.sync();
    return {
      ok: true,
      action: "refreshed",
      sheetName: existing.sheetName,
      address: existing.address,
    };
  }

  let sheet: Excel.Worksheet;
  let at: PlanRange;
  let sheetName: string;
  let address: string;
  if (exists.target) {
    const { block, tablesInBlock } = exists.target;
    sheetName = exists.target.sheet.name;
    if (exists.target.sheet.protection.protected)
      return { ok: false, message: say.protectedSheet(sheetName) };
    const room = say.room(plan.rows, plan.cols);
    if (tablesInBlock.items.length > 0) {
      return { ok: false, message: say.overlaps(block.address, tablesInBlock.items[0].name, room) };
    }
    const filled = firstFilledCell(block);
    if (filled) return { ok: false, message: say.notEmpty(block.address, filled, room) };
    // The sheet that was checked, by name: the user may switch sheets between the round trips.
    sheet = wb.worksheets.getItem(sheetName);
    const top = block.rowIndex;
    const left = block.columnIndex;
    at = (row, col, rows = 1, cols = 1) =>
      sheet.getRangeByIndexes(top + row, left + col, rows, cols);
    address = block.address;
  } else {
    if (exists.structure.protected) {
      return { ok: false, message: say.structure };
    }
    sheetName = freeSheetName(exists.sheets, plan.sheetName);
    sheet = wb.worksheets.add(sheetName);
    at = (row, col, rows = 1, cols = 1) => sheet.getRangeByIndexes(row, col, rows, cols);
    address = `A1:${columnLetter(plan.cols - 1)}${plan.rows}`;
  }

  onAttempt({
    kind: "fresh",
    plan,
    newSheet: exists.target ? undefined : sheetName,
    block: exists.target
      ? {
          sheet: sheetName,
          top: exists.target.block.rowIndex,
          left: exists.target.block.columnIndex,
          chartsBefore: exists.target.charts.items.map((c) => c.name),
          columnWidths: exists.target.columns.map((f) => f.columnWidth),
          formats: exists.target.formats.value,
          numberFormats: exists.target.block.numberFormat,
        }
      : undefined,
    previousNames: existingNames.map((n) => ({ name: n.name, formula: n.formula })),
  });
  writeBlock(
    wb,
    sheet,
    at,
    plan,
    existingNames,
    exists.target?.columns.map((f) => f.columnWidth) ?? []
  );
  sheet.activate();
  if (!exists.target) at(0, 0).select();
  await context.sync();
  return { ok: true, action: "inserted", sheetName, address };
}

/**
 * One click: insert in one `Excel.run`; if its writing batch fails, take back what it left.
 * `undoable`: Excel can undo an add-in's changes (ExcelApi 1.20, where `run` merges the insert
 * into one undo step with RunOptions.mergeUndoGroup), so a message may point to Ctrl+Z.
 */
export async function runInsert(
  run: ExcelRun,
  request: InsertRequest,
  undoable = false
): Promise<InsertOutcome> {
  let attempt: InsertAttempt | undefined;
  try {
    return await run((context) => insertDataset(context, request, (a) => (attempt = a)));
  } catch (error) {
    let undone = true;
    if (attempt) {
      const partial = attempt;
      undone = await run((context) => undoInsert(context, partial)).then(
        () => true,
        () => false
      );
    }
    const say = messages(request);
    return {
      ok: false,
      message:
        describeExcelError(error, request.locale) +
        (undone ? say.undone : undoable ? say.notUndone : say.notUndoneByHand),
    };
  }
}
