/*
 * How a block looks: the plan's styles as Excel formats (in few rectangles, not cell by cell),
 * the grid's colour scale, and the input cells' data validation.
 */
import { BlockPlan, CellStyle } from "../core";
import { PlanRange } from "./block-cells";

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

export const FORMATS: Partial<
  Record<CellStyle, (r: Excel.Range, rows: number, cols: number) => void>
> = {
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
    // Headers wrap within their columns, and the row grows to show them (ROWS_FIT, below).
    r.format.wrapText = true;
    r.format.verticalAlignment = "Top";
    box(r, GRID_BORDER, rows, cols);
  },
  gridBody: (r, rows, cols) => box(r, GRID_BORDER, rows, cols),
};

/**
 * The styles whose rows grow to fit their text (RangeFormat.autofitRows, ExcelApi 1.2). Autofit
 * changes row heights, which a take-back sets back from what it read before (autofittedRows).
 */
const ROWS_FIT: ReadonlySet<CellStyle> = new Set<CellStyle>(["gridHeader"]);

/** The plan's styles applied to the block, in few rectangles; the rows that fit, fitted. */
export function formatBlock(at: PlanRange, plan: BlockPlan): void {
  for (const r of styleRectangles(plan)) {
    const range = at(r.row, r.col, r.rows, r.cols);
    FORMATS[r.style]?.(range, r.rows, r.cols);
    if (ROWS_FIT.has(r.style)) range.format.autofitRows();
  }
}

/**
 * The plan's rows whose height an insert may change, in order: those formatBlock fits, and the
 * table's header row, whose text wraps (workbook-writer.ts); no Microsoft page says whether
 * turning wrap on fits the row, so its height is read and set back as theirs are.
 */
export function resizedRows(plan: BlockPlan): number[] {
  const rows = new Set<number>();
  for (const r of styleRectangles(plan))
    if (ROWS_FIT.has(r.style)) for (let i = 0; i < r.rows; i++) rows.add(r.row + i);
  if (plan.table) rows.add(plan.table.headerRow);
  return [...rows].sort((a, b) => a - b);
}

/**
 * The plan's styled cells as few rectangles as possible (runs along a row, then runs of equal
 * rows), so that formatting a block queues a few dozen operations, not one per cell.
 */
export function styleRectangles(
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

export function addColorScale(at: PlanRange, plan: BlockPlan): void {
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

/** Each input cell's data validation (ExcelApi 1.8): a custom rule, an input message, a stop alert. */
export function addValidations(at: PlanRange, plan: BlockPlan): void {
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
