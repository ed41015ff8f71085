/* An OAI card's words in German; its names stay English (en-card.ts), as formulas read them. */
import type { AssumptionNames, CardWords } from "./words";

/** The share rate's German name (de-metrics.ts passes it on to the pane and the sheet). */
export const deAssumptions: AssumptionNames = {
  shareRate: "Beteiligungssatz",
};

/** Also how a card given to a function is known as the add-in's (card-key.ts). */
export const deCardProvider = "OpenAI-Leak-Zahlen (Add-In): geleakt, unbestätigt, mit Quellen";

export const deCard: CardWords = {
  bn: "Mrd. USD",
  bnYear: "Mrd. USD pro Jahr",
  assumptionsTitle: "Annahmen",
  sourcesTitle: "Quellen und Hinweis",
  provider: deCardProvider,
  computed: "Vom Add-In berechnet",
  zitron: "Ed Zitron (interne Dokumente)",
  ft: "Financial Times, über den Quellartikel",
  decimalSeparator: ",",
  fallback: (period, cost, implied, rate, ratio) =>
    `${period}: Inferenzkosten ${cost}, impliziter Umsatz ${implied} bei einem ${deAssumptions.shareRate} von ${rate}, Inferenzquote ${ratio}. Geleakt, unbestätigt.`,
};
