/** The two assumptions behind "implied revenue": the share rate and Microsoft's payments to OpenAI. */
import { plainCellValue } from "./cell-values";
import { CoreError, coreError, isCoreError, toFifteenDigits } from "./errors";

export interface Assumptions {
  /** Fraction of OpenAI's revenue paid to Microsoft: 20 % = 0.2. */
  readonly shareRate: number;
  /** What Microsoft paid OpenAI in the same period (its share of Bing / Azure OpenAI revenue), bn USD. */
  readonly microsoftPayments: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = Object.freeze({
  shareRate: 0.2,
  microsoftPayments: 0,
});

/**
 * An assumption left out: omitted (null or undefined), an empty cell, or 0. Excel on the web
 * passes an empty cell as null and some desktop builds as 0 (office-js #4702, #5262), and
 * nothing tells them apart; a rate of 0 means nothing, so both mean "the default".
 */
export const isOmittedAssumption = (x: unknown): boolean =>
  x === null || x === undefined || x === "" || x === 0;

const asPlain = (x: unknown): unknown =>
  typeof x === "object" && x !== null ? plainCellValue(x) : x;

/** The largest rate read as a percentage typed without the % sign (20 for 20 %). */
export const PERCENT_TYPO_LIMIT = 100;

export function checkShareRate(input: unknown): number | CoreError {
  const rate = asPlain(input);
  if (isCoreError(rate)) return rate;
  if (isOmittedAssumption(rate)) return DEFAULT_ASSUMPTIONS.shareRate;
  if (typeof rate !== "number" || Number.isNaN(rate)) {
    const asText = typeof rate === "string" ? " This one is text." : "";
    return coreError("value", `The rate must be a number, e.g. 0.2 for 20 %.${asText}`);
  }
  // #NUM! cannot carry a message (custom-functions-runtime ErrorCode), so the likeliest slip,
  // a percentage typed as a whole number, is #VALUE! with the fix.
  if (rate > 1 && rate <= PERCENT_TYPO_LIMIT) {
    return coreError(
      "value",
      `The rate is a fraction: write ${rate} % as ${toFifteenDigits(rate / 100)} (or type ${rate}% with the % sign).`
    );
  }
  if (!(rate > 0 && rate <= 1)) {
    return coreError("num", "The rate must be a fraction above 0 and at most 1 (20 % = 0.2).");
  }
  return rate;
}

export function checkMicrosoftPayments(input: unknown): number | CoreError {
  const payments = asPlain(input);
  if (isCoreError(payments)) return payments;
  if (isOmittedAssumption(payments)) return DEFAULT_ASSUMPTIONS.microsoftPayments;
  if (typeof payments !== "number" || Number.isNaN(payments)) {
    return coreError("value", "Microsoft's payments must be a number in bn USD, e.g. 0.1.");
  }
  if (payments < 0)
    return coreError("num", "Microsoft's payments to OpenAI cannot be negative (bn USD).");
  if (!Number.isFinite(payments))
    return coreError("num", "Microsoft's payments must be a finite number (bn USD).");
  return payments;
}

/** Checks both optional arguments; omitted ones (null, undefined, blank, 0) take the defaults. */
export function checkAssumptions(
  rate: unknown,
  microsoftPayments: unknown
): Assumptions | CoreError {
  const shareRate = checkShareRate(rate);
  if (typeof shareRate !== "number") return shareRate;
  const payments = checkMicrosoftPayments(microsoftPayments);
  if (typeof payments !== "number") return payments;
  return { shareRate, microsoftPayments: payments };
}
