/*
 * "Insert again": a block written once more in place. The dataset's table is refreshed by the
 * quarters' labels, whatever rows the user deleted, added, sorted or filtered, and its Checks are
 * found by their own name; the grid is written again where its name is.
 */
import { BlockPlan, CHECKS_NAME, SheetPlan, columnLetter } from "../core";
import { PlanRange, grid, writeRows } from "./block-cells";
import { addColorScale } from "./sheet-format";
import { QueuedTable, queueTable, sameName } from "./workbook-read";
import { WriterMessages } from "./writer-messages";

/** NamedItemCollection.add as the insert makes it (with or without the name's comment). */
export type AddName = (
  wb: Excel.Workbook,
  name: string,
  to: Excel.Range | string,
  comment: string
) => void;

/**
 * A second insert: the plan's refreshable rows again, in place; the user's inputs stay. A name
 * the user deleted comes back where the plan puts it. Returns the names it adds.
 */
export function refreshBlock(
  wb: Excel.Workbook,
  at: PlanRange,
  plan: BlockPlan,
  existingNames: readonly Excel.NamedItem[],
  addName: AddName
): string[] {
  const missing = missingNames(plan, existingNames);
  // Names and the colour scale first, the rows last: a batch failing before the rows changed
  // nothing that taking back the names and applying the scale again does not restore.
  addMissingNames(wb, at, missing, addName);
  addColorScale(at, plan);
  for (const { from, to } of plan.refreshRows) writeRows(at, plan, from, to);
  return [...missing.cells, ...missing.formulas].map((n) => n.name);
}

function missingNames(plan: BlockPlan, existingNames: readonly Excel.NamedItem[]) {
  const isMissing = (n: { name: string }) => !existingNames.some((e) => sameName(e.name, n.name));
  return { cells: plan.names.filter(isMissing), formulas: plan.formulaNames.filter(isMissing) };
}

function addMissingNames(
  wb: Excel.Workbook,
  at: PlanRange,
  missing: ReturnType<typeof missingNames>,
  addName: AddName
): void {
  for (const n of missing.cells) addName(wb, n.name, at(n.row, n.col, n.rows, n.cols), n.comment);
  for (const n of missing.formulas) addName(wb, n.name, n.formula, n.comment);
}

/** The add-in's table as the user left it: its rows (by label), filter and totals row. */
export interface TableRead {
  readonly labels: readonly string[];
  readonly emptyRows: readonly boolean[];
  /** Range.rowHidden of the body: false only where no row is hidden (ExcelApi 1.2). */
  readonly someHidden: boolean;
  readonly showTotals: boolean;
  readonly bodyTop: number;
  readonly left: number;
  readonly columns: number;
}

/** The table as read in round trip 1 (QueuedTable); undefined where it was not there to read. */
export function tableRead(queued: QueuedTable, plan: SheetPlan): TableRead | undefined {
  const { table, body } = queued;
  if (table.isNullObject || body.isNullObject) return undefined;
  // A new table row gets the table's calculated columns: a row is empty where the rest is.
  const calculated = plan.table.formulaColumns;
  return {
    labels: body.values.map((r) => String(r[0]).trim()),
    emptyRows: body.values.map((r) => r.every((v, c) => calculated.includes(c) || v === "")),
    someHidden: body.rowHidden !== false,
    showTotals: table.showTotals,
    bodyTop: body.rowIndex,
    left: body.columnIndex,
    columns: body.columnCount,
  };
}

/**
 * The table's rows in a read of their own: only where round trip 1 could not read them (a host
 * where a range got from a null table fails, see readWhatExists).
 */
export async function readTable(
  context: Excel.RequestContext,
  name: string,
  plan: SheetPlan
): Promise<TableRead> {
  const queued = queueTable(context.workbook, name, false);
  await context.sync();
  return tableRead(queued, plan)!;
}

/**
 * What a refresh does to the table's rows: empty rows the user added go, missing quarters are
 * added at the end, and each quarter is written to the row that holds its label (a sorted table
 * stays sorted). A row of the user's, or rows to add to a filtered table: a refusal.
 */
export function tableRowPlan(
  plan: SheetPlan,
  read: TableRead,
  say: WriterMessages
):
  | { readonly refusal: string }
  | {
      readonly deleteAt: readonly number[];
      readonly add: readonly string[];
      readonly order: readonly string[];
    } {
  if (read.columns !== plan.cols) return { refusal: say.tableColumns(plan.cols) };
  const quarters = quarterLabels(plan);
  const kept: string[] = [];
  const deleteAt: number[] = [];
  for (let i = 0; i < read.labels.length; i++) {
    const label = read.labels[i];
    if (quarters.includes(label) && !kept.includes(label)) kept.push(label);
    else if (read.emptyRows[i]) deleteAt.push(i);
    else {
      const cell = `${columnLetter(read.left)}${read.bodyTop + i + 1}`;
      return { refusal: say.tableRowNotOurs(cell, label) };
    }
  }
  const add = quarters.filter((q) => !kept.includes(q));
  // Rows of a filtered table may be silently not deleted (office-js #994, "Table Row delete() is
  // not working when there is a filter"); adding there would land among hidden rows.
  if (read.someHidden && (add.length > 0 || deleteAt.length > 0))
    return { refusal: say.tableFiltered };
  return { deleteAt, add, order: [...kept, ...add] };
}

/** The quarters in the plan's table, in its order. */
const quarterLabels = (plan: SheetPlan): string[] =>
  Array.from({ length: plan.table.bodyRows }, (_, i) =>
    String(plan.cells.find((c) => c.row === plan.table.headerRow + 1 + i && c.col === 0)!.content)
  );

/** One plan row's contents (formulas as written) or number formats. */
const planRow = <T>(
  plan: BlockPlan,
  row: number,
  pick: (c: BlockPlan["cells"][number]) => T,
  fill: T
) => grid(plan, fill, pick, 1, row)[0];

/**
 * "Insert again" on the dataset: its table refreshed by label, whatever rows the user deleted,
 * added, sorted or filtered; its totals row kept; its Checks found by their own name (Excel moves
 * a name with its cells when rows are inserted or deleted above them).
 */
export function refreshTable(
  wb: Excel.Workbook,
  at: PlanRange,
  plan: SheetPlan,
  tableName: string,
  rows: {
    readonly deleteAt: readonly number[];
    readonly add: readonly string[];
    readonly order: readonly string[];
  },
  showTotals: boolean,
  existingNames: readonly Excel.NamedItem[],
  addName: AddName
): string[] {
  const t = plan.table;
  const table = wb.tables.getItem(tableName);
  const quarters = quarterLabels(plan);
  const rowOf = (label: string) => t.headerRow + 1 + quarters.indexOf(label);
  const contents = (label: string) =>
    planRow(plan, rowOf(label), (c) => c.content, "" as string | number);
  // Rows first, the bottom one first so that the indexes above hold (TableRow.delete, ExcelApi 1.1;
  // TableRowCollection.add of several rows at the end, ExcelApi 1.4).
  for (const i of [...rows.deleteAt].reverse()) table.rows.getItemAt(i).delete();
  if (rows.add.length > 0) table.rows.add(undefined, rows.add.map(contents));
  // Names next: a missing name goes where the plan puts it, now that the table has its 7 rows.
  const missing = missingNames(plan, existingNames);
  addMissingNames(wb, at, missing, addName);
  // The headers in a write of their own, before the formulas that name them: nothing documents
  // in what order Excel applies the cells of one array.
  table.getHeaderRowRange().values = [[...t.headers]];
  const body = table.getDataBodyRange();
  body.formulas = rows.order.map(contents);
  body.numberFormat = rows.order.map((q) =>
    planRow(plan, rowOf(q), (c) => c.numberFormat, "General")
  );
  if (showTotals) {
    const totals = table.getTotalRowRange();
    totals.formulas = [planRow(plan, t.totalsRow, (c) => c.content, "" as string | number)];
  }
  const checksName = plan.names.find((n) => n.name === CHECKS_NAME)!;
  const checks = wb.names.getItem(CHECKS_NAME).getRange().getCell(0, 0);
  const atChecks: PlanRange = (row, col, r = 1, c = 1) =>
    checks.getOffsetRange(row - checksName.row, col).getResizedRange(r - 1, c - 1);
  writeRows(atChecks, plan, checksName.row, plan.rows);
  return [...missing.cells, ...missing.formulas].map((n) => n.name);
}
