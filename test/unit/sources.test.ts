import {
  Check,
  DATA_VERSION,
  DEFAULT_ASSUMPTIONS,
  REPORTED_TOTALS,
  breakEvenRate,
  lookupPeriod,
  outletSpreads,
  quarterChecks,
  totalChecks,
  COVERAGE,
  PeriodTotals,
  SHEET_TEXTS,
} from "../../src/core";
import { ExcelError, installCustomFunctionsShim, only } from "../support/excel";
import { AFTER_LAST_QUARTER, INCOMPLETE_YEAR, LATEST_YEAR_TO_DATE } from "../support/data";
import * as say from "../../src/core/words/en-data";

installCustomFunctionsShim();

const oai =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

describe("OAI.SOURCE", () => {
  test("names the sources of all three figures and that they are unconfirmed", () => {
    const text = only(oai.source([["Q3 2025"]])) as string;
    expect(text).toMatch(
      /^Inference cost: Ed Zitron, citing internal documents; also TechCrunch and The Register\./
    );
    expect(text).toMatch(/Microsoft's revenue share: Ed Zitron/);
    expect(text).toMatch(/Implied revenue: derived.*Financial Times.*minimum/);
    expect(text).toMatch(
      /Unconfirmed by OpenAI and Microsoft\. Microsoft to the FT: "the numbers aren't quite right"\. /
    );
    // Which data answered: the data file's version and date, as the pane's footer shows them.
    expect(text.endsWith(` Data version ${DATA_VERSION.version} of ${DATA_VERSION.date}.`)).toBe(
      true
    );
    expect(DATA_VERSION.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(DATA_VERSION.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("for a period some outlets report, gives each outlet's figure", () => {
    expect(only(oai.source([["2024"]], "inference"))).toBe(
      "Inference cost: Ed Zitron, citing internal documents; also TechCrunch and The Register. " +
        "Reported for 2024: 3.77 bn (Ed Zitron), ~3.8 bn (TechCrunch), 3.7 bn (The Register). " +
        'Unconfirmed by OpenAI and Microsoft. Microsoft to the FT: "the numbers aren\'t quite right". ' +
        `Data version ${DATA_VERSION.version} of ${DATA_VERSION.date}.`
    );
    expect(only(oai.source([["9M 2025"]], "share"))).toMatch(
      /865\.9 M \(Ed Zitron, The Decoder\), 865\.8 M \(TechCrunch\)/
    );
  });

  test("field is case- and space-insensitive; a wrong field is #VALUE! for every cell", () => {
    expect(only(oai.source([["2024"]], " Revenue "))).toMatch(/^Implied revenue/);
    const out = oai.source([["2024", "Q1 2024"]], "cost");
    for (const cell of out[0])
      expect(cell).toEqual(
        new ExcelError(
          "#VALUE!",
          'The field must be "inference", "share" or "revenue" (or left out for all).'
        )
      );
  });

  test("errors and blanks as for the other functions; a range gives a range", () => {
    const out = oai.source([[AFTER_LAST_QUARTER], ["nope"], [null]]);
    expect((out[0][0] as ExcelError).code).toBe("#N/A");
    expect((out[1][0] as ExcelError).code).toBe("#VALUE!");
    expect(out[2][0]).toBe("");
  });
});

describe("what the functions say about the data: the catalogue's messages, exactly", () => {
  test("a period outside the data, wholly or in part, is #N/A naming what the data cover", () => {
    expect(lookupPeriod(AFTER_LAST_QUARTER)).toEqual({
      error: "na",
      message: say.notCovered(AFTER_LAST_QUARTER, COVERAGE, LATEST_YEAR_TO_DATE),
    });
    expect(lookupPeriod(INCOMPLETE_YEAR)).toEqual({
      error: "na",
      message: say.partlyCovered(INCOMPLETE_YEAR, COVERAGE, LATEST_YEAR_TO_DATE),
    });
    expect(say.notCovered("Q4 2025", "Q1 2024 – Q3 2025", "9M 2025")).toBe(
      "No leaked figures for Q4 2025: the data cover Q1 2024 – Q3 2025 (latest year to date: 9M 2025)."
    );
    expect(say.partlyCovered("2025", "Q1 2024 – Q3 2025", "9M 2025")).toBe(
      "The leak does not cover all of 2025: the data cover Q1 2024 – Q3 2025 (latest year to date: 9M 2025)."
    );
  });

  test("TRUE, FALSE and other values are no period, with an example", () => {
    expect(lookupPeriod(true)).toEqual({
      error: "value",
      message: 'TRUE is not a period. Try "Q3 2025" or a date.',
    });
    expect(lookupPeriod(false)).toEqual({
      error: "value",
      message: 'FALSE is not a period. Try "Q3 2025" or a date.',
    });
    expect(lookupPeriod({})).toEqual({
      error: "value",
      message: 'This value is not a period. Try "Q3 2025" or a date.',
    });
  });
});

describe("reconciliation: the article's totals against the published quarters", () => {
  const checks = totalChecks();

  // Named as the sheet names them.
  const name = (c: Check) => SHEET_TEXTS.en.checkName(c);

  test("covers each total the article states", () => {
    expect(checks.map(name)).toEqual([
      "Microsoft revenue share, 2024: article against the sum of the quarters",
      "Microsoft revenue share, 9M 2025: article against the sum of the quarters",
      "Implied revenue, published, 2024: article against the sum of the quarters",
      "Implied revenue, published, 9M 2025: article against the sum of the quarters",
      "Inference cost, 2024: article against the sum of the quarters",
      "Inference cost, 9M 2025: article against the sum of the quarters",
    ]);
  });

  test.each([
    ["share", "2024", 0.4938, 0.494, 0.0002],
    ["share", "9M 2025", 0.8659, 0.865, -0.0009],
    ["revenue", "2024", 2.47, 2.47, 0],
    ["revenue", "9M 2025", 4.33, 4.33, 0],
    ["inference", "2024", 3.77, 3.767, -0.003],
    ["inference", "9M 2025", 8.67, 8.67, 0],
  ])(
    "%s, %s: stated %d, quarters sum to %d, gap %d, within rounding",
    (field, period, stated, computed, gap) => {
      const c = checks.find(
        (x) =>
          x.subject.kind === "total" && x.subject.field === field && x.subject.period === period
      )!;
      expect(c).toMatchObject({ stated, computed, gap, withinRounding: true });
    }
  );

  test("every quarter's published implied revenue is 5 × its share within rounding, gaps shown", () => {
    const q = quarterChecks();
    // The article's seven quarters (a later quarter has its own gap).
    expect(q.slice(0, 7).map((c) => c.gap)).toEqual([
      -0.002, 0.002, -0.001, 0.001, -0.002, -0.002, -0.001,
    ]);
    expect(q.every((c) => c.withinRounding && c.allowance === 0.003)).toBe(true);
  });

  test("a gap beyond rounding would be flagged, not fixed", () => {
    // The same rule applied to another outlet's figure: The Register's 3.7 bn for 2024 is off by more.
    const register = REPORTED_TOTALS.find((t) => t.field === "inference" && t.period === "2024")!
      .figures[2];
    const allowance = 0.5 * 10 ** -2 + 4 * 0.0005;
    expect(Math.abs(3.767 - register.value)).toBeGreaterThan(allowance);
  });

  test("the outlets' spreads: 865.8–865.9 M, 3.7–3.8 bn, 8.65–8.7 bn", () => {
    expect(outletSpreads().map((s) => [s.field, s.period, s.low.as, s.high.as])).toEqual([
      ["share", "9M 2025", "865.8 M", "865.9 M"],
      ["inference", "2024", "3.7 bn", "~3.8 bn"],
      ["inference", "9M 2025", "~8.65 bn", "8.7 bn"],
    ]);
  });
});

describe("the break-even share rate", () => {
  test("is the rate at which implied revenue equals the inference cost", () => {
    const q3 = lookupPeriod("Q3 2025") as PeriodTotals;
    const rate = breakEvenRate.compute(q3, DEFAULT_ASSUMPTIONS) as number;
    expect(rate).toBe(0.112664473684211); // 0.411 / 3.648, to 15 digits
    expect(breakEvenRate.compute(q3, { shareRate: 0.2, microsoftPayments: 0.1 })).toBeCloseTo(
      0.511 / 3.648,
      14
    );
  });
});
