/* Each metric's name in German, by its id: one name for the sheet, the pane and the checks. */
import type { MetricNames } from "./words";

export const deMetrics: MetricNames = {
  inferenceCost: "Inferenzkosten",
  revenueShare: "Microsoft-Umsatzbeteiligung",
  impliedRevenuePublished: "Impliziter Umsatz, veröffentlicht",
  impliedRevenue: "Impliziter Umsatz bei den Annahmen",
  inferenceRatio: "Inferenzquote",
  runRate: "Hochgerechneter Jahresumsatz",
  breakEvenRate: "Umsatzbeteiligung für Kostendeckung",
};
