/**
 * Provenance: who reported which figure, how far the outlets agree, and how the published
 * quarters add up to the totals the article states. Nothing here "fixes" a figure: every check
 * shows the gap and whether rounding to the published digits explains it.
 */
import { CoreError, coreError } from "./errors";
import { PeriodTotals } from "./totals";

export type Field = "inference" | "share" | "revenue";
export const FIELDS: readonly Field[] = ["inference", "share", "revenue"];

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

export const REPORTED_TOTALS: readonly ReportedTotal[] = [
  {
    field: "share",
    period: "2024",
    decimals: 4,
    figures: [{ outlet: "Ed Zitron", value: 0.4938, as: "493.8 M" }],
  },
  {
    field: "share",
    period: "9M 2025",
    decimals: 4,
    figures: [
      { outlet: "Ed Zitron, The Decoder", value: 0.8659, as: "865.9 M" },
      { outlet: "TechCrunch", value: 0.8658, as: "865.8 M" },
    ],
  },
  {
    field: "share",
    period: "H1 2025",
    decimals: 4,
    figures: [{ outlet: "The Register", value: 0.4547, as: "454.7 M" }],
  },
  {
    field: "revenue",
    period: "2024",
    decimals: 2,
    figures: [{ outlet: "the article (FT), at 20 %", value: 2.47, as: "2.47 bn" }],
  },
  {
    field: "revenue",
    period: "9M 2025",
    decimals: 2,
    figures: [{ outlet: "the article (FT), at 20 %", value: 4.33, as: "4.33 bn" }],
  },
  {
    field: "inference",
    period: "2024",
    decimals: 2,
    figures: [
      { outlet: "Ed Zitron", value: 3.77, as: "3.77 bn" },
      { outlet: "TechCrunch", value: 3.8, as: "~3.8 bn" },
      { outlet: "The Register", value: 3.7, as: "3.7 bn" },
    ],
  },
  {
    field: "inference",
    period: "9M 2025",
    decimals: 2,
    figures: [
      { outlet: "Ed Zitron", value: 8.67, as: "8.67 bn" },
      { outlet: "TechCrunch", value: 8.65, as: "~8.65 bn" },
      { outlet: "The Register", value: 8.7, as: "8.7 bn" },
    ],
  },
  {
    field: "inference",
    period: "H1 2025",
    decimals: 2,
    figures: [{ outlet: "press summaries of Zitron's post", value: 5.02, as: "5.02 bn" }],
  },
];

const WHO: Record<Field, string> = {
  inference:
    "Inference cost: Ed Zitron, citing internal documents; also TechCrunch and The Register.",
  share:
    "Microsoft's revenue share: Ed Zitron, citing internal documents (Microsoft's net share under a 20 % revenue share); also TechCrunch, The Register, The Decoder.",
  revenue:
    "Implied revenue: derived, about 5 × the share at a 20 % rate (the Financial Times, via the article); a minimum, since Microsoft's payments to OpenAI are netted out.",
};

export const UNCONFIRMED =
  'Unconfirmed by OpenAI and Microsoft. Microsoft to the FT: "the numbers aren\'t quite right".';

export function parseField(field: unknown): Field | "all" | CoreError {
  if (field === null || field === undefined || field === "") return "all";
  const f = typeof field === "string" ? field.trim().toLowerCase() : "";
  if ((FIELDS as readonly string[]).includes(f)) return f as Field;
  return coreError(
    "value",
    `The field must be "inference", "share" or "revenue" (or left out for all).`
  );
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
    return reported ? `${WHO[f]} Reported for ${totals.label}: ${spread(reported)}.` : WHO[f];
  });
  return [...parts, UNCONFIRMED].join(" ");
}
