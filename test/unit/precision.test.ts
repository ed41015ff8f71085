import { toFifteenDigits } from "../../src/core";

/** The reference: Excel's 15 significant digits through decimal text. */
const reference = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(15)));

describe("results to 15 significant digits, as Excel holds them", () => {
  test.each([
    [0.865 / 0.2, 4.325],
    [0.494 / 0.2, 2.47],
    [0.1 + 0.2, 0.3],
    [99999.99999999999, 100000],
    [-0.385 / 0.2, -1.925],
    [1e-8, 1e-8],
    [1.7976931348623157e308, 1.7976931348623157e308],
  ])("%d is %d", (x, expected) => {
    expect(toFifteenDigits(x)).toBe(expected);
  });

  test("-0 becomes 0 (Excel has no negative zero)", () => {
    expect(Object.is(toFifteenDigits(-0), 0)).toBe(true);
  });

  test("agrees with Number(x.toPrecision(15)) on 200,000 numbers across every magnitude", () => {
    let seed = 12345;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const misses: number[] = [];
    for (let i = 0; i < 200_000; i++) {
      const x = (next() * 2 - 1) * 10 ** Math.floor(next() * 40 - 12);
      if (toFifteenDigits(x) !== reference(x)) misses.push(x);
    }
    expect(misses.slice(0, 5)).toEqual([]);
  });

  test("agrees next to every power of ten and at exact ties", () => {
    const misses: number[] = [];
    for (let e = -12; e <= 20; e++) {
      const p = Number(`1e${e}`);
      for (const x of [
        p,
        p * (1 + Number.EPSILON),
        p * (1 - Number.EPSILON / 2),
        9.999999999999995 * p,
        1.000000000000005 * p,
      ]) {
        if (toFifteenDigits(x) !== reference(x)) misses.push(x);
      }
    }
    // Exact ties at the 15th digit: k + 0.5 units, representable when the unit is a power of two.
    for (const x of [0.5, 2.5, 1.25, 123456789012345.5, 1234567890123.125]) {
      if (toFifteenDigits(x) !== reference(x)) misses.push(x);
    }
    expect(misses).toEqual([]);
  });
});
