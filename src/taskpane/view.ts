/*
 * What the task pane shows, as text: the pane's inputs read into assumptions and the core's
 * numbers formatted for display. Pure (no DOM), so it is tested like the core.
 */
import {
  Assumptions,
  ComputedRow,
  ComputedTable,
  QUARTERS,
  computeTable,
  isCoreError,
} from "../core";

export type Reading<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const bnFormat = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 3,
  maximumFractionDigits: 3,
});
const ratioFormat = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const percentFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export const formatBn = (x: number): string => bnFormat.format(x);
export const formatRatio = (x: number): string => `${ratioFormat.format(x)}×`;
// A no-break space keeps "20 %" on one line.
export const formatPercent = (fraction: number): string =>
  `${percentFormat.format(fraction * 100)}\u00a0%`;

/** A number as typed: "20", " 20,5 " or "20.5"; empty or anything else is not a number. */
function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(",", ".");
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : undefined;
}

/** The share rate as the pane takes it: in percent, above 0 and at most 100. */
export function readShareRate(text: string): Reading<number> {
  const percent = parseNumber(text);
  if (percent === undefined)
    return { ok: false, message: "Enter the share rate in percent, e.g. 20." };
  if (!(percent > 0 && percent <= 100))
    return { ok: false, message: "The share rate must be above 0 % and at most 100 %." };
  return { ok: true, value: percent / 100 };
}

/** Microsoft's payments per quarter in bn USD: 0 or more; empty means 0. */
export function readPayments(text: string): Reading<number> {
  if (text.trim() === "") return { ok: true, value: 0 };
  const bn = parseNumber(text);
  if (bn === undefined)
    return { ok: false, message: "Enter Microsoft's payments in bn USD, e.g. 0.1 (or 0)." };
  if (bn < 0) return { ok: false, message: "Microsoft's payments cannot be negative." };
  if (bn > 1000)
    return {
      ok: false,
      message: "That is more than 1,000 bn USD a quarter: check the unit (bn USD).",
    };
  return { ok: true, value: bn };
}

export interface HeadlineRow {
  readonly label: string;
  readonly inferenceCost: string;
  readonly impliedRevenue: string;
  readonly ratio: string;
  /** Costs above the implied revenue. */
  readonly costExceedsRevenue: boolean;
}

export interface Headline {
  /** "1.78×": the latest quarter's inference ratio. */
  readonly value: string;
  readonly sentence: string;
  readonly rows: readonly HeadlineRow[];
  readonly total: HeadlineRow;
}

function headlineRow(r: ComputedRow): HeadlineRow {
  const revenue = r.impliedRevenue;
  const ratio = r.inferenceRatio;
  return {
    label: r.label,
    inferenceCost: formatBn(r.inferenceCost),
    impliedRevenue: isCoreError(revenue) ? "–" : formatBn(revenue),
    ratio: isCoreError(ratio) ? "–" : formatRatio(ratio),
    costExceedsRevenue: !isCoreError(ratio) && ratio > 1,
  };
}

/** The pane's headline: inference cost as a multiple of implied revenue, per quarter, at `a`. */
export function headline(a: Assumptions): Headline {
  const table: ComputedTable = computeTable(a);
  const latest = table.rows[table.rows.length - 1];
  const rows = table.rows.map(headlineRow);
  const last = rows[rows.length - 1];
  const payments =
    a.microsoftPayments > 0
      ? ` plus ${formatBn(a.microsoftPayments)} bn of Microsoft payments a quarter`
      : "";
  return {
    value: last.ratio,
    sentence: `${latest.label}: inference cost was ${last.ratio.replace("×", " times")} the implied revenue, at a ${formatPercent(a.shareRate)} share${payments}.`,
    rows,
    total: { ...headlineRow(table.total), label: `${QUARTERS[0].label} – ${latest.label}` },
  };
}
