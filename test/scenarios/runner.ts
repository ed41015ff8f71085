/*
 * Runs the function cases in a workbook: writes each case's input cells on a scratch sheet,
 * enters its formula, reads what the cells show and compares. The same code runs against the
 * Excel fake (Jest, and chromium through office-addin-test-server) and inside real Excel
 * (`npm run test:excel`). Self-contained apart from the case table's types.
 */
import type { Expected, FunctionCase } from "./function-cases";

export const SCRATCH_SHEET = "OAI scenario tests";
const FORMULA_COLUMN = 3; // D: right of any case's inputs

export interface CaseResult {
  readonly name: string;
  readonly passed: boolean;
  /** What differed, cell by cell ("D2: expected #N/A, got 1.42"). */
  readonly problems: readonly string[];
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const letter = (col: number) => String.fromCharCode(65 + col);

/** Compares what a result range shows (Range.values and valueTypes) with a case's expectations. */
export function compareResults(
  expected: readonly (readonly Expected[])[],
  values: readonly (readonly unknown[])[],
  valueTypes: readonly (readonly string[])[]
): string[] {
  const problems: string[] = [];
  expected.forEach((row, i) =>
    row.forEach((want, j) => {
      const got = values[i]?.[j];
      const type = valueTypes[i]?.[j];
      const where = `${letter(FORMULA_COLUMN + j)}${i + 1}`;
      let ok: boolean;
      if (typeof want === "number") ok = typeof got === "number" && Math.abs(got - want) <= 1e-9;
      // Range.values reads an error cell as its text ("#N/A") and valueTypes as "Error".
      else if (typeof want === "object") ok = type === "Error" && got === want.error;
      else ok = got === want && type !== "Error";
      const shown = typeof want === "object" ? want.error : JSON.stringify(want);
      if (!ok) problems.push(`${where}: expected ${shown}, got ${JSON.stringify(got)} (${type})`);
    })
  );
  return problems;
}

/** How often, and how long apart, a range is read again while a cell still shows #BUSY!. */
const SETTLE_TRIES = 50;
const SETTLE_MS = 100;

/**
 * Loads a range's values until no cell shows #BUSY! (an async function, such as OAI.CARD, still
 * computing), or the tries run out.
 */
async function settled(context: Excel.RequestContext, range: Excel.Range): Promise<Excel.Range> {
  for (let i = 0; ; i++) {
    range.load("values, valueTypes");
    // Polling on purpose: each read must see what Excel has computed since the last one.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const busy = range.values.some((row) => row.some((v) => v === "#BUSY!"));
    if (!busy || i >= SETTLE_TRIES) return range;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

/**
 * One case in its own `Excel.run`: the input cells are written and let settle (an input may be a
 * formula, such as =OAI.CARD("Q3 2025")), then the formula is written and its result read.
 */
export async function runFunctionCase(run: Run, c: FunctionCase): Promise<CaseResult> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(SCRATCH_SHEET).load("name");
    await context.sync();
    const sheet = existing.isNullObject ? sheets.add(SCRATCH_SHEET) : existing;
    const rows = Math.max(c.inputs.length, c.expected.length);
    const cols = FORMULA_COLUMN + Math.max(...c.expected.map((r) => r.length));
    sheet.getRangeByIndexes(0, 0, rows + 2, cols + 2).clear();
    c.inputs.forEach((row, i) =>
      row.forEach((cell, j) => {
        const range = sheet.getRangeByIndexes(i, j, 1, 1);
        if (typeof cell !== "object") range.values = [[cell]];
        else if ("formula" in cell) range.formulas = [[cell.formula]];
        else if ("json" in cell) range.valuesAsJson = [[cell.json as unknown as Excel.CellValue]];
      })
    );
    const width = Math.max(...c.inputs.map((r) => r.length));
    await settled(context, sheet.getRangeByIndexes(0, 0, c.inputs.length, width));
    const inputs = `A1:${letter(width - 1)}${c.inputs.length}`;
    sheet.getRangeByIndexes(0, FORMULA_COLUMN, 1, 1).formulas = [
      [c.formula.replace("{inputs}", inputs)],
    ];
    const result = await settled(
      context,
      sheet.getRangeByIndexes(0, FORMULA_COLUMN, c.expected.length, c.expected[0].length)
    );
    const problems = compareResults(c.expected, result.values, result.valueTypes);
    return { name: c.name, passed: problems.length === 0, problems };
  });
}

/** Every case in turn; the scratch sheet is removed at the end. */
export async function runFunctionCases(
  run: Run,
  cases: readonly FunctionCase[]
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    try {
      results.push(await runFunctionCase(run, c));
    } catch (error) {
      results.push({ name: c.name, passed: false, problems: [`threw ${String(error)}`] });
    }
  }
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(SCRATCH_SHEET).load("name");
    await context.sync();
    if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  }).catch(() => undefined);
  return results;
}
