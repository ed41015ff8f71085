/**
 * The dataset at given assumptions, quarter by quarter and in total: what the task pane shows
 * and what the inserted table's formula columns compute.
 */
import { Assumptions } from "./assumptions";
import { QUARTERS } from "./dataset";
import { CoreError } from "./errors";
import { impliedRevenue, inferenceRatio } from "./metrics";
import { COVERAGE, PeriodTotals, totalsOf } from "./totals";

export interface ComputedRow {
  readonly label: string;
  readonly inferenceCost: number;
  readonly revenueShare: number;
  readonly impliedRevenuePublished: number;
  readonly impliedRevenue: number | CoreError;
  readonly inferenceRatio: number | CoreError;
}

export interface ComputedTable {
  readonly rows: readonly ComputedRow[];
  /** Sums, and for the ratio the ratio of the sums. Payments count once per quarter. */
  readonly total: ComputedRow;
}

function computeRow(t: PeriodTotals, a: Assumptions): ComputedRow {
  return {
    label: t.label,
    inferenceCost: t.inferenceCost,
    revenueShare: t.revenueShare,
    impliedRevenuePublished: t.impliedRevenuePublished,
    impliedRevenue: impliedRevenue.compute(t, a),
    inferenceRatio: inferenceRatio.compute(t, a),
  };
}

/** `microsoftPayments` is per quarter here, as in the sheet's assumption cell. */
export function computeTable(a: Assumptions): ComputedTable {
  const rows = QUARTERS.map((q) => computeRow(totalsOf(q.label, [q]), a));
  // The total is a period of its own: all the quarters ("Q1 2024 – Q3 2025").
  const all = totalsOf(COVERAGE, QUARTERS);
  const total = computeRow(all, { ...a, microsoftPayments: a.microsoftPayments * QUARTERS.length });
  return { rows, total };
}
