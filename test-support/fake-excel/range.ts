/*
 * Ranges and their formats: Excel.Range (values, formulas, number formats, data validation,
 * conditional formats, merging, column widths, row heights and autofit, hidden rows),
 * Excel.RangeFormat and its font, fill and borders, as @types/office-js declares them
 * (learn.microsoft.com/javascript/api/excel/excel.range; learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values).
 */
import { calculate, ERROR_FORMULAS } from "./evaluate";
import {
  a1,
  Box,
  CellState,
  checkBounds,
  checkWritable,
  ConditionalFormatState,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  FakeRichApiError,
  FakeWorkbookState,
  key,
  NoteState,
  overlaps,
  Scalar,
  subtractBox,
  tableBox,
} from "./state";
import { Context, Proxy } from "./sync";
import { TableScopedCollection } from "./tables";

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
    readonly box: () => Box,
    /** For a range got from a null object: false where that object does not exist. */
    private readonly present?: () => boolean
  ) {
    super(context);
    this.format = new RangeFormat(context, () => this.checkedBox());
  }
  protected exists() {
    return this.present ? this.present() : true;
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
        calculate(this.context.state, box.sheet, box.row + i, box.col + j, f);
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
        // [MS-OI29500] 2.1.613 (dataValidation): "Office restricts the length of the value of the
        // error attribute to 224 characters". Assumption: Excel refuses a longer one with InvalidArgument.
        const message = (v as { message?: string } | null)?.message ?? "";
        checkAtSync(() => {
          if (message.length > 224)
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
  /**
   * Range.clear() with no argument clears contents and formats (Excel.ClearApplyTo "All": "Clears
   * everything in the range"). Assumption: notes and comments in it are removed or kept
   * (FakeOptions.clearNotes, clearComments); merged cells kept or unmerged (FakeOptions.clearMerged); row
   * heights stay or are fitted again (FakeOptions.clearRowHeights).
   */
  clear(): void {
    this.write(() => {
      const b = this.checkedBox();
      checkWritable(b);
      this.each((row, col) => b.sheet.cells.delete(key(row, col)));
      if (this.context.state.options.clearRowHeights === "refit") fitRows(b);
      const outside = (n: NoteState) =>
        !overlaps({ ...b, row: n.row, col: n.col, rows: 1, cols: 1 }, b);
      if (this.context.state.options.clearNotes !== "keeps")
        b.sheet.notes = b.sheet.notes.filter(outside);
      if (this.context.state.options.clearComments !== "keeps")
        b.sheet.comments = b.sheet.comments.filter(outside);
      if (this.context.state.options.clearMerged === "unmerges")
        b.sheet.merged = b.sheet.merged.filter((m) => !overlaps(m, b));
      b.sheet.conditionalFormats = b.sheet.conditionalFormats.flatMap((f) =>
        subtractBox(f.box, b).map((box) => ({ ...f, box }))
      );
    });
  }
  /**
   * Range.getCellProperties (ExcelApi 1.9): each cell's format as nested objects, the way
   * setCellProperties takes them back. A cell with No Fill reads as colour #FFFFFF (office-js
   * #6218), a filled one with a tintAndShade number (#4900). Assumption: No Fill's tintAndShade is
   * null or absent (FakeOptions.noFillTintAndShade); any other property never set comes back
   * absent (real Excel reports its default).
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
        const noFill =
          this.context.state.options.noFillTintAndShade === "absent"
            ? { color: "#FFFFFF" }
            : { color: "#FFFFFF", tintAndShade: null };
        format.fill =
          fill.color === undefined ? { ...fill, ...noFill } : { tintAndShade: 0, ...fill };
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

export class RangeFormat extends Proxy {
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
      // RangeFormat.rowHeight: "If the row heights are not uniform, null will be returned."
      rowHeight: () => {
        const b = this.box();
        const heights = new Set(
          Array.from({ length: b.rows }, (_, i) => rowHeightOf(b.sheet, b.row + i))
        );
        return heights.size === 1 ? [...heights][0] : null;
      },
      // RangeFormat.useStandardHeight (ExcelApi 1.7): "true if the row height of the Range object
      // equals the standard height of the sheet", null where rows differ, false otherwise.
      useStandardHeight: () => {
        const b = this.box();
        const standard = new Set(
          Array.from(
            { length: b.rows },
            (_, i) => rowHeightOf(b.sheet, b.row + i) === DEFAULT_ROW_HEIGHT
          )
        );
        return standard.size === 1 ? [...standard][0] : null;
      },
    };
  }
  get useStandardHeight(): boolean | null {
    return this.read("useStandardHeight");
  }
  /** "only intended to be set to true. Setting it to false has no effect" (@types/office-js). */
  set useStandardHeight(v: boolean) {
    this.write(() => {
      const b = this.box();
      checkBounds(b);
      checkWritable(b);
      if (v) for (let r = b.row; r < b.row + b.rows; r++) b.sheet.rowHeights.delete(r);
    });
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  get rowHeight(): number | null {
    return this.read("rowHeight");
  }
  private set(name: string, value: unknown): void {
    this.write(() => setFormat(this.context.state, this.box(), name, value));
  }
  set wrapText(v: boolean) {
    this.write(() => {
      setFormat(this.context.state, this.box(), "wrapText", v);
      // Assumption: turning wrap on fits the row or not (FakeOptions.wrapRefitsRow).
      if (v && this.context.state.options.wrapRefitsRow === "refits") fitRows(this.box());
    });
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
  /** RangeFormat.rowHeight: the height of every row of the range, in points (ExcelApi 1.2). */
  set rowHeight(v: number) {
    this.write(() => {
      const b = this.box();
      checkBounds(b);
      checkWritable(b);
      // Assumption: a row given a height keeps it as set, even the standard one (the row no
      // longer follows the sheet's standard height until useStandardHeight is set to true).
      for (let r = b.row; r < b.row + b.rows; r++) b.sheet.rowHeights.set(r, v);
    });
  }
  autofitColumns(): void {
    this.write(() => checkWritable(this.box()));
  }
  /** RangeFormat.autofitRows (ExcelApi 1.2): see fitRows. */
  autofitRows(): void {
    this.write(() => {
      const b = this.box();
      checkBounds(b);
      checkWritable(b);
      fitRows(b);
    });
  }
}

/**
 * RangeFormat.autofitRows: "Changes the height of the rows of the current range to achieve the
 * best fit, based on the current data in the columns" (ExcelApi 1.2). Assumption: a wrapped
 * text takes one line per column width of 6-point characters, each line the default height.
 */
function fitRows(b: Box): void {
  for (let r = b.row; r < b.row + b.rows; r++) {
    let lines = 1;
    for (const [at, cell] of b.sheet.cells) {
      const [row, col] = at.split(",").map(Number);
      const inRange = col >= b.col && col < b.col + b.cols;
      if (row !== r || !inRange || !cell.format.wrapText) continue;
      const width = b.sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
      lines = Math.max(lines, Math.ceil((String(cell.value).length * 6) / width));
    }
    const fitted = lines * DEFAULT_ROW_HEIGHT;
    if (fitted === DEFAULT_ROW_HEIGHT) b.sheet.rowHeights.delete(r);
    else b.sheet.rowHeights.set(r, fitted);
  }
}

const rowHeightOf = (sheet: Box["sheet"], row: number) =>
  sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;

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
export class FormatPart {
  constructor(context: Context, box: () => Box, part: string) {
    return new globalThis.Proxy(this, {
      set(_target, property: string, value) {
        context.enqueueWrite(() => setFormat(context.state, box(), `${part}.${property}`, value));
        return true;
      },
    });
  }
}
