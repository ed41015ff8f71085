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
import { breakEvenRate, impliedRevenue, inferenceRatio, runRate } from "./metrics";
import { Period, parsePeriodText, quarterLabel } from "./period";
import { Field, REPORTED_TOTALS } from "./sources";
import { PeriodTotals } from "./totals";
import { CARD_PERIOD_KEY } from "./card-key";

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

const CARD_TEXTS = {
  en: {
    period: "Period",
    inferenceCost: "Inference cost",
    revenueShare: "Microsoft revenue share",
    impliedPublished: "Implied revenue, published",
    implied: "Implied revenue",
    ratio: "Inference ratio",
    runRate: "Run rate",
    breakEven: "Break-even share rate",
    shareRate: "Share rate",
    payments: "Microsoft payments",
    quarters: "Quarters",
    sources: "Sources",
    caveat: "Caveat",
    bn: "bn USD",
    bnYear: "bn USD a year",
    assumptionsTitle: "Assumptions",
    sourcesTitle: "Sources and caveat",
    provider: "OpenAI leak figures (add-in): leaked, unconfirmed, with sources",
    computed: "Computed by the add-in from the published figures",
    zitron: "Ed Zitron (internal documents)",
    ft: "Financial Times, via the source article",
    reported: (period: string, figures: string) => `Reported for ${period}: ${figures}.`,
    fallback: (t: PeriodTotals, implied: string, rate: string, ratio: string) =>
      `${t.label}: inference ${t.inferenceCost}, implied revenue ${implied} bn USD (${rate} share), ratio ${ratio}×. Leaked, unconfirmed.`,
  },
  de: {
    period: "Zeitraum",
    inferenceCost: "Inferenzkosten",
    revenueShare: "Microsoft-Umsatzbeteiligung",
    impliedPublished: "Impliziter Umsatz, veröffentlicht",
    implied: "Impliziter Umsatz",
    ratio: "Inferenzquote",
    runRate: "Jahresrate",
    breakEven: "Umsatzbeteiligung für Kostendeckung",
    shareRate: "Umsatzbeteiligung",
    payments: "Zahlungen von Microsoft",
    quarters: "Quartale",
    sources: "Quellen",
    caveat: "Hinweis",
    bn: "Mrd. USD",
    bnYear: "Mrd. USD pro Jahr",
    assumptionsTitle: "Annahmen",
    sourcesTitle: "Quellen und Hinweis",
    provider: "OpenAI-Leak-Zahlen (Add-In): geleakt, unbestätigt, mit Quellen",
    computed: "Vom Add-In aus den veröffentlichten Zahlen berechnet",
    zitron: "Ed Zitron (interne Dokumente)",
    ft: "Financial Times, über den Quellartikel",
    reported: (period: string, figures: string) => `Gemeldet für ${period}: ${figures}.`,
    fallback: (t: PeriodTotals, implied: string, rate: string, ratio: string) =>
      `${t.label}: Inferenz ${t.inferenceCost}, impliziter Umsatz ${implied} Mrd. USD (${rate} Beteiligung), Quote ${ratio}×. Geleakt, unbestätigt.`,
  },
};

/** The card's fields in the order of its sections: main figures, assumptions, sources. */
function fieldGroups(t: (typeof CARD_TEXTS)[Locale]) {
  return {
    main: [
      t.inferenceCost,
      t.revenueShare,
      t.impliedPublished,
      t.implied,
      t.ratio,
      t.runRate,
      t.breakEven,
    ],
    assumptions: [t.shareRate, t.payments, t.quarters],
    sources: [t.sources, t.caveat],
  };
}

/** The field names formulas read with dot notation (=A1.[Inference ratio]) in a language. */
export function cardFields(locale: Locale): string[] {
  const t = CARD_TEXTS[locale];
  const g = fieldGroups(t);
  return [t.period, ...g.main, ...g.assumptions, ...g.sources];
}

const text = (basicValue: string, propertyMetadata?: PropertyMetadata): CardProperty =>
  propertyMetadata
    ? { type: "String", basicValue, propertyMetadata }
    : { type: "String", basicValue };

const number = (
  basicValue: number,
  numberFormat: string,
  sublabel: string | undefined,
  sources: readonly string[]
): CardProperty => ({
  type: "Double",
  basicValue,
  numberFormat,
  propertyMetadata: {
    ...(sublabel ? { sublabel } : {}),
    // The assumptions are the user's, not anyone's figures: no source.
    ...(sources.length ? { attribution: sources.map((sourceText) => ({ sourceText })) } : {}),
  },
});

/** Each outlet's total for the period, by figure, where the reporting states one. */
function reportedFigures(label: string, names: Record<Field, string>): string[] {
  return REPORTED_TOTALS.filter((t) => t.period === label).map(
    (t) => `${names[t.field]}: ${t.figures.map((f) => `${f.as} (${f.outlet})`).join(", ")}`
  );
}

/**
 * The card for a period at the given assumptions, or the first error a figure gives (as the
 * other functions give it).
 */
export function periodCard(
  totals: PeriodTotals,
  a: Assumptions,
  locale: Locale
): PeriodCard | CoreError {
  const t = CARD_TEXTS[locale];
  const implied = impliedRevenue.compute(totals, a);
  const ratio = inferenceRatio.compute(totals, a);
  const run = runRate.compute(totals, a);
  const breakEven = breakEvenRate.compute(totals, a);
  for (const v of [implied, ratio, run, breakEven]) if (typeof v !== "number") return v;
  const published = [t.zitron, "TechCrunch", "The Register"];
  const reported = reportedFigures(totals.label, {
    inference: t.inferenceCost,
    share: t.revenueShare,
    revenue: t.impliedPublished,
  });
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
    [t.period]: text(totals.label),
    [t.inferenceCost]: number(totals.inferenceCost, "0.000", t.bn, published),
    [t.revenueShare]: number(totals.revenueShare, "0.000", t.bn, [...published, "The Decoder"]),
    [t.impliedPublished]: number(totals.impliedRevenuePublished, "0.000", t.bn, [t.ft]),
    [t.implied]: number(implied as number, "0.000", t.bn, [t.computed]),
    [t.ratio]: number(ratio as number, '0.00"×"', undefined, [t.computed]),
    [t.runRate]: number(run as number, "0.000", t.bnYear, [t.computed]),
    [t.breakEven]: number(breakEven as number, "0.0%", undefined, [t.computed]),
    [t.shareRate]: number(a.shareRate, "0.0%", undefined, []),
    [t.payments]: number(a.microsoftPayments, "0.000", t.bn, []),
    [t.quarters]: text(quarterList.join(", ")),
    [t.sources]: text(
      `${[t.zitron, "TechCrunch", "The Register", "The Decoder", t.ft].join("; ")}.` +
        (reported.length ? ` ${t.reported(totals.label, reported.join("; "))}` : "")
    ),
    [t.caveat]: text(CAVEATS[locale]),
  };
  const groups = fieldGroups(t);
  return {
    type: "Entity",
    text: totals.label,
    properties,
    layouts: {
      compact: { icon: "ArrowTrendingLines" },
      card: {
        title: { property: t.period },
        sections: [
          { layout: "List", properties: groups.main },
          {
            layout: "List",
            title: t.assumptionsTitle,
            collapsible: true,
            collapsed: false,
            properties: groups.assumptions,
          },
          {
            layout: "List",
            title: t.sourcesTitle,
            collapsible: true,
            collapsed: true,
            properties: groups.sources,
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
  const t = CARD_TEXTS[locale];
  const implied = impliedRevenue.compute(totals, a);
  const ratio = inferenceRatio.compute(totals, a);
  if (typeof implied !== "number") return implied;
  if (typeof ratio !== "number") return ratio;
  const line = t.fallback(
    totals,
    String(implied),
    `${+(a.shareRate * 100).toFixed(2)} %`,
    ratio.toFixed(2)
  );
  return locale === "de" ? line.replace(/(\d)\.(\d)/g, "$1,$2") : line;
}
