/*
 * The workbook and its sheets: Excel.Workbook (worksheets, tables, names, protection,
 * getSelectedRange), Excel.WorkbookProtection, Excel.WorksheetCollection, Excel.Worksheet and
 * Excel.WorksheetProtection and a sheet's notes (Excel.NoteCollection, Excel.Note, ExcelApi 1.18),
 * as @types/office-js declares them
 * (learn.microsoft.com/javascript/api/excel/excel.worksheet, …/excel.worksheetcollection).
 */
import { Range } from "./range";
import { columnIndex } from "../../src/core/references";
import { ChartCollection } from "./charts";
import { NamedItemCollection } from "./names";
import { FakeRichApiError, NoteState, SheetState } from "./state";
import { Collection, Context, Proxy } from "./sync";
import { TableCollection, WorksheetTables } from "./tables";

export class Workbook {
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

export class WorkbookProtection extends Proxy {
  protected readers() {
    return { protected: () => this.context.state.structureProtected };
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

export class WorksheetCollection extends Collection<Worksheet> {
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

export class Worksheet extends Proxy {
  readonly protection: WorksheetProtection;
  readonly tables: WorksheetTables;
  readonly charts: ChartCollection;
  readonly notes: NoteCollection;
  readonly comments: NoteCollection;
  constructor(
    context: Context,
    readonly resolve: () => SheetState | undefined,
    private readonly orNull = false
  ) {
    super(context);
    this.protection = new WorksheetProtection(context, () => this.sheet());
    this.tables = new WorksheetTables(context, () => this.sheet());
    this.charts = new ChartCollection(context, () => this.sheet());
    this.notes = new NoteCollection(context, () => this.sheet(), "notes");
    this.comments = new NoteCollection(context, () => this.sheet(), "comments");
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

export class WorksheetProtection extends Proxy {
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

/**
 * Worksheet.notes (ExcelApi 1.18): the sheet's Excel notes, in the order they were added.
 * NoteCollection.getCount, getItemAt(index), `items` once loaded ("Gets the loaded child items in
 * this collection"), and Note.getLocation ("Gets the cell where this note is located"), as
 * @types/office-js declares them; add(cellAddress, content) with a Range. Worksheet.comments
 * (ExcelApi 1.10) is the same for threaded comments: CommentCollection.getCount, getItemAt,
 * items, add(cellAddress, content) and Comment.getLocation ("Gets the cell where this comment is
 * located").
 */
export class NoteCollection extends Collection<Note> {
  constructor(
    context: Context,
    private readonly sheet: () => SheetState,
    private readonly kind: "notes" | "comments"
  ) {
    super(context);
  }
  protected all(): Note[] {
    // Each item stands for its note, not its position (a Note is an object of its own).
    return this.sheet()[this.kind].map(
      (n) => new Note(this.context, this.sheet, () => n, this.kind)
    );
  }
  getCount(): { value: number } {
    const result = {
      get value(): number {
        throw new FakeRichApiError("PropertyNotLoaded", "Sync before reading the result.");
      },
    };
    this.context.enqueue(() =>
      Object.defineProperty(result, "value", { value: this.sheet()[this.kind].length })
    );
    return result;
  }
  getItemAt(index: number): Note {
    return new Note(
      this.context,
      this.sheet,
      () => {
        const found = this.sheet()[this.kind][index];
        // Assumption: an index past the last note fails with ItemNotFound (@types/office-js does
        // not say what getItemAt does then).
        if (!found) throw new FakeRichApiError("ItemNotFound", `No note at ${index}.`);
        return found;
      },
      this.kind
    );
  }
  add(cell: Range, content: string): void {
    this.context.enqueueWrite(() => {
      const b = cell.checkedBox();
      if (b.rows !== 1 || b.cols !== 1)
        throw new FakeRichApiError("InvalidCellAddress", "A note goes on one cell.");
      b.sheet[this.kind].push({ row: b.row, col: b.col, content });
    });
  }
}

/** Excel.Note (ExcelApi 1.18) or Excel.Comment (ExcelApi 1.10): its content and the cell it is on. */
export class Note extends Proxy {
  constructor(
    context: Context,
    private readonly sheet: () => SheetState,
    private readonly note: () => NoteState,
    private readonly kind: "notes" | "comments"
  ) {
    super(context);
  }
  /**
   * The note as it is now. Assumption: a note deleted since it was loaded fails with ItemNotFound
   * (no Microsoft page says).
   */
  private current(): NoteState {
    const n = this.note();
    if (!this.sheet()[this.kind].includes(n))
      throw new FakeRichApiError("ItemNotFound", "The note was deleted.");
    return n;
  }
  protected readers() {
    return { content: () => this.current().content, authorName: () => "" };
  }
  get content(): string {
    return this.read("content");
  }
  getLocation(): Range {
    return new Range(this.context, () => {
      const n = this.current();
      return { sheet: this.sheet(), row: n.row, col: n.col, rows: 1, cols: 1 };
    });
  }
}
