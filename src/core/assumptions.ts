/** The two assumptions behind "implied revenue": the share rate and Microsoft's payments to OpenAI. */
import { CoreError, coreError } from "./errors";

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

const isOmitted = (x: unknown): boolean => x === null || x === undefined || x === "";

export function checkShareRate(rate: unknown): number | CoreError {
  if (isOmitted(rate)) return DEFAULT_ASSUMPTIONS.shareRate;
  if (typeof rate !== "number" || Number.isNaN(rate)) {
    return coreError("value", "The rate must be a number, e.g. 0.2 for 20 %.");
  }
  if (!(rate > 0 && rate <= 1)) {
    const hint = rate > 1 && rate <= 100 ? ` Write ${rate} % as ${rate / 100}.` : "";
    return coreError(
      "num",
      `The rate must be a fraction above 0 and at most 1 (20 % = 0.2).${hint}`
    );
  }
  return rate;
}

export function checkMicrosoftPayments(payments: unknown): number | CoreError {
  if (isOmitted(payments)) return DEFAULT_ASSUMPTIONS.microsoftPayments;
  if (typeof payments !== "number" || Number.isNaN(payments)) {
    return coreError("value", "Microsoft's payments must be a number in bn USD, e.g. 0.1.");
  }
  if (payments < 0)
    return coreError("num", "Microsoft's payments to OpenAI cannot be negative (bn USD).");
  if (!Number.isFinite(payments))
    return coreError("num", "Microsoft's payments must be a finite number (bn USD).");
  return payments;
}

/** Checks both optional arguments; omitted ones (null, undefined, blank) take the defaults. */
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
