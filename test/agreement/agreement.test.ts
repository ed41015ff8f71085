/*
 * One truth: the inserted sheet computes what the OAI functions compute, for the inputs users
 * really type into the two orange cells — valid or not — in English and German. Every computed
 * cell of both inserts, evaluated in HyperFormula, equals the function for the same quarter and
 * inputs within 1e-9, or both are errors.
 */
import {
  PAYMENTS_NAME,
  PeriodTotals,
  QUARTERS,
  SENSITIVITY_RATES,
  SHARE_RATE_NAME,
  breakEvenRate,
  buildSensitivityPlan,
  buildSheetPlan,
  checkMicrosoftPayments,
  DEFAULT_ASSUMPTIONS,
  lookupPeriod,
} from "../../src/core";
import { ExcelError, installCustomFunctionsShim } from "../support/excel";
import { evaluateDataset } from "../../test-support/hyperformula";

installCustomFunctionsShim();
const oai =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

type Input = number | string | null;
const RATES: Input[] = [0.2, 0.15, 1, 0, 1.2, -0.2, 20, "abc", "0.2", null];
const PAYMENTS: Input[] = [0, 0.1, -0.05, -0.1, "x", null];
const ALL_QUARTERS = `${QUARTERS[0].label} – ${QUARTERS[QUARTERS.length - 1].label}`;

const isError = (v: unknown) => v instanceof ExcelError || (typeof v === "object" && v !== null);

/** The sheet's cell against the function's answer: equal within 1e-9, or both errors. */
function agree(sheet: unknown, fn: unknown, where: string): string | undefined {
  if (isError(fn) || isError(sheet)) {
    return isError(fn) && isError(sheet)
      ? undefined
      : `${where}: sheet ${JSON.stringify(sheet)}, function ${JSON.stringify(fn)}`;
  }
  return typeof sheet === "number" && typeof fn === "number" && Math.abs(sheet - fn) <= 1e-9
    ? undefined
    : `${where}: sheet ${JSON.stringify(sheet)}, function ${JSON.stringify(fn)}`;
}

const only = (rows: unknown[][]) => rows[0][0];
/** The function's payments for a period of n quarters: the sheet's are per quarter. */
const perPeriod = (p: Input, n: number) => (typeof p === "number" ? p * n : p);

describe.each(["en", "de"] as const)(
  "in %s, the sheet and the functions agree on every input",
  (locale) => {
    const pairs = RATES.flatMap((r) => PAYMENTS.map((p) => [r, p] as const));

    test.each(pairs)("rate %p, payments %p", (rate, payments) => {
      const dataset = buildSheetPlan(DEFAULT_ASSUMPTIONS, locale);
      const sheet = evaluateDataset(dataset);
      sheet.setInput(SHARE_RATE_NAME, rate);
      sheet.setInput(PAYMENTS_NAME, payments);
      const grid = sheet.addGrid(buildSensitivityPlan(locale));
      const problems: (string | undefined)[] = [];
      const { headerRow, totalsRow } = dataset.table;

      QUARTERS.forEach((q, i) => {
        const r = headerRow + 1 + i;
        problems.push(
          agree(
            sheet.value(r, 4),
            only(oai.impliedRevenue([[q.label]], rate as never, payments as never)),
            `E${r + 1}`
          ),
          agree(
            sheet.value(r, 5),
            only(oai.inferenceRatio([[q.label]], rate as never, payments as never)),
            `F${r + 1}`
          )
        );
      });
      const n = QUARTERS.length;
      problems.push(
        agree(
          sheet.value(totalsRow, 4),
          only(
            oai.impliedRevenue([[ALL_QUARTERS]], rate as never, perPeriod(payments, n) as never)
          ),
          "E16 (total)"
        ),
        agree(
          sheet.value(totalsRow, 5),
          only(
            oai.inferenceRatio([[ALL_QUARTERS]], rate as never, perPeriod(payments, n) as never)
          ),
          "F16 (total)"
        )
      );

      // The grid: each rate row and quarter against the function at that rate; break-even too.
      SENSITIVITY_RATES.forEach((gridRate, i) =>
        QUARTERS.forEach((q, j) =>
          problems.push(
            agree(
              grid(4 + i, 1 + j),
              only(oai.inferenceRatio([[q.label]], gridRate, payments as never)),
              `grid ${gridRate} ${q.label}`
            )
          )
        )
      );
      const checkedPayments = checkMicrosoftPayments(payments);
      QUARTERS.forEach((q, j) => {
        const expected =
          typeof checkedPayments === "number"
            ? breakEvenRate.compute(lookupPeriod(q.label) as PeriodTotals, {
                shareRate: 0.2,
                microsoftPayments: checkedPayments,
              })
            : checkedPayments;
        problems.push(
          agree(
            grid(4 + SENSITIVITY_RATES.length, 1 + j),
            typeof expected === "number" ? expected : new ExcelError("#NUM!"),
            `break-even ${q.label}`
          )
        );
      });
      expect(problems.filter(Boolean)).toEqual([]);
    });
  }
);

describe("the guards can fail: without them the sheet shows a plausible wrong number", () => {
  test("a rate of 120 % gives the functions' #VALUE! in the sheet, not 8.52×", () => {
    const dataset = buildSheetPlan(DEFAULT_ASSUMPTIONS);
    const sheet = evaluateDataset(dataset);
    sheet.setInput(SHARE_RATE_NAME, 1.2);
    const ratio = sheet.value(dataset.table.headerRow + 1, 5);
    expect(isError(ratio)).toBe(true);
    expect(isError(only(oai.inferenceRatio([["Q1 2024"]], 1.2)))).toBe(true);
  });

  test("an empty rate cell gives the 20 % default in the sheet, as in the functions", () => {
    const dataset = buildSheetPlan(DEFAULT_ASSUMPTIONS);
    const sheet = evaluateDataset(dataset);
    sheet.setInput(SHARE_RATE_NAME, null);
    expect(sheet.value(dataset.table.headerRow + 1, 4)).toBeCloseTo(0.385, 12);
  });
});

describe("OAI.DATASET and the inserted sheet", () => {
  test("name the published columns alike and hold the same figures", () => {
    const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS, "en");
    const [header, ...rows] = oai.dataset() as unknown[][];
    expect(header).toEqual(plan.table.headers.slice(0, header.length));
    const sheet = evaluateDataset(plan);
    rows.forEach((row, i) =>
      row.forEach((value, col) =>
        expect([i, col, sheet.value(plan.table.headerRow + 1 + i, col)]).toEqual([i, col, value])
      )
    );
  });
});

describe("a published share the user edited", () => {
  test.each([-0.5, -0.05, 0.3])(
    "share %p in C9: the sheet's implied revenue agrees with OAI.IMPLIEDREVENUE(share)",
    (share) => {
      const dataset = buildSheetPlan(DEFAULT_ASSUMPTIONS);
      const sheet = evaluateDataset(dataset);
      const row = dataset.table.headerRow + 1;
      sheet.hf.setCellContents({ sheet: sheet.sheet, row, col: 2 }, share);
      sheet.setInput(PAYMENTS_NAME, 0.1);
      expect(
        agree(sheet.value(row, 4), only(oai.impliedRevenue([[share]], 0.2, 0.1)), "E9")
      ).toBeUndefined();
    }
  );
});
