/*
 * Inserts a block — the dataset, or the sensitivity grid — as its plan describes, in two round
 * trips: one sync reads what exists (sheets, tables, names, the target cells), one writes.
 * Nothing of the user's is overwritten: a block that is not empty is refused, and a second
 * insert refreshes the block in place instead of adding another (block-refresh.ts; the
 * dataset's table rows are read in the first round trip). A block on a sheet with notes or
 * threaded comments takes one more read, of where they are. If Excel fails half-way, what the
 * failed batch wrote is taken back (take-back.ts), in an Excel.run of its own.
 */
import {
  Assumptions,
  BlockPlan,
  Locale,
  SheetPlan,
  buildSensitivityPlan,
  buildSheetPlan,
  columnLetter,
} from "../core";
import { PlanRange, grid, isTableFormula, writeRows } from "./block-cells";
import { addColorScale, addValidations, formatBlock } from "./sheet-format";
import {
  AddName,
  readTable,
  refreshBlock,
  refreshTable,
  tableRead,
  tableRowPlan,
} from "./block-refresh";
import { InsertAttempt, RefreshedRows, undoInsert } from "./take-back";
import {
  ExcelRun,
  Placement,
  findExisting,
  firstFilledCell,
  freeSheetName,
  nameConflict,
  markInBlock,
  readWhatExists,
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
  /**
   * Whether names get their comment. False inside a merged undo group on Excel on the web, where
   * the undo article lists NamedItem.comment as not supported (UndoNotSupported).
   */
  readonly nameComments?: boolean;
  /** The host has Range.getMergedAreasOrNullObject (ExcelApi 1.13), to refuse merged cells. */
  readonly canFindMergedCells?: boolean;
  /** The host has Worksheet.notes (ExcelApi 1.18), to refuse a block with notes. */
  readonly canFindNotes?: boolean;
  /** The host has Worksheet.comments (ExcelApi 1.10), to refuse a block with comments. */
  readonly canFindComments?: boolean;
}

export type InsertOutcome =
  | {
      readonly ok: true;
      readonly action: "inserted" | "refreshed";
      readonly sheetName: string;
      readonly address: string;
      /** What the user should know besides, e.g. that Excel cleared its undo history. */
      readonly notice?: string;
    }
  | { readonly ok: false; readonly message: string };

const messages = (request: InsertRequest) => messagesFor(request.locale);

export function planFor(request: InsertRequest): BlockPlan {
  return request.what === "sensitivity"
    ? buildSensitivityPlan(request.locale)
    : buildSheetPlan(request.assumptions, request.locale);
}

/** NamedItemCollection.add, with the name's comment only where it may be set (see nameComments). */
const nameAdder =
  (request: InsertRequest): AddName =>
  (wb, name, to, comment) => {
    if (request.nameComments === false) wb.names.add(name, to);
    else wb.names.add(name, to, comment);
  };

/** A fresh block: its cells, formatted; its names; and the table, chart or colour scale it has. */
function writeBlock(
  wb: Excel.Workbook,
  sheet: Excel.Worksheet,
  at: PlanRange,
  plan: BlockPlan,
  existingNames: readonly Excel.NamedItem[],
  currentWidths: readonly number[],
  addName: AddName
): void {
  // The totals row waits for showTotals: a row under a table that is not empty when the totals
  // row is turned on would be pushed down (assumption: as in Excel's UI), shifting cells.
  const laterRow = plan.table?.totalsRow;
  writeRows(at, plan, 0, plan.rows, (c) => isTableFormula(plan, c) || c.row === laterRow);
  for (const n of plan.names) {
    // Only our own names get here (nameConflict refused any other spelling): replace them.
    if (existingNames.some((e) => e.name === n.name)) wb.names.getItem(n.name).delete();
    addName(wb, n.name, at(n.row, n.col, n.rows, n.cols), n.comment);
  }
  addFormulaNames(wb, plan, existingNames, addName);
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
  formatBlock(at, plan);
  // Widen to fit, never narrow: on the user's sheet, narrowing could hide their other cells.
  plan.columnWidths.forEach((width, c) => {
    if (width > (currentWidths[c] ?? 0)) at(0, c).format.columnWidth = width;
  });

  const chart = plan.chart;
  if (t && chart) {
    // From the quarter column to the last series column with their header row, one series per
    // column (Excel.ChartCollection.add, seriesBy "Columns"). Assumption (no Microsoft page says
    // it; the fake models the same): Excel takes the text column as the categories and names each
    // series from its header cell, so a renamed header renames the legend. The series between are removed,
    // the last first, so that the indexes of the others hold (ChartSeries.delete, ExcelApi 1.7).
    const [first, last] = [
      chart.seriesColumns[0],
      chart.seriesColumns[chart.seriesColumns.length - 1],
    ];
    const added = sheet.charts.add(
      "ColumnClustered",
      at(t.headerRow, chart.categoryColumn, 1 + t.bodyRows, last - chart.categoryColumn + 1),
      "Columns"
    );
    added.name = chart.name;
    added.title.text = chart.title;
    for (let col = last - 1; col > first; col--)
      if (!chart.seriesColumns.includes(col))
        added.series.getItemAt(col - chart.categoryColumn - 1).delete();
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
  existingNames: readonly Excel.NamedItem[],
  addName: AddName
): void {
  for (const n of plan.formulaNames) {
    if (existingNames.some((e) => e.name === n.name)) wb.names.getItem(n.name).formula = n.formula;
    else addName(wb, n.name, n.formula, n.comment);
  }
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
  const addName = nameAdder(request);
  const exists = await readWhatExists(context, planFor(request), request.placement, {
    mergedCells: request.canFindMergedCells,
    notes: request.canFindNotes,
    comments: request.canFindComments,
  });
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
    let namesAdded: string[];
    let tableRows: RefreshedRows | undefined;
    if (plan.table && existing.tableName) {
      // The table as the user left it, read in round trip 1 (or, where that could not be, now).
      const queued = exists.ourTable && tableRead(exists.ourTable, plan as SheetPlan);
      const read = queued ?? (await readTable(context, existing.tableName, plan as SheetPlan));
      const rows = tableRowPlan(plan as SheetPlan, read, say);
      if ("refusal" in rows) return { ok: false, message: rows.refusal };
      namesAdded = refreshTable(
        wb,
        existing.at(wb),
        plan as SheetPlan,
        existing.tableName,
        rows,
        read.showTotals,
        existingNames,
        addName
      );
      tableRows = {
        name: existing.tableName,
        bodyRowsBefore: read.labels.length,
        deletedAt: rows.deleteAt,
        added: rows.add,
      };
    } else namesAdded = refreshBlock(wb, existing.at(wb), plan, existingNames, addName);
    onAttempt({ kind: "refresh", plan, namesAdded, at: existing.origin, tableRows });
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
    // What a take-back could not restore is not written over (the emptiness check covers it).
    const merged = exists.target.merged;
    if (merged && !merged.isNullObject)
      return { ok: false, message: say.merged(block.address, merged.address, room) };
    if (exists.target.validation.type !== "None")
      return { ok: false, message: say.cannotRestore(block.address, say.validation, room) };
    if (exists.target.conditionalFormats.value > 0)
      return { ok: false, message: say.cannotRestore(block.address, say.conditionalFormats, room) };
    // Where the sheet has notes or comments, one more read finds whether one is in the block.
    const { notes, comments } = exists.target;
    const area = { row: block.rowIndex, col: block.columnIndex, rows: plan.rows, cols: plan.cols };
    const mark =
      (notes?.items.length || comments?.items.length) &&
      (await markInBlock(context, sheetName, { notes, comments }, area));
    if (mark) {
      const what = mark.kind === "note" ? say.note(mark.cell) : say.comment(mark.cell);
      return { ok: false, message: say.cannotRestore(block.address, what, room) };
    }
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
          rowHeights: exists.target.rowHeights.map((h) => ({
            row: h.row,
            height: h.format.rowHeight,
            standard: h.format.useStandardHeight,
          })),
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
    exists.target?.columns.map((f) => f.columnWidth) ?? [],
    addName
  );
  sheet.activate();
  if (!exists.target) at(0, 0).select();
  await context.sync();
  return { ok: true, action: "inserted", sheetName, address };
}

/** What an Excel can do with an add-in's changes, from its requirement sets. */
export interface UndoSupport {
  /** Run the insert as one undo step (Excel.RunOptions.mergeUndoGroup, ExcelApi 1.20). */
  readonly merge: boolean;
  /** Ctrl+Z undoes an add-in's changes, so a message may point to it. */
  readonly undoable: boolean;
}

/**
 * The undo article's own check ("Check for undo support": isSetSupported("ExcelUndoApiAll",
 * "1.0"), learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities); merging
 * also needs RunOptions.mergeUndoGroup (ExcelApi 1.20).
 */
export function undoSupport(
  isSetSupported: (name: string, version: string) => boolean
): UndoSupport {
  const undoable = isSetSupported("ExcelUndoApiAll", "1.0");
  return { undoable, merge: undoable && isSetSupported("ExcelApi", "1.20") };
}

/**
 * The request as this host allows it, by its requirement sets: what it can find before writing
 * (canFind…), and names without their comment inside a merged undo group on the web (see
 * nameComments).
 */
export function forHost(
  request: InsertRequest,
  isSetSupported: (name: string, version: string) => boolean,
  onTheWeb: boolean
): InsertRequest {
  return {
    ...request,
    nameComments: !(undoSupport(isSetSupported).merge && onTheWeb),
    canFindMergedCells: isSetSupported("ExcelApi", "1.13"),
    canFindNotes: isSetSupported("ExcelApi", "1.18"),
    canFindComments: isSetSupported("ExcelApi", "1.10"),
  };
}

const codeOf = (error: unknown) => (error as { code?: string } | null)?.code;

/**
 * One click: insert in one `Excel.run` (`run`, merged into one undo step where Excel can undo an
 * add-in's changes); if its writing batch fails, take back what it left in a plain `Excel.run`
 * (`plainRun`): the take-back deletes a sheet, and Worksheet.delete is on the undo article's list
 * of calls that fail with UndoNotSupported in a merged group. Where a merged insert meets
 * UndoNotSupported all the same, it is taken back and made once more without merging.
 */
export async function runInsert(
  run: ExcelRun,
  request: InsertRequest,
  undoable = false,
  plainRun: ExcelRun = run
): Promise<InsertOutcome> {
  return insertOnce(run, request, undoable, plainRun, false);
}

/** runInsert's one attempt; `undoCleared` once Excel has cleared its undo history (UndoNotSupported). */
async function insertOnce(
  run: ExcelRun,
  request: InsertRequest,
  undoable: boolean,
  plainRun: ExcelRun,
  undoCleared: boolean
): Promise<InsertOutcome> {
  const say = messages(request);
  let attempt: InsertAttempt | undefined;
  try {
    const outcome = await run((context) => insertDataset(context, request, (a) => (attempt = a)));
    // The undo article: after an unsupported call "the undo stack is cleared starting from that
    // API call", so the user learns that Ctrl+Z may not take this insert back.
    return outcome.ok && undoCleared ? { ...outcome, notice: say.undoClearedRedone } : outcome;
  } catch (error) {
    let undone = true;
    if (attempt) {
      const partial = attempt;
      undone = await plainRun((context) => undoInsert(context, partial)).then(
        () => true,
        () => false
      );
    }
    // An unsupported call clears the undo stack from there on: no Ctrl+Z hint after it.
    const cleared = undoCleared || codeOf(error) === "UndoNotSupported";
    if (cleared && !undoCleared && undone && run !== plainRun)
      return insertOnce(plainRun, { ...request, nameComments: true }, undoable, plainRun, true);
    // Below ExcelApi 1.13 merged cells, below 1.18 notes are not found beforehand, and the
    // take-back's clear() may unmerge the one and removes the other ("Clears everything").
    const clearedUserCells = attempt?.kind === "fresh" && attempt.block !== undefined;
    const after = undone
      ? clearedUserCells && !request.canFindMergedCells
        ? say.undoneMaybeUnmerged
        : clearedUserCells && !request.canFindNotes
          ? say.undoneMaybeNotesRemoved
          : say.undone
      : cleared
        ? say.notUndoneUndoCleared
        : undoable
          ? say.notUndone
          : say.notUndoneByHand;
    return { ok: false, message: describeExcelError(error, request.locale) + after };
  }
}
