/**
 * The leaked figures, exactly as published (bn USD, three decimals), never recomputed.
 * Source: the German article in shared/seed (its table credits the implied revenue to the FT).
 * The figures live in src/data/leak.json (one file, validated against leak.schema.json at build
 * time and in the tests); this module only gives them their types.
 */
import leak from "../data/leak.json";

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
  /** Billions of US dollars, by the id metrics use; each language has its word for it. */
  readonly unit: "bnUsd";
  readonly source: string;
}

// Each module reads the data file's properties straight from the import, so that webpack keeps
// in each bundle only the parts that bundle uses (the functions need no sheet notes).
type RawQuarter = Omit<QuarterRow, "label">;

/** Which version of the data the add-in carries, and when it was published (YYYY-MM-DD). */
export const DATA_VERSION: { readonly version: string; readonly date: string } = Object.freeze({
  version: leak.version,
  date: leak.date,
});

export const QUARTERS: readonly QuarterRow[] = Object.freeze(
  (leak.quarters as readonly RawQuarter[]).map((q) =>
    Object.freeze({
      year: q.year,
      quarter: q.quarter,
      label: `Q${q.quarter} ${q.year}`,
      inferenceCost: q.inferenceCost,
      revenueShare: q.revenueShare,
      impliedRevenuePublished: q.impliedRevenuePublished,
    })
  )
);

export const COLUMNS: readonly ColumnInfo[] = Object.freeze(
  (leak.columns as readonly Omit<ColumnInfo, "unit">[]).map((c) =>
    Object.freeze({ key: c.key, unit: "bnUsd" as const, source: c.source })
  )
);

/** What every presentation of these numbers must say. */
export const CAVEAT = leak.caveat.en;
