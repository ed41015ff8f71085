/*
 * Taking back a failed insert: Excel's batches are not transactions, so what the failed batch
 * wrote stays; this removes it and restores what it replaced — and nothing else of the user's.
 */
import { BlockPlan } from "../core";
import { addColorScale } from "./sheet-format";
import { allNames } from "./workbook-read";

/** What an insert was about to write: enough to take it back if its batch fails half-way. */
export type InsertAttempt =
  | {
      readonly kind: "fresh";
      readonly plan: BlockPlan;
      readonly newSheet?: string;
      readonly block?: {
        readonly sheet: string;
        readonly top: number;
        readonly left: number;
        /** The sheet's charts before: any other chart there afterwards is ours. */
        readonly chartsBefore: readonly string[];
        /** The block's column widths before, in points. */
        readonly columnWidths: readonly number[];
        /**
         * The heights before of the rows the insert may resize, in points (plan rows), and
         * whether each was the sheet's standard height.
         */
        readonly rowHeights: readonly {
          readonly row: number;
          readonly height: number;
          readonly standard: boolean;
        }[];
        /** The block's formats and number formats before: a take-back restores them. */
        readonly formats: Excel.CellProperties[][];
        readonly numberFormats: string[][];
      };
      /** Names that existed before (with their references), to put back. */
      readonly previousNames: readonly { readonly name: string; readonly formula: string }[];
    }
  | {
      readonly kind: "refresh";
      readonly plan: BlockPlan;
      readonly namesAdded: readonly string[];
      /** Where a block found by its name is, to apply its colour scale again. */
      readonly at?: { readonly sheet: string; readonly row: number; readonly col: number };
      /** The table rows a refresh deletes and adds, to put back as they were. */
      readonly tableRows?: RefreshedRows;
    };

/** What a refresh does to the table's rows: empty rows deleted, quarters added at the end. */
export interface RefreshedRows {
  readonly name: string;
  readonly bodyRowsBefore: number;
  /** Indexes in the body, ascending. */
  readonly deletedAt: readonly number[];
  /** The labels of the rows added at the end, in order. */
  readonly added: readonly string[];
}

/**
 * A cell's properties as setCellProperties should restore them: No Fill reads as colour #FFFFFF
 * (office-js #6218, getCellProperties) and range.format.fill.tintAndShade as null (#4900); for
 * getCellProperties no source says whether tintAndShade is null or absent (CellPropertiesFill has
 * it optional), so either counts as No Fill. Setting #FFFFFF would paint the cell white and hide
 * its gridlines, so an unfilled cell's fill is left as clear() leaves it.
 */
export function withoutNoFill(cell: Excel.CellProperties): Excel.CellProperties {
  const fill = cell.format?.fill;
  if (!fill || fill.tintAndShade != null) return cell;
  const format = { ...cell.format };
  delete format.fill;
  return { ...cell, format };
}

/**
 * The rows a failed refresh added (recognised by their labels at the table's end) are deleted,
 * the empty rows it deleted added back where they were (TableRowCollection.add, ExcelApi 1.1).
 */
function takeBackRows(
  tableRows: Excel.TableRowCollection,
  rows: RefreshedRows,
  body: Excel.Range
): void {
  let count = body.rowCount;
  const lastLabels = body.values.slice(count - rows.added.length).map((r) => String(r[0]));
  const wasAdded =
    rows.added.length > 0 &&
    count === rows.bodyRowsBefore - rows.deletedAt.length + rows.added.length &&
    rows.added.every((label, i) => lastLabels[i] === label);
  if (wasAdded) {
    for (let i = count - 1; i >= count - rows.added.length; i--) tableRows.getItemAt(i).delete();
    count -= rows.added.length;
  }
  if (rows.deletedAt.length > 0 && count === rows.bodyRowsBefore - rows.deletedAt.length)
    for (const i of rows.deletedAt) tableRows.add(i);
}

/**
 * Takes back what a failed insert left (Excel's batches are not transactions: operations before
 * the failing one stay applied): the added sheet, or the table, chart, cells and names it wrote on
 * the user's sheet; names it replaced come back as they were. A refresh only adds names. Runs in
 * a plain Excel.run: Worksheet.delete is not supported inside a merged undo group (the undo
 * article's list of unsupported APIs).
 */
export async function undoInsert(
  context: Excel.RequestContext,
  attempt: InsertAttempt
): Promise<void> {
  const wb = context.workbook;
  const { plan } = attempt;
  const ours = attempt.kind === "refresh" ? attempt.namesAdded : allNames(plan).map((n) => n.name);
  const names = ours.map((name) => wb.names.getItemOrNullObject(name).load("name"));
  if (attempt.kind === "refresh") {
    const rows = attempt.tableRows;
    const body = rows && wb.tables.getItem(rows.name).getDataBodyRange().load("values, rowCount");
    await context.sync();
    for (const n of names) if (!n.isNullObject) n.delete();
    if (rows && body) takeBackRows(wb.tables.getItem(rows.name).rows, rows, body);
    const origin = attempt.at;
    if (origin) {
      const sheet = wb.worksheets.getItem(origin.sheet);
      addColorScale(
        (row, col, rows = 1, cols = 1) =>
          sheet.getRangeByIndexes(origin.row + row, origin.col + col, rows, cols),
        plan
      );
    }
    await context.sync();
    return;
  }
  const added = attempt.newSheet
    ? wb.worksheets.getItemOrNullObject(attempt.newSheet).load("name")
    : undefined;
  const onUserSheet = attempt.block && {
    ...attempt.block,
    sheet: wb.worksheets.getItem(attempt.block.sheet),
  };
  const block = onUserSheet?.sheet.getRangeByIndexes(
    onUserSheet.top,
    onUserSheet.left,
    plan.rows,
    plan.cols
  );
  // The block was empty and table-free before: any table in it now is ours, named yet or not.
  const tables = block?.getTables(false).load("items/name");
  const charts = onUserSheet?.sheet.charts.load("items/name");
  // The resized rows' heights now: a row of the standard height that the failed insert never
  // changed is left alone, so that it keeps the height Excel gives it by itself.
  const heightsNow = onUserSheet?.rowHeights.map((h) =>
    onUserSheet.sheet
      .getRangeByIndexes(onUserSheet.top + h.row, onUserSheet.left, 1, 1)
      .format.load("rowHeight")
  );
  await context.sync();

  for (const n of names) if (!n.isNullObject) n.delete();
  if (added && !added.isNullObject) added.delete();
  if (onUserSheet && block && tables && charts) {
    for (const t of tables.items) t.delete();
    for (const c of charts.items) if (!onUserSheet.chartsBefore.includes(c.name)) c.delete();
    // Back to what the user had: empty cells, with the formats they carried before.
    for (const v of plan.validations) {
      onUserSheet.sheet
        .getRangeByIndexes(onUserSheet.top + v.row, onUserSheet.left + v.col, 1, 1)
        .dataValidation.clear();
    }
    block.clear();
    block.setCellProperties(onUserSheet.formats.map((row) => row.map(withoutNoFill)));
    block.numberFormat = onUserSheet.numberFormats;
    onUserSheet.columnWidths.forEach((width, c) => {
      onUserSheet.sheet.getRangeByIndexes(0, onUserSheet.left + c, 1, 1).format.columnWidth = width;
    });
    // Autofit or wrapping changed these rows' heights, and clear() does not set them back. A row
    // that had the standard height gets it back as such (RangeFormat.useStandardHeight, ExcelApi
    // 1.7), not pinned at the number it measured; a row of another height is set back even where
    // unchanged, as clear() may fit it again to what is left (no Microsoft page says).
    onUserSheet.rowHeights.forEach(({ row, height, standard }, i) => {
      if (heightsNow?.[i].rowHeight === height && standard) return;
      const { sheet, top, left } = onUserSheet;
      const format = sheet.getRangeByIndexes(top + row, left, 1, 1).format;
      if (standard) format.useStandardHeight = true;
      else format.rowHeight = height;
    });
  }
  for (const n of attempt.previousNames) wb.names.add(n.name, n.formula);
  await context.sync();
}
