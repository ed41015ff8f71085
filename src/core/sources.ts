/**
 * Provenance: who reported which figure, how far the outlets agree, and how the published
 * quarters add up to the totals the article states. Nothing here "fixes" a figure: every check
 * shows the gap and whether rounding to the published digits explains it.
 */
import leak from "../data/leak.json";
import { DATA_VERSION } from "./dataset";
import { CoreError, coreError } from "./errors";
import type { MetricId } from "./metrics";
import { PeriodTotals } from "./totals";
import * as say from "./words/en-data";

export type Field = "inference" | "share" | "revenue";
export const FIELDS: readonly Field[] = ["inference", "share", "revenue"];

/** The metric each reported field is: the sheet and the pane name a field as they name its metric. */
export const FIELD_METRICS: Readonly<Record<Field, MetricId>> = {
  inference: "inferenceCost",
  share: "revenueShare",
  revenue: "impliedRevenuePublished",
};

export interface OutletFigure {
  readonly outlet: string;
  /** bn USD. */
  readonly value: number;
  /** How the outlet put it, e.g. "~3.8 bn" or "865.8 M". */
  readonly as: string;
}

/** A total that the reporting states, with each outlet's figure. The first is the article's. */
export interface ReportedTotal {
  readonly field: Field;
  readonly period: string;
  readonly figures: readonly OutletFigure[];
  /** Decimals (in bn USD) to which the article's figure is rounded. */
  readonly decimals: number;
}

type DataTotal = ReportedTotal & { readonly statedByArticle: boolean };
const DATA_TOTALS = leak.reportedTotals as readonly DataTotal[];

export const REPORTED_TOTALS: readonly ReportedTotal[] = DATA_TOTALS.map(
  ({ field, period, decimals, figures }) => ({ field, period, decimals, figures })
);

/** The totals the article itself states: the sheet's Checks reconcile these with the quarters. */
export const ARTICLE_TOTALS: readonly ReportedTotal[] = REPORTED_TOTALS.filter(
  (_, i) => DATA_TOTALS[i].statedByArticle
);

const WHO: Readonly<Record<Field, string>> = leak.sources;

export const UNCONFIRMED = leak.unconfirmed;

export function parseField(field: unknown): Field | "all" | CoreError {
  if (field === null || field === undefined || field === "") return "all";
  const f = typeof field === "string" ? field.trim().toLowerCase() : "";
  if ((FIELDS as readonly string[]).includes(f)) return f as Field;
  return coreError("value", say.fieldInvalid);
}

/** Which data the answers come from: "Data version 1.0.0 of 2026-11-30." (src/data/leak.json). */
export function dataVersionText(): string {
  return say.dataVersion(DATA_VERSION.version, DATA_VERSION.date);
}

/** Each outlet's figure for a total, as it put it: "3.77 bn (Ed Zitron), ~3.8 bn (TechCrunch)". */
export function spread(total: ReportedTotal): string {
  return total.figures.map((f) => `${f.as} (${f.outlet})`).join(", ");
}

/** OAI.SOURCE: who reported the period's figures and how, with any outlet's total for it. */
export function sourceText(totals: PeriodTotals, field: Field | "all"): string {
  const fields = field === "all" ? FIELDS : [field];
  const parts = fields.map((f) => {
    const reported = REPORTED_TOTALS.find((t) => t.field === f && t.period === totals.label);
    return reported ? say.reportedFor(WHO[f], totals.label, spread(reported)) : WHO[f];
  });
  return [...parts, UNCONFIRMED, dataVersionText()].join(" ");
}
