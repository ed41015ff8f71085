/* Each metric's name in English, by its id: one name for the sheet, the pane and the checks. */
import type { MetricNames } from "./words";

export const enMetrics: MetricNames = {
  inferenceCost: "Inference cost",
  revenueShare: "Microsoft revenue share",
  impliedRevenuePublished: "Implied revenue, published",
  impliedRevenue: "Implied revenue at assumptions",
  inferenceRatio: "Inference ratio",
  runRate: "Run rate",
  breakEvenRate: "Break-even share rate",
};
