/*
 * Every OAI function under anything Excel can pass: property-based, CASES_PER_FUNCTION cases
 * each. A result cell is a finite number, a blank, text, or an Excel error with a documented
 * code (and, where Excel shows one, a one-line message); nothing throws; a range in gives the
 * same shape out.
 */
import * as fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { EXPORT_NAMES, ExcelError, installCustomFunctionsShim, registered } from "../support/excel";
import { QUARTERS } from "../../src/core";
import { CASES_PER_FUNCTION, FULL_COLUMN_ROWS, SEED } from "../../test-support/reliability/config";

installCustomFunctionsShim();

// The shipped bundle, as Excel runs it: dist/functions.js evaluated as a script in this scope
// (npm test builds it first), registering each function through the CustomFunctions shim.
new Function(
  fs.readFileSync(path.resolve(__dirname, "..", "..", "dist", "functions.js"), "utf8")
)();
const oai = Object.fromEntries(
  Object.entries(EXPORT_NAMES).map(([id, name]) => [name, registered.get(id)])
) as Record<string, (...args: unknown[]) => unknown[][]>;

const DOCUMENTED_CODES = new Set(["#VALUE!", "#N/A", "#NUM!"]);

// What a cell can hold, as Excel passes it to a custom function.
const excelNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.integer({ min: 1890, max: 2110 }),
  fc.constantFrom(
    -0,
    0,
    1,
    0.2,
    1e308,
    -1e308,
    5e-324,
    -5e-324,
    36525,
    36526,
    45900,
    45931,
    2958465,
    2958466
  )
);
const periodLike = fc.constantFrom(
  "Q3 2025",
  "q1-24",
  "3Q25",
  "2025Q3",
  "H1 2025",
  "1H25",
  "2024",
  "CY2024",
  "9M 2025",
  "Q1 2024 – Q3 2025",
  "Q1-Q3 2025",
  "Q4 2025",
  "2025",
  "FY2026",
  "Q3 2025 – Q1 2024",
  "Ｑ３ ２０２５",
  "２０２４"
);
const excelText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary", maxLength: 40 }),
  periodLike,
  fc.constantFrom(
    "",
    " ",
    "   ",
    "\t",
    "\n",
    "=1+1",
    "#N/A",
    "TRUE",
    "1e308",
    "NaN",
    "Infinity",
    "x".repeat(32767),
    "Q3 2025 ".repeat(4000)
  )
);
const cell = fc.oneof(
  { arbitrary: excelNumber, weight: 4 },
  { arbitrary: excelText, weight: 4 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined), weight: 1 }
);

/** Small ranges mostly; now and then a large one (up to 1,000 × 20) tiled from a few cells. */
const range = fc.oneof(
  {
    arbitrary: fc.integer({ min: 1, max: 4 }).chain((cols) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
        minLength: 1,
        maxLength: 4,
      })
    ),
    weight: 97,
  },
  {
    arbitrary: fc
      .record({
        rows: fc.integer({ min: 1, max: 1000 }),
        cols: fc.integer({ min: 1, max: 20 }),
        pool: fc.array(cell, { minLength: 1, maxLength: 30 }),
      })
      .map(({ rows, cols, pool }) =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => pool[(r * cols + c) % pool.length])
        )
      ),
    weight: 3,
  }
);

// Plain checks, not expect(): a case checks up to 20,000 cells, and each expect() call costs a
// captured stack; thrown errors fail the property with the same message.
function checkResult(input: unknown[][], out: unknown[][], sameShape = true): void {
  if (sameShape) {
    if (!Array.isArray(out) || out.length !== input.length) {
      throw new Error(`${input.length} rows in, ${Array.isArray(out) ? out.length : out} out`);
    }
    out.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== input[i].length) {
        throw new Error(`Row ${i}: ${input[i].length} cells in, ${row?.length} out`);
      }
    });
  }
  for (const row of out) {
    for (const v of row) {
      if (typeof v === "number") {
        if (!Number.isFinite(v)) throw new Error(`A result is ${v}`);
      } else if (typeof v !== "string") {
        if (!(v instanceof ExcelError)) throw new Error(`A result is ${String(v)}`);
        if (!DOCUMENTED_CODES.has(v.code)) throw new Error(`Undocumented code ${v.code}`);
        if (v.code === "#NUM!") {
          if (v.message !== undefined) throw new Error("#NUM! cannot carry a message in Excel");
        } else if (!v.message || v.message.includes("\n") || v.message.length > 200) {
          throw new Error(`${v.code} needs a one-line message, got ${JSON.stringify(v.message)}`);
        }
      }
    }
  }
}

const optional = fc.option(cell, { nil: undefined });
const run = (property: fc.IProperty<never> | fc.IAsyncProperty<never>) =>
  fc.assert(property as fc.IProperty<unknown>, { numRuns: CASES_PER_FUNCTION, seed: SEED });

describe(`every OAI function, ${CASES_PER_FUNCTION} generated cases each (seed ${SEED})`, () => {
  test.each(["impliedRevenue", "inferenceRatio", "runRate"])(
    "%s(range, rate, microsoftPayments)",
    (name) => {
      run(
        fc.property(range, optional, optional, (input, rate, payments) => {
          checkResult(input, oai[name](input, rate, payments));
        }) as never
      );
    }
  );

  test.each(["inferenceCost", "revenueShare"])("%s(range)", (name) => {
    run(fc.property(range, (input) => checkResult(input, oai[name](input))) as never);
  });

  test("impliedRate(range, revenue)", () => {
    run(
      fc.property(range, cell, (input, revenue) =>
        checkResult(input, oai.impliedRate(input, revenue))
      ) as never
    );
  });

  test("source(range, field)", () => {
    const field = fc.oneof(
      optional,
      fc.constantFrom("inference", "share", "revenue", " Share ", "cost")
    );
    run(fc.property(range, field, (input, f) => checkResult(input, oai.source(input, f))) as never);
  });

  test("dataset(headers)", () => {
    run(
      fc.property(optional, (headers) => {
        const out = oai.dataset(headers);
        checkResult(out, out, false);
        expect([1, QUARTERS.length, QUARTERS.length + 1]).toContain(out.length);
      }) as never
    );
  });
});

describe("a full column (1,048,576 × 1)", () => {
  const column = Array.from({ length: FULL_COLUMN_ROWS }, (_, i) => [
    ["Q3 2025", "2024", null, "3Q25", 45900, "nope", "Q4 2025", "9M 2025"][i % 8],
  ]);

  test.each(["impliedRevenue", "inferenceRatio"])("through %s keeps its shape", (name) => {
    const out = oai[name](column);
    expect(out).toHaveLength(FULL_COLUMN_ROWS);
    expect(out.every((r) => r.length === 1)).toBe(true);
    expect(out[0][0]).toEqual(expect.any(Number));
    expect(out[2][0]).toBe("");
    expect(out[FULL_COLUMN_ROWS - 1][0]).toEqual(expect.any(Number));
  });
});
