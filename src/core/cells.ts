/**
 * What each OAI function computes, cell by cell. A range in gives the same shape out; a blank
 * cell gives a blank (""); an error is a CoreError turned into the caller's error type by
 * `toError`, so the core stays free of Office while a 1,000,000-cell range is walked once.
 */
import { Assumptions, DEFAULT_ASSUMPTIONS, checkAssumptions } from "./assumptions";
import { CardNumberType, periodCard, periodCardText } from "./card";
import { Locale } from "./caveats";
import { plainCellValue } from "./cell-values";
import { COLUMNS, QUARTERS } from "./dataset";
import { CoreError, coreError, isCoreError } from "./errors";
import {
  Metric,
  checkClaimedRevenue,
  impliedRate,
  impliedRevenueFromShare,
  impliedRevenuePublished,
  inferenceCost,
  inferenceRatio,
  nameWithUnit,
  revenueShare,
  runRate,
} from "./metrics";
import { parseField, sourceText } from "./sources";
import { PeriodTotals, lookupPeriod } from "./totals";
import * as say from "./words/en-functions";
import { enBnUsd, enMetrics, enQuarter } from "./words/en-metrics";

// Called for every cell, so held in this module's constants: the engine calls a constant directly,
// where an import the pane's script shares (webpack's dependOn) is read through a getter on every
// call, which doubled the functions' time in npm run bench.
const lookupPeriodTotals = lookupPeriod;
const revenueFromShare = impliedRevenueFromShare;

export const BLANK = "";
export type Blank = typeof BLANK;
/** A data-type value a function returns (a card): an object, but no error. */
export interface DataTypeValue {
  readonly type: string;
}
export type Cell<E> = number | string | E | DataTypeValue;

/** Excel passes a range as rows of cells; anything else is treated as one cell. */
function asRows(input: unknown): readonly unknown[][] {
  if (!Array.isArray(input)) return [[input]];
  if (input.length === 0) return [[null]];
  if (!Array.isArray(input[0])) return [input];
  return input.map((r) => (Array.isArray(r) && r.length > 0 ? r : [null]));
}

function mapCells<E>(
  input: unknown,
  f: (cell: unknown) => number | string | DataTypeValue | CoreError,
  toError: (e: CoreError) => E
): Cell<E>[][] {
  const rows = asRows(input);
  const out: Cell<E>[][] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const outRow: Cell<E>[] = new Array(row.length);
    for (let j = 0; j < row.length; j++) {
      const cell = row[j];
      // An input error or a data-type value arrives as an object (see cell-values.ts).
      const v = typeof cell === "object" && cell !== null ? viaPlainValue(cell, f) : f(cell);
      // An object is an error, or a card (which has no "error").
      outRow[j] = typeof v === "object" ? ("error" in v ? toError(v) : v) : v;
    }
    out[i] = outRow;
  }
  return out;
}

/** A cell that came as an object, made plain first; an input error is the answer itself. */
function viaPlainValue(
  cell: object,
  f: (cell: unknown) => number | string | DataTypeValue | CoreError
): number | string | DataTypeValue | CoreError {
  const plain = plainCellValue(cell);
  return isCoreError(plain) ? plain : f(plain);
}

/**
 * A one-value argument (rate, revenue, field, headers) as the core reads it. Every argument is
 * declared `any`, so Excel converts nothing (custom-functions-json-autogeneration#types): a
 * formatted number arrives as an object and an input cell's error as an error object.
 */
function scalarArgument(x: unknown): unknown {
  return typeof x === "object" && x !== null ? plainCellValue(x) : x;
}

/** An argument error applies to every cell: same shape, same error. */
function fillWith<E>(input: unknown, error: CoreError, toError: (e: CoreError) => E): Cell<E>[][] {
  const e = toError(error);
  return asRows(input).map((row) => row.map(() => e));
}

/**
 * Per cell: the period's answer. A range repeats a few periods many times, so each distinct
 * period (or error) is computed once per call and then looked up. All period functions share
 * this one function literal, which keeps the per-cell call in mapCells cheap.
 */
function perPeriod<T extends number | string | DataTypeValue>(
  compute: (totals: PeriodTotals) => T | CoreError
) {
  const answers = new Map<PeriodTotals | CoreError, T | CoreError>();
  return (cell: unknown): T | Blank | CoreError => {
    const totals = lookupPeriodTotals(cell);
    if (totals === undefined) return BLANK;
    let answer = answers.get(totals);
    if (answer === undefined) {
      answer = "error" in totals ? totals : compute(totals);
      answers.set(totals, answer);
    }
    return answer;
  };
}

const periodMetric = (metric: Metric, a: Assumptions) => perPeriod((t) => metric.compute(t, a));

function withAssumptions<E>(
  input: unknown,
  rate: unknown,
  microsoftPayments: unknown,
  toError: (e: CoreError) => E,
  perCell: (a: Assumptions) => (cell: unknown) => number | string | DataTypeValue | CoreError
): Cell<E>[][] {
  const a = checkAssumptions(rate, microsoftPayments);
  return "error" in a ? fillWith(input, a, toError) : mapCells(input, perCell(a), toError);
}

const NUMBER_AS_TEXT = /^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?\s*%?\s*$/i;

/**
 * A share is a number (bn USD) or, as text, a period whose published share is used. 0 is a
 * blank: desktop Excel passes an empty cell as 0 where the web passes null (office-js #4702).
 */
function shareOf(cell: unknown): number | Blank | CoreError {
  if (typeof cell === "number") {
    if (cell === 0) return BLANK;
    return Number.isFinite(cell) ? cell : coreError("num", say.shareInfinite);
  }
  if (typeof cell === "boolean") return coreError("value", say.shareNotNumber);
  const totals = lookupPeriodTotals(cell);
  if (totals === undefined) return BLANK;
  if (
    "error" in totals &&
    totals.error === "value" &&
    typeof cell === "string" &&
    NUMBER_AS_TEXT.test(cell)
  ) {
    // A CSV paste leaves numbers as text; "2024" stays a period (a year), as the README says.
    return coreError("value", say.numberAsText(cell.trim().slice(0, 24)));
  }
  return "error" in totals ? totals : totals.revenueShare;
}

export function impliedRevenueCells<E>(
  share: unknown,
  rate: unknown,
  microsoftPayments: unknown,
  toError: (e: CoreError) => E
): Cell<E>[][] {
  return withAssumptions(share, rate, microsoftPayments, toError, (a) => (cell) => {
    // A range of numbers is the common case: straight to the metric (0 is a blank, see shareOf).
    if (typeof cell === "number" && cell !== 0) return revenueFromShare(cell, a);
    const s = shareOf(cell);
    return typeof s === "number" ? revenueFromShare(s, a) : s;
  });
}

export function inferenceRatioCells<E>(
  period: unknown,
  rate: unknown,
  microsoftPayments: unknown,
  toError: (e: CoreError) => E
): Cell<E>[][] {
  return withAssumptions(period, rate, microsoftPayments, toError, (a) =>
    periodMetric(inferenceRatio, a)
  );
}

export function runRateCells<E>(
  period: unknown,
  rate: unknown,
  microsoftPayments: unknown,
  toError: (e: CoreError) => E
): Cell<E>[][] {
  return withAssumptions(period, rate, microsoftPayments, toError, (a) => periodMetric(runRate, a));
}

// The published sums take no assumptions.
export function inferenceCostCells<E>(period: unknown, toError: (e: CoreError) => E): Cell<E>[][] {
  return mapCells(period, periodMetric(inferenceCost, DEFAULT_ASSUMPTIONS), toError);
}

export function revenueShareCells<E>(period: unknown, toError: (e: CoreError) => E): Cell<E>[][] {
  return mapCells(period, periodMetric(revenueShare, DEFAULT_ASSUMPTIONS), toError);
}

export function impliedRateCells<E>(
  period: unknown,
  claimedRevenue: unknown,
  toError: (e: CoreError) => E
): Cell<E>[][] {
  const plainRevenue = scalarArgument(claimedRevenue);
  const revenue = isCoreError(plainRevenue) ? plainRevenue : checkClaimedRevenue(plainRevenue);
  if (typeof revenue !== "number") return fillWith(period, revenue, toError);
  return mapCells(
    period,
    perPeriod((t) => impliedRate(t, revenue)),
    toError
  );
}

/** OAI.SOURCE: per cell, who reported the period's figures. */
export function sourceCells<E>(
  period: unknown,
  field: unknown,
  toError: (e: CoreError) => E
): Cell<E>[][] {
  const plainField = scalarArgument(field);
  const f = isCoreError(plainField) ? plainField : parseField(plainField);
  if (typeof f === "object") return fillWith(period, f, toError);
  return mapCells(
    period,
    perPeriod((t) => sourceText(t, f)),
    toError
  );
}

/**
 * OAI.DATASET's header row, named as the sheet's table names the same columns: each published
 * column's metric name and unit, in English as all the functions' words.
 */
const PUBLISHED_METRICS = { inferenceCost, revenueShare, impliedRevenuePublished };
const DATASET_HEADERS: readonly string[] = [
  enQuarter,
  ...COLUMNS.map((c) => {
    const metric = PUBLISHED_METRICS[c.key];
    return nameWithUnit(enMetrics[metric.id], metric.unit, enBnUsd);
  }),
];

/** The published table: quarter label and the three published columns, optionally with headers. */
export function datasetCells<E>(input: unknown, toError: (e: CoreError) => E): Cell<E>[][] {
  const headers = scalarArgument(input);
  if (isCoreError(headers)) return [[toError(headers)]];
  let withHeaders: boolean;
  if (headers === null || headers === undefined || headers === "") withHeaders = true;
  else if (typeof headers === "boolean") withHeaders = headers;
  else if (typeof headers === "number" && Number.isFinite(headers)) withHeaders = headers !== 0;
  else return [[toError(coreError("value", say.headersNotBoolean))]];

  const body: Cell<E>[][] = QUARTERS.map((q) => [q.label, ...COLUMNS.map((c) => q[c.key])]);
  return withHeaders ? [[...DATASET_HEADERS], ...body] : body;
}

/** What the host offers a card, decided by the shell at each call. */
export interface CardHost {
  /** The display language, for what no formula reads (units, section titles, the text line). */
  readonly locale: Locale;
  /** Data types from custom functions (CustomFunctionsRuntime 1.4); else one line of text. */
  readonly dataTypes: boolean;
  /** Double with numberFormat from ExcelApi 1.19, FormattedNumber before it. */
  readonly numberType: CardNumberType;
}

/** OAI.CARD: per cell, the period as a card (a data type) where Excel has them, else as text. */
export function cardCells<E>(
  period: unknown,
  rate: unknown,
  microsoftPayments: unknown,
  host: CardHost,
  toError: (e: CoreError) => E
): Cell<E>[][] {
  return withAssumptions(period, rate, microsoftPayments, toError, (a) =>
    perPeriod((t) =>
      host.dataTypes
        ? periodCard(t, a, host.locale, host.numberType)
        : periodCardText(t, a, host.locale)
    )
  );
}
