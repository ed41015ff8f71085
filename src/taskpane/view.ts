/*
 * What the task pane shows, as text: the pane's inputs read into assumptions and the core's
 * numbers formatted for display, in English or German. Pure (no DOM), so it is tested like the core.
 */
import {
  Assumptions,
  BN_FORMAT,
  CHECK_FORMAT,
  ComputedRow,
  DATA_VERSION,
  DEFAULT_ASSUMPTIONS,
  FIELD_METRICS,
  GAP_FORMAT,
  Locale,
  OutletFigure,
  PeriodTotals,
  QUARTERS,
  RATE_FORMAT,
  REPORTED_TOTALS,
  computeTable,
  decimalsOf,
  impliedRate,
  impliedRevenue,
  inferenceCost,
  inferenceRatio,
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
function numberFormat(
  locale: Locale,
  min: number,
  max: number,
  sign = false,
  percent = false
): Intl.NumberFormat {
  const key = `${locale}${min}${max}${sign}${percent}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAG[locale], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      ...(sign ? { signDisplay: "exceptZero" as const } : {}),
      ...(percent ? { style: "percent" as const } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A number with the digits the sheet and the card show it with (its Excel number format in
 * metrics.ts): a percentage, a sign and a quoted suffix ("×") as the format has them, the
 * separators the language's.
 */
export function formatAs(x: number, format: string, locale: Locale = "en"): string {
  const digits = decimalsOf(format);
  const suffix = /"([^"]*)"/.exec(format)?.[1] ?? "";
  const f = numberFormat(locale, digits, digits, format.startsWith("+"), format.includes("%"));
  return `${f.format(x)}${suffix}`;
}

export const formatBn = (x: number, locale: Locale = "en"): string =>
  formatAs(x, BN_FORMAT, locale);
export const formatRatio = (x: number, locale: Locale = "en"): string =>
  formatAs(x, inferenceRatio.numberFormat, locale);

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
    inferenceCost: formatAs(r.inferenceCost, inferenceCost.numberFormat, locale),
    impliedRevenue: isCoreError(revenue)
      ? "–"
      : formatAs(revenue, impliedRevenue.numberFormat, locale),
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
      formatAs(a.shareRate, RATE_FORMAT, locale),
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
    isCoreError(rate) ? "–" : formatAs(rate, RATE_FORMAT, locale),
    formatAs(DEFAULT_ASSUMPTIONS.shareRate, RATE_FORMAT, locale)
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
        formatAs(c.stated, CHECK_FORMAT, locale),
        formatAs(c.computed, CHECK_FORMAT, locale),
        formatAs(c.gap, GAP_FORMAT, locale)
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
        formatAs(Math.min(...gaps), GAP_FORMAT, locale),
        formatAs(Math.max(...gaps), GAP_FORMAT, locale)
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
