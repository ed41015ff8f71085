/* Each metric's name in German, by its id: one name for the sheet, the pane and the checks. */
import type { AssumptionNames, MetricNames } from "./words";

/** The table's first column, and the unit of amounts: one word each for the sheet and the pane. */
export const deQuarter = "Quartal";
export const deBnUsd = "Mrd. USD";

export const deMetrics: MetricNames = {
  inferenceCost: "Inferenzkosten",
  revenueShare: "Microsoft-Umsatzbeteiligung",
  impliedRevenuePublished: "Impliziter Umsatz, veröffentlicht",
  impliedRevenue: "Impliziter Umsatz bei den Annahmen",
  inferenceRatio: "Inferenzquote",
  runRate: "Hochgerechneter Jahresumsatz",
  breakEvenRate: "Beteiligungssatz für Kostendeckung",
};

export const deAssumptions: AssumptionNames = {
  shareRate: "Beteiligungssatz",
  shareRateInText: "Beteiligungssatz",
  shareRateMeaning: "der Prozentsatz von OpenAIs Umsatz, den Microsoft erhält",
};
