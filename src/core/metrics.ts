/**
 * One definition per metric: its id (by which each language's word file names it), unit, number
 * format and how it is computed from a period's (or one quarter's) published totals and the
 * assumptions.
 */
import { Assumptions } from "./assumptions";
import { CoreError, coreError, excelNumber } from "./errors";
import { PeriodTotals } from "./totals";
import * as say from "./words/en-functions";

// Called for every cell, so held in a constant of this module (see cells.ts).
const rounded = excelNumber;

/** Excel references (A1, structured or names) to a row's inputs, for writing a metric as a formula. */
export interface FormulaRefs {
  readonly inferenceCost: string;
  readonly revenueShare: string;
  readonly shareRate: string;
  readonly microsoftPayments: string;
  /** Where the row's implied revenue already stands, if it does. */
  readonly impliedRevenue?: string;
}

/** Each metric's id: the word files name a metric by it (SheetWords.metrics). */
export type MetricId =
  | "inferenceCost"
  | "revenueShare"
  | "impliedRevenuePublished"
  | "impliedRevenue"
  | "inferenceRatio"
  | "runRate"
  | "breakEvenRate";

/**
 * What a metric counts in: billions of US dollars, or a pure number (a multiple such as the
 * ratio, a fraction such as a rate), which a header shows without a unit.
 */
export type Unit = "bnUsd" | "multiple" | "fraction";

export interface Metric {
  readonly id: MetricId;
  readonly unit: Unit;
  /** Excel number format for cells holding this metric. */
  readonly numberFormat: string;
  compute(totals: PeriodTotals, assumptions: Assumptions): number | CoreError;
  /** The same computation as an Excel formula (without the "="), for metrics the sheet computes. */
  formula?(refs: FormulaRefs): string;
}

/** A metric's header: its name and, for an amount, the unit ("Inference cost (bn USD)"). */
export const nameWithUnit = (name: string, unit: Unit, bnUsd: string): string =>
  unit === "bnUsd" ? `${name} (${bnUsd})` : name;

/** Excel's number formats, typed here only: the sheet, the card and the checks take them from here. */
export const BN_FORMAT = "0.000";
/** A share rate (the assumption, the break-even rate) as a percentage. */
export const RATE_FORMAT = "0.0%";
/** The Checks' figures: four decimals, one more than the published ones, so a gap of 0.0005 shows. */
export const CHECK_FORMAT = "0.0000";
/** The Checks' gaps, signed; a zero gap gets the same four decimals, so that every gap lines up. */
export const GAP_FORMAT = "+0.0000;-0.0000;0.0000";

/** The decimals a number format above shows: "0.000" three, '0.00"×"' two, "0.0%" one. */
export const decimalsOf = (numberFormat: string): number =>
  /\.(0+)/.exec(numberFormat)?.[1].length ?? 0;

/**
 * A number as a format above shows it, where Excel does not render it (the card's text
 * fallback): "0.000" gives "2.055", "0.0%" "20.0%", '0.00"×"' "1.78×"; the separator is the
 * language's.
 */
export function formatNumber(value: number, numberFormat: string, decimalSeparator: string) {
  const percent = numberFormat.includes("%");
  const suffix = /"([^"]*)"/.exec(numberFormat)?.[1] ?? "";
  const digits = (percent ? value * 100 : value).toFixed(decimalsOf(numberFormat));
  return `${digits.replace(".", decimalSeparator)}${percent ? "%" : ""}${suffix}`;
}

const negativeGross = coreError("num", say.grossNegative);

/** Share + Microsoft's payments cannot be negative: one rule for the functions and the sheet. */
export const GROSS_SHARE_RULE = {
  breaks: (gross: number) => gross < 0,
  excel: (gross: string) => `${gross}<0`,
  error: negativeGross,
};

/** (share + Microsoft's payments) / rate: the revenue that a share of that size implies. */
export function impliedRevenueFromShare(
  share: number,
  assumptions: Assumptions
): number | CoreError {
  const gross = share + assumptions.microsoftPayments;
  if (GROSS_SHARE_RULE.breaks(gross)) return GROSS_SHARE_RULE.error;
  return rounded(gross / assumptions.shareRate, say.resultImpliedRevenue);
}

export const inferenceCost: Metric = {
  id: "inferenceCost",
  unit: "bnUsd",
  numberFormat: BN_FORMAT,
  compute: (t) => t.inferenceCost,
};

export const revenueShare: Metric = {
  id: "revenueShare",
  unit: "bnUsd",
  numberFormat: BN_FORMAT,
  compute: (t) => t.revenueShare,
};

/** The implied revenue as the Financial Times published it (about 5 × the share): a published figure. */
export const impliedRevenuePublished: Metric = {
  id: "impliedRevenuePublished",
  unit: "bnUsd",
  numberFormat: BN_FORMAT,
  compute: (t) => t.impliedRevenuePublished,
};

export const impliedRevenue: Metric = {
  id: "impliedRevenue",
  unit: "bnUsd",
  numberFormat: BN_FORMAT,
  compute: (t, a) => impliedRevenueFromShare(t.revenueShare, a),
  // The guard, then the arithmetic: #NUM! where the functions give #NUM!.
  formula: (r) => {
    const gross = `${r.revenueShare}+${r.microsoftPayments}`;
    return `IF(${GROSS_SHARE_RULE.excel(gross)},#NUM!,(${gross})/${r.shareRate})`;
  },
};

export const inferenceRatio: Metric = {
  id: "inferenceRatio",
  unit: "multiple",
  numberFormat: '0.00"×"',
  compute: (t, a) => {
    const revenue = impliedRevenue.compute(t, a);
    if (typeof revenue !== "number") return revenue;
    if (revenue === 0) return coreError("num", say.ratioOfZero);
    return rounded(t.inferenceCost / revenue, say.resultInferenceRatio);
  },
  formula: (r) => `${r.inferenceCost}/${r.impliedRevenue ?? `(${impliedRevenue.formula!(r)})`}`,
};

export const runRate: Metric = {
  id: "runRate",
  unit: "bnUsd",
  numberFormat: BN_FORMAT,
  compute: (t, a) => {
    const revenue = impliedRevenue.compute(t, a);
    if (typeof revenue !== "number") return revenue;
    return rounded((revenue * 4) / t.quarterCount, say.resultRunRate);
  },
};

/** The share rate at which the implied revenue would equal the inference cost: (share + payments) / cost. */
export const breakEvenRate: Metric = {
  id: "breakEvenRate",
  unit: "fraction",
  numberFormat: RATE_FORMAT,
  compute: (t, a) => {
    if (!(t.inferenceCost > 0)) return coreError("num", say.noCostToBreakEven);
    return rounded(
      (t.revenueShare + a.microsoftPayments) / t.inferenceCost,
      say.resultBreakEvenRate
    );
  },
  formula: (r) => `(${r.revenueShare}+${r.microsoftPayments})/${r.inferenceCost}`,
};

/** A claimed revenue for a period, in bn USD: a number above 0. */
export function checkClaimedRevenue(claimedRevenue: unknown): number | CoreError {
  if (claimedRevenue === null || claimedRevenue === undefined || claimedRevenue === "") {
    return coreError("value", say.revenueMissing);
  }
  if (typeof claimedRevenue !== "number" || Number.isNaN(claimedRevenue)) {
    return coreError("value", say.revenueNotNumber);
  }
  if (!(claimedRevenue > 0)) return coreError("num", say.revenueNotPositive);
  return claimedRevenue;
}

/** The share rate at which the period's published share matches a claimed revenue. */
export function impliedRate(t: PeriodTotals, claimedRevenue: number): number | CoreError {
  return rounded(t.revenueShare / claimedRevenue, say.resultImpliedRate);
}
