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
  CellStyle,
  Locale,
  PlannedCell,
  SHEET_TEXTS,
  TABLE_NAME,
  buildSensitivityPlan,
  buildSheetPlan,
  columnLetter,
  parseReference,
} from "../core";

export type Placement = "newSheet" | "selection";
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

/**
 * Excel compares the names of sheets, tables and defined names without regard to case: "oaileak"
 * blocks "OAILeak" (support.microsoft.com "Define and use names in formulas": "Excel does not
 * distinguish between uppercase and lowercase characters in names"; "Rename an Excel table").
 */
const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The format properties a take-back restores on the user's cells (Range.getCellProperties, ExcelApi 1.9). */
const RESTORED_FORMAT: Excel.CellPropertiesLoadOptions = {
  format: {
    // pattern too: an unfilled cell reads as colour #FFFFFF, which set alone would fill it white.
    fill: { color: true, pattern: true },
    font: { bold: true, italic: true, color: true, size: true, name: true },
    borders: { color: true, style: true, weight: true },
    wrapText: true,
    horizontalAlignment: true,
    verticalAlignment: true,
    indentLevel: true,
  },
};

/** The names a plan defines: for its cells, and for formulas. */
const allNames = (plan: BlockPlan): readonly { readonly name: string }[] => [
  ...plan.names,
  ...plan.formulaNames,
];

/** Cell (row, col) of the plan, `rows` × `cols` large, as an Excel range. */
type PlanRange = (row: number, col: number, rows?: number, cols?: number) => Excel.Range;

export function planFor(request: InsertRequest): BlockPlan {
  return request.what === "sensitivity"
    ? buildSensitivityPlan(request.locale)
    : buildSheetPlan(request.assumptions, request.locale);
}

const INPUT_FILL = "#FFCC99"; // Excel's own "Input" cell style
const INPUT_FONT = "#3F3F76";
const INPUT_BORDER = "#7F7F7F";
const CAVEAT_COLOUR = "#C50F1F"; // Fluent 2 red: the figures are unconfirmed
const NOTE_COLOUR = "#616161";
const HEADER_FILL = "#DDEBF7";
const GRID_BORDER = "#BFBFBF";

/** A thin border around every cell of a rows × cols range (inside edges only where there are some). */
function box(r: Excel.Range, colour: string, rows = 1, cols = 1): void {
  // Strings, not Excel.BorderIndex: the writer must not touch the Excel global (tests run without it).
  type Edge =
    "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rows > 1) edges.push("InsideHorizontal");
  if (cols > 1) edges.push("InsideVertical");
  for (const edge of edges) {
    const border = r.format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = colour;
  }
}

const FORMATS: Partial<Record<CellStyle, (r: Excel.Range, rows: number, cols: number) => void>> = {
  title: (r) => {
    r.format.font.size = 16;
    r.format.font.bold = true;
  },
  caveat: (r) => {
    r.format.font.italic = true;
    r.format.font.color = CAVEAT_COLOUR;
  },
  section: (r) => {
    r.format.font.bold = true;
  },
  input: (r, rows, cols) => {
    r.format.fill.color = INPUT_FILL;
    r.format.font.color = INPUT_FONT;
    box(r, INPUT_BORDER, rows, cols);
  },
  note: (r) => {
    r.format.font.italic = true;
    r.format.font.color = NOTE_COLOUR;
  },
  gridHeader: (r, rows, cols) => {
    r.format.font.bold = true;
    r.format.fill.color = HEADER_FILL;
    // Headers wrap within their columns, and the row grows to show them (RangeFormat.autofitRows).
    r.format.wrapText = true;
    r.format.verticalAlignment = "Top";
    r.format.autofitRows();
    box(r, GRID_BORDER, rows, cols);
  },
  gridBody: (r, rows, cols) => box(r, GRID_BORDER, rows, cols),
};

/**
 * The plan's styled cells as few rectangles as possible (runs along a row, then runs of equal
 * rows), so that formatting a block queues a few dozen operations, not one per cell.
 */
function styleRectangles(
  plan: BlockPlan
): { style: CellStyle; row: number; col: number; rows: number; cols: number }[] {
  const runs: { style: CellStyle; row: number; col: number; rows: number; cols: number }[] = [];
  const cells = [...plan.cells]
    .filter((c) => FORMATS[c.style])
    .sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.style === c.style && last.row === c.row && last.col + last.cols === c.col)
      last.cols++;
    else runs.push({ style: c.style, row: c.row, col: c.col, rows: 1, cols: 1 });
  }
  const merged: typeof runs = [];
  for (const run of runs) {
    const above = merged.find(
      (m) =>
        m.style === run.style &&
        m.col === run.col &&
        m.cols === run.cols &&
        m.row + m.rows === run.row
    );
    if (above) above.rows++;
    else merged.push({ ...run });
  }
  return merged;
}

/** Rows × columns of `fill`, with the plan's cells put in by `pick` (undefined leaves `fill`). */
function grid<T>(
  plan: BlockPlan,
  fill: T,
  pick: (cell: PlannedCell) => T | undefined,
  rows = plan.rows,
  fromRow = 0
): T[][] {
  const out = Array.from({ length: rows }, () => Array<T>(plan.cols).fill(fill));
  for (const cell of plan.cells) {
    const r = cell.row - fromRow;
    if (r < 0 || r >= rows) continue;
    const v = pick(cell);
    if (v !== undefined) out[r][cell.col] = v;
  }
  return out;
}

/** Formulas in the table's body and totals use its columns, so they wait for the table. */
const isTableFormula = (plan: BlockPlan, cell: PlannedCell) =>
  plan.table !== undefined &&
  cell.row > plan.table.headerRow &&
  cell.row <= plan.table.totalsRow &&
  typeof cell.content === "string" &&
  cell.content.startsWith("=");

function setContents(range: Excel.Range, plan: BlockPlan, contents: (string | number)[][]): void {
  if (plan.formulaStyle === "R1C1") range.formulasR1C1 = contents;
  else range.formulas = contents;
}

/**
 * Rows [from, to) of the plan, but for the cells `leaveOut` names, in the plan's formula style;
 * the cells the plan marks R1C1 (one rectangle: the Checks) in a write of their own. No cell is
 * written twice, so a batch failing between the writes leaves each cell old or new, never blank.
 */
function writeRows(
  at: PlanRange,
  plan: BlockPlan,
  from: number,
  to: number,
  leaveOut: (c: PlannedCell) => boolean = () => false
): void {
  const r1c1 = plan.cells.filter((c) => c.r1c1 && c.row >= from && c.row < to && !leaveOut(c));
  const pick = (c: PlannedCell) => (leaveOut(c) ? undefined : c.content);
  // Rows × columns of the plan from (row, col), in the plan's style.
  const plain = (row: number, rows: number, col: number, cols: number) => {
    if (rows <= 0 || cols <= 0) return;
    const contents = grid(plan, "" as string | number, pick, rows, row).map((r) =>
      r.slice(col, col + cols)
    );
    setContents(at(row, col, rows, cols), plan, contents);
  };
  if (r1c1.length === 0) {
    plain(from, to - from, 0, plan.cols);
    return;
  }
  const top = Math.min(...r1c1.map((c) => c.row));
  const left = Math.min(...r1c1.map((c) => c.col));
  const height = Math.max(...r1c1.map((c) => c.row)) - top + 1;
  const width = Math.max(...r1c1.map((c) => c.col)) - left + 1;
  plain(from, top - from, 0, plan.cols);
  plain(top, height, 0, left);
  plain(top, height, left + width, plan.cols - left - width);
  plain(top + height, to - top - height, 0, plan.cols);
  const contents = Array.from({ length: height }, () => Array<string | number>(width).fill(""));
  for (const c of r1c1) contents[c.row - top][c.col - left] = c.content;
  at(top, left, height, width).formulasR1C1 = contents;
}

/** Each input cell's data validation (ExcelApi 1.8): a custom rule, an input message, a stop alert. */
function addValidations(at: PlanRange, plan: BlockPlan): void {
  for (const v of plan.validations) {
    const validation = at(v.row, v.col).dataValidation;
    validation.clear();
    validation.rule = { custom: { formula: v.formula } };
    validation.ignoreBlanks = true; // an empty cell means the default, as in the functions
    validation.prompt = { showPrompt: true, title: v.texts.title, message: v.texts.prompt };
    validation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: v.texts.errorTitle,
      message: v.texts.error,
    };
  }
}

interface WhatExists {
  readonly sheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
  readonly names: Excel.NamedItem[];
  readonly structure: Excel.WorkbookProtection;
  /** For the grid: the dataset table's header row (its language may differ from the pane's). */
  readonly tableHeader?: Excel.Range;
  /** A defined name with the table's name: tables and names share one namespace. */
  readonly nameLikeTable?: Excel.NamedItem;
  readonly target?: {
    readonly sheet: Excel.Worksheet;
    readonly block: Excel.Range;
    readonly tablesInBlock: Excel.TableScopedCollection;
    readonly charts: Excel.ChartCollection;
    readonly columns: Excel.RangeFormat[];
    /** The block's formats before, to restore if a failed insert must be taken back. */
    readonly formats: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  };
}

/** Round trip 1: queue every read, then one sync. */
async function readWhatExists(
  context: Excel.RequestContext,
  plan: BlockPlan,
  placement: Placement
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
    target = { sheet, block, tablesInBlock, charts, columns, formats };
  }
  try {
    await context.sync();
  } catch (error) {
    // The one read that can miss: the grid needs the dataset's table.
    if (tableHeader && (error as { code?: string }).code === "ItemNotFound") return undefined;
    throw error;
  }
  return { sheets, tables, names, structure, tableHeader, nameLikeTable, target };
}

function freeSheetName(sheets: Excel.WorksheetCollection, wanted: string): string {
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}

function firstFilledCell(block: Excel.Range): string | undefined {
  const types = block.valueTypes;
  for (let r = 0; r < types.length; r++) {
    for (let c = 0; c < types[r].length; c++) {
      if (types[r][c] !== "Empty")
        return `${columnLetter(block.columnIndex + c)}${block.rowIndex + r + 1}`;
    }
  }
  return undefined;
}

/** What the writer tells the user, in English and German. */
const MESSAGES = {
  en: {
    protectedSheet: (name: string) =>
      `The sheet "${name}" is protected. Unprotect it (Review › Unprotect Sheet) and click Insert again.`,
    room: (rows: number, cols: number) =>
      `select a cell with ${rows} empty rows × ${cols} columns below and to the right of it.`,
    overlaps: (address: string, table: string, room: string) =>
      `${address} overlaps the table "${table}". Nothing was written: ${room}`,
    notEmpty: (address: string, cell: string, room: string) =>
      `${address} is not empty (${cell} has content). Nothing was written: ${room}`,
    structure:
      "The workbook's structure is protected, so no sheet can be added. Unprotect it (Review › Protect Workbook) or insert at the selected cell.",
    nameTaken: (theirs: string, ours: string) =>
      `The workbook already has a name "${theirs}", which Excel treats as the same as "${ours}" (names ignore case). Nothing was written: rename or delete it (Formulas › Name Manager) and click Insert again.`,
    tableTaken: (theirs: string, ours: string) =>
      `The workbook already has a table "${theirs}" that is not this add-in's, and Excel treats it as the same as "${ours}" (names ignore case). Nothing was written: rename it (Table Design › Table Name) and click Insert again.`,
    datasetFirst: `The grid is computed from the table ${TABLE_NAME}: click Insert dataset first, then insert the grid.`,
    editMode: "Excel is editing a cell. Press Enter or Esc to finish, then click Insert again.",
    accessDenied:
      "Excel refused the change: the sheet or the workbook is protected. Unprotect it and click Insert again.",
    invalidSelection: "Select a cell (not a chart or shape) and click Insert again.",
    invalidArgument: (detail: string) =>
      `Excel refused the change${detail ? `: ${detail}` : ""}. If you chose "at the selected cell", leave room below and to the right of it.`,
    failed: (code: string) =>
      `Excel could not insert the data${code ? ` (${code})` : ""}. Please click Insert again.`,
    undone: " Nothing was changed.",
    notUndone: " Part of the data may have been written: undo it with Ctrl+Z.",
    notUndoneByHand:
      " Part of the data may have been written. This Excel cannot undo an add-in's changes: delete what was added by hand.",
  },
  de: {
    protectedSheet: (name: string) =>
      `Das Blatt „${name}“ ist geschützt. Heben Sie den Schutz auf (Überprüfen › Blattschutz aufheben) und klicken Sie erneut auf Einfügen.`,
    room: (rows: number, cols: number) =>
      `Wählen Sie eine Zelle mit ${rows} leeren Zeilen × ${cols} Spalten darunter und rechts davon.`,
    overlaps: (address: string, table: string, room: string) =>
      `${address} überschneidet die Tabelle „${table}“. Nichts wurde geschrieben: ${room}`,
    notEmpty: (address: string, cell: string, room: string) =>
      `${address} ist nicht leer (${cell} hat Inhalt). Nichts wurde geschrieben: ${room}`,
    structure:
      "Die Struktur der Arbeitsmappe ist geschützt, daher kann kein Blatt hinzugefügt werden. Heben Sie den Schutz auf (Überprüfen › Arbeitsmappe schützen) oder fügen Sie an der markierten Zelle ein.",
    nameTaken: (theirs: string, ours: string) =>
      `Die Arbeitsmappe hat bereits einen Namen „${theirs}“, den Excel wie „${ours}“ behandelt (Namen unterscheiden keine Groß- und Kleinschreibung). Nichts wurde geschrieben: Benennen Sie ihn um oder löschen Sie ihn (Formeln › Namens-Manager) und klicken Sie erneut auf Einfügen.`,
    tableTaken: (theirs: string, ours: string) =>
      `Die Arbeitsmappe hat bereits eine Tabelle „${theirs}“, die nicht von diesem Add-In stammt und die Excel wie „${ours}“ behandelt (Namen unterscheiden keine Groß- und Kleinschreibung). Nichts wurde geschrieben: Benennen Sie sie um (Tabellenentwurf › Tabellenname) und klicken Sie erneut auf Einfügen.`,
    datasetFirst: `Das Raster wird aus der Tabelle ${TABLE_NAME} berechnet: Klicken Sie zuerst auf „Datensatz einfügen“, dann fügen Sie das Raster ein.`,
    editMode:
      "Excel bearbeitet gerade eine Zelle. Drücken Sie Eingabe oder Esc und klicken Sie dann erneut auf Einfügen.",
    accessDenied:
      "Excel hat die Änderung abgelehnt: Das Blatt oder die Arbeitsmappe ist geschützt. Heben Sie den Schutz auf und klicken Sie erneut auf Einfügen.",
    invalidSelection:
      "Markieren Sie eine Zelle (kein Diagramm, keine Form) und klicken Sie erneut auf Einfügen.",
    invalidArgument: (detail: string) =>
      `Excel hat die Änderung abgelehnt${detail ? `: ${detail}` : ""}. Wenn Sie „An der markierten Zelle“ gewählt haben, lassen Sie darunter und rechts davon Platz.`,
    failed: (code: string) =>
      `Excel konnte die Daten nicht einfügen${code ? ` (${code})` : ""}. Bitte klicken Sie erneut auf Einfügen.`,
    undone: " Es wurde nichts geändert.",
    notUndone:
      " Ein Teil der Daten wurde womöglich geschrieben: Machen Sie es mit Strg+Z rückgängig.",
    notUndoneByHand:
      " Ein Teil der Daten wurde womöglich geschrieben. Dieses Excel kann Änderungen von Add-Ins nicht rückgängig machen: Löschen Sie das Hinzugefügte von Hand.",
  },
};

const messages = (request: InsertRequest) => MESSAGES[request.locale ?? "en"];

function addColorScale(at: PlanRange, plan: BlockPlan): void {
  const cs = plan.colorScale;
  if (!cs) return;
  const range = at(cs.row, cs.col, cs.rows, cs.cols);
  range.conditionalFormats.clearAll();
  range.conditionalFormats.add("ColorScale").colorScale.criteria = {
    minimum: { type: "LowestValue", color: "#63BE7B" },
    midpoint: { type: "Number", formula: String(cs.midpoint), color: "#FFEB84" },
    maximum: { type: "HighestValue", color: "#F8696B" },
  };
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
    };

/** Where a previous insert of this block is, if it is still there. */
function findExisting(
  exists: WhatExists,
  plan: BlockPlan,
  existingNames: readonly Excel.NamedItem[]
):
  | {
      sheetName: string;
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
      address: anchor.name,
      at: (wb) => {
        const origin = wb.tables.getItem(anchor.name).getHeaderRowRange().getCell(0, 0);
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
function isOurTable(table: Excel.Table): boolean {
  const columns = table.columns.items.map((c) => c.name);
  return Object.values(SHEET_TEXTS).some(
    (t) => columns.length === t.headers.length && t.headers.every((h, i) => sameName(h, columns[i]))
  );
}

/**
 * A name, or a table, that Excel would treat as one of ours but is spelled otherwise (or is not
 * the add-in's table): refuse with a message, since no retry could ever succeed.
 */
function nameConflict(
  exists: WhatExists,
  plan: BlockPlan,
  existingNames: readonly Excel.NamedItem[],
  say: (typeof MESSAGES)["en"]
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
 * Takes back what a failed insert left (Excel's batches are not transactions: operations before
 * the failing one stay applied): the added sheet, or the table, chart, cells and names it wrote on
 * the user's sheet; names it replaced come back as they were. A refresh only adds names.
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
    await context.sync();
    for (const n of names) if (!n.isNullObject) n.delete();
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
    block.setCellProperties(onUserSheet.formats);
    block.numberFormat = onUserSheet.numberFormats;
    onUserSheet.columnWidths.forEach((width, c) => {
      onUserSheet.sheet.getRangeByIndexes(0, onUserSheet.left + c, 1, 1).format.columnWidth = width;
    });
  }
  for (const n of attempt.previousNames) wb.names.add(n.name, n.formula);
  await context.sync();
}

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A plain sentence for what Excel refused. */
export function describeExcelError(error: unknown, locale: Locale = "en"): string {
  const say = MESSAGES[locale];
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return say.editMode;
    case "AccessDenied":
      return say.accessDenied;
    case "InvalidSelection":
      return say.invalidSelection;
    case "InvalidArgument":
      return say.invalidArgument((error as Error).message ?? "");
    default:
      return say.failed(code ?? "");
  }
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
