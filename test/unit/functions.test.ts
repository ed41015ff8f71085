import { COVERAGE } from "../../src/core";
import {
  AFTER_LAST_QUARTER,
  INCOMPLETE_YEAR,
  LATEST_YEAR_TO_DATE,
  QUARTER_COUNT,
} from "../support/data";
import { ExcelError, installCustomFunctionsShim, only, roundingAllowance } from "../support/excel";
import * as say from "../../src/core/words/en-functions";

installCustomFunctionsShim();
const oai =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

type Fn = (...args: unknown[]) => unknown[][];
const call = (fn: unknown, ...args: unknown[]) => (fn as Fn)(...args);
const one = (fn: unknown, ...args: unknown[]) => only(call(fn, ...args));

/** A message from the catalogue is asserted whole; a pattern only where it is not ours (coverage). */
function expectError(value: unknown, code: string, message?: RegExp | string): void {
  expect(value).toBeInstanceOf(ExcelError);
  const e = value as ExcelError;
  expect(e.code).toBe(code);
  if (code === "#NUM!")
    expect(e.message).toBeUndefined(); // Excel shows no custom text on #NUM!
  else if (typeof message === "string") expect(e.message).toBe(message);
  else expect(e.message).toMatch(message ?? /./);
}

// Per quarter at 20 %: share, implied revenue (5 × share), inference ratio.
const QUARTERS: [string, number, number, number][] = [
  ["Q1 2024", 0.077, 0.385, 0.547 / 0.385],
  ["Q2 2024", 0.11, 0.55, 0.748 / 0.55],
  ["Q3 2024", 0.139, 0.695, 1.005 / 0.695],
  ["Q4 2024", 0.168, 0.84, 1.467 / 0.84],
  ["Q1 2025", 0.206, 1.03, 2.075 / 1.03],
  ["Q2 2025", 0.248, 1.24, 2.947 / 1.24],
  ["Q3 2025", 0.411, 2.055, 3.648 / 2.055],
];

describe("OAI.IMPLIEDREVENUE", () => {
  test.each(QUARTERS)("%s: the published share %d implies %d bn at 20 %%", (q, share, implied) => {
    expect(one(oai.impliedRevenue, [[q]])).toBe(implied);
    expect(one(oai.impliedRevenue, [[share]])).toBe(implied);
  });

  test("2024 implies 2.47 bn and 9M 2025 4.325 bn, as exact decimals", () => {
    expect(one(oai.impliedRevenue, [["2024"]])).toBe(2.47);
    expect(one(oai.impliedRevenue, [["9M 2025"]])).toBe(4.325);
  });

  test("rate and Microsoft's payments change it: (share + payments) / rate", () => {
    expect(one(oai.impliedRevenue, [[0.411]], 0.1)).toBe(4.11);
    expect(one(oai.impliedRevenue, [[0.411]], 0.2, 0.089)).toBe(2.5);
    expect(one(oai.impliedRevenue, [["Q3 2025"]], 0.25, 0.1)).toBe(2.044);
    expect(one(oai.impliedRevenue, [[-0.1]], 0.2, 0.2)).toBe(0.5);
  });

  test("omitted optional arguments (null or undefined) take 20 % and 0", () => {
    expect(one(oai.impliedRevenue, [[0.1]], null, null)).toBe(0.5);
    expect(one(oai.impliedRevenue, [[0.1]], undefined, undefined)).toBe(0.5);
    expect(one(oai.impliedRevenue, [[0.1]])).toBe(0.5);
  });

  test.each([-0.2, 100.5, 5e-324 - 1])("rate %d is #NUM! (outside (0, 1])", (rate) => {
    expectError(one(oai.impliedRevenue, [[0.1]], rate), "#NUM!");
  });

  test.each([
    [1.01, 0.0101],
    [20, 0.2],
  ])("rate %d is #VALUE! reading it as a percentage: %d", (rate, fraction) => {
    expectError(one(oai.impliedRevenue, [[0.1]], rate), "#VALUE!", say.ratePercent(rate, fraction));
  });

  test("rate 0 is an empty rate cell on desktop Excel: the default 20 %", () => {
    expect(one(oai.impliedRevenue, [[0.1]], 0)).toBe(0.5);
  });

  test("rate 1 is allowed: the share would be all of the revenue", () => {
    expect(one(oai.impliedRevenue, [[0.411]], 1)).toBe(0.411);
  });

  test("rate as text is #VALUE!", () => {
    expectError(one(oai.impliedRevenue, [[0.1]], "20%"), "#VALUE!", say.isText(say.rateNotNumber));
    expect(say.rateNotNumber).toMatch(/0\.2/);
  });

  test("negative Microsoft payments are #NUM!", () => {
    expectError(one(oai.impliedRevenue, [[0.1]], 0.2, -0.01), "#NUM!");
  });

  test("a share plus payments below zero is #NUM!", () => {
    expectError(one(oai.impliedRevenue, [[-0.5]], 0.2, 0.1), "#NUM!");
  });

  test("an overflowing result is #NUM!, never Infinity", () => {
    expectError(one(oai.impliedRevenue, [[1e308]], 0.1), "#NUM!");
  });

  test("text that is no period is #VALUE!; a period outside the data is #N/A", () => {
    expectError(one(oai.impliedRevenue, [["abc"]]), "#VALUE!", say.notAPeriod('"abc"'));
    expectError(one(oai.impliedRevenue, [[AFTER_LAST_QUARTER]]), "#N/A", new RegExp(COVERAGE));
    expectError(one(oai.impliedRevenue, [[true]]), "#VALUE!", say.shareNotNumber);
  });

  test("a range in gives the same shape out, blanks stay blank", () => {
    const out = call(oai.impliedRevenue, [
      [0.077, "Q3 2025", null],
      ["", "nope", 0.2],
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]).toHaveLength(3);
    expect(out[0].slice(0, 3)).toEqual([0.385, 2.055, ""]);
    expect(out[1][0]).toBe("");
    expectError(out[1][1], "#VALUE!");
    expect(out[1][2]).toBe(1);
  });

  test("a bad rate fills the whole range with #NUM!", () => {
    const out = call(oai.impliedRevenue, [[0.1], [0.2], [null]], 200);
    expect(out).toHaveLength(3);
    for (const [cell] of out) expectError(cell, "#NUM!");
  });
});

describe("OAI.INFERENCERATIO", () => {
  test.each(QUARTERS)("%s: inference cost / implied revenue", (q, _share, _implied, ratio) => {
    expect(one(oai.inferenceRatio, [[q]])).toBeCloseTo(ratio, 13);
  });

  test("Q3 2025 is 1.775× at 20 %", () => {
    expect(one(oai.inferenceRatio, [["Q3 2025"]])).toBeCloseTo(1.7751824817518, 12);
  });

  test("2024 and 9M 2025 use the summed cost and share", () => {
    expect(one(oai.inferenceRatio, [["2024"]])).toBeCloseTo(3.767 / 2.47, 13);
    expect(one(oai.inferenceRatio, [["9M 2025"]])).toBeCloseTo(8.67 / 4.325, 13);
  });

  test("a date in Q3 2025 gives Q3 2025's ratio", () => {
    expect(one(oai.inferenceRatio, [[45900]])).toBe(one(oai.inferenceRatio, [["Q3 2025"]]));
  });

  test("assumptions move it: a 10 % rate halves it, payments lower it", () => {
    expect(one(oai.inferenceRatio, [["Q3 2025"]], 0.1)).toBeCloseTo(3.648 / 4.11, 13);
    expect(one(oai.inferenceRatio, [["Q3 2025"]], 0.2, 0.1)).toBeCloseTo(3.648 / 2.555, 13);
  });

  test(`${AFTER_LAST_QUARTER} and ${INCOMPLETE_YEAR} are #N/A naming what exists`, () => {
    const coverage = new RegExp(`${COVERAGE}.*${LATEST_YEAR_TO_DATE}`);
    expectError(one(oai.inferenceRatio, [[AFTER_LAST_QUARTER]]), "#N/A", coverage);
    expectError(
      one(oai.inferenceRatio, [[INCOMPLETE_YEAR]]),
      "#N/A",
      new RegExp(LATEST_YEAR_TO_DATE)
    );
    expectError(
      one(oai.inferenceRatio, [[Number(INCOMPLETE_YEAR)]]),
      "#N/A",
      new RegExp(LATEST_YEAR_TO_DATE)
    );
  });

  test("text that is no period is #VALUE! with an example", () => {
    expectError(
      one(oai.inferenceRatio, [["last quarter"]]),
      "#VALUE!",
      say.notAPeriod('"last quarter"')
    );
    expect(say.notAPeriod("x")).toMatch(/"Q3 2025"/);
    expectError(one(oai.inferenceRatio, [[false]]), "#VALUE!");
    expectError(one(oai.inferenceRatio, [[3.5]]), "#VALUE!", say.notYearOrDate(3.5, 1900, 2100));
  });

  test("rate and payment errors", () => {
    expectError(one(oai.inferenceRatio, [["Q3 2025"]], -0.1), "#NUM!");
    expectError(one(oai.inferenceRatio, [["Q3 2025"]], 0.2, -1), "#NUM!");
    expectError(one(oai.inferenceRatio, [["Q3 2025"]], "x"), "#VALUE!");
    expectError(one(oai.inferenceRatio, [["Q3 2025"]], 0.2, "x"), "#VALUE!");
  });

  test("a column of quarters spills a column of ratios", () => {
    const out = call(
      oai.inferenceRatio,
      QUARTERS.map(([q]) => [q])
    );
    expect(out.map((r) => r.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    out.forEach(([ratio], i) => expect(ratio).toBeCloseTo(QUARTERS[i][3], 13));
  });
});

describe("OAI.INFERENCECOST and OAI.REVENUESHARE", () => {
  test.each([
    ["Q1 2024", 0.547, 0.077],
    ["Q3 2025", 3.648, 0.411],
    ["H1 2025", 5.022, 0.454],
    ["2024", 3.767, 0.494],
    ["9M 2025", 8.67, 0.865],
    ["Q1 2024 – Q3 2025", 12.437, 1.359],
  ])("%s: inference cost %d bn, share %d bn, summed exactly", (period, cost, share) => {
    expect(one(oai.inferenceCost, [[period]])).toBe(cost);
    expect(one(oai.revenueShare, [[period]])).toBe(share);
  });

  test("errors and blanks", () => {
    expectError(one(oai.inferenceCost, [[AFTER_LAST_QUARTER]]), "#N/A");
    expectError(one(oai.revenueShare, [["?"]]), "#VALUE!");
    expect(one(oai.inferenceCost, [[null]])).toBe("");
    expect(one(oai.revenueShare, [[""]])).toBe("");
  });
});

describe("the article's totals, reproduced from the quarters within rounding", () => {
  const cases: [string, string, number, number, number, number][] = [
    // [what, period, article figure (bn), its decimals, quarters, multiplier of the quarters' rounding]
    ["share 2024: 493.8 M", "2024", 0.4938, 4, 4, 1],
    ["share Q1–Q3 2025: 865.9 M", "9M 2025", 0.8659, 4, 3, 1],
    ["inference 2024: 3.77 bn", "2024", 3.77, 2, 4, 1],
    ["inference Q1–Q3 2025: 8.67 bn", "9M 2025", 8.67, 2, 3, 1],
    ["implied revenue 2024: 2.47 bn", "2024", 2.47, 2, 4, 5],
    ["implied revenue Q1–Q3 2025: 4.33 bn", "9M 2025", 4.33, 2, 3, 5],
  ];
  test.each(cases)("%s", (what, period, figure, decimals, quarters, multiplier) => {
    const fn = what.startsWith("share")
      ? oai.revenueShare
      : what.startsWith("inference")
        ? oai.inferenceCost
        : oai.impliedRevenue;
    const value = one(fn, [[period]]) as number;
    expect(Math.abs(value - figure)).toBeLessThanOrEqual(
      roundingAllowance(quarters, decimals, multiplier)
    );
  });
});

describe("OAI.RUNRATE", () => {
  test.each([
    ["Q3 2025", 8.22],
    ["H1 2025", 4.54],
    ["2024", 2.47],
    ["9M 2025", 5.766666666666667],
  ])("%s annualises to %d bn", (period, value) => {
    expect(one(oai.runRate, [[period]])).toBeCloseTo(value, 13);
  });

  test("takes the assumptions", () => {
    expect(one(oai.runRate, [["Q3 2025"]], 0.1, 0.089)).toBeCloseTo(20, 12);
    expectError(one(oai.runRate, [["Q3 2025"]], 150), "#NUM!");
    expectError(one(oai.runRate, [[AFTER_LAST_QUARTER]]), "#N/A");
  });
});

describe("OAI.IMPLIEDRATE", () => {
  test("H1 2025 at a claimed 4.3 bn is about 10.6 %", () => {
    const rate = one(oai.impliedRate, [["H1 2025"]], 4.3) as number;
    expect(rate).toBeCloseTo(0.454 / 4.3, 14);
    expect(rate.toFixed(3)).toBe("0.106");
  });

  test("inverts IMPLIEDREVENUE", () => {
    const revenue = one(oai.impliedRevenue, [["2024"]], 0.137) as number;
    expect(one(oai.impliedRate, [["2024"]], revenue)).toBeCloseTo(0.137, 14);
  });

  test.each([0, -4.3])("revenue %d is #NUM!", (revenue) => {
    expectError(one(oai.impliedRate, [["H1 2025"]], revenue), "#NUM!");
  });

  test("a missing or non-number revenue is #VALUE!", () => {
    expectError(one(oai.impliedRate, [["H1 2025"]], null), "#VALUE!", say.revenueMissing);
    expectError(one(oai.impliedRate, [["H1 2025"]], "a lot"), "#VALUE!", say.revenueNotNumber);
  });

  test("a tiny revenue that overflows is #NUM!", () => {
    expectError(one(oai.impliedRate, [["H1 2025"]], 5e-324), "#NUM!");
  });

  test("a range of periods gives a range of rates", () => {
    const out = call(oai.impliedRate, [["H1 2025", "2024", null, AFTER_LAST_QUARTER]], 4);
    expect(out[0][0]).toBeCloseTo(0.1135, 14);
    expect(out[0][1]).toBeCloseTo(0.1235, 14);
    expect(out[0][2]).toBe("");
    expectError(out[0][3], "#N/A");
  });
});

describe("OAI.DATASET", () => {
  test("spills a header row and every quarter of the data", () => {
    const out = call(oai.dataset);
    expect(out).toHaveLength(QUARTER_COUNT + 1);
    // Named as the sheet's table names the same columns: a metric's name and its unit.
    expect(out[0]).toEqual([
      "Quarter",
      "Inference cost (bn USD)",
      "Microsoft revenue share (bn USD)",
      "Implied revenue, published (bn USD)",
    ]);
    expect(out[1]).toEqual(["Q1 2024", 0.547, 0.077, 0.387]);
    expect(out[7]).toEqual(["Q3 2025", 3.648, 0.411, 2.056]);
  });

  test("FALSE drops the header row; null, undefined and TRUE keep it", () => {
    expect(call(oai.dataset, false)).toHaveLength(QUARTER_COUNT);
    expect(call(oai.dataset, 0)).toHaveLength(QUARTER_COUNT);
    expect(call(oai.dataset, null)).toHaveLength(QUARTER_COUNT + 1);
    expect(call(oai.dataset, undefined)).toHaveLength(QUARTER_COUNT + 1);
    expect(call(oai.dataset, true)).toHaveLength(QUARTER_COUNT + 1);
  });

  test("headers as text is #VALUE!", () => {
    expectError(one(oai.dataset, "yes"), "#VALUE!", say.headersNotBoolean);
  });
});

describe("every function, whatever Excel passes", () => {
  const weird = [
    null,
    undefined,
    "",
    " ",
    "Q3 2025",
    45900,
    -0,
    1e308,
    5e-324,
    true,
    false,
    "=1+1",
    "ü",
    {},
    [],
  ];
  const fns = [
    oai.impliedRevenue,
    oai.inferenceRatio,
    oai.inferenceCost,
    oai.revenueShare,
    oai.runRate,
  ];
  test("never throws and never returns NaN or Infinity", () => {
    for (const fn of fns) {
      for (const cell of weird) {
        for (const extra of [undefined, null, 0.2, 0, "x", true, -1]) {
          const out = call(fn, [[cell, cell]], extra, extra);
          expect(out).toHaveLength(1);
          expect(out[0]).toHaveLength(2);
          for (const v of out[0]) {
            if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
            else if (typeof v !== "string") expect(v).toBeInstanceOf(ExcelError);
          }
        }
      }
    }
  });
});

describe("results at the edges of floating point", () => {
  test("a result just below the largest double stays finite after rounding to 15 digits", () => {
    const v = one(oai.impliedRevenue, [[5e-324]], 1, 1.7976931348623147e308) as number;
    expect(Number.isFinite(v)).toBe(true);
  });
});
