/*
 * A fake of the Excel JavaScript API, for the subset the task pane's writer and the scenario
 * runner use. It is a contract, not an invention: every behaviour it models says where Microsoft
 * documents it — a learn.microsoft.com page, an @types/office-js member or an office-js issue —
 * or is marked "Assumption:" where the docs are silent, with the safer choice taken.
 * - Proxies queue their reads and writes; nothing reaches the workbook before `context.sync()`
 *   (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts: "sync()").
 * - A property can be read only after `load()` and a sync, else PropertyNotLoaded
 *   (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model: load).
 * - A batch is not a transaction: queued operations apply in order until one fails, and the ones
 *   before it stay applied (learn.microsoft.com/javascript/api/office/officeextension.error:
 *   traceMessages hold "all trace messages that were executed before the error occurred", and
 *   its example's first commands stay applied). Assumption: no operation is half-applied.
 * - Sheet, table and defined names are unique without regard to case (support.microsoft.com
 *   "Define and use names in formulas"; "Rename an Excel table"; ItemAlreadyExists).
 * - Overlapping tables, writes to a protected sheet, a cell in edit mode and a failing sync raise
 *   the errors Excel raises (Excel.ErrorCodes in @types/office-js).
 * - Custom functions in formulas are called with a range's cells as Excel passes them: empty
 *   cells as 0 or null, input errors and data-type values as objects (options below); typed
 *   parameters converted first, as functions.json declares them; a data-type result kept in its
 *   cell; an async result pending until it settles.
 * - It counts round trips (`sync()` calls that send something), queued operations and undo steps.
 * - Inside Excel.run({ mergeUndoGroup: true }), a call the undo article lists as not supporting
 *   undo fails with UndoNotSupported and clears the undo stack from there on
 *   (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 * Self-contained (no imports) so that the browser test can load it into the page as well.
 */

export class FakeRichApiError extends Error {
  readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

type Scalar = string | number | boolean;
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** Excel's default column width in points (8.43 characters of Calibri 11). Assumption: the
 * Normal style's default; Excel.RangeFormat.columnWidth is in points. */
const DEFAULT_COLUMN_WIDTH = 48;

interface CellState {
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
  conditionalFormats: ConditionalFormatState[];
  /** Merged areas (Range.merge; read with Range.getMergedAreasOrNullObject, ExcelApi 1.13). */
  merged: Box[];
  /** Rows hidden by the user or a filter (Range.rowHidden, ExcelApi 1.2). */
  hiddenRows: Set<number>;
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
  /** Called after each sync that sent something, with its number: a user acting between round trips. */
  afterSync?: (sync: number, state: FakeWorkbookState) => void;
}

/** Errors a user's own formulas make in the function cases (the fake calculates nothing else). */
export const ERROR_FORMULAS: Record<string, string> = {
  "=NA()": "#N/A",
  "=1/0": "#DIV/0!",
  '="a"+1': "#VALUE!",
  "=SQRT(-1)": "#NUM!",
};

// @types/office-js Excel.ErrorCellValueType, for the ErrorCellValue shape.
const ERROR_TYPES: Record<string, string> = {
  "#N/A": "NotAvailable",
  "#DIV/0!": "Div0",
  "#VALUE!": "Value",
  "#NUM!": "Num",
  "#NULL!": "Null",
  "#REF!": "Ref",
  "#NAME?": "Name",
};

/** A parameter as functions.json declares it (custom-functions-json#parameters). */
export interface FakeParameter {
  readonly type?: string;
  readonly dimensionality?: string;
}

/** functions.json's parameters by formula name ("OAI.CARD"), for FakeOptions.parameters. */
export function parametersFromMetadata(
  metadata: { functions: { name: string; parameters: FakeParameter[] }[] },
  namespace: string
): Record<string, readonly FakeParameter[]> {
  return Object.fromEntries(
    metadata.functions.map((f) => [`${namespace}.${f.name}`.toUpperCase(), f.parameters])
  );
}

/**
 * One argument converted to its declared type, or the error Excel shows instead of calling.
 * "By specifying a parameter type, Excel will convert values into that type before calling the
 * function. If the type is any, no conversion will be performed."
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration#types)
 * Assumption, where the docs stop: text that is no number or TRUE/FALSE cannot be converted and
 * the cell shows #VALUE!, an input error shows as itself, as Excel's own functions do.
 */
export function convertArgument(
  value: unknown,
  parameter: FakeParameter | undefined
): { value: unknown } | { error: string } {
  const type = parameter?.type ?? "any";
  const scalar = parameter !== undefined && (parameter.dimensionality ?? "scalar") === "scalar";
  let v = value;
  if (scalar && Array.isArray(v)) {
    // A one-cell reference to a scalar parameter is its value. Assumption: a larger range is #VALUE!.
    if (v.length !== 1 || v[0].length !== 1) return { error: "#VALUE!" };
    v = v[0][0];
  }
  if (type === "any" || v === null || v === undefined) return { value: v };
  if (typeof v === "object") {
    const o = v as { code?: string; type?: string; basicValue?: unknown };
    if (o.code) return { error: o.code };
    if (o.type === "Error") return { error: String(o.basicValue ?? "#VALUE!") };
    v = o.basicValue; // a formatted number converts as its number (@types/office-js basicValue)
  }
  if (type === "number") {
    if (typeof v === "number") return { value: v };
    if (typeof v === "boolean") return { value: v ? 1 : 0 }; // as =TRUE+0 is 1
    const n = typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
    return Number.isFinite(n) ? { value: n } : { error: "#VALUE!" };
  }
  if (type === "boolean") {
    if (typeof v === "boolean") return { value: v };
    if (typeof v === "number") return { value: v !== 0 };
    const t = String(v).toUpperCase();
    return t === "TRUE" || t === "FALSE" ? { value: t === "TRUE" } : { error: "#VALUE!" };
  }
  if (type === "string") {
    if (typeof v === "boolean") return { value: v ? "TRUE" : "FALSE" };
    return { value: String(v) };
  }
  return { value: v };
}

/** One input cell as a custom function's `any` argument receives it, under the fake's options. */
export function argumentCell(
  cell: { value: Scalar; formula: string | null; error?: string; json?: Record<string, unknown> },
  options: Pick<FakeOptions, "emptyCellsAs" | "errorsAs">
): unknown {
  if (cell.error) {
    return options.errorsAs === "CustomFunctions.Error"
      ? { code: cell.error }
      : { type: "Error", basicValue: cell.error, errorType: ERROR_TYPES[cell.error] };
  }
  if (cell.json) return cell.json;
  if (cell.formula === null && cell.value === "") return options.emptyCellsAs ?? null;
  return cell.value;
}

const key = (row: number, col: number) => `${row},${col}`;
const emptyCell = (): CellState => ({
  value: "",
  formula: null,
  numberFormat: "General",
  format: {},
});
const overlaps = (a: Box, b: Box) =>
  a.sheet === b.sheet &&
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

/** What of `a` lies outside `b`, as up to four rectangles (above, below, left, right). */
function subtractBox(a: Box, b: Box): Box[] {
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

function columnName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function a1(box: Box): string {
  const start = `${columnName(box.col)}${box.row + 1}`;
  const end = `${columnName(box.col + box.cols - 1)}${box.row + box.rows}`;
  const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(box.sheet.name)
    ? box.sheet.name
    : `'${box.sheet.name}'`;
  return `${sheet}!${box.rows === 1 && box.cols === 1 ? start : `${start}:${end}`}`;
}

/**
 * A formula as Excel may show it again (option formulasReadBack "canonical"): the structured-
 * reference article asks for inner brackets around a column name with special characters, "the
 * only exception" being a name whose only special character is a space ("=DeptSales[Total
 * Amount]"); its own example still shows "[@[Sales Amount]]", so a "@" reference keeps them
 * around a name with a space. Characters from the article's list.
 */
const SPECIAL_IN_COLUMN = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/;
export function canonicalBrackets(formula: string): string {
  return formula.replace(/\[(@?)\[([^[\]]*)\]\]/g, (whole, at: string, name: string) =>
    SPECIAL_IN_COLUMN.test(name) || (at && name.includes(" ")) ? whole : `[${at}${name}]`
  );
}

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
  /** When set, the sync with this 1-based number fails before applying anything. */
  failSync?: number;
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
      conditionalFormats: [],
      merged: [],
      hiddenRows: new Set(),
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
      })),
      tables: this.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
      names: this.names.map((n) => ({
        name: n.name,
        at: n.formula ?? (n.broken ? "#REF!" : a1(n.box)),
      })),
    });
  }
}

type Op = () => void;

class Context {
  private queue: Op[] = [];
  readonly workbook: Workbook;
  /** Writes since the run began, for undo steps. */
  private wroteInRun = false;
  constructor(
    readonly state: FakeWorkbookState,
    readonly mergeUndo = false
  ) {
    this.workbook = new Workbook(this);
  }

  /**
   * A call on the undo article's list of APIs that do not support undo: inside a merged group it
   * fails with UndoNotSupported ("the UndoNotSupported error is thrown"), and it clears the undo
   * stack ("the user's undo stack is cleared starting from that API call"). Assumption: the call
   * is not applied when it fails.
   */
  undoUnsupported(api: string, platforms: readonly ("web" | "desktop")[]): void {
    if (!platforms.includes(this.state.options.platform ?? "web")) return;
    this.state.undoCleared = true;
    this.state.undoSteps = 0;
    if (this.mergeUndo)
      throw new FakeRichApiError("UndoNotSupported", `${api} cannot be grouped for undo.`);
  }

  /** A queued operation that changes the workbook (not a load). */
  enqueueWrite(op: Op): void {
    this.queue.push(Object.assign(op, { writes: true }));
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    if (this.queue.length === 0) return; // nothing to send: no round trip
    const ops = this.queue;
    this.queue = [];
    const s = this.state;
    s.syncs++;
    // Excel.ErrorCodes.invalidOperationInCellEditMode: a batch fails while a cell is being edited
    // (Excel.RunOptions.delayForCellEdit defaults to false).
    if (s.editMode) {
      throw new FakeRichApiError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode."
      );
    }
    if (s.failSync === s.syncs) throw new FakeRichApiError("GeneralException", "The sync failed.");
    const writes = ops.some((op) => (op as Op & { writes?: boolean }).writes);
    if (writes && !(this.mergeUndo && this.wroteInRun)) s.undoSteps++;
    if (writes) this.wroteInRun = true;
    try {
      for (const op of ops) {
        s.operations++;
        if (s.failOperation === s.operations) {
          throw new FakeRichApiError("GeneralException", `Operation ${s.operations} failed.`);
        }
        op();
      }
    } finally {
      s.options.afterSync?.(s.syncs, s);
    }
  }

  pending(): number {
    return this.queue.length;
  }

  /**
   * A custom function's formula, evaluated as Excel calls it: a range argument as a 2-D array
   * of its cells (argumentCell), a literal as itself, an omitted argument as null; the result
   * spills from the formula's cell (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays).
   * Assumption: no #SPILL! check; the cases leave room.
   */
  calculate(sheet: SheetState, row: number, col: number, formula: string): void {
    const m = /^=([A-Z][A-Z0-9]*\.[A-Z0-9.]+)\((.*)\)$/i.exec(formula);
    const fn = m && this.state.functions[m[1].toUpperCase()];
    const at = (r: number, c: number) => {
      const cell = { ...this.state.cell(sheet, r, c) };
      sheet.cells.set(key(r, c), cell);
      return cell;
    };
    if (!m || !fn) {
      at(row, col).error = "#NAME?";
      return;
    }
    const declared = this.state.options.parameters?.[m[1].toUpperCase()];
    const converted = splitArguments(m[2]).map((a, i) =>
      convertArgument(this.argument(sheet, a), declared?.[i])
    );
    const failed = converted.find((c) => "error" in c);
    let result: unknown;
    if (failed && "error" in failed) result = [[{ code: failed.error }]];
    else {
      try {
        result = fn(...converted.map((c) => ("value" in c ? c.value : null)));
      } catch {
        result = [[{ code: "#VALUE!" }]]; // an exception shows #VALUE! (custom-functions-errors)
      }
    }
    if (typeof (result as { then?: unknown } | null)?.then === "function") {
      // An async function (one that returns a Promise: custom-functions-web-reqs) shows a
      // pending value until it settles. Assumption: Excel's #BUSY!, read as an error; the fake
      // recalculates no dependents, so the scenario runner lets inputs settle first.
      this.showResult(sheet, row, col, [[{ code: "#BUSY!" }]]);
      (result as Promise<unknown>).then(
        (settled) => this.showResult(sheet, row, col, settled),
        () => this.showResult(sheet, row, col, [[{ code: "#VALUE!" }]])
      );
      return;
    }
    this.showResult(sheet, row, col, result);
  }

  /** A custom function's result in its cell, spilling from it. */
  private showResult(sheet: SheetState, row: number, col: number, result: unknown): void {
    const at = (r: number, c: number) => {
      const cell = { ...this.state.cell(sheet, r, c) };
      sheet.cells.set(key(r, c), cell);
      return cell;
    };
    const rows = Array.isArray(result) ? (result as unknown[][]) : [[result]];
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        const cell = at(row + i, col + j);
        if (i || j) cell.formula = null;
        const code =
          typeof v === "object" && v !== null ? (v as { code?: string }).code : undefined;
        const dataType =
          typeof v === "object" &&
          v !== null &&
          !code &&
          typeof (v as { type?: unknown }).type === "string";
        if (!dataType) delete cell.json;
        if (code) {
          cell.error = code;
          cell.value = code;
        } else if (dataType) {
          // A data-type result (a card) stays in the cell as it is, and reaches the functions that
          // read the cell as it is; its basic value is #VALUE! (@types/office-js EntityCellValue).
          delete cell.error;
          cell.json = v as Record<string, unknown>;
          cell.value = "#VALUE!";
        } else {
          delete cell.error;
          // A null result shows 0 (office-js #1503); "" shows as empty text.
          cell.value = v === null || v === undefined ? 0 : (v as Scalar);
        }
      })
    );
  }

  private argument(sheet: SheetState, text: string): unknown {
    const t = text.trim();
    if (t === "") return null; // an omitted optional argument arrives as null
    if (/^".*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
    if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
    if (!Number.isNaN(Number(t))) return Number(t);
    const ref = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(t);
    if (!ref) throw new FakeRichApiError("InvalidArgument", `The fake cannot read ${t}.`);
    const [top, left] = [Number(ref[2]) - 1, columnIndex(ref[1])];
    const [bottom, right] = ref[3] ? [Number(ref[4]) - 1, columnIndex(ref[3])] : [top, left];
    const options = this.state.options;
    return Array.from({ length: bottom - top + 1 }, (_, i) =>
      Array.from({ length: right - left + 1 }, (_, j) =>
        argumentCell(this.state.cell(sheet, top + i, left + j), options)
      )
    );
  }
}

/** "A1:A3, 0.2, \"x,y\"" to its arguments, commas inside quotes kept. */
function splitArguments(text: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out.length === 1 && out[0].trim() === "" ? [] : out;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The base of every proxy: loads, and reads that fail until loaded and synced. */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;
  constructor(readonly context: Context) {}

  /** Scalar properties this proxy can load, with how to read each from the workbook. */
  protected abstract readers(): Record<string, () => unknown>;
  /** Navigation properties that a load path may go through. */
  protected navigation(): Record<string, Proxy> {
    return {};
  }
  /** False for an *OrNullObject proxy whose object does not exist. */
  protected exists(): boolean {
    return true;
  }

  load(what?: string | string[]): this {
    const paths = (Array.isArray(what) ? what : (what ?? "").split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.context.enqueue(() => this.applyLoad(paths));
    return this;
  }

  applyLoad(paths: string[]): void {
    this.nullObject = !this.exists();
    if (this.nullObject) return;
    const readers = this.readers();
    for (const path of paths.length ? paths : Object.keys(readers)) {
      const [head, ...rest] = path.split("/");
      if (rest.length) {
        const nav = this.navigation()[head];
        if (!nav) throw new FakeRichApiError("InvalidArgument", `Cannot load ${path}.`);
        nav.applyLoad([rest.join("/")]);
      } else if (readers[head]) {
        this.loaded.set(head, readers[head]());
      } else if (!this.navigation()[head]) {
        throw new FakeRichApiError("PropertyNotFound", `No property ${head}.`);
      }
    }
  }

  /** *OrNullObject methods: isNullObject is known only after a sync (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties). */
  get isNullObject(): boolean {
    if (this.nullObject === undefined) {
      throw new FakeRichApiError(
        "PropertyNotLoaded",
        "Call load() and sync() before reading isNullObject."
      );
    }
    return this.nullObject;
  }

  protected read<T>(name: string): T {
    if (this.nullObject) return null as T;
    if (!this.loaded.has(name)) {
      throw new FakeRichApiError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Call load() and sync() first.`
      );
    }
    return this.loaded.get(name) as T;
  }

  protected write(op: Op): void {
    this.context.enqueueWrite(op);
  }
}

class Workbook {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly protection: WorkbookProtection;
  constructor(private readonly context: Context) {
    this.worksheets = new WorksheetCollection(context);
    this.tables = new TableCollection(context);
    this.names = new NamedItemCollection(context);
    this.protection = new WorkbookProtection(context);
  }
  getSelectedRange(): Range {
    const s = this.context.state;
    return new Range(this.context, () => ({
      sheet: s.active,
      row: s.selection.row,
      col: s.selection.col,
      rows: 1,
      cols: 1,
    }));
  }
}

class WorkbookProtection extends Proxy {
  protected readers() {
    return { protected: () => this.context.state.structureProtected };
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

abstract class Collection<T extends Proxy> extends Proxy {
  protected abstract all(): T[];
  protected readers() {
    return {};
  }
  applyLoad(paths: string[]): void {
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    const items = this.all();
    for (const item of items) item.applyLoad(itemPaths);
    this.loaded.set("items", items);
  }
  get items(): T[] {
    return this.read("items");
  }
}

class WorksheetCollection extends Collection<Worksheet> {
  protected all() {
    return this.context.state.sheets.map((s) => new Worksheet(this.context, () => s));
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.context.state.active);
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => {
      const sheet = this.context.state.sheet(name);
      if (!sheet) throw new FakeRichApiError("ItemNotFound", `No sheet ${name}.`);
      return sheet;
    });
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.context, () => this.context.state.sheet(name), true);
  }
  add(name: string): Worksheet {
    let created: SheetState | undefined;
    this.write(() => {
      const s = this.context.state;
      // Excel.WorkbookProtection: a protected structure refuses new sheets (AccessDenied).
      if (s.structureProtected)
        throw new FakeRichApiError("AccessDenied", "The workbook's structure is protected.");
      // "If specified, the name should be unique" (Excel.WorksheetCollection.add). Assumption:
      // a name taken in any case fails with Excel.ErrorCodes.itemAlreadyExists.
      if (s.sheet(name))
        throw new FakeRichApiError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      created = s.addSheet(name);
    });
    return new Worksheet(this.context, () => {
      if (!created) throw new FakeRichApiError("ItemNotFound", `The sheet ${name} was not added.`);
      return created;
    });
  }
}

class Worksheet extends Proxy {
  readonly protection: WorksheetProtection;
  readonly tables: WorksheetTables;
  readonly charts: ChartCollection;
  constructor(
    context: Context,
    readonly resolve: () => SheetState | undefined,
    private readonly orNull = false
  ) {
    super(context);
    this.protection = new WorksheetProtection(context, () => this.sheet());
    this.tables = new WorksheetTables(context, () => this.sheet());
    this.charts = new ChartCollection(context, () => this.sheet());
  }
  sheet(): SheetState {
    const s = this.resolve();
    if (!s) throw new FakeRichApiError("ItemNotFound", "The worksheet does not exist.");
    return s;
  }
  protected exists() {
    return !this.orNull || this.resolve() !== undefined;
  }
  protected readers() {
    return { name: () => this.sheet().name };
  }
  protected navigation() {
    return { protection: this.protection as Proxy };
  }
  get name(): string {
    return this.read("name");
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this.context, () => ({ sheet: this.sheet(), row, col, rows, cols }));
  }
  /**
   * Worksheet.getRanges("E9,F10") (ExcelApi 1.9): a RangeAreas whose select() selects every
   * area; the fake keeps them all in `selectedAreas` and the first as the selection. The areas
   * are separated as the host's `listSeparator` option says (office-js #1985); another
   * separator fails with InvalidArgument, as #1985 reports.
   */
  getRanges(addresses: string) {
    return {
      select: () =>
        this.context.enqueue(() => {
          const sheet = this.sheet();
          const separator = this.context.state.options.listSeparator ?? ",";
          const areas = addresses.split(separator).map((a) => {
            const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.trim());
            if (!m) throw new FakeRichApiError("InvalidArgument", `The fake cannot read ${a}.`);
            return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
          });
          this.context.state.active = sheet;
          this.context.state.selection = areas[0];
          this.context.state.selectedAreas = areas;
        }),
    };
  }
  activate(): void {
    this.write(() => {
      this.context.state.active = this.sheet();
    });
  }
  delete(): void {
    this.write(() => {
      this.context.undoUnsupported("Worksheet.delete", ["web", "desktop"]);
      const s = this.context.state;
      const sheet = this.sheet();
      s.sheets = s.sheets.filter((x) => x !== sheet);
      s.tables = s.tables.filter((t) => t.sheet !== sheet);
      // Deleting a sheet keeps the names that pointed into it; they now refer to #REF!
      // (support.microsoft.com "Define and use names in formulas": a name whose cells are gone).
      for (const n of s.names) if (n.box.sheet === sheet) n.broken = true;
      if (s.active === sheet) s.active = s.sheets[0];
    });
  }
}

class WorksheetProtection extends Proxy {
  constructor(
    context: Context,
    private readonly sheet: () => SheetState
  ) {
    super(context);
  }
  protected readers() {
    return { protected: () => this.sheet().protected };
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

/** Excel.WorksheetProtection: writes to a protected sheet fail with AccessDenied. */
function checkWritable(box: Box): void {
  if (box.sheet.protected) {
    throw new FakeRichApiError("AccessDenied", `The sheet ${box.sheet.name} is protected.`);
  }
}

/** 1,048,576 rows × 16,384 columns (support.microsoft.com "Excel specifications and limits"). */
function checkBounds(box: Box): void {
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

/**
 * Range.values and its kin take a 2-D array of the range's size (@types/office-js Range.values:
 * "a 2D array"). Assumption: one value alone is applied to every cell, as Microsoft's ranges
 * article shows for number formats; another size fails with InvalidArgument.
 */
function grid<T>(box: Box, value: T[][] | T, what: string): T[][] {
  if (!Array.isArray(value))
    return Array.from({ length: box.rows }, () => Array(box.cols).fill(value));
  if (value.length !== box.rows || value.some((r) => !Array.isArray(r) || r.length !== box.cols)) {
    throw new FakeRichApiError(
      "InvalidArgument",
      `The ${what} array is ${value.length}×${(value[0] as T[] | undefined)?.length} for a ${box.rows}×${box.cols} range.`
    );
  }
  return value;
}

export class Range extends Proxy {
  readonly format: RangeFormat;
  constructor(
    context: Context,
    readonly box: () => Box
  ) {
    super(context);
    this.format = new RangeFormat(context, () => this.checkedBox());
  }
  checkedBox(): Box {
    const b = this.box();
    checkBounds(b);
    return b;
  }
  private each(f: (row: number, col: number, i: number, j: number) => void): void {
    const b = this.checkedBox();
    for (let i = 0; i < b.rows; i++) for (let j = 0; j < b.cols; j++) f(b.row + i, b.col + j, i, j);
  }
  private cellsOf<T>(read: (c: CellState) => T): T[][] {
    const b = this.checkedBox();
    const state = this.context.state;
    return Array.from({ length: b.rows }, (_, i) =>
      Array.from({ length: b.cols }, (_, j) => read(state.cell(b.sheet, b.row + i, b.col + j)))
    );
  }
  private update(f: (c: CellState, i: number, j: number) => void): void {
    const b = this.checkedBox();
    checkWritable(b);
    this.each((row, col, i, j) => {
      const cell = { ...this.context.state.cell(b.sheet, row, col) };
      f(cell, i, j);
      // An empty, unformatted cell is no entry: the workbook reads the same either way.
      const blank =
        cell.value === "" &&
        cell.formula === null &&
        cell.numberFormat === "General" &&
        Object.keys(cell.format).length === 0 &&
        !cell.error &&
        !cell.json &&
        !cell.validation;
      if (blank) b.sheet.cells.delete(key(row, col));
      else b.sheet.cells.set(key(row, col), cell);
    });
  }
  protected readers() {
    return {
      values: () => this.cellsOf((c) => c.error ?? c.value),
      formulas: () =>
        this.cellsOf((c) =>
          c.formula !== null && this.context.state.options.formulasReadBack === "canonical"
            ? canonicalBrackets(c.formula)
            : (c.formula ?? c.value)
        ),
      // Range.rowHidden: true where all rows are hidden, false where none, null where some.
      rowHidden: () => {
        const b = this.checkedBox();
        const hidden = Array.from({ length: b.rows }, (_, i) => b.sheet.hiddenRows.has(b.row + i));
        return hidden.every((h) => h) ? true : hidden.some((h) => h) ? null : false;
      },
      numberFormat: () => this.cellsOf((c) => c.numberFormat),
      // Excel.RangeValueType (@types/office-js) also has Integer, RichValue and Unknown.
      // Assumption: every number reads as Double (the docs do not say when Integer is given).
      valueTypes: () =>
        this.cellsOf((c) =>
          c.error
            ? "Error"
            : c.formula === null && c.value === "" && !c.json
              ? "Empty"
              : typeof c.value === "number"
                ? "Double"
                : typeof c.value === "boolean"
                  ? "Boolean"
                  : "String"
        ),
      address: () => a1(this.checkedBox()),
      rowIndex: () => this.checkedBox().row,
      columnIndex: () => this.checkedBox().col,
      rowCount: () => this.checkedBox().rows,
      columnCount: () => this.checkedBox().cols,
    };
  }
  protected navigation() {
    return { format: this.format as Proxy };
  }
  get values(): Scalar[][] {
    return this.read("values");
  }
  set values(v: Scalar[][]) {
    this.write(() => {
      const g = grid(this.checkedBox(), v, "values");
      this.update((c, i, j) => {
        c.value = g[i][j];
        c.formula = null;
        delete c.error;
        delete c.json;
      });
    });
  }
  /** Data-type values (Range.valuesAsJson, ExcelApi 1.16): kept as written, shown by basicValue. */
  set valuesAsJson(v: Record<string, unknown>[][]) {
    this.write(() => {
      const g = grid(this.checkedBox(), v, "valuesAsJson");
      this.update((c, i, j) => {
        const json = g[i][j];
        c.json = json;
        c.formula = null;
        const basic = json.basicValue ?? json.text;
        c.value = typeof basic === "number" || typeof basic === "string" ? basic : "#VALUE!";
        delete c.error;
      });
    });
  }
  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  set formulas(v: Scalar[][]) {
    this.write(() => {
      const box = this.checkedBox();
      const g = grid(box, v, "formulas");
      const spills: [number, number, string][] = [];
      this.update((c, i, j) => {
        const f = g[i][j];
        delete c.error;
        delete c.json;
        if (typeof f === "string" && f.startsWith("=")) {
          c.formula = f;
          c.value = 0; // the fake calculates only error formulas and custom functions
          if (ERROR_FORMULAS[f]) c.error = ERROR_FORMULAS[f];
          else if (/^=[A-Z][A-Z0-9]*\.[A-Z0-9.]+\(/i.test(f)) spills.push([i, j, f]);
        } else {
          c.formula = null;
          c.value = f;
        }
      });
      for (const [i, j, f] of spills)
        this.context.calculate(box.sheet, box.row + i, box.col + j, f);
    });
  }
  /** R1C1 formulas are kept as written, marked, since the fake does not calculate either way. */
  set formulasR1C1(v: Scalar[][]) {
    this.write(() => {
      const g = grid(this.checkedBox(), v, "formulasR1C1");
      this.update((c, i, j) => {
        const f = g[i][j];
        if (typeof f === "string" && f.startsWith("=")) {
          c.formula = `R1C1:${f}`;
          c.value = 0;
        } else {
          c.formula = null;
          c.value = f;
        }
      });
    });
  }
  /**
   * Excel.DataValidation (ExcelApi 1.8): rule, ignoreBlanks, prompt and errorAlert are kept on
   * each cell as set; clear() removes them. Writing to a protected sheet fails as any write.
   */
  get dataValidation() {
    const set = (property: string) => (value: unknown) =>
      this.write(() =>
        this.update((c) => {
          c.validation = { ...c.validation, [property]: value };
        })
      );
    const cells = () => this.cellsOf((c) => c.validation);
    const checkAtSync = (check: () => void) => this.write(check);
    let type: string | undefined;
    const validation = {
      /**
       * DataValidation.type (ExcelApi 1.8): "None" where no cell has a rule, "MixedCriteria"
       * where some but not all have one, "Inconsistent" for different rules on different cells.
       */
      load: () => {
        this.context.enqueue(() => {
          const rules = cells().flat();
          const ruled = rules.filter((r) => r !== undefined);
          const kinds = new Set(ruled.map((r) => JSON.stringify(r!.rule)));
          type =
            ruled.length === 0
              ? "None"
              : ruled.length < rules.length
                ? "MixedCriteria"
                : kinds.size > 1
                  ? "Inconsistent"
                  : "custom" in ((ruled[0]!.rule as object) ?? {})
                    ? "Custom"
                    : "Inconsistent";
        });
        return validation;
      },
      get type(): string {
        if (type === undefined) throw new FakeRichApiError("PropertyNotLoaded", "Load type first.");
        return type;
      },
      clear: () =>
        this.write(() =>
          this.update((c) => {
            delete c.validation;
          })
        ),
      set rule(v: unknown) {
        set("rule")(v);
      },
      set ignoreBlanks(v: unknown) {
        set("ignoreBlanks")(v);
      },
      set prompt(v: unknown) {
        set("prompt")(v);
      },
      set errorAlert(v: unknown) {
        // [MS-XLS] 2.5.37 DValStrings: the alert's message "MUST be less than or equal to 225
        // characters". Assumption: Excel refuses a longer one with InvalidArgument.
        const message = (v as { message?: string } | null)?.message ?? "";
        checkAtSync(() => {
          if (message.length > 225)
            throw new FakeRichApiError("InvalidArgument", "The alert's message is too long.");
        });
        set("errorAlert")(v);
      },
    };
    return validation;
  }
  get conditionalFormats() {
    const context = this.context;
    const boxOf = () => this.checkedBox();
    return {
      /** The formats that intersect the range (Range.conditionalFormats, ExcelApi 1.6). */
      getCount: () => {
        const result = {
          get value(): number {
            throw new FakeRichApiError("PropertyNotLoaded", "Sync before reading the result.");
          },
        };
        context.enqueue(() => {
          const b = boxOf();
          const n = b.sheet.conditionalFormats.filter((f) => overlaps(f.box, b)).length;
          Object.defineProperty(result, "value", { value: n });
        });
        return result;
      },
      add: (type: string) => {
        let created: ConditionalFormatState | undefined;
        context.enqueueWrite(() => {
          const b = boxOf();
          checkWritable(b);
          created = { box: b, type };
          b.sheet.conditionalFormats.push(created);
        });
        return {
          colorScale: {
            set criteria(criteria: unknown) {
              context.enqueueWrite(() => {
                if (!created)
                  throw new FakeRichApiError("ItemNotFound", "No such conditional format.");
                created.criteria = criteria;
              });
            },
          },
        };
      },
      // "Clears all conditional formats active on the current specified range"
      // (Excel.ConditionalFormatCollection.clearAll): a format reaching beyond the range keeps
      // applying outside it. Assumption: what is left of it stays one format per rectangle.
      clearAll: () =>
        context.enqueueWrite(() => {
          const b = boxOf();
          checkWritable(b);
          b.sheet.conditionalFormats = b.sheet.conditionalFormats.flatMap((f) =>
            subtractBox(f.box, b).map((box) => ({ ...f, box }))
          );
        }),
    };
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.write(() => {
      const g = grid(this.checkedBox(), v, "numberFormat");
      this.update((c, i, j) => (c.numberFormat = g[i][j]));
    });
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }
  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged areas that touch the range, as
   * one RangeAreas whose address lists them; a null object where there are none.
   */
  getMergedAreasOrNullObject() {
    const context = this.context;
    let found: Box[] | undefined;
    const areas = {
      load: () => {
        context.enqueue(() => {
          const b = this.checkedBox();
          found = b.sheet.merged.filter((m) => overlaps(m, b));
        });
        return areas;
      },
      get isNullObject(): boolean {
        if (!found) throw new FakeRichApiError("PropertyNotLoaded", "Sync first.");
        return found.length === 0;
      },
      get address(): string {
        if (!found) throw new FakeRichApiError("PropertyNotLoaded", "Sync first.");
        return found.map(a1).join(",");
      },
    };
    return areas;
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  getCell(row: number, col: number): Range {
    return new Range(this.context, () => ({
      ...this.box(),
      row: this.box().row + row,
      col: this.box().col + col,
      rows: 1,
      cols: 1,
    }));
  }
  getOffsetRange(rows: number, cols: number): Range {
    return new Range(this.context, () => ({
      ...this.box(),
      row: this.box().row + rows,
      col: this.box().col + cols,
    }));
  }
  getResizedRange(rows: number, cols: number): Range {
    return new Range(this.context, () => ({
      ...this.box(),
      rows: this.box().rows + rows,
      cols: this.box().cols + cols,
    }));
  }
  getTables(fullyContained = false): TableScopedCollection {
    return new TableScopedCollection(this.context, () => {
      const b = this.checkedBox();
      return this.context.state.tables.filter((t) => {
        const tb = tableBox(t);
        const inside =
          tb.row >= b.row &&
          tb.col >= b.col &&
          tb.row + tb.rows <= b.row + b.rows &&
          tb.col + tb.cols <= b.col + b.cols;
        return fullyContained ? inside : overlaps(tb, b);
      });
    });
  }
  /** Range.clear() with no argument clears contents and formats (Excel.ClearApplyTo "All"). */
  clear(): void {
    this.write(() => {
      const b = this.checkedBox();
      checkWritable(b);
      this.each((row, col) => b.sheet.cells.delete(key(row, col)));
      b.sheet.conditionalFormats = b.sheet.conditionalFormats.flatMap((f) =>
        subtractBox(f.box, b).map((box) => ({ ...f, box }))
      );
    });
  }
  /**
   * Range.getCellProperties (ExcelApi 1.9): each cell's format as nested objects, the way
   * setCellProperties takes them back. A cell with No Fill reads as colour #FFFFFF with
   * tintAndShade null, a filled one with a number (office-js #6218, #4900). Assumption: any
   * other property never set comes back absent (real Excel reports its default).
   */
  getCellProperties(): { value: Record<string, unknown>[][] } {
    const result: { value: Record<string, unknown>[][] } = {
      get value(): Record<string, unknown>[][] {
        throw new FakeRichApiError("PropertyNotLoaded", "Sync before reading the result.");
      },
    };
    this.context.enqueue(() => {
      const cells = this.cellsOf((c) => {
        const format = nestFormat(c.format);
        const fill = (format.fill ?? {}) as Record<string, unknown>;
        format.fill =
          fill.color === undefined
            ? { ...fill, color: "#FFFFFF", tintAndShade: null }
            : { tintAndShade: 0, ...fill };
        return { format };
      });
      Object.defineProperty(result, "value", { value: cells });
    });
    return result;
  }
  /** Range.setCellProperties (ExcelApi 1.9): sets what each cell's object gives. */
  setCellProperties(properties: Record<string, unknown>[][]): void {
    this.write(() => {
      const g = grid(this.checkedBox(), properties, "cell properties");
      this.update((c, i, j) => {
        const set = flattenFormat(g[i][j].format as Record<string, unknown>);
        // Assumption: a tint of 0 (or none) is the colour itself, the same as never set.
        if (!set["fill.tintAndShade"]) delete set["fill.tintAndShade"];
        c.format = { ...c.format, ...set };
      });
    });
  }
  select(): void {
    this.write(() => {
      const b = this.checkedBox();
      this.context.state.active = b.sheet;
      this.context.state.selection = { row: b.row, col: b.col };
    });
  }
}

class RangeFormat extends Proxy {
  readonly font: FormatPart;
  readonly fill: FormatPart;
  readonly borders: { getItem: (edge: string) => FormatPart };
  constructor(
    context: Context,
    private readonly box: () => Box
  ) {
    super(context);
    this.font = new FormatPart(context, box, "font");
    this.fill = new FormatPart(context, box, "fill");
    this.borders = { getItem: (edge: string) => new FormatPart(context, box, `border.${edge}`) };
  }
  protected readers() {
    return {
      columnWidth: () => this.box().sheet.columnWidths.get(this.box().col) ?? DEFAULT_COLUMN_WIDTH,
    };
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  private set(name: string, value: unknown): void {
    this.write(() => setFormat(this.context.state, this.box(), name, value));
  }
  set wrapText(v: boolean) {
    this.set("wrapText", v);
  }
  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment", v);
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment", v);
  }
  set indentLevel(v: number) {
    this.set("indentLevel", v);
  }
  set columnWidth(v: number) {
    this.write(() => {
      const b = this.box();
      checkWritable(b);
      // A column at the default width is the same as one never set.
      for (let c = b.col; c < b.col + b.cols; c++) {
        if (v === DEFAULT_COLUMN_WIDTH) b.sheet.columnWidths.delete(c);
        else b.sheet.columnWidths.set(c, v);
      }
    });
  }
  set rowHeight(v: number) {
    this.set("rowHeight", v);
  }
  autofitColumns(): void {
    this.write(() => checkWritable(this.box()));
  }
  autofitRows(): void {
    this.write(() => checkWritable(this.box()));
  }
}

function setFormat(state: FakeWorkbookState, box: Box, name: string, value: unknown): void {
  checkBounds(box);
  checkWritable(box);
  for (let r = box.row; r < box.row + box.rows; r++) {
    for (let c = box.col; c < box.col + box.cols; c++) {
      const cell = { ...state.cell(box.sheet, r, c) };
      cell.format = { ...cell.format, [name]: value };
      box.sheet.cells.set(key(r, c), cell);
    }
  }
}

// The fake records formats flat ("font.bold", "border.EdgeTop.style"); getCellProperties speaks
// Excel.CellPropertiesFormat, whose borders are named top, bottom, … (Excel.CellBorderCollection).
const EDGE_NAMES: Record<string, string> = {
  EdgeTop: "top",
  EdgeBottom: "bottom",
  EdgeLeft: "left",
  EdgeRight: "right",
  InsideHorizontal: "horizontal",
  InsideVertical: "vertical",
};

function nestFormat(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, Record<string, unknown> | unknown> = {};
  for (const [k, v] of Object.entries(flat)) {
    const parts = k.split(".");
    if (parts[0] === "border") parts.splice(0, 2, "borders", EDGE_NAMES[parts[1]] ?? parts[1]);
    let at = out as Record<string, unknown>;
    for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
    at[parts[parts.length - 1]] = v;
  }
  return out;
}

function flattenFormat(nested: Record<string, unknown> = {}, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const edgeOf = Object.fromEntries(Object.entries(EDGE_NAMES).map(([k, v]) => [v, k]));
  for (const [k, v] of Object.entries(nested)) {
    const name = prefix === "borders." ? `border.${edgeOf[k] ?? k}` : `${prefix}${k}`;
    if (typeof v === "object" && v !== null)
      Object.assign(out, flattenFormat(v as never, `${name}.`));
    else out[name] = v;
  }
  return out;
}

/** font, fill or a border: any property set is recorded on the cells as `part.property`. */
class FormatPart {
  constructor(context: Context, box: () => Box, part: string) {
    return new globalThis.Proxy(this, {
      set(_target, property: string, value) {
        context.enqueueWrite(() => setFormat(context.state, box(), `${part}.${property}`, value));
        return true;
      },
    });
  }
}

/** Moves every cell from `from`'s row down, within its columns, by one row. */
function shiftDown(state: FakeWorkbookState, sheet: SheetState, from: Box): void {
  shiftRows(state, sheet, from.row, from.col, from.cols, 1);
}

/**
 * Moves the cells from row `row` on, within columns [col, col + cols), by `by` rows (down when
 * positive); with `by` < 0, the `-by` rows from `row` are deleted first. Names, conditional
 * formats and merged areas on the moved cells move with them. Assumption: as Excel's
 * Insert › Table Rows and Delete › Table Rows, which move only the cells within the table's
 * columns, and as Excel adjusts references to moved cells.
 */
function shiftRows(
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

function tableBox(t: TableState): Box {
  return {
    sheet: t.sheet,
    row: t.top,
    col: t.left,
    rows: t.rows + (t.showTotals ? 1 : 0),
    cols: t.cols,
  };
}

class TableCollection extends Collection<Table> {
  protected all() {
    return this.context.state.tables.map((t) => new Table(this.context, () => t));
  }
  getItem(name: string): Table {
    return new Table(this.context, () => {
      const t = this.context.state.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new FakeRichApiError("ItemNotFound", `No table ${name}.`);
      return t;
    });
  }
  getItemOrNullObject(name: string): Table {
    return new Table(
      this.context,
      () => this.context.state.tables.find((x) => x.name.toLowerCase() === name.toLowerCase()),
      true
    );
  }
}

class TableScopedCollection extends Collection<Table> {
  constructor(
    context: Context,
    private readonly found: () => TableState[]
  ) {
    super(context);
  }
  protected all() {
    return this.found().map((t) => new Table(this.context, () => t));
  }
}

class TableColumnCollection extends Collection<TableColumn> {
  constructor(
    context: Context,
    private readonly table: () => TableState
  ) {
    super(context);
  }
  protected all() {
    const t = this.table();
    return Array.from({ length: t.cols }, (_, i) => new TableColumn(this.context, t, i));
  }
}

class TableColumn extends Proxy {
  constructor(
    context: Context,
    private readonly t: TableState,
    private readonly index: number
  ) {
    super(context);
  }
  protected readers() {
    return {
      name: () =>
        String(this.context.state.cell(this.t.sheet, this.t.top, this.t.left + this.index).value),
    };
  }
  get name(): string {
    return this.read("name");
  }
}

class WorksheetTables extends Proxy {
  constructor(
    context: Context,
    private readonly sheet: () => SheetState
  ) {
    super(context);
  }
  protected readers() {
    return {};
  }
  add(range: Range, hasHeaders: boolean): Table {
    let created: TableState | undefined;
    this.write(() => {
      const s = this.context.state;
      const b = range.checkedBox();
      checkWritable(b);
      if (b.sheet !== this.sheet())
        throw new FakeRichApiError("InvalidArgument", "The range is on another sheet.");
      if (!hasHeaders)
        throw new FakeRichApiError(
          "InvalidArgument",
          "The fake supports tables with headers only."
        );
      // "If the table cannot be added (e.g., because ... the table would overlap with another
      // table), an error will be thrown" (Excel.TableCollection.add). Assumption: InvalidArgument.
      if (s.tables.some((t) => overlaps(tableBox(t), b))) {
        throw new FakeRichApiError("InvalidArgument", "A table can't overlap another table.");
      }
      // A table cannot hold merged cells: Excel.ErrorCodes.mergedRangeConflict. Assumption: it
      // is this code that tables.add over merged cells raises (the docs name no operation).
      if (b.sheet.merged.some((m) => overlaps(m, b))) {
        throw new FakeRichApiError("MergedRangeConflict", "A table cannot hold merged cells.");
      }
      // Assumption: a new table is named Table1, Table2, … as in Excel's UI, until renamed.
      let n = 1;
      while (s.nameTaken(`Table${n}`)) n++;
      created = {
        name: `Table${n}`,
        sheet: b.sheet,
        top: b.row,
        left: b.col,
        rows: b.rows,
        cols: b.cols,
        showTotals: false,
        style: "TableStyleMedium2",
      };
      s.tables.push(created);
    });
    return new Table(this.context, () => created);
  }
}

class Table extends Proxy {
  constructor(
    context: Context,
    private readonly resolve: () => TableState | undefined,
    private readonly orNull = false
  ) {
    super(context);
  }
  table(): TableState {
    const t = this.resolve();
    if (!t) throw new FakeRichApiError("ItemNotFound", "The table does not exist.");
    return t;
  }
  protected exists() {
    return !this.orNull || this.resolve() !== undefined;
  }
  protected readers() {
    return {
      name: () => this.table().name,
      showTotals: () => this.table().showTotals,
      style: () => this.table().style,
    };
  }
  private sheetProxy?: Worksheet;
  private columnsProxy?: TableColumnCollection;
  /**
   * Excel.Table.rows: add(index, values) inserts rows into the body ("If null or -1, the addition
   * happens at the end. Any rows below the inserted row are shifted downwards",
   * Excel.TableRowCollection.add); getItemAt(i).delete() deletes one (Excel.TableRow.delete).
   * Assumption: the cells below within the table's columns move, the table resizes.
   */
  get rows() {
    const context = this.context;
    const table = () => this.table();
    return {
      add: (index?: number | null, values?: Scalar[][]) => {
        context.enqueueWrite(() => {
          const t = table();
          checkWritable(tableBox(t));
          const body = t.rows - 1;
          const at = index === undefined || index === null || index === -1 ? body : index;
          if (at < 0 || at > body) throw new FakeRichApiError("InvalidArgument", "No such row.");
          const count = values?.length ?? 1;
          shiftRows(context.state, t.sheet, t.top + 1 + at, t.left, t.cols, count);
          t.rows += count;
          values?.forEach((r, i) =>
            r.forEach((v, j) => {
              const isFormula = typeof v === "string" && v.startsWith("=");
              t.sheet.cells.set(key(t.top + 1 + at + i, t.left + j), {
                ...emptyCell(),
                value: isFormula ? 0 : v,
                formula: isFormula ? (v as string) : null,
              });
            })
          );
        });
      },
      getItemAt: (i: number) => ({
        delete: () =>
          context.enqueueWrite(() => {
            const t = table();
            checkWritable(tableBox(t));
            if (i < 0 || i >= t.rows - 1)
              throw new FakeRichApiError("ItemNotFound", "No such table row.");
            shiftRows(context.state, t.sheet, t.top + 1 + i, t.left, t.cols, -1);
            t.rows -= 1;
          }),
      }),
    };
  }
  protected navigation() {
    return { worksheet: this.worksheet as Proxy, columns: this.columns as Proxy };
  }
  /** Excel.Table.columns: one TableColumn per column, named by its header cell. */
  get columns(): TableColumnCollection {
    this.columnsProxy ??= new TableColumnCollection(this.context, () => this.table());
    return this.columnsProxy;
  }
  /** Like Excel's, the same proxy every time, so what was loaded on it stays readable. */
  get worksheet(): Worksheet {
    this.sheetProxy ??= new Worksheet(this.context, () => this.table().sheet);
    return this.sheetProxy;
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write(() => {
      const t = this.table();
      checkWritable({ ...tableBox(t) });
      // A table name must be unique among tables and defined names, whatever its case
      // (support.microsoft.com "Rename an Excel table"). Assumption: InvalidArgument.
      if (t.name.toLowerCase() !== name.toLowerCase() && this.context.state.nameTaken(name)) {
        throw new FakeRichApiError("InvalidArgument", `The name ${name} is already in use.`);
      }
      t.name = name;
    });
  }
  set style(style: string) {
    this.write(() => {
      this.table().style = style;
    });
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set showTotals(on: boolean) {
    this.write(() => {
      const t = this.table();
      checkWritable(tableBox(t));
      if (on && !t.showTotals) {
        const below: Box = {
          sheet: t.sheet,
          row: t.top + t.rows,
          col: t.left,
          rows: 1,
          cols: t.cols,
        };
        if (this.context.state.tables.some((o) => o !== t && overlaps(tableBox(o), below))) {
          throw new FakeRichApiError(
            "InvalidArgument",
            "The totals row would overlap another table."
          );
        }
        // Assumption (the docs are silent; Excel's UI does this): a row under the table that is
        // not empty is pushed down, within the table's columns, to make room for the totals row.
        if (!this.context.state.isEmpty(t.sheet, below))
          shiftDown(this.context.state, t.sheet, below);
      }
      t.showTotals = on;
    });
  }
  getRange(): Range {
    return new Range(this.context, () => tableBox(this.table()));
  }
  getHeaderRowRange(): Range {
    return new Range(this.context, () => ({ ...tableBox(this.table()), rows: 1 }));
  }
  getDataBodyRange(): Range {
    return new Range(this.context, () => {
      const t = this.table();
      return { sheet: t.sheet, row: t.top + 1, col: t.left, rows: t.rows - 1, cols: t.cols };
    });
  }
  getTotalRowRange(): Range {
    return new Range(this.context, () => {
      const t = this.table();
      if (!t.showTotals) throw new FakeRichApiError("ItemNotFound", "The table has no totals row.");
      return { sheet: t.sheet, row: t.top + t.rows, col: t.left, rows: 1, cols: t.cols };
    });
  }
  delete(): void {
    this.write(() => {
      const t = this.table();
      this.context.state.tables = this.context.state.tables.filter((x) => x !== t);
    });
  }
}

/** "='My sheet'!$A$5" or "=Sheet1!$B$2:$C$3" to a box. */
/** A plain cell reference ("='My sheet'!$A$5") or #REF!, as against a formula. */
function isReference(text: string): boolean {
  return /^=?(#REF!|('((?:[^']|'')+)'|[^!'(]+)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$)/.test(text);
}

function parseReference(state: FakeWorkbookState, reference: string): Box & { broken?: boolean } {
  // A name may be given a reference that is already #REF! (Excel.NamedItemCollection.add takes any formula).
  if (/^=?#REF!/.test(reference))
    return { sheet: state.sheets[0], row: 0, col: 0, rows: 1, cols: 1, broken: true };
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(
    reference
  );
  const sheet = m && state.sheet((m[1] ?? m[2]).replace(/''/g, "'"));
  if (!m || !sheet)
    throw new FakeRichApiError("InvalidArgument", `Cannot read the reference ${reference}.`);
  const col = (letters: string) =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[4]) - 1;
  const left = col(m[3]);
  return {
    sheet,
    row,
    col: left,
    rows: m[6] ? Number(m[6]) - row : 1,
    cols: m[5] ? col(m[5]) - left + 1 : 1,
  };
}

class NamedItemCollection extends Proxy {
  protected readers() {
    return {};
  }
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    this.write(() => {
      const s = this.context.state;
      // Assumption: the comment argument sets NamedItem.comment, which the undo article lists
      // as unsupported in Excel on the web.
      if (comment) this.context.undoUnsupported("NamedItem.comment", ["web"]);
      // Names and tables share one namespace, whatever the case (support.microsoft.com "Define
      // and use names in formulas"). Assumption: Excel.ErrorCodes.itemAlreadyExists.
      if (s.nameTaken(name))
        throw new FakeRichApiError("ItemAlreadyExists", `The name ${name} already exists.`);
      const isFormula = typeof reference === "string" && !isReference(reference);
      const { broken, ...box } =
        typeof reference !== "string"
          ? { ...reference.checkedBox(), broken: undefined }
          : isFormula
            ? { sheet: s.sheets[0], row: 0, col: 0, rows: 1, cols: 1, broken: undefined }
            : parseReference(s, reference);
      s.names.push({
        name,
        box,
        comment: comment ?? "",
        ...(broken ? { broken } : {}),
        ...(isFormula ? { formula: reference as string } : {}),
      });
    });
    return this.getItem(name);
  }
  private find(name: string): NameState | undefined {
    return this.context.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.context, () => {
      const n = this.find(name);
      if (!n) throw new FakeRichApiError("ItemNotFound", `No name ${name}.`);
      return n;
    });
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, () => this.find(name), true);
  }
}

class NamedItem extends Proxy {
  constructor(
    context: Context,
    private readonly resolve: () => NameState | undefined,
    private readonly orNull = false
  ) {
    super(context);
  }
  private named(): NameState {
    const n = this.resolve();
    if (!n) throw new FakeRichApiError("ItemNotFound", "The name does not exist.");
    return n;
  }
  protected exists() {
    return !this.orNull || this.resolve() !== undefined;
  }
  protected readers() {
    return {
      name: () => this.named().name,
      formula: () =>
        this.named().formula ??
        (this.named().broken
          ? "=#REF!"
          : `=${a1({ ...this.named().box }).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`),
    };
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  /** NamedItem.getRange (ExcelApi 1.1): the name's cells; an error for a formula name. */
  getRange(): Range {
    return new Range(this.context, () => {
      const n = this.named();
      if (n.formula || n.broken)
        throw new FakeRichApiError("InvalidArgument", "The name does not refer to a range.");
      return n.box;
    });
  }
  /** NamedItem.formula is settable (ExcelApi 1.7): the name keeps its place in formulas. */
  set formula(formula: string) {
    this.write(() => {
      this.named().formula = formula;
    });
  }
  delete(): void {
    this.write(() => {
      const n = this.named();
      this.context.state.names = this.context.state.names.filter((x) => x !== n);
    });
  }
}

class ChartCollection extends Collection<Chart> {
  constructor(
    context: Context,
    private readonly sheet: () => SheetState
  ) {
    super(context);
  }
  protected all() {
    return this.sheet().charts.map((c) => new Chart(this.context, () => c));
  }
  getItemOrNullObject(name: string): Chart {
    return new Chart(this.context, () => this.sheet().charts.find((c) => c.name === name), true);
  }
  add(type: string, source: Range, seriesBy?: string): Chart {
    let created: ChartState | undefined;
    this.write(() => {
      const b = source.checkedBox();
      const sheet = this.sheet();
      checkWritable({ ...b, sheet });
      // Assumption (Excel.ChartCollection.add says only "the source data"; this is what Excel's
      // Insert › Chart does): with a header row of text and a first column of text, each series
      // is named by its header cell (a link: renaming the header renames the legend) and the
      // first column gives the categories; other sources are named Series1, … over all rows.
      const state = this.context.state;
      const text = (r: number, c: number) => typeof state.cell(b.sheet, r, c).value === "string";
      const headed = text(b.row, b.col + 1);
      const categories = b.rows > 1 && text(b.row + 1, b.col);
      const first = categories ? 1 : 0;
      const body = headed ? { row: b.row + 1, rows: b.rows - 1 } : { row: b.row, rows: b.rows };
      const series =
        seriesBy === "Columns"
          ? Array.from({ length: b.cols - first }, (_, i) => ({
              name: headed
                ? String(state.cell(b.sheet, b.row, b.col + first + i).value)
                : `Series${i + 1}`,
              ...(headed ? { nameFrom: { ...b, col: b.col + first + i, rows: 1, cols: 1 } } : {}),
              values: { ...b, ...body, col: b.col + first + i, cols: 1 },
              ...(categories ? { xValues: { ...b, ...body, cols: 1 } } : {}),
            }))
          : [];
      created = { name: `Chart ${sheet.charts.length + 1}`, type, title: "", source: b, series };
      sheet.charts.push(created);
    });
    return new Chart(this.context, () => {
      if (!created) throw new FakeRichApiError("ItemNotFound", "The chart was not added.");
      return created;
    });
  }
}

class Chart extends Proxy {
  readonly title: { text: string };
  readonly series: { add: (name?: string) => ChartSeries; getItemAt: (i: number) => ChartSeries };
  constructor(
    context: Context,
    private readonly find: () => ChartState | undefined,
    private readonly orNull = false
  ) {
    super(context);
    const chart = () => {
      const c = this.find();
      if (!c) throw new FakeRichApiError("ItemNotFound", "The chart does not exist.");
      return c;
    };
    const write = (op: Op) => this.write(op);
    const chartOf = chart;
    this.title = {
      set text(t: string) {
        write(() => {
          chartOf().title = t;
        });
      },
      get text(): string {
        throw new FakeRichApiError("PropertyNotLoaded", "Load title/text first.");
      },
    };
    this.series = {
      add: (name?: string) => {
        let index = -1;
        write(() => {
          index = chartOf().series.push({ name: name ?? "" }) - 1;
        });
        return new ChartSeries(context, () => chartOf().series[index]);
      },
      getItemAt: (i: number) => new ChartSeries(context, () => chartOf().series[i]),
    };
  }
  private chart(): ChartState {
    const c = this.find();
    if (!c) throw new FakeRichApiError("ItemNotFound", "The chart does not exist.");
    return c;
  }
  protected exists() {
    return !this.orNull || this.find() !== undefined;
  }
  protected readers() {
    return { name: () => this.chart().name };
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write(() => {
      this.chart().name = name;
    });
  }
  setPosition(start: Range, end: Range): void {
    this.write(() => {
      this.chart().position = [start.checkedBox(), end.checkedBox()];
    });
  }
  delete(): void {
    this.write(() => {
      const c = this.chart();
      for (const s of this.context.state.sheets) s.charts = s.charts.filter((x) => x !== c);
    });
  }
}

class ChartSeries extends Proxy {
  constructor(
    context: Context,
    private readonly series: () => ChartState["series"][number] | undefined
  ) {
    super(context);
  }
  private item() {
    const s = this.series();
    if (!s) throw new FakeRichApiError("ItemNotFound", "No such series.");
    return s;
  }
  protected readers() {
    return { name: () => this.item().name };
  }
  set name(name: string) {
    this.write(() => {
      this.item().name = name;
    });
  }
  setValues(range: Range): void {
    this.write(() => {
      this.item().values = range.checkedBox();
    });
  }
  setXAxisValues(range: Range): void {
    this.write(() => {
      this.item().xValues = range.checkedBox();
    });
  }
  delete(): void {
    this.write(() => {
      const item = this.item();
      for (const sheet of this.context.state.sheets) {
        for (const c of sheet.charts) c.series = c.series.filter((x) => x !== item);
      }
    });
  }
}

/** The fake's `Excel` global (its `run`) and `Office` global (requirement sets), over one workbook. */
export function createFakeExcel(options: FakeOptions = {}) {
  const state = new FakeWorkbookState(options);
  const supported = options.requirementSets ?? { ExcelApi: "1.9" };
  return {
    state,
    Excel: {
      /** Excel.run(batch) or Excel.run(options, batch); mergeUndoGroup needs ExcelApi 1.20. */
      async run<T>(
        first: { mergeUndoGroup?: boolean } | ((context: Context) => Promise<T>),
        second?: (context: Context) => Promise<T>
      ): Promise<T> {
        const [options, batch] = typeof first === "function" ? [{}, first] : [first, second!];
        // Assumption: an Excel without ExcelApi 1.20 ignores the option.
        const merge = !!options.mergeUndoGroup && versionAtLeast(supported.ExcelApi, "1.20");
        const context = new Context(state, merge);
        const result = await batch(context);
        await context.sync(); // Excel.run sends whatever is still queued
        return result;
      },
    },
    requirements: {
      // Office.context.requirements.isSetSupported(name, minVersion).
      isSetSupported: (name: string, version?: string) =>
        versionAtLeast(supported[name], version ?? "1.1"),
    },
  };
}

export type FakeExcel = ReturnType<typeof createFakeExcel>;

/** "1.20" is after "1.9": requirement-set versions compare part by part, not as decimals. */
function versionAtLeast(have: number | string | undefined, want: string): boolean {
  if (have === undefined) return false;
  const [a, b] = [String(have), want].map((v) => v.split(".").map(Number));
  return a[0] !== b[0] ? a[0] > b[0] : (a[1] ?? 0) >= (b[1] ?? 0);
}
