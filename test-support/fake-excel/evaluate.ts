/*
 * Custom-function evaluation: how Excel calls a custom function in a cell's formula and shows
 * its result. Models the calls Microsoft documents for custom functions:
 * - learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration#types
 *   (typed parameters converted before the call; `any` passed as is),
 * - learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors (input errors and
 *   thrown exceptions), custom-functions-dynamic-arrays (results spill), custom-functions-web-reqs
 *   (a Promise result is pending until it settles), and @types/office-js Excel.ErrorCellValue,
 *   Excel.EntityCellValue for the values a cell passes and keeps.
 */
import { columnIndex } from "../../src/core/references";
import { FakeOptions, FakeRichApiError, FakeWorkbookState, Scalar, SheetState, key } from "./state";

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

/**
 * A custom function's formula, evaluated as Excel calls it: a range argument as a 2-D array
 * of its cells (argumentCell), a literal as itself, an omitted argument as null; the result
 * spills from the formula's cell (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays).
 * Assumption: no #SPILL! check; the cases leave room.
 */
export function calculate(
  state: FakeWorkbookState,
  sheet: SheetState,
  row: number,
  col: number,
  formula: string
): void {
  const m = /^=([A-Z][A-Z0-9]*\.[A-Z0-9.]+)\((.*)\)$/i.exec(formula);
  const fn = m && state.functions[m[1].toUpperCase()];
  const at = (r: number, c: number) => {
    const cell = { ...state.cell(sheet, r, c) };
    sheet.cells.set(key(r, c), cell);
    return cell;
  };
  if (!m || !fn) {
    at(row, col).error = "#NAME?";
    return;
  }
  const declared = state.options.parameters?.[m[1].toUpperCase()];
  const converted = splitArguments(m[2]).map((a, i) =>
    convertArgument(argument(state, sheet, a), declared?.[i])
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
    showResult(state, sheet, row, col, [[{ code: "#BUSY!" }]]);
    (result as Promise<unknown>).then(
      (settled) => showResult(state, sheet, row, col, settled),
      () => showResult(state, sheet, row, col, [[{ code: "#VALUE!" }]])
    );
    return;
  }
  showResult(state, sheet, row, col, result);
}

/** A custom function's result in its cell, spilling from it. */
function showResult(
  state: FakeWorkbookState,
  sheet: SheetState,
  row: number,
  col: number,
  result: unknown
): void {
  const at = (r: number, c: number) => {
    const cell = { ...state.cell(sheet, r, c) };
    sheet.cells.set(key(r, c), cell);
    return cell;
  };
  const rows = Array.isArray(result) ? (result as unknown[][]) : [[result]];
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      const cell = at(row + i, col + j);
      if (i || j) cell.formula = null;
      const code = typeof v === "object" && v !== null ? (v as { code?: string }).code : undefined;
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

function argument(state: FakeWorkbookState, sheet: SheetState, text: string): unknown {
  const t = text.trim();
  if (t === "") return null; // an omitted optional argument arrives as null
  if (/^".*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
  if (!Number.isNaN(Number(t))) return Number(t);
  const ref = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(t);
  if (!ref) throw new FakeRichApiError("InvalidArgument", `The fake cannot read ${t}.`);
  const [top, left] = [Number(ref[2]) - 1, columnIndex(ref[1])];
  const [bottom, right] = ref[3] ? [Number(ref[4]) - 1, columnIndex(ref[3])] : [top, left];
  return Array.from({ length: bottom - top + 1 }, (_, i) =>
    Array.from({ length: right - left + 1 }, (_, j) =>
      argumentCell(state.cell(sheet, top + i, left + j), state.options)
    )
  );
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
