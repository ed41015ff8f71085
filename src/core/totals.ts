/** A period's published figures: the sums over its quarters, or #N/A if any quarter is not in the leak. */
import { QUARTERS, QuarterRow } from "./dataset";
import { CoreError, coreError } from "./errors";
import { Period, parsePeriodNumber, parsePeriodText, quarterIndex, quarterLabel } from "./period";
import * as say from "./words/en-data";

export interface PeriodTotals {
  readonly label: string;
  readonly quarterCount: number;
  readonly inferenceCost: number;
  readonly revenueShare: number;
  readonly impliedRevenuePublished: number;
}

const FIRST = quarterIndex(QUARTERS[0].year, QUARTERS[0].quarter);
const LAST = quarterIndex(
  QUARTERS[QUARTERS.length - 1].year,
  QUARTERS[QUARTERS.length - 1].quarter
);
// The last year so far, as a period the functions read: "Q1 2026", "H1 2026", "9M 2025", "2025".
const LATEST = QUARTERS[QUARTERS.length - 1];
const LATEST_YEAR_TO_DATE = `${["Q1 ", "H1 ", "9M ", ""][LATEST.quarter - 1]}${LATEST.year}`;

/** "Q1 2024 – Q3 2025": what the leak covers, for messages. */
export const COVERAGE = `${quarterLabel(FIRST)} – ${quarterLabel(LAST)}`;

// Published figures have three decimals: summing whole thousandths keeps 0.077 + 0.110 + … exact.
const toThousandths = (bn: number): number => Math.round(bn * 1000);

export function totalsOf(label: string, rows: readonly QuarterRow[]): PeriodTotals {
  let cost = 0;
  let share = 0;
  let implied = 0;
  for (const r of rows) {
    cost += toThousandths(r.inferenceCost);
    share += toThousandths(r.revenueShare);
    implied += toThousandths(r.impliedRevenuePublished);
  }
  return {
    label,
    quarterCount: rows.length,
    inferenceCost: cost / 1000,
    revenueShare: share / 1000,
    impliedRevenuePublished: implied / 1000,
  };
}

export function totalsForPeriod(period: Period): PeriodTotals | CoreError {
  if (period.firstQuarter < FIRST || period.lastQuarter > LAST) {
    const overlaps = period.lastQuarter >= FIRST && period.firstQuarter <= LAST;
    const message = overlaps ? say.partlyCovered : say.notCovered;
    return coreError("na", message(period.label, COVERAGE, LATEST_YEAR_TO_DATE));
  }
  return totalsOf(
    period.label,
    QUARTERS.slice(period.firstQuarter - FIRST, period.lastQuarter - FIRST + 1)
  );
}

// Ranges repeat the same few periods: remember each distinct input's answer (bounded).
const CACHE_LIMIT = 10_000;
const cache = new Map<unknown, PeriodTotals | CoreError>();

/**
 * Resolves one cell's `period` to its totals. Returns `undefined` for a blank cell
 * (null, undefined or ""), which the shells show as a blank result. The number 0 is blank too:
 * it is never a period, and desktop Excel passes an empty cell in a range as 0 where Excel on
 * the web passes null (office-js #4702, #5262), so both give the same blank.
 */
export function lookupPeriod(input: unknown): PeriodTotals | CoreError | undefined {
  if (input === null || input === undefined || input === "" || input === 0) return undefined;
  const hit = cache.get(input);
  if (hit !== undefined) return hit;
  const result = resolve(input);
  if (typeof input === "string" || typeof input === "number") {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(input, result);
  }
  return result;
}

function resolve(input: unknown): PeriodTotals | CoreError {
  let period: Period | CoreError;
  if (typeof input === "string") period = parsePeriodText(input);
  else if (typeof input === "number") period = parsePeriodNumber(input);
  else if (typeof input === "boolean") {
    return coreError("value", say.booleanNotPeriod(input));
  } else return coreError("value", say.valueNotPeriod);
  return "error" in period ? period : totalsForPeriod(period);
}
