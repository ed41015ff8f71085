/*
 * The inserted blocks in a real spreadsheet engine (HyperFormula): the plan's formulas with
 * structured references rewritten to A1 references (the table sits where the plan puts it) and
 * the add-in's names defined as the writer defines them, so the engine evaluates exactly what
 * the writer writes.
 */
import { HyperFormula } from "hyperformula";
import { BlockPlan, SheetPlan, TABLE_NAME, columnLetter } from "../src/core";

export const LEAK_SHEET = "Leak";
export const GRID_SHEET = "Grid";

/** A column name inside a structured reference: any character but [ ] ', or ' and the one it escapes. */
const COLUMN = String.raw`((?:[^\[\]']|'.)+)`;
const unescapeColumn = (name: string) => name.replace(/'(.)/g, "$1");

/** Structured references to the dataset's table as A1 references on the Leak sheet. */
export function structuredToA1(dataset: SheetPlan, formula: string, row: number): string {
  const { headers, headerRow, bodyRows, totalsRow } = dataset.table;
  const letter = (escaped: string) => {
    const header = unescapeColumn(escaped);
    const c = headers.indexOf(header);
    if (c < 0) throw new Error(`Unknown column [${header}] in ${formula}`);
    return columnLetter(c);
  };
  const body = (h: string) =>
    `${LEAK_SHEET}!$${letter(h)}$${headerRow + 2}:$${letter(h)}$${headerRow + 1 + bodyRows}`;
  const a1 = formula
    .replace(new RegExp(`\\[@\\[${COLUMN}\\]\\]`, "g"), (_, h) => `${letter(h)}${row + 1}`)
    .replace(
      new RegExp(`${TABLE_NAME}\\[\\[#Totals\\],\\[${COLUMN}\\]\\]`, "g"),
      (_, h) => `${LEAK_SHEET}!$${letter(h)}$${totalsRow + 1}`
    )
    .replace(
      new RegExp(`SUBTOTAL\\(109,\\[\\[${COLUMN}\\]\\]\\)`, "g"),
      (_, h) => `SUM(${body(h)})`
    )
    .replace(new RegExp(`${TABLE_NAME}\\[\\[${COLUMN}\\]\\]`, "g"), (_, h) => body(h));
  if (/(?<![RC])\[/.test(a1)) throw new Error(`A structured reference was left: ${a1}`);
  return a1;
}

/** R1C1 references (the grid's) as A1 references from the cell (row, col). */
function r1c1ToA1(formula: string, row: number, col: number): string {
  return formula.replace(
    /(?<![A-Za-z_\d])R(?:\[(-?\d+)\])?C(?:\[(-?\d+)\])?(?![A-Za-z_\d(])/g,
    (_, dr, dc) => `${columnLetter(col + Number(dc ?? 0))}${row + Number(dr ?? 0) + 1}`
  );
}

function contents(
  plan: BlockPlan,
  formula: (f: string, row: number, col: number, r1c1: boolean) => string
) {
  const grid = Array.from({ length: plan.rows }, () =>
    Array<string | number | null>(plan.cols).fill(null)
  );
  for (const c of plan.cells) {
    grid[c.row][c.col] =
      typeof c.content === "string" && c.content.startsWith("=")
        ? `=${formula(c.content.slice(1), c.row, c.col, c.r1c1 === true)}`
        : c.content;
  }
  return grid;
}

export interface Evaluated {
  readonly hf: HyperFormula;
  readonly sheet: number;
  /** A cell of the dataset block: a number, text, or an error object with `.value` "#NUM!". */
  value(row: number, col: number): unknown;
  /** Puts what a user types into a named input cell (text as text, null for empty). */
  setInput(name: string, content: number | string | null): void;
  /** Adds the sensitivity grid on its own sheet; returns its cells. */
  addGrid(grid: BlockPlan): (row: number, col: number) => unknown;
}

export function evaluateDataset(dataset: SheetPlan): Evaluated {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
  hf.addSheet(LEAK_SHEET);
  const sheet = hf.getSheetId(LEAK_SHEET)!;
  for (const n of dataset.names)
    hf.addNamedExpression(n.name, `=${LEAK_SHEET}!$${columnLetter(n.col)}$${n.row + 1}`);
  for (const n of dataset.formulaNames) hf.addNamedExpression(n.name, n.formula);
  hf.setSheetContent(
    sheet,
    contents(dataset, (f, row, col, r1c1) => {
      const a1 = structuredToA1(dataset, f, row);
      return r1c1 ? r1c1ToA1(a1, row, col) : a1;
    })
  );
  return {
    hf,
    sheet,
    value: (row, col) => hf.getCellValue({ sheet, row, col }),
    setInput(name, content) {
      const n = dataset.names.find((x) => x.name === name)!;
      // An apostrophe keeps "0.2" as text, as a CSV paste leaves it.
      const typed = typeof content === "string" ? `'${content}` : content;
      hf.setCellContents({ sheet, row: n.row, col: n.col }, typed);
    },
    addGrid(grid) {
      hf.addSheet(GRID_SHEET);
      const gridSheet = hf.getSheetId(GRID_SHEET)!;
      hf.setSheetContent(
        gridSheet,
        contents(grid, (f, row, col) => r1c1ToA1(structuredToA1(dataset, f, row), row, col))
      );
      return (row, col) => hf.getCellValue({ sheet: gridSheet, row, col });
    },
  };
}

/** A cell as Excel would show it: a number or text, or an error ("#VALUE!"). */
export interface ShownCell {
  readonly row: number;
  readonly col: number;
  readonly value: number | string;
  readonly error?: string;
}

/**
 * What Excel shows in the table's computed columns (E, F, body and totals) after the user's
 * edits: HyperFormula evaluates the same formulas. For the fake, which does not calculate.
 */
export function shownComputedCells(
  dataset: SheetPlan,
  edits: readonly { row: number; col: number; value: number | string }[]
): ShownCell[] {
  const sheet = evaluateDataset(dataset);
  for (const e of edits)
    sheet.hf.setCellContents({ sheet: sheet.sheet, row: e.row, col: e.col }, e.value);
  const out: ShownCell[] = [];
  for (let row = dataset.table.headerRow + 1; row <= dataset.table.totalsRow; row++) {
    for (const col of [4, 5]) {
      if (edits.some((e) => e.row === row && e.col === col)) continue; // the user's own value
      const v = sheet.value(row, col) as number | { value: string };
      out.push(
        typeof v === "object"
          ? { row, col, value: v.value, error: v.value }
          : { row, col, value: v }
      );
    }
  }
  return out;
}
