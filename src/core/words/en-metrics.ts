/* Each metric's name in English, by its id: one name for the sheet, the pane and the checks. */
import type { AssumptionNames, MetricNames } from "./words";

/**
 * What a table's headers add to the metrics' names: the first column, and an amount's unit. The
 * sheet's table and OAI.DATASET's header row both read them (a header is a name and its unit).
 */
export const enQuarter = "Quarter";
export const enBnUsd = "bn USD";

export const enMetrics: MetricNames = {
  inferenceCost: "Inference cost",
  revenueShare: "Microsoft revenue share",
  impliedRevenuePublished: "Implied revenue, published",
  impliedRevenue: "Implied revenue at assumptions",
  inferenceRatio: "Inference ratio",
  runRate: "Run rate",
  breakEvenRate: "Break-even share rate",
};

export const enAssumptions: AssumptionNames = {
  shareRate: "Share rate",
};
