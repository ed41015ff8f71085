/*
 * Arguments as Excel really passes them: empty cells as 0 (some desktop builds) or null (the
 * web), input errors in both documented shapes, data-type values, and the slips users make.
 * The function cases run through the Excel fake, which calls the built functions as Excel does,
 * and their messages are checked by calling the functions directly.
 */
import * as fs from "fs";
import * as path from "path";
import { ExcelError, installCustomFunctionsShim, only } from "../support/excel";
import * as say from "../../src/core/words/en-functions";
import {
  ERROR_FORMULAS,
  argumentCell,
  createFakeExcel,
  parametersFromMetadata,
} from "../../test-support/fake-excel";
import { excelRun } from "../../test-support/fixtures";
import { EMPTY, FUNCTION_CASES, InputCell } from "../scenarios/function-cases";
import { runFunctionCases } from "../scenarios/runner";

installCustomFunctionsShim();
const oai =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");
const FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  "OAI.IMPLIEDREVENUE": oai.impliedRevenue as never,
  "OAI.INFERENCERATIO": oai.inferenceRatio as never,
  "OAI.INFERENCECOST": oai.inferenceCost as never,
  "OAI.REVENUESHARE": oai.revenueShare as never,
  "OAI.RUNRATE": oai.runRate as never,
  "OAI.IMPLIEDRATE": oai.impliedRate as never,
  "OAI.SOURCE": oai.source as never,
  "OAI.DATASET": oai.dataset as never,
  "OAI.CARD": oai.card as never,
};
// The parameters as the built functions.json declares them: the fake converts typed ones as Excel does.
const PARAMETERS = parametersFromMetadata(
  JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "dist", "functions.json"), "utf8")),
  "OAI"
);
// A Microsoft 365 Excel, ready: cards (CustomFunctionsRuntime 1.4) with Double numbers (ExcelApi 1.19).
beforeAll(() => {
  const fake = createFakeExcel({
    requirementSets: { CustomFunctionsRuntime: "1.4", ExcelApi: "1.19" },
  });
  (globalThis as Record<string, unknown>).Office = {
    context: { displayLanguage: "en-US", requirements: fake.requirements },
    onReady: () => Promise.resolve({ host: "Excel" }),
  };
});
afterAll(() => delete (globalThis as Record<string, unknown>).Office);

const SHAPES = [
  { emptyCellsAs: null, errorsAs: "ErrorCellValue" },
  { emptyCellsAs: 0, errorsAs: "ErrorCellValue" },
  { emptyCellsAs: null, errorsAs: "CustomFunctions.Error" },
  { emptyCellsAs: 0, errorsAs: "CustomFunctions.Error" },
] as const;

describe.each(SHAPES)(
  "in a workbook: empty cells as $emptyCellsAs, errors as $errorsAs",
  (shape) => {
    test.each(FUNCTION_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
      const fake = createFakeExcel({ ...shape, functions: FUNCTIONS, parameters: PARAMETERS });
      const [result] = await runFunctionCases(excelRun(fake), [c]);
      expect(result.problems).toEqual([]);
      // The scratch sheet is gone afterwards: the runner leaves a user's workbook as it was.
      expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    });
  }
);

/** A case's input cells as the function's first argument, in one of the shapes. */
function asArgument(inputs: readonly (readonly InputCell[])[], shape: (typeof SHAPES)[number]) {
  return inputs.map((row) =>
    row.map((cell) =>
      argumentCell(
        typeof cell !== "object"
          ? { value: cell, formula: null }
          : "empty" in cell
            ? { value: "", formula: null }
            : "formula" in cell
              ? { value: 0, formula: cell.formula, error: ERROR_FORMULAS[cell.formula] }
              : { value: "", formula: null, json: cell.json },
        shape
      )
    )
  );
}

describe.each(SHAPES)("messages, called directly ($emptyCellsAs, $errorsAs)", (shape) => {
  const withMessages = FUNCTION_CASES.filter((c) =>
    c.expected.some((r) => r.some((e) => typeof e === "object" && e.message))
  );
  test.each(withMessages.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const m = /^=OAI\.([A-Z]+)\(\{inputs\}(.*)\)$/.exec(c.formula)!;
    const rest = m[2]
      ? m[2]
          .split(",")
          .slice(1)
          .map((a) => (/^\s*".*"\s*$/.test(a) ? a.trim().slice(1, -1) : Number(a.trim())))
      : [];
    const fn = FUNCTIONS[`OAI.${m[1]}`];
    const out = fn(asArgument(c.inputs, shape), ...rest) as unknown[][];
    c.expected.forEach((row, i) =>
      row.forEach((want, j) => {
        if (typeof want !== "object") return;
        const got = out[i][j] as ExcelError;
        expect(got).toBeInstanceOf(ExcelError);
        expect(got.code).toBe(want.error);
        if (want.message) expect(got.message).toMatch(want.message);
      })
    );
  });
});

describe("the empty-cell rule, one workbook on every platform", () => {
  const desktop = { emptyCellsAs: 0, errorsAs: "ErrorCellValue" } as const;
  const web = { emptyCellsAs: null, errorsAs: "ErrorCellValue" } as const;
  const column = [["Q3 2025"], [EMPTY], [EMPTY], ["2024"]];

  test("a whole column with empty cells gives blanks, not 1,048,569 #VALUE! cells", () => {
    for (const shape of [desktop, web]) {
      const out = oai.inferenceRatio(asArgument(column, shape) as never) as unknown[][];
      expect(out.map((r) => r[0])).toEqual([1.77518248175182, "", "", 1.5251012145749]);
    }
  });

  test("an empty rate or payments cell (0 or null) means 20 % and 0 on both", () => {
    for (const empty of [0, null, undefined]) {
      expect(only(oai.inferenceRatio([["Q3 2025"]], empty as never, empty as never))).toBe(
        1.77518248175182
      );
      expect(only(oai.impliedRevenue([[0.411]], empty as never, empty as never))).toBe(2.055);
    }
  });

  test("a share of 0 is a blank, as an empty share cell is", () => {
    expect(oai.impliedRevenue([[0], [null], [0.411]], 0.2, 0.1)).toEqual([[""], [""], [2.555]]);
  });
});

describe("slips a user makes", () => {
  test.each([
    [20, 0.2],
    [15, 0.15],
    [100, 1],
    [7, 0.07],
  ])("a rate of %p is #VALUE! with the fix: write it as %p", (rate, fraction) => {
    const e = only(oai.inferenceRatio([["Q3 2025"]], rate)) as ExcelError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(say.ratePercent(rate, fraction));
    expect(e.message).toContain(`write ${rate} % as ${fraction} `);
  });

  test.each([100.5, 1000, -0.2])("a rate of %p is #NUM!", (rate) => {
    expect((only(oai.inferenceRatio([["Q3 2025"]], rate)) as ExcelError).code).toBe("#NUM!");
  });

  test.each(["0.411", " 0,411 ", "1e-1", ".5"])(
    "the share %j as text says it is a number stored as text",
    (text) => {
      const e = only(oai.impliedRevenue([[text]])) as ExcelError;
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toBe(say.numberAsText(text.trim()));
    }
  );

  test('"2024" as text stays the year 2024, and "2023" stays #N/A', () => {
    expect(only(oai.impliedRevenue([["2024"]]))).toBe(2.47);
    expect((only(oai.impliedRevenue([["2023"]])) as ExcelError).code).toBe("#N/A");
  });

  test("a rate given as text says it is text", () => {
    const e = only(oai.inferenceRatio([["Q3 2025"]], "0.2" as never)) as ExcelError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(say.isText(say.rateNotNumber));
  });
});

describe("input errors and data types, each shape", () => {
  test.each([
    [{ code: "#REF!" }, "#VALUE!", say.inputError("#REF!")],
    [{ type: "Error", errorType: "Spill" }, "#VALUE!", say.inputError("#SPILL!")],
    [{ type: "Error", basicValue: "#NULL!", errorType: "Null" }, "#NULL!", undefined],
    [{ type: "LinkedEntity", text: "Microsoft" }, "#VALUE!", say.notPlain(say.dataTypeLinked)],
    [{ type: "WebImage", address: "https://x" }, "#VALUE!", say.notPlain(say.dataTypeImage)],
    [{ some: "object" }, "#VALUE!", say.notPlain(say.dataTypeOther)],
  ])("%j comes out as %s", (input, code, message) => {
    const e = only(oai.inferenceCost([[input]])) as ExcelError;
    expect(e.code).toBe(code);
    if (message) expect(e.message).toBe(message);
    else expect(e.message).toBeUndefined(); // #NULL! takes no message
  });

  test("formatted numbers in both documented shapes are their number", () => {
    for (const type of ["Double", "FormattedNumber"]) {
      expect(only(oai.impliedRevenue([[{ type, basicValue: 0.411, numberFormat: "0.0" }]]))).toBe(
        2.055
      );
    }
    expect(only(oai.inferenceCost([[{ type: "String", basicValue: "2024" }]]))).toBe(3.767);
  });
});

describe("the insert scenarios of npm run test:excel, against the fake", () => {
  test("each passes, and the workbook is left as it was", async () => {
    const { INSERT_CASES, runInsertCases } = require("../scenarios/insert-cases");
    const { runInsert } = require("../../src/taskpane/workbook-writer");
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    const before = fake.state.snapshot();
    const results = await runInsertCases(excelRun(fake), runInsert);
    expect(results).toHaveLength(INSERT_CASES.length);
    for (const r of results) expect(r).toMatchObject({ passed: true, problems: [] });
    expect(fake.state.snapshot()).toBe(before);
  });
});
