/** Errors are values in the core; the shells map them once to Excel error codes. */
export type ErrorKind = "value" | "na" | "num";

export interface CoreError {
  readonly error: ErrorKind;
  readonly message: string;
}

export function coreError(error: ErrorKind, message: string): CoreError {
  return { error, message };
}

export function isCoreError(x: unknown): x is CoreError {
  return typeof x === "object" && x !== null && "error" in x && "message" in x;
}

/**
 * A result as Excel holds it: rounded to 15 significant digits, Excel's precision, so that
 * 0.865 / 0.2 is 4.325 (not 4.324999999999999) and ROUND(…, 2) gives 4.33 as it should.
 * Not finite is #NUM!: a result is never NaN or ±Infinity.
 */
export function excelNumber(x: number, what: string): number | CoreError {
  if (!Number.isFinite(x)) return coreError("num", `${what} is too large to represent.`);
  return toFifteenDigits(x);
}

export function toFifteenDigits(x: number): number {
  if (x === 0) return 0;
  const decimals = 14 - Math.floor(Math.log10(Math.abs(x)));
  if (decimals > 22) return x; // below 1e-8 the scale is no longer exact: leave it
  if (decimals > 0) {
    const scale = 10 ** decimals;
    return Math.round(x * scale) / scale;
  }
  const scale = 10 ** -decimals;
  const rounded = Math.round(x / scale) * scale;
  return Number.isFinite(rounded) ? rounded : x; // near Number.MAX_VALUE rounding up would overflow
}
