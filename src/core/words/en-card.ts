/* An OAI card's words in English, and its names, which are English in every display language. */
import type { CardWords } from "./words";

/**
 * The card's field names, the same in every display language: =A1.[Inference ratio] and
 * FIELDVALUE read a property's name itself (card.ts says why).
 */
export const CARD_FIELDS = {
  period: "Period",
  inferenceCost: "Inference cost",
  revenueShare: "Microsoft revenue share",
  impliedPublished: "Implied revenue, published",
  implied: "Implied revenue",
  ratio: "Inference ratio",
  runRate: "Run rate",
  breakEven: "Break-even share rate",
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
  bn: "bn USD",
  bnYear: "bn USD a year",
  assumptionsTitle: "Assumptions",
  sourcesTitle: "Sources and caveat",
  provider: enCardProvider,
  computed: "Computed by the add-in",
  zitron: "Ed Zitron (internal documents)",
  ft: "Financial Times, via the source article",
  fallback: (period, inference, implied, rate, ratio) =>
    `${period}: inference ${inference}, implied revenue ${implied} bn USD (${rate} share), ratio ${ratio}×. Leaked, unconfirmed.`,
};
