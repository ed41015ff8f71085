/* Each metric's name in German, by its id: one name for the sheet, the pane and the checks. */
import type { MetricNames } from "./words";

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

// The share rate's name is de-card.ts's, where functions.js (the card's text line) reads it without
// these names; the pane and the sheet read it here.
export { deAssumptions } from "./de-card";
