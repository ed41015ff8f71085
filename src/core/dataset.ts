/**
 * The leaked figures, exactly as published (bn USD, three decimals), never recomputed.
 * Source: the German article in shared/seed (its table credits the implied revenue to the FT).
 */

export interface QuarterRow {
  /** Calendar year, e.g. 2025. */
  readonly year: number;
  /** Calendar quarter, 1–4. */
  readonly quarter: 1 | 2 | 3 | 4;
  /** "Q3 2025". */
  readonly label: string;
  /** Inference cost (running the models on Azure), bn USD. */
  readonly inferenceCost: number;
  /** Microsoft's net revenue share received from OpenAI, bn USD. */
  readonly revenueShare: number;
  /** Implied OpenAI revenue, minimum, as published (≈ 5 × share), bn USD. */
  readonly impliedRevenuePublished: number;
}

export type PublishedColumn = "inferenceCost" | "revenueShare" | "impliedRevenuePublished";

export interface ColumnInfo {
  readonly key: PublishedColumn;
  readonly label: string;
  readonly unit: "bn USD";
  readonly source: string;
}

function row(
  year: number,
  quarter: 1 | 2 | 3 | 4,
  inferenceCost: number,
  revenueShare: number,
  impliedRevenuePublished: number
): QuarterRow {
  return {
    year,
    quarter,
    label: `Q${quarter} ${year}`,
    inferenceCost,
    revenueShare,
    impliedRevenuePublished,
  };
}

export const QUARTERS: readonly QuarterRow[] = Object.freeze([
  row(2024, 1, 0.547, 0.077, 0.387),
  row(2024, 2, 0.748, 0.11, 0.548),
  row(2024, 3, 1.005, 0.139, 0.696),
  row(2024, 4, 1.467, 0.168, 0.839),
  row(2025, 1, 2.075, 0.206, 1.032),
  row(2025, 2, 2.947, 0.248, 1.242),
  row(2025, 3, 3.648, 0.411, 2.056),
]);

export const COLUMNS: readonly ColumnInfo[] = Object.freeze([
  {
    key: "inferenceCost",
    label: "Inference cost (bn USD)",
    unit: "bn USD",
    source: "Ed Zitron, citing internal documents; also reported by TechCrunch",
  },
  {
    key: "revenueShare",
    label: "Microsoft revenue share (bn USD)",
    unit: "bn USD",
    source:
      "Ed Zitron, citing internal documents: Microsoft's net share under the 20 % revenue share, after its own payments to OpenAI (TechCrunch)",
  },
  {
    key: "impliedRevenuePublished",
    label: "Implied OpenAI revenue, minimum (bn USD)",
    unit: "bn USD",
    source: "Financial Times, via the article: ≈ 5 × the share at a 20 % rate; a minimum",
  },
]);

/** What every presentation of these numbers must say. */
export const CAVEAT =
  "Leaked and unconfirmed: neither OpenAI nor Microsoft has confirmed these figures " +
  '(Microsoft to the FT: "the numbers aren\'t quite right"). The implied revenue is a minimum: ' +
  "the share is Microsoft's net share, after its payments to OpenAI.";
