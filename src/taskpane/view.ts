/*
 * What the task pane shows, as text: the pane's inputs read into assumptions and the core's
 * numbers formatted for display, in English or German. Pure (no DOM), so it is tested like the core.
 */
import {
  Assumptions,
  ComputedRow,
  DATA_VERSION,
  FIELD_METRICS,
  Locale,
  OutletFigure,
  PeriodTotals,
  QUARTERS,
  REPORTED_TOTALS,
  computeTable,
  impliedRate,
  isCoreError,
  lookupPeriod,
  quarterChecks,
  totalChecks,
} from "../core";
import leak from "../data/leak.json";
import { PANE_STRINGS } from "./strings";

export type Reading<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const LOCALE_TAG: Record<Locale, string> = { en: "en-US", de: "de-DE" };
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, min: number, max: number, sign = false): Intl.NumberFormat {
  const key = `${locale}${min}${max}${sign}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAG[locale], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      ...(sign ? { signDisplay: "exceptZero" as const } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

export const formatBn = (x: number, locale: Locale = "en"): string =>
  numberFormat(locale, 3, 3).format(x);
export const formatRatio = (x: number, locale: Locale = "en"): string =>
  `${numberFormat(locale, 2, 2).format(x)}×`;
// A no-break space keeps "20 %" on one line.
export const formatPercent = (fraction: number, locale: Locale = "en"): string =>
  `${numberFormat(locale, 0, 2).format(fraction * 100)}\u00a0%`;
const formatFigure = (x: number, locale: Locale) => numberFormat(locale, 3, 4).format(x);
const formatGap = (x: number, locale: Locale) => numberFormat(locale, 0, 4, true).format(x);

/** A number as typed: "20", " 20,5 " or "20.5"; empty or anything else is not a number. */
function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(",", ".");
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : undefined;
}

/** The share rate as the pane takes it: in percent, above 0 and at most 100. */
export function readShareRate(text: string, locale: Locale = "en"): Reading<number> {
  const s = PANE_STRINGS[locale];
  const percent = parseNumber(text);
  if (percent === undefined) return { ok: false, message: s.rateMissing };
  if (!(percent > 0 && percent <= 100)) return { ok: false, message: s.rateRange };
  return { ok: true, value: percent / 100 };
}

/** Microsoft's payments per quarter in bn USD: 0 or more; empty means 0. */
export function readPayments(text: string, locale: Locale = "en"): Reading<number> {
  const s = PANE_STRINGS[locale];
  if (text.trim() === "") return { ok: true, value: 0 };
  const bn = parseNumber(text);
  if (bn === undefined) return { ok: false, message: s.paymentsMissing };
  if (bn < 0) return { ok: false, message: s.paymentsNegative };
  if (bn > 1000) return { ok: false, message: s.paymentsTooLarge };
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

function headlineRow(r: ComputedRow, locale: Locale): HeadlineRow {
  const revenue = r.impliedRevenue;
  const ratio = r.inferenceRatio;
  return {
    label: r.label,
    inferenceCost: formatBn(r.inferenceCost, locale),
    impliedRevenue: isCoreError(revenue) ? "–" : formatBn(revenue, locale),
    ratio: isCoreError(ratio) ? "–" : formatRatio(ratio, locale),
    costExceedsRevenue: !isCoreError(ratio) && ratio > 1,
  };
}

/** The pane's headline: inference cost as a multiple of implied revenue, per quarter, at `a`. */
export function headline(a: Assumptions, locale: Locale = "en"): Headline {
  const table = computeTable(a);
  const latest = table.rows[table.rows.length - 1];
  const rows = table.rows.map((r) => headlineRow(r, locale));
  const last = rows[rows.length - 1];
  const payments = a.microsoftPayments > 0 ? formatBn(a.microsoftPayments, locale) : undefined;
  return {
    value: last.ratio,
    sentence: PANE_STRINGS[locale].headline(
      latest.label,
      last.ratio.replace("×", ""),
      formatPercent(a.shareRate, locale),
      payments
    ),
    rows,
    total: headlineRow(table.total, locale),
  };
}

/** The footer's line naming the data the pane and the functions use. */
export function dataVersionLine(locale: Locale = "en"): string {
  return PANE_STRINGS[locale].dataVersion(DATA_VERSION.version, DATA_VERSION.date);
}

/**
 * The share rate at which the latest quarter runs at the annual revenue Sam Altman spoke of
 * (OAI.IMPLIEDRATE); the claim is in the data file (runRateClaim).
 */
export function altmanLine(locale: Locale = "en"): string {
  const latest = QUARTERS[QUARTERS.length - 1].label;
  const claim = leak.runRateClaim;
  const rate = impliedRate(lookupPeriod(latest) as PeriodTotals, claim.annualRevenue / 4);
  return PANE_STRINGS[locale].altman(
    latest,
    claim.who,
    String(claim.annualRevenue).replace(".", locale === "de" ? "," : "."),
    isCoreError(rate) ? "–" : formatPercent(rate, locale)
  );
}

export interface CheckLine {
  readonly text: string;
  readonly withinRounding: boolean;
  readonly verdict: string;
}

/** The Checks section: each stated total, then the quarters in one line. */
export function checkLines(locale: Locale = "en"): CheckLine[] {
  const s = PANE_STRINGS[locale];
  const verdict = (ok: boolean) => (ok ? s.withinRounding : s.beyondRounding);
  const totals = totalChecks().map((c) => {
    const field = c.subject.kind === "total" ? s.metrics[FIELD_METRICS[c.subject.field]] : "";
    const period = c.subject.kind === "total" ? c.subject.period : "";
    return {
      text: s.checkTotal(
        `${field}, ${period}`,
        formatFigure(c.stated, locale),
        formatFigure(c.computed, locale),
        formatGap(c.gap, locale)
      ),
      withinRounding: c.withinRounding,
      verdict: verdict(c.withinRounding),
    };
  });
  const quarters = quarterChecks();
  const gaps = quarters.map((c) => c.gap);
  const all = quarters.every((c) => c.withinRounding);
  return [
    ...totals,
    {
      text: s.checkQuarters(
        formatGap(Math.min(...gaps), locale),
        formatGap(Math.max(...gaps), locale)
      ),
      withinRounding: all,
      verdict: verdict(all),
    },
  ];
}

function figure(f: OutletFigure, field: string, locale: Locale): string {
  const approx = f.as.startsWith("~") ? "~" : "";
  const inMillions = field === "share";
  const s = PANE_STRINGS[locale];
  const unit = inMillions ? s.millions : s.billions;
  const value = inMillions
    ? numberFormat(locale, 1, 1).format(f.value * 1000)
    : numberFormat(locale, 1, 2).format(f.value);
  return `${approx}${value} ${unit} (${f.outlet})`;
}

/** Where outlets report different figures for the same total. */
export function spreadLines(locale: Locale = "en"): string[] {
  const s = PANE_STRINGS[locale];
  return REPORTED_TOTALS.filter((t) => t.figures.length > 1).map((t) =>
    s.spread(
      `${s.metrics[FIELD_METRICS[t.field]]}, ${t.period}`,
      t.figures.map((f) => figure(f, t.field, locale)).join(", ")
    )
  );
}
