/*
 * A plan's cells as Excel writes them: the plan's rows as 2-D arrays, in its formula style,
 * with the cells it marks R1C1 written on their own.
 */
import { BlockPlan, PlannedCell } from "../core";

/** Cell (row, col) of the plan, `rows` × `cols` large, as an Excel range. */
export type PlanRange = (row: number, col: number, rows?: number, cols?: number) => Excel.Range;

/** Rows × columns of `fill`, with the plan's cells put in by `pick` (undefined leaves `fill`). */
export function grid<T>(
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
export const isTableFormula = (plan: BlockPlan, cell: PlannedCell) =>
  plan.table !== undefined &&
  cell.row > plan.table.headerRow &&
  cell.row <= plan.table.totalsRow &&
  typeof cell.content === "string" &&
  cell.content.startsWith("=");

export function setContents(
  range: Excel.Range,
  plan: BlockPlan,
  contents: (string | number)[][]
): void {
  if (plan.formulaStyle === "R1C1") range.formulasR1C1 = contents;
  else range.formulas = contents;
}

/**
 * Rows [from, to) of the plan, but for the cells `leaveOut` names, in the plan's formula style;
 * the cells the plan marks R1C1 (one rectangle: the Checks) in a write of their own. No cell is
 * written twice, so a batch failing between the writes leaves each cell old or new, never blank.
 */
export function writeRows(
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
