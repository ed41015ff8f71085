/*
 * The workbook the fake holds, and the rules on it that do not depend on how it is reached:
 * sheets and their cells (Excel.Worksheet, Excel.Range), tables (Excel.Table), defined names
 * (Excel.NamedItem), charts (Excel.Chart), merged areas, conditional formats and protection, as
 * @types/office-js declares them. Limits: support.microsoft.com "Excel specifications and
 * limits"; names unique without regard to case: support.microsoft.com "Define and use names in
 * formulas"; errors: Excel.ErrorCodes in @types/office-js.
 */
import { columnLetter } from "../../src/core/references";
import type { FakeParameter } from "./evaluate";

export class FakeRichApiError extends Error {
  readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

export type Scalar = string | number | boolean;
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** Excel's default column width in points (8.43 characters of Calibri 11). Assumption: the
 * Normal style's default; Excel.RangeFormat.columnWidth is in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height in points (15 for Calibri 11). Assumption: the Normal style's
 * default; Excel.RangeFormat.rowHeight is in points. */
export const DEFAULT_ROW_HEIGHT = 15;

export interface CellState {
  value: Scalar;
  formula: string | null;
  numberFormat: string;
  format: Record<string, unknown>;
  /** An error the cell shows ("#N/A"): Range.values reads it as that text, valueTypes as "Error". */
  error?: string;
  /** A data-type value written with valuesAsJson (ExcelApi 1.16), passed to functions as is. */
  json?: Record<string, unknown>;
  /** Range.dataValidation (ExcelApi 1.8): rule, ignoreBlanks, prompt and errorAlert as set. */
  validation?: Record<string, unknown>;
}

export interface SheetState {
  name: string;
  protected: boolean;
  cells: Map<string, CellState>;
  charts: ChartState[];
  columnWidths: Map<number, number>;
  /** Rows whose height differs from the default, in points (RangeFormat.rowHeight, ExcelApi 1.2). */
  rowHeights: Map<number, number>;
  conditionalFormats: ConditionalFormatState[];
  /** Merged areas (Range.merge; read with Range.getMergedAreasOrNullObject, ExcelApi 1.13). */
  merged: Box[];
  /** Rows hidden by the user or a filter (Range.rowHidden, ExcelApi 1.2). */
  hiddenRows: Set<number>;
  /** Excel notes on cells (Worksheet.notes, Excel.Note, ExcelApi 1.18). */
  notes: NoteState[];
  /** Threaded comments on cells (Worksheet.comments, Excel.Comment, ExcelApi 1.10). */
  comments: NoteState[];
}

export interface NoteState {
  row: number;
  col: number;
  content: string;
}

export interface ConditionalFormatState {
  box: Box;
  type: string;
  criteria?: unknown;
}

export interface TableState {
  name: string;
  sheet: SheetState;
  top: number;
  left: number;
  /** Header plus body rows. */
  rows: number;
  cols: number;
  showTotals: boolean;
  style: string;
}

export interface ChartState {
  name: string;
  type: string;
  title: string;
  source: Box;
  /** `nameFrom`: the header cell a series takes its name from, so renaming it renames the legend. */
  series: { name: string; nameFrom?: Box; values?: Box; xValues?: Box }[];
  position?: [Box, Box];
}

export interface NameState {
  name: string;
  box: Box;
  comment: string;
  /** Its sheet was deleted: the name stays and refers to #REF! (as Excel's Name Manager shows). */
  broken?: boolean;
  /** A name for a formula, not cells (Excel.NamedItemCollection.add: "the formula or the range"). */
  formula?: string;
}

export interface Box {
  sheet: SheetState;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeOptions {
  /** Sheets to start with; the first is active. */
  sheets?: string[];
  /** The selected cell on the active sheet, zero-based. */
  selection?: { row: number; col: number };
  /** Requirement sets the host supports, e.g. { ExcelApi: 1.9 }. */
  requirementSets?: Record<string, number | string>;
  /** Excel is in cell edit mode: every sync fails as Excel does then. */
  editMode?: boolean;
  /**
   * How an empty cell inside a range reaches a custom function's `any` argument: Excel on the
   * web passes null, some Windows and Mac builds pass 0 (office-js #4702, #5262). Default null.
   */
  emptyCellsAs?: 0 | null;
  /**
   * How an input cell's error reaches an `any` argument where functions.json sets
   * allowCustomDataForDataTypeAny ("can cover both rich data types and rich errors", Microsoft in
   * office-js #4385): the docs list the input errors as CustomFunctions.ErrorCode values but do
   * not show the object; with data types on, Excel.ErrorCellValue is the documented cell-value
   * shape (@types/office-js). Assumption: one of the two; the tests run both. Default "ErrorCellValue".
   */
  errorsAs?: "CustomFunctions.Error" | "ErrorCellValue";
  /** Custom functions by their formula name ("OAI.INFERENCERATIO"), evaluated when written. */
  functions?: Record<string, (...args: unknown[]) => unknown>;
  /**
   * The declared parameters of the custom functions by formula name, as functions.json gives
   * them (parametersFromMetadata): Excel converts an argument to its declared type before the
   * call. Without an entry every argument is an `any` matrix, passed as it is.
   */
  parameters?: Record<string, readonly FakeParameter[]>;
  /**
   * Where the add-in runs, for the undo article's table, whose columns differ for Excel on the web
   * and for Windows and Mac (NamedItem.comment is unsupported on the web only). Default "web".
   */
  platform?: "web" | "desktop";
  /**
   * How Range.formulas reads a structured reference back. Excel parses a formula and shows it again
   * in its own form; the structured-references article lets a column name whose only special
   * character is a space go without inner brackets ("=DeptSales[Total Amount]",
   * support.microsoft.com "Using structured references with Excel tables") but does not say which
   * form Excel shows. Assumption: one of the two; the tests run both. Default "asWritten".
   */
  formulasReadBack?: "asWritten" | "canonical";
  /**
   * The separator Worksheet.getRanges takes between areas: "," on the web and in English desktop
   * Excel, the list separator (";") in German desktop Excel (office-js #1985, #1167). Default ",".
   */
  listSeparator?: "," | ";";
  /**
   * What Range.getCellProperties gives as a No Fill cell's fill.tintAndShade. Microsoft says null
   * for range.format.fill.tintAndShade (office-js #4900); #6218 shows getCellProperties giving
   * #FFFFFF for No Fill but says nothing of tintAndShade, and @types/office-js has
   * CellPropertiesFill.tintAndShade optional. Assumption: null or absent; the tests run both.
   * Default "null".
   */
  noFillTintAndShade?: "null" | "absent";
  /**
   * Whether Range.clear() (ClearApplyTo "All": contents and formats) unmerges merged cells in the
   * range. Assumption: no Microsoft page says either way; the tests run both. Default "keeps".
   */
  clearMerged?: "keeps" | "unmerges";
  /**
   * TableRow.delete on a table whose filter hides rows. office-js #994 ("Table Row delete() is not
   * working when there is a filter"): the rows are silently not deleted. Assumption: nothing
   * happens, or Excel raises an error (InvalidOperation); the tests run both. Default "noOp".
   */
  filteredRowDelete?: "noOp" | "error";
  /**
   * A method called on a null object (a table from TableCollection.getItemOrNullObject that does
   * not exist, then getDataBodyRange()). The *OrNullObject article
   * (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model) documents only
   * the null object itself, and no page names an error code for this. Assumption: what is got from
   * it is a null object too, or its load fails with ItemNotFound or with InvalidObjectPath
   * (Excel.ErrorCodes.invalidObjectPath); the tests run all three. Default "nullObject".
   */
  nullObjectMethods?: "nullObject" | "itemNotFound" | "invalidObjectPath";
  /**
   * Notes after Range.clear(): ClearApplyTo "All" "Clears everything in the range" (@types/office-js),
   * which does not name notes. Assumption: notes in the range are removed, or kept; the tests run
   * both. Default "removes".
   */
  clearNotes?: "removes" | "keeps";
  /** The same for threaded comments (Worksheet.comments, ExcelApi 1.10). Default "removes". */
  clearComments?: "removes" | "keeps";
  /**
   * Whether turning RangeFormat.wrapText on fits the row's height to the wrapped text, as
   * autofitRows does. Assumption: no Microsoft page says; the tests run both. Default "keeps".
   */
  wrapRefitsRow?: "keeps" | "refits";
  /**
   * Row heights after Range.clear(): ClearApplyTo "All" "Clears everything in the range", and no
   * Microsoft page says whether the rows it cleared keep a height autofit gave them. Assumption:
   * they keep it, or are fitted again to what is left in them; the tests run both. Default "keep".
   */
  clearRowHeights?: "keep" | "refit";
  /** Called after each sync that sent something, with its number: a user acting between round trips. */
  afterSync?: (sync: number, state: FakeWorkbookState) => void;
}

export const key = (row: number, col: number) => `${row},${col}`;
export const emptyCell = (): CellState => ({
  value: "",
  formula: null,
  numberFormat: "General",
  format: {},
});
export const overlaps = (a: Box, b: Box) =>
  a.sheet === b.sheet &&
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

/** What of `a` lies outside `b`, as up to four rectangles (above, below, left, right). */
export function subtractBox(a: Box, b: Box): Box[] {
  if (!overlaps(a, b)) return [a];
  const out: Box[] = [];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  if (b.row > a.row) out.push({ ...a, rows: b.row - a.row });
  if (a.row + a.rows > b.row + b.rows)
    out.push({ ...a, row: b.row + b.rows, rows: a.row + a.rows - (b.row + b.rows) });
  if (b.col > a.col) out.push({ ...a, row: top, rows: bottom - top, cols: b.col - a.col });
  if (a.col + a.cols > b.col + b.cols)
    out.push({
      ...a,
      row: top,
      rows: bottom - top,
      col: b.col + b.cols,
      cols: a.col + a.cols - (b.col + b.cols),
    });
  return out;
}

export function a1(box: Box): string {
  const start = `${columnLetter(box.col)}${box.row + 1}`;
  const end = `${columnLetter(box.col + box.cols - 1)}${box.row + box.rows}`;
  const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(box.sheet.name)
    ? box.sheet.name
    : `'${box.sheet.name}'`;
  return `${sheet}!${box.rows === 1 && box.cols === 1 ? start : `${start}:${end}`}`;
}

/** Excel's error values (@types/office-js Excel.ErrorCellValueType's cases, as a cell shows them). */
const EXCEL_ERRORS = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#NUM!",
  "#NULL!",
  "#REF!",
  "#NAME?",
  "#BUSY!",
  "#SPILL!",
  "#CALC!",
];

/** The workbook the fake holds: inspect it in tests. */
export class FakeWorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  names: NameState[] = [];
  active: SheetState;
  selection: { row: number; col: number };
  /** Every area of the last multi-area selection (Worksheet.getRanges().select()). */
  selectedAreas: { row: number; col: number }[] = [];
  structureProtected = false;
  editMode: boolean;
  syncs = 0;
  operations = 0;
  /**
   * Undo records: "each context.sync() call creates an undo record", or one per Excel.run with
   * RunOptions.mergeUndoGroup where ExcelApi 1.20 is supported (@types/office-js Excel.RunOptions).
   * Assumption: a sync that only reads creates none.
   */
  undoSteps = 0;
  /** A call that does not support undo cleared the undo stack (the undo article's tip). */
  undoCleared = false;
  /** When set, the sync with this 1-based number (or these) fails before applying anything. */
  failSync?: number | readonly number[];
  /** When set, the operation with this 1-based number (counted over the run) fails. */
  failOperation?: number;
  readonly functions: Record<string, (...args: unknown[]) => unknown>;

  constructor(readonly options: FakeOptions = {}) {
    this.functions = Object.fromEntries(
      Object.entries(options.functions ?? {}).map(([name, fn]) => [name.toUpperCase(), fn])
    );
    for (const name of options.sheets ?? ["Sheet1"]) this.addSheet(name);
    this.active = this.sheets[0];
    this.selection = options.selection ?? { row: 0, col: 0 };
    this.editMode = options.editMode ?? false;
  }

  addSheet(name: string): SheetState {
    const sheet: SheetState = {
      name,
      protected: false,
      cells: new Map(),
      charts: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      conditionalFormats: [],
      merged: [],
      hiddenRows: new Set(),
      notes: [],
      comments: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: SheetState, row: number, col: number): CellState {
    return sheet.cells.get(key(row, col)) ?? emptyCell();
  }

  /** A cell's value, or its formula if it has one — what a user sees in the formula bar. */
  content(sheetName: string, row: number, col: number): Scalar {
    const c = this.cell(this.sheet(sheetName)!, row, col);
    return c.formula ?? c.value;
  }

  isEmpty(sheet: SheetState, box: Box): boolean {
    for (let r = box.row; r < box.row + box.rows; r++) {
      for (let c = box.col; c < box.col + box.cols; c++) {
        const cell = sheet.cells.get(key(r, c));
        if (cell && (cell.formula !== null || cell.value !== "")) return false;
      }
    }
    return true;
  }

  nameTaken(name: string): boolean {
    const n = name.toLowerCase();
    return (
      this.tables.some((t) => t.name.toLowerCase() === n) ||
      this.names.some((d) => d.name.toLowerCase() === n)
    );
  }

  /**
   * A user inserting whole sheet rows (Home › Insert › Insert Sheet Rows): everything from `row`
   * down moves by `count`, names, tables and formats with it (the same as shiftRows).
   */
  insertSheetRows(sheetName: string, row: number, count: number): void {
    shiftRows(this, this.sheet(sheetName)!, row, 0, MAX_COLS, count);
  }

  /**
   * What Excel's calculation shows in a formula cell: the fake calculates only custom functions
   * and a few error formulas (ERROR_FORMULAS), so a test states the value Excel computes — a
   * number, text or an error such as "#DIV/0!". The formula stays; nothing is queued or counted.
   */
  calculated(sheetName: string, row: number, col: number, shown: Scalar): void {
    const sheet = this.sheet(sheetName)!;
    const cell = { ...this.cell(sheet, row, col) };
    if (cell.formula === null) throw new Error(`${sheetName} ${row},${col} holds no formula.`);
    cell.value = shown;
    if (typeof shown === "string" && EXCEL_ERRORS.includes(shown)) cell.error = shown;
    else delete cell.error;
    sheet.cells.set(key(row, col), cell);
  }

  /** A snapshot to compare before and after: every cell, name, table and chart. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        name: s.name,
        protected: s.protected,
        cells: [...s.cells.entries()].sort(),
        charts: s.charts.map((c) => c.name),
        columnWidths: [...s.columnWidths.entries()].sort(),
        conditionalFormats: s.conditionalFormats.map((f) => ({ ...f, box: a1(f.box) })),
        merged: s.merged.map(a1),
        hiddenRows: [...s.hiddenRows].sort(),
        rowHeights: [...s.rowHeights.entries()].sort(),
        notes: s.notes.map((n) => `${columnLetter(n.col)}${n.row + 1}: ${n.content}`).sort(),
        comments: s.comments.map((n) => `${columnLetter(n.col)}${n.row + 1}: ${n.content}`).sort(),
      })),
      tables: this.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
      names: this.names.map((n) => ({
        name: n.name,
        at: n.formula ?? (n.broken ? "#REF!" : a1(n.box)),
      })),
    });
  }
}

/** Excel.WorksheetProtection: writes to a protected sheet fail with AccessDenied. */
export function checkWritable(box: Box): void {
  if (box.sheet.protected) {
    throw new FakeRichApiError("AccessDenied", `The sheet ${box.sheet.name} is protected.`);
  }
}

/** 1,048,576 rows × 16,384 columns (support.microsoft.com "Excel specifications and limits"). */
export function checkBounds(box: Box): void {
  if (
    box.row < 0 ||
    box.col < 0 ||
    box.rows < 1 ||
    box.cols < 1 ||
    box.row + box.rows > MAX_ROWS ||
    box.col + box.cols > MAX_COLS
  ) {
    throw new FakeRichApiError("InvalidArgument", "The range is outside the sheet.");
  }
}

/** Moves every cell from `from`'s row down, within its columns, by one row. */
export function shiftDown(state: FakeWorkbookState, sheet: SheetState, from: Box): void {
  shiftRows(state, sheet, from.row, from.col, from.cols, 1);
}

/**
 * Moves the cells from row `row` on, within columns [col, col + cols), by `by` rows (down when
 * positive); with `by` < 0, the `-by` rows from `row` are deleted first. Names, conditional
 * formats and merged areas on the moved cells move with them. Assumption: as Excel's
 * Insert › Table Rows and Delete › Table Rows, which move only the cells within the table's
 * columns, and as Excel adjusts references to moved cells.
 */
export function shiftRows(
  state: FakeWorkbookState,
  sheet: SheetState,
  row: number,
  col: number,
  cols: number,
  by: number
): void {
  const inColumns = (c: number) => c >= col && c < col + cols;
  const moved = [...sheet.cells.entries()]
    .map(([k, cell]) => [k.split(",").map(Number), cell] as const)
    .filter(([[r, c]]) => r >= row && inColumns(c));
  for (const [[r, c]] of moved) sheet.cells.delete(key(r, c));
  for (const [[r, c], cell] of moved)
    if (r >= row - Math.min(by, 0)) sheet.cells.set(key(r + by, c), cell);
  const moves = (b: Box) =>
    b.sheet === sheet && b.row >= row && b.col >= col && b.col + b.cols <= col + cols;
  const shift = (b: Box) => (b.row += by);
  for (const f of sheet.conditionalFormats) if (moves(f.box)) shift(f.box);
  for (const m of sheet.merged) if (moves(m)) shift(m);
  for (const n of state.names) if (!n.formula && !n.broken && moves(n.box)) shift(n.box);
  for (const t of state.tables) {
    const b = tableBox(t);
    if (moves(b)) t.top += by;
  }
}

export function tableBox(t: TableState): Box {
  return {
    sheet: t.sheet,
    row: t.top,
    col: t.left,
    rows: t.rows + (t.showTotals ? 1 : 0),
    cols: t.cols,
  };
}
