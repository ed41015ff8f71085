/**
 * The reconciliation: how the published quarters add up to the totals the article states, and
 * where the outlets differ. Nothing here "fixes" a figure: every check shows the gap and whether
 * rounding to the published digits explains it.
 */
import { QUARTERS } from "./dataset";
import { toFifteenDigits } from "./errors";
import { ARTICLE_TOTALS, Field, OutletFigure, REPORTED_TOTALS, spread } from "./sources";
import { PeriodTotals, lookupPeriod } from "./totals";

/** One reconciliation: a stated figure against the published quarters. */
export interface Check {
  /** What is checked: the sheet and the pane name it in their language from this. */
  readonly subject:
    | { readonly kind: "total"; readonly field: Field; readonly period: string }
    | { readonly kind: "quarter"; readonly quarter: string };
  readonly stated: number;
  readonly computed: number;
  readonly gap: number;
  /** The largest gap rounding to the published digits can explain. */
  readonly allowance: number;
  readonly withinRounding: boolean;
}

const HALF_UNIT = 0.0005; // each published quarterly figure: three decimals of bn USD

// Every figure here has at most four decimals of bn USD (0.1 M): in those units differences are exact.
const IN_TENTHS_OF_A_MILLION = 1e4;
const exactDifference = (a: number, b: number) =>
  (Math.round(a * IN_TENTHS_OF_A_MILLION) - Math.round(b * IN_TENTHS_OF_A_MILLION)) /
  IN_TENTHS_OF_A_MILLION;

function check(
  subject: Check["subject"],
  stated: number,
  computed: number,
  allowance: number
): Check {
  const gap = exactDifference(computed, stated);
  const tolerance = toFifteenDigits(allowance);
  return {
    subject,
    stated,
    computed,
    gap,
    allowance: tolerance,
    withinRounding: Math.abs(gap) <= tolerance,
  };
}

/** The article's totals against the sums of the published quarters (the first outlet's figure). */
export function totalChecks(): Check[] {
  return ARTICLE_TOTALS.map((t) => {
    const totals = lookupPeriod(t.period) as PeriodTotals;
    const computed =
      t.field === "inference"
        ? totals.inferenceCost
        : t.field === "share"
          ? totals.revenueShare
          : totals.impliedRevenuePublished;
    const allowance = 0.5 * 10 ** -t.decimals + totals.quarterCount * HALF_UNIT;
    const subject = { kind: "total" as const, field: t.field, period: t.period };
    return check(subject, t.figures[0].value, computed, allowance);
  });
}

/** Per quarter: the published implied revenue against 5 × the published share. */
export function quarterChecks(): Check[] {
  return QUARTERS.map((q) =>
    // The implied figure and the share are each rounded to ±0.0005; the share counts five times.
    check(
      { kind: "quarter", quarter: q.label },
      q.impliedRevenuePublished,
      toFifteenDigits(5 * q.revenueShare),
      HALF_UNIT + 5 * HALF_UNIT
    )
  );
}

/** The outlets that disagree about a total: the lowest and highest figure. */
export function outletSpreads(): {
  readonly field: Field;
  readonly period: string;
  readonly low: OutletFigure;
  readonly high: OutletFigure;
  readonly all: string;
}[] {
  return REPORTED_TOTALS.filter((t) => t.figures.length > 1).map((t) => {
    const sorted = [...t.figures].sort((a, b) => a.value - b.value);
    return {
      field: t.field,
      period: t.period,
      low: sorted[0],
      high: sorted[sorted.length - 1],
      all: spread(t),
    };
  });
}
