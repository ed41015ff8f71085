/*
 * Round trip 1 of every insert, and what the audit reads: what exists in the workbook (sheets,
 * tables, names, the target cells), and the rules for telling the add-in's own block from the
 * user's (names compared as Excel compares them, a table's headers in either language).
 */
import {
  BlockPlan,
  DatasetRead,
  PAYMENTS_NAME,
  SHARE_RATE_NAME,
  SHEET_TEXTS,
  TABLE_NAME,
  columnLetter,
  parseReference,
} from "../core";
import { PlanRange } from "./block-cells";
import { resizedRows } from "./sheet-format";
import { WriterMessages } from "./writer-messages";

export type Placement = "newSheet" | "selection";

/** Excel.run as the pane passes it in (with or without RunOptions), so that tests pass the fake's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Excel compares the names of sheets, tables and defined names without regard to case: "oaileak"
 * blocks "OAILeak" (support.microsoft.com "Define and use names in formulas": "Excel does not
 * distinguish between uppercase and lowercase characters in names"; "Rename an Excel table").
 */
export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The format properties a take-back restores on the user's cells (Range.getCellProperties, ExcelApi 1.9). */
export const RESTORED_FORMAT: Excel.CellPropertiesLoadOptions = {
  format: {
    // No Fill reads as colour #FFFFFF (office-js #6218) and tintAndShade null or absent (#4900 says
    // null for range.format.fill): the take-back leaves such cells unfilled, not painted white.
    fill: { color: true, pattern: true, tintAndShade: true },
    font: { bold: true, italic: true, color: true, size: true, name: true },
    borders: { color: true, style: true, weight: true },
    wrapText: true,
    horizontalAlignment: true,
    verticalAlignment: true,
    indentLevel: true,
  },
};

/** The names a plan defines: for its cells, and for formulas. */
export const allNames = (plan: BlockPlan): readonly { readonly name: string }[] => [
  ...plan.names,
  ...plan.formulaNames,
];

/**
 * The dataset's table as the user left it, queued in round trip 1 so that "Insert again" needs no
 * read of its own: a null object where there is no table (TableCollection.getItemOrNullObject,
 * ExcelApi 1.4).
 */
export interface QueuedTable {
  readonly table: Excel.Table;
  /** The body's values, position, width and hidden rows (Range.rowHidden, ExcelApi 1.2). */
  readonly body: Excel.Range;
}

export interface WhatExists {
  readonly sheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
  readonly names: Excel.NamedItem[];
  readonly structure: Excel.WorkbookProtection;
  /** For the grid: the dataset table's header row (its language may differ from the pane's). */
  readonly tableHeader?: Excel.Range;
  /** A defined name with the table's name: tables and names share one namespace. */
  readonly nameLikeTable?: Excel.NamedItem;
  /** The dataset's table, read for a refresh; absent where it could not be read beforehand. */
  readonly ourTable?: QueuedTable;
  readonly target?: {
    readonly sheet: Excel.Worksheet;
    readonly block: Excel.Range;
    readonly tablesInBlock: Excel.TableScopedCollection;
    readonly charts: Excel.ChartCollection;
    readonly columns: Excel.RangeFormat[];
    /** The block's formats before, to restore if a failed insert must be taken back. */
    readonly formats: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
    /** What a take-back could not put back, so it must not be written over (ExcelApi 1.8, 1.6). */
    readonly validation: Excel.DataValidation;
    readonly conditionalFormats: OfficeExtension.ClientResult<number>;
    /** Merged cells in the block, where the host can find them (ExcelApi 1.13). */
    readonly merged?: Excel.RangeAreas;
    /** The notes on the sheet, where the host can list them (Worksheet.notes, ExcelApi 1.18). */
    readonly notes?: Excel.NoteCollection;
    /** The threaded comments on the sheet, where the host can list them (ExcelApi 1.10). */
    readonly comments?: Excel.CommentCollection;
    /**
     * The heights of the rows the insert may resize (RangeFormat.rowHeight, and whether it is the
     * sheet's standard height: useStandardHeight, ExcelApi 1.7), to set back.
     */
    readonly rowHeights: readonly { readonly row: number; readonly format: Excel.RangeFormat }[];
  };
}

/** What the host can find before writing, by its requirement sets. */
export interface HostFinds {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  readonly mergedCells?: boolean;
  /** Worksheet.notes (ExcelApi 1.18). */
  readonly notes?: boolean;
  /** Worksheet.comments (ExcelApi 1.10). */
  readonly comments?: boolean;
}

/** Round trip 1: queue every read, then one sync. */
export async function readWhatExists(
  context: Excel.RequestContext,
  plan: BlockPlan,
  placement: Placement,
  finds: HostFinds = {},
  /** Queue the dataset table's rows (false once a read of them failed, see below). */
  withTable = true
): Promise<WhatExists | undefined> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name, items/protection/protected");
  // Column names tell whether a table called "oaileak" is the add-in's, inserted before.
  const tables = wb.tables.load("items/name, items/worksheet/name, items/columns/items/name");
  const names = allNames(plan).map((n) =>
    wb.names.getItemOrNullObject(n.name).load("name, formula")
  );
  const nameLikeTable = plan.table && wb.names.getItemOrNullObject(plan.table.name).load("name");
  const structure = wb.protection.load("protected");
  const tableHeader =
    plan.kind === "sensitivity"
      ? wb.tables.getItem(TABLE_NAME).getHeaderRowRange().load("values")
      : undefined;
  const ourTable =
    withTable && plan.kind === "dataset" && plan.table
      ? queueTable(wb, plan.table.name)
      : undefined;
  let target: WhatExists["target"];
  if (placement === "selection") {
    const sheet = wb.worksheets.getActiveWorksheet().load("name, protection/protected");
    const block = wb
      .getSelectedRange()
      .getCell(0, 0)
      .getResizedRange(plan.rows - 1, plan.cols - 1)
      .load("address, rowIndex, columnIndex, valueTypes, numberFormat");
    const charts = sheet.charts.load("items/name");
    const columns = plan.columnWidths.map((_, c) => block.getCell(0, c).format.load("columnWidth"));
    const tablesInBlock = block.getTables(false).load("items/name");
    const formats = block.getCellProperties(RESTORED_FORMAT);
    // DataValidation.type is "None" only where no cell of the range has a rule.
    const validation = block.dataValidation.load("type");
    const conditionalFormats = block.conditionalFormats.getCount();
    const merged = finds.mergedCells
      ? block.getMergedAreasOrNullObject().load("address")
      : undefined;
    // The notes themselves, not their count: a note deleted before the next read cannot shift
    // the others' positions. Only `content`: Note.height, visible and width are "not supported
    // in Excel on the web" (@types/office-js).
    const notes = finds.notes ? sheet.notes.load("items/content") : undefined;
    const comments = finds.comments ? sheet.comments.load("items/content") : undefined;
    // Autofit and wrapping change row heights, which neither clear() nor setCellProperties puts back.
    const rowHeights = resizedRows(plan).map((row) => ({
      row,
      format: block.getCell(row, 0).format.load("rowHeight, useStandardHeight"),
    }));
    target = {
      sheet,
      block,
      tablesInBlock,
      charts,
      columns,
      formats,
      validation,
      conditionalFormats,
      merged,
      notes,
      comments,
      rowHeights,
    };
  }
  try {
    await context.sync();
  } catch (error) {
    const notFound = (error as { code?: string }).code === "ItemNotFound";
    // The one read that can miss: the grid needs the dataset's table.
    if (tableHeader && notFound) return undefined;
    // Assumption: a range got from a null table may fail to load rather than be a null object,
    // with a code no Microsoft page names; so on any error read once more without it (an error
    // that is not the table's recurs and is thrown), and the refresh reads its rows later.
    if (ourTable) return readWhatExists(context, plan, placement, finds, false);
    throw error;
  }
  return { sheets, tables, names, structure, tableHeader, nameLikeTable, ourTable, target };
}

/** The dataset's table and its body, queued to load (see QueuedTable). */
export function queueTable(wb: Excel.Workbook, name: string, orNull = true): QueuedTable {
  // Assumption: getItemOrNullObject finds a table whatever its case, as getItem (see readDataset).
  const table = (orNull ? wb.tables.getItemOrNullObject(name) : wb.tables.getItem(name)).load(
    "showTotals"
  );
  const body = table
    .getDataBodyRange()
    .load("values, rowIndex, columnIndex, columnCount, rowHidden");
  return { table, body };
}

/** The sheet's notes and threaded comments, as listed in round trip 1. */
export interface CellMarks {
  readonly notes?: Excel.NoteCollection;
  readonly comments?: Excel.CommentCollection;
}

/**
 * Round trip 1b, only where the sheet has notes or comments: the first inside the block, by its
 * cell (the collections' items, loaded in round trip 1, and Note.getLocation, ExcelApi 1.18, or
 * Comment.getLocation, ExcelApi 1.10; neither has an address of its own).
 */
export async function markInBlock(
  context: Excel.RequestContext,
  sheetName: string,
  marks: CellMarks,
  block: {
    readonly row: number;
    readonly col: number;
    readonly rows: number;
    readonly cols: number;
  },
  again = true
): Promise<{ kind: "note" | "comment"; cell: string } | undefined> {
  const located = (kind: "note" | "comment", items: readonly (Excel.Note | Excel.Comment)[]) =>
    items.map((n) => ({ kind, at: n.getLocation().load("rowIndex, columnIndex") }));
  const cells = [
    ...located("note", marks.notes?.items ?? []),
    ...located("comment", marks.comments?.items ?? []),
  ];
  try {
    await context.sync();
  } catch (error) {
    // One the user deleted since round trip 1 cannot be located (no page says with what error):
    // list the sheet's notes and comments once more and locate those.
    if (!again) throw error;
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const now = {
      notes: marks.notes && sheet.notes.load("items/content"),
      comments: marks.comments && sheet.comments.load("items/content"),
    };
    await context.sync();
    return markInBlock(context, sheetName, now, block, false);
  }
  const inside = cells.find(
    ({ at }) =>
      at.rowIndex >= block.row &&
      at.rowIndex < block.row + block.rows &&
      at.columnIndex >= block.col &&
      at.columnIndex < block.col + block.cols
  );
  return (
    inside && {
      kind: inside.kind,
      cell: `${columnLetter(inside.at.columnIndex)}${inside.at.rowIndex + 1}`,
    }
  );
}

export function freeSheetName(sheets: Excel.WorksheetCollection, wanted: string): string {
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}

export function firstFilledCell(block: Excel.Range): string | undefined {
  const types = block.valueTypes;
  for (let r = 0; r < types.length; r++) {
    for (let c = 0; c < types[r].length; c++) {
      if (types[r][c] !== "Empty")
        return `${columnLetter(block.columnIndex + c)}${block.rowIndex + r + 1}`;
    }
  }
  return undefined;
}

/** Where a previous insert of this block is, if it is still there. */
export function findExisting(
  exists: WhatExists,
  plan: BlockPlan,
  existingNames: readonly Excel.NamedItem[]
):
  | {
      sheetName: string;
      /** The add-in's table, by its own name, where the block is found by its table. */
      tableName?: string;
      at: (wb: Excel.Workbook) => PlanRange;
      address: string;
      origin?: { sheet: string; row: number; col: number };
    }
  | undefined {
  const anchor = plan.anchor;
  if (anchor.kind === "table") {
    const table = exists.tables.items.find((t) => sameName(t.name, anchor.name));
    if (!table) return undefined;
    return {
      sheetName: table.worksheet.name,
      tableName: table.name,
      address: table.name,
      at: (wb) => {
        // The table's own name, as found (Excel matches names without regard to case).
        const origin = wb.tables.getItem(table.name).getHeaderRowRange().getCell(0, 0);
        return (row, col, rows = 1, cols = 1) =>
          origin.getOffsetRange(row - anchor.row, col).getResizedRange(rows - 1, cols - 1);
      },
    };
  }
  const name = existingNames.find((n) => sameName(n.name, anchor.name));
  const ref = name && parseReference(name.formula);
  if (!ref || !exists.sheets.items.some((s) => sameName(s.name, ref.sheet))) return undefined;
  return {
    sheetName: ref.sheet,
    origin: ref,
    address: `${ref.sheet}!${columnLetter(ref.col)}${ref.row + 1}`,
    at: (wb) => {
      const sheet = wb.worksheets.getItem(ref.sheet);
      return (row, col, rows = 1, cols = 1) =>
        sheet.getRangeByIndexes(ref.row + row, ref.col + col, rows, cols);
    },
  };
}

/** Is this table the add-in's? Its six columns carry our headers, in either language. */
export function isOurTable(table: Excel.Table): boolean {
  const columns = table.columns.items.map((c) => c.name);
  return Object.values(SHEET_TEXTS).some(
    (t) => columns.length === t.headers.length && t.headers.every((h, i) => sameName(h, columns[i]))
  );
}

/**
 * A name, or a table, that Excel would treat as one of ours but is spelled otherwise (or is not
 * the add-in's table): refuse with a message, since no retry could ever succeed.
 */
export function nameConflict(
  exists: WhatExists,
  plan: BlockPlan,
  existingNames: readonly Excel.NamedItem[],
  say: WriterMessages
): string | undefined {
  for (const n of existingNames) {
    const ours = allNames(plan).find((p) => sameName(p.name, n.name));
    if (ours && ours.name !== n.name) return say.nameTaken(n.name, ours.name);
  }
  const t = plan.table;
  if (!t) return undefined;
  if (exists.nameLikeTable && !exists.nameLikeTable.isNullObject)
    return say.nameTaken(exists.nameLikeTable.name, t.name);
  const table = exists.tables.items.find((x) => sameName(x.name, t.name));
  if (table && table.name !== t.name && !isOurTable(table))
    return say.tableTaken(table.name, t.name);
  return undefined;
}

/**
 * The dataset block, read for the audit in one round trip; undefined when there is none. The
 * inputs are read through their names, wherever rows the user inserted moved them; where a name
 * is gone, a second read without them (its formulas then show #NAME?).
 */
export async function readDataset(context: Excel.RequestContext): Promise<DatasetRead | undefined> {
  const withInputs = await readDatasetOnce(context, true).catch((error: unknown) => {
    if ((error as { code?: string }).code === "ItemNotFound") return undefined;
    throw error;
  });
  return withInputs ?? readDatasetOnce(context, false);
}

async function readDatasetOnce(
  context: Excel.RequestContext,
  withInputs: boolean
): Promise<DatasetRead | undefined> {
  const wb = context.workbook;
  // Assumption: getItem finds a table whatever its case, as Excel compares table names (see
  // sameName); Excel.TableCollection.getItem does not say.
  const table = wb.tables.getItem(TABLE_NAME).load("showTotals");
  const sheet = table.worksheet.load("name");
  const range = table
    .getRange()
    .load("values, formulas, valueTypes, rowIndex, columnIndex, rowCount");
  // SUBTOTAL(109, …) leaves out hidden rows: rowHidden is false only where none is.
  const body = table.getDataBodyRange().load("rowHidden");
  const inputs = withInputs
    ? [SHARE_RATE_NAME, PAYMENTS_NAME].map((n) => wb.names.getItem(n).getRange().load("values"))
    : undefined;
  try {
    await context.sync();
  } catch (error) {
    if (!withInputs && (error as { code?: string }).code === "ItemNotFound") return undefined;
    throw error;
  }
  const rows = range.values.length;
  const bodyEnd = table.showTotals ? rows - 1 : rows;
  const part = (from: number, to: number) => ({
    values: range.values.slice(from, to),
    formulas: range.formulas.slice(from, to),
    types: range.valueTypes.slice(from, to) as string[][],
  });
  return {
    sheetName: sheet.name,
    top: range.rowIndex,
    left: range.columnIndex,
    headers: range.values[0],
    body: part(1, bodyEnd),
    totals: table.showTotals ? part(bodyEnd, rows) : undefined,
    rowsHidden: body.rowHidden !== false,
    rate: inputs ? inputs[0].values[0][0] : "#NAME?",
    payments: inputs ? inputs[1].values[0][0] : "#NAME?",
  };
}
