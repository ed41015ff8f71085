/**
 * The sheet's texts in each language, made from the word files (src/core/words/*-sheet.ts): a
 * table header is its metric's name and its unit, so a name is typed once per language. Function
 * ids, the OAI namespace, defined names and the table name stay the same in both, so a workbook
 * made in one language works in the other.
 */
import type { Check } from "./checks";
import type { SheetWords, ValidationTexts } from "./words/words";

import { CAVEATS, Locale } from "./caveats";
import leak from "../data/leak.json";
import { QUARTERS } from "./dataset";
import {
  Metric,
  impliedRevenue,
  impliedRevenuePublished,
  inferenceCost,
  inferenceRatio,
  nameWithUnit,
  revenueShare,
} from "./metrics";
import { FIELD_METRICS } from "./sources";
import { COVERAGE } from "./totals";
import { enSheet } from "./words/en-sheet";
import { deSheet } from "./words/de-sheet";

export type { Locale } from "./caveats";
export type { ValidationTexts } from "./words/words";

export interface SheetTexts {
  readonly sheetName: string;
  readonly title: string;
  readonly caveat: string;
  readonly reportedBy: string;
  readonly assumptions: string;
  readonly rateLabel: string;
  readonly paymentsLabel: string;
  /** Quarter, inference cost, share, implied published, implied at assumptions, ratio. */
  readonly headers: readonly [string, string, string, string, string, string];
  readonly total: string;
  readonly notes: string;
  readonly sourcesNote: string;
  readonly minimumNote: string;
  readonly roundingNote: string;
  readonly chartTitle: string;
  readonly checks: string;
  /** Stated, from the quarters, gap, explained, and last the check's name (it runs on to the right). */
  readonly checkHeaders: readonly [string, string, string, string, string];
  readonly yes: string;
  readonly no: string;
  readonly checkName: (c: Check) => string;
  readonly gridSheetName: string;
  readonly gridTitle: string;
  readonly gridNote: string;
  readonly gridCorner: string;
  readonly breakEven: string;
  /** Excel's input message and stop alert on the two input cells (data validation). */
  readonly rateValidation: ValidationTexts;
  readonly paymentsValidation: ValidationTexts;
  readonly nameComments: SheetWords["nameComments"];
}

/** The table's columns after the quarter, each a metric: published figures, then computed ones. */
export const TABLE_METRICS: readonly [Metric, Metric, Metric, Metric, Metric] = [
  inferenceCost,
  revenueShare,
  impliedRevenuePublished,
  impliedRevenue,
  inferenceRatio,
];

/** A name with its unit, as a header shows it: "Inference cost (bn USD)"; a ratio or rate has none. */
export function withUnit(name: string, unit: Metric["unit"], words: SheetWords): string {
  return nameWithUnit(name, unit, words.bnUsd);
}

/** A metric's header: its name in the language, and its unit. */
export const metricHeader = (metric: Metric, words: SheetWords): string =>
  withUnit(words.metrics[metric.id], metric.unit, words);

// The rounding note's example: the first quarter whose published implied revenue is not 5 × its share.
const ROUNDED = QUARTERS.find(
  (q) => Math.round(q.revenueShare * 5000) !== Math.round(q.impliedRevenuePublished * 1000)
);
function roundingExample(words: SheetWords) {
  if (!ROUNDED) return undefined;
  const show = (bn: number) => bn.toFixed(3).replace(".", words.decimalSeparator);
  return {
    share: show(ROUNDED.revenueShare),
    five: show(Math.round(ROUNDED.revenueShare * 5000) / 1000),
    published: show(ROUNDED.impliedRevenuePublished),
  };
}

function sheetTexts(words: SheetWords, locale: Locale): SheetTexts {
  const [cost, share, published, implied, ratio] = TABLE_METRICS.map((m) => metricHeader(m, words));
  return {
    sheetName: words.sheetName,
    title: words.title(COVERAGE),
    caveat: CAVEATS[locale],
    reportedBy: leak.reportedBy[locale],
    assumptions: words.assumptions,
    rateLabel: words.rateLabel,
    paymentsLabel: words.paymentsLabel,
    headers: [words.quarter, cost, share, published, implied, ratio],
    total: words.total,
    notes: words.notes,
    sourcesNote: leak.sourcesNote[locale],
    minimumNote: words.minimumNote,
    roundingNote: words.roundingNote(roundingExample(words)),
    chartTitle: words.chartTitle,
    checks: words.checks,
    checkHeaders: [
      withUnit(words.stated, "bnUsd", words),
      withUnit(words.fromQuarters, "bnUsd", words),
      withUnit(words.gap, "bnUsd", words),
      words.explained,
      words.check,
    ],
    yes: words.yes,
    no: words.no,
    checkName: (c) =>
      c.subject.kind === "total"
        ? words.checkTotal(words.metrics[FIELD_METRICS[c.subject.field]], c.subject.period)
        : words.checkQuarter(c.subject.quarter),
    gridSheetName: words.gridSheetName,
    gridTitle: words.gridTitle,
    gridNote: words.gridNote,
    gridCorner: words.gridCorner,
    breakEven: words.metrics.breakEvenRate,
    rateValidation: words.rateValidation,
    paymentsValidation: words.paymentsValidation,
    nameComments: words.nameComments,
  };
}

export const SHEET_TEXTS: Record<Locale, SheetTexts> = {
  en: sheetTexts(enSheet, "en"),
  de: sheetTexts(deSheet, "de"),
};
