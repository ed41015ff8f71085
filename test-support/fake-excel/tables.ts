/*
 * Tables: Excel.TableCollection, Excel.Table, Excel.TableColumnCollection and
 * Excel.TableColumn (learn.microsoft.com/javascript/api/excel/excel.table;
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables). Table names are unique
 * without regard to case (support.microsoft.com "Rename an Excel table"); tables do not overlap.
 */
import { Range } from "./range";
import {
  Box,
  checkWritable,
  emptyCell,
  FakeRichApiError,
  key,
  overlaps,
  Scalar,
  SheetState,
  shiftDown,
  shiftRows,
  tableBox,
  TableState,
} from "./state";
import { Collection, Context, Proxy } from "./sync";
import { Worksheet } from "./workbook";

export class TableCollection extends Collection<Table> {
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

export class TableScopedCollection extends Collection<Table> {
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

export class TableColumnCollection extends Collection<TableColumn> {
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

export class TableColumn extends Proxy {
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

export class WorksheetTables extends Proxy {
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

export class Table extends Proxy {
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
   * Assumption: the cells below within the table's columns move, the table resizes. Where a
   * filter hides rows, delete() does nothing or fails (FakeOptions.filteredRowDelete, office-js #994).
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
            const filtered = Array.from({ length: t.rows - 1 }, (_, r) => t.top + 1 + r).some(
              (row) => t.sheet.hiddenRows.has(row)
            );
            if (filtered && context.state.options.filteredRowDelete === "error")
              throw new FakeRichApiError("InvalidOperation", "The table is filtered.");
            if (filtered) return;
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
  /**
   * Where this table came from getItemOrNullObject and does not exist: a range got from it is a
   * null object, or its load fails (FakeOptions.nullObjectMethods).
   */
  private present(): (() => boolean) | undefined {
    const methods = this.context.state.options.nullObjectMethods ?? "nullObject";
    if (!this.orNull || methods !== "nullObject") return undefined;
    return () => this.resolve() !== undefined;
  }
  /** The table a range is got from; a missing one fails as FakeOptions.nullObjectMethods says. */
  private tableOfRange(): TableState {
    if (
      this.orNull &&
      this.context.state.options.nullObjectMethods === "invalidObjectPath" &&
      !this.resolve()
    )
      throw new FakeRichApiError("InvalidObjectPath", "The table does not exist.");
    return this.table();
  }
  getRange(): Range {
    return new Range(this.context, () => tableBox(this.tableOfRange()), this.present());
  }
  getHeaderRowRange(): Range {
    return new Range(
      this.context,
      () => ({ ...tableBox(this.tableOfRange()), rows: 1 }),
      this.present()
    );
  }
  getDataBodyRange(): Range {
    return new Range(
      this.context,
      () => {
        const t = this.tableOfRange();
        return { sheet: t.sheet, row: t.top + 1, col: t.left, rows: t.rows - 1, cols: t.cols };
      },
      this.present()
    );
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
