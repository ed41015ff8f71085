/* An OAI card's words in English, and its names, which are English in every display language. */
import type { CardWords } from "./words";
import { enAssumptions, enBnUsd, enMetrics } from "./en-metrics";

/**
 * The card's field names, the same in every display language: =A1.[Inference ratio] and
 * FIELDVALUE read a property's name itself (card.ts says why). A metric's field has its English
 * name, except one that formulas have read since the first card: a card is at its own
 * assumptions, so "Implied revenue" is the sheet's "Implied revenue at assumptions".
 */
export const CARD_FIELDS = {
  period: "Period",
  inferenceCost: enMetrics.inferenceCost,
  revenueShare: enMetrics.revenueShare,
  impliedPublished: enMetrics.impliedRevenuePublished,
  implied: "Implied revenue",
  ratio: enMetrics.inferenceRatio,
  runRate: enMetrics.runRate,
  breakEven: enMetrics.breakEvenRate,
  // Formulas read "Share rate" since the first card: it stays, whatever the rate's display name.
  shareRate: "Share rate",
  payments: "Microsoft payments",
  quarters: "Quarters",
  sources: "Sources",
  caveat: "Caveat",
} as const;

/** The hidden key under which a card keeps its period (card-key.ts); never shown. */
export const CARD_PERIOD_KEY = "OAI period";

/** The Sources a formula reads (=A1.Sources) where no outlet states a total for the period. */
export const ALL_SOURCES =
  "Ed Zitron (internal documents); also TechCrunch, The Register, The Decoder; published implied revenue: Financial Times.";

/** Also how a card given to a function is known as the add-in's (card-key.ts). */
export const enCardProvider = "OpenAI leak figures (add-in): leaked, unconfirmed, with sources";

export const enCard: CardWords = {
  bn: enBnUsd,
  bnYear: "bn USD a year",
  assumptionsTitle: "Assumptions",
  sourcesTitle: "Sources and caveat",
  provider: enCardProvider,
  computed: "Computed by the add-in",
  zitron: "Ed Zitron (internal documents)",
  ft: "Financial Times, via the source article",
  decimalSeparator: ".",
  fallback: (period, cost, implied, rate, ratio) =>
    `${period}: inference cost ${cost}, implied revenue ${implied} at a ${enAssumptions.shareRate.toLowerCase()} of ${rate}, inference ratio ${ratio}. Leaked, unconfirmed.`,
};
