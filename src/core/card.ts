/**
 * A period as a card: an Excel entity value (a data type) whose cell shows the period and whose
 * card shows every figure with its unit and its source, the assumptions, the quarters and the
 * caveat. The shape is Excel.EntityCellValue's (ExcelApi 1.16; from custom functions,
 * CustomFunctionsRuntime 1.4), written here without Office's types: the shell checks it against
 * them. Where Excel has no data types, the same figures as one line of text.
 */
import type { Assumptions } from "./assumptions";
import { CAVEATS, Locale } from "./caveats";
import { CoreError } from "./errors";
import {
  BN_FORMAT,
  RATE_FORMAT,
  breakEvenRate,
  formatNumber,
  impliedRevenue,
  impliedRevenuePublished,
  inferenceCost,
  inferenceRatio,
  revenueShare,
  runRate,
} from "./metrics";
import { Period, parsePeriodText, quarterLabel } from "./period";
import { Field, REPORTED_TOTALS } from "./sources";
import { PeriodTotals } from "./totals";
import { CARD_PERIOD_KEY } from "./card-key";
import type { CardWords } from "./words/words";
import { ALL_SOURCES, CARD_FIELDS, enCard } from "./words/en-card";
import { deCard } from "./words/de-card";

/**
 * How a card's numbers are typed. A Double with a numberFormat needs ExcelApi 1.19; before it,
 * a formatted number is a FormattedNumber, deprecated only as of 1.19 (@types/office-js
 * DoubleCellValue.numberFormat, FormattedNumberCellValue). Cards themselves come with
 * CustomFunctionsRuntime 1.4, years earlier, so the shell decides per call.
 */
export type CardNumberType = "Double" | "FormattedNumber";

/** A property of the card: text, or a number with Excel's number format, unit and source. */
export type CardProperty =
  | {
      readonly type: "String";
      readonly basicValue: string;
      readonly propertyMetadata?: PropertyMetadata;
    }
  | {
      readonly type: "Double";
      readonly basicValue: number;
      readonly numberFormat: string;
      readonly propertyMetadata?: PropertyMetadata;
    }
  | {
      readonly type: "FormattedNumber";
      readonly basicValue: number;
      readonly numberFormat: string;
      readonly propertyMetadata?: PropertyMetadata;
    };

interface PropertyMetadata {
  /** The unit, shown beside the name (Excel.CellValuePropertyMetadata.sublabel). */
  readonly sublabel?: string;
  readonly attribution?: readonly {
    readonly sourceText: string;
    readonly sourceAddress?: string;
  }[];
  readonly excludeFrom?: {
    readonly cardView?: boolean;
    readonly autoComplete?: boolean;
    readonly calcCompare?: boolean;
    readonly dotNotation?: boolean;
  };
}

export interface CardSection {
  readonly layout: "List";
  readonly title?: string;
  readonly collapsible?: boolean;
  readonly collapsed?: boolean;
  readonly properties: string[];
}

export interface PeriodCard {
  readonly type: "Entity";
  readonly text: string;
  readonly properties: Readonly<Record<string, CardProperty>>;
  readonly layouts: {
    readonly compact: { readonly icon: string };
    readonly card: {
      readonly title: { readonly property: string };
      readonly sections: CardSection[];
    };
  };
  readonly provider: { readonly description: string };
}

/**
 * The card's field names, the same in every display language. Excel has no display name apart
 * from a property's name: =A1.[Inference ratio] and FIELDVALUE read the name itself, so a card
 * recalculated in another language's Excel must keep its names or every such formula fails.
 */
export { CARD_FIELDS };

/** What no formula reads, in the display language: units, section titles, sources, provider. */
const CARD_WORDS: Readonly<Record<Locale, CardWords>> = { en: enCard, de: deCard };

const F = CARD_FIELDS;
/** The card's fields in the order of its sections: main figures, assumptions, sources. */
const SECTIONS = {
  main: [
    F.inferenceCost,
    F.revenueShare,
    F.impliedPublished,
    F.implied,
    F.ratio,
    F.runRate,
    F.breakEven,
  ],
  assumptions: [F.shareRate, F.payments, F.quarters],
  sources: [F.sources, F.caveat],
};

/** The field names formulas read with dot notation (=A1.[Inference ratio]), in every language. */
export function cardFields(): string[] {
  return [F.period, ...SECTIONS.main, ...SECTIONS.assumptions, ...SECTIONS.sources];
}

const text = (basicValue: string, propertyMetadata?: PropertyMetadata): CardProperty =>
  propertyMetadata
    ? { type: "String", basicValue, propertyMetadata }
    : { type: "String", basicValue };

/** Each outlet's total for the period, by figure, where the reporting states one. */
function reportedFigures(label: string): string[] {
  const names: Record<Field, string> = {
    inference: F.inferenceCost,
    share: F.revenueShare,
    revenue: F.impliedPublished,
  };
  return REPORTED_TOTALS.filter((t) => t.period === label).map(
    (t) => `${names[t.field]}: ${t.figures.map((f) => `${f.as} (${f.outlet})`).join(", ")}`
  );
}

/**
 * The card for a period at the given assumptions, or the first error a figure gives (as the
 * other functions give it). Light on purpose: Excel hands a function all the cards it takes in
 * one payload of at most 5 MB (office-js #4654), so it holds only what the card shows or a formula reads.
 */
export function periodCard(
  totals: PeriodTotals,
  a: Assumptions,
  locale: Locale,
  numberType: CardNumberType = "Double"
): PeriodCard | CoreError {
  const t = CARD_WORDS[locale];
  const implied = impliedRevenue.compute(totals, a);
  const ratio = inferenceRatio.compute(totals, a);
  const run = runRate.compute(totals, a);
  const breakEven = breakEvenRate.compute(totals, a);
  for (const v of [implied, ratio, run, breakEven]) if (typeof v !== "number") return v;
  const number = (
    basicValue: number,
    numberFormat: string,
    sublabel?: string,
    source?: string
  ): CardProperty => {
    const metadata = {
      ...(sublabel ? { sublabel } : {}),
      // The assumptions are the user's, not anyone's figures: no source.
      ...(source ? { attribution: [{ sourceText: source }] } : {}),
    };
    const value = { type: numberType, basicValue, numberFormat } as CardProperty;
    return Object.keys(metadata).length ? { ...value, propertyMetadata: metadata } : value;
  };
  const reported = reportedFigures(totals.label);
  // The label is canonical ("Q1 2024 – Q3 2025", "9M 2025"): it parses back to its quarters.
  const quarters = parsePeriodText(totals.label) as Period;
  const quarterList = Array.from(
    { length: quarters.lastQuarter - quarters.firstQuarter + 1 },
    (_, i) => quarterLabel(quarters.firstQuarter + i)
  );
  const properties: Record<string, CardProperty> = {
    [CARD_PERIOD_KEY]: text(totals.label, {
      excludeFrom: { cardView: true, autoComplete: true, calcCompare: true, dotNotation: true },
    }),
    [F.period]: text(totals.label),
    // Each figure in its metric's number format (metrics.ts), as the sheet shows it.
    [F.inferenceCost]: number(totals.inferenceCost, inferenceCost.numberFormat, t.bn, t.zitron),
    [F.revenueShare]: number(totals.revenueShare, revenueShare.numberFormat, t.bn, t.zitron),
    [F.impliedPublished]: number(
      totals.impliedRevenuePublished,
      impliedRevenuePublished.numberFormat,
      t.bn,
      t.ft
    ),
    [F.implied]: number(implied as number, impliedRevenue.numberFormat, t.bn, t.computed),
    [F.ratio]: number(ratio as number, inferenceRatio.numberFormat, undefined, t.computed),
    [F.runRate]: number(run as number, runRate.numberFormat, t.bnYear, t.computed),
    [F.breakEven]: number(breakEven as number, breakEvenRate.numberFormat, undefined, t.computed),
    [F.shareRate]: number(a.shareRate, RATE_FORMAT),
    [F.payments]: number(a.microsoftPayments, BN_FORMAT, t.bn),
    [F.quarters]: text(quarterList.join(", ")),
    // Values a formula reads (=A1.Sources) are the same in every language, as the names are.
    [F.sources]: text(reported.length ? `${reported.join("; ")}.` : ALL_SOURCES),
    [F.caveat]: text(CAVEATS.en),
  };
  return {
    type: "Entity",
    text: totals.label,
    properties,
    layouts: {
      compact: { icon: "ArrowTrendingLines" },
      card: {
        title: { property: F.period },
        sections: [
          { layout: "List", properties: SECTIONS.main },
          {
            layout: "List",
            title: t.assumptionsTitle,
            collapsible: true,
            properties: SECTIONS.assumptions,
          },
          {
            layout: "List",
            title: t.sourcesTitle,
            collapsible: true,
            collapsed: true,
            properties: SECTIONS.sources,
          },
        ],
      },
    },
    provider: { description: t.provider },
  };
}

/** Where Excel has no data types: the card's main figures as one line of text. */
export function periodCardText(
  totals: PeriodTotals,
  a: Assumptions,
  locale: Locale
): string | CoreError {
  const t = CARD_WORDS[locale];
  const implied = impliedRevenue.compute(totals, a);
  const ratio = inferenceRatio.compute(totals, a);
  if (typeof implied !== "number") return implied;
  if (typeof ratio !== "number") return ratio;
  // As the card shows them: each number in its metric's format, an amount with its unit.
  const shown = (value: number, numberFormat: string) =>
    formatNumber(value, numberFormat, t.decimalSeparator);
  return t.fallback(
    totals.label,
    `${shown(totals.inferenceCost, inferenceCost.numberFormat)} ${t.bn}`,
    `${shown(implied, impliedRevenue.numberFormat)} ${t.bn}`,
    shown(a.shareRate, RATE_FORMAT),
    shown(ratio, inferenceRatio.numberFormat)
  );
}
