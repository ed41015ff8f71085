/**
 * The words the add-in writes into a workbook, in English and German. Function ids, the OAI
 * namespace, defined names and the table name stay the same in both, so a workbook made in one
 * language works in the other.
 */
import type { Check } from "./checks";
import type { Field } from "./sources";

import { CAVEATS, Locale } from "./caveats";
import leak from "../data/leak.json";
import { QUARTERS } from "./dataset";
import { COVERAGE } from "./totals";

export type { Locale } from "./caveats";

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
}

/**
 * Titles at most 32 characters, the prompt at most 255, the error at most 224: [MS-OI29500] 2.1.613
 * (dataValidation): "Office restricts the length of the value of the error attribute to 224 characters."
 */
export interface ValidationTexts {
  readonly title: string;
  readonly prompt: string;
  readonly errorTitle: string;
  readonly error: string;
}

// The rounding note's example: the first quarter whose published implied revenue is not 5 × its share.
const ROUNDED = QUARTERS.find(
  (q) => Math.round(q.revenueShare * 5000) !== Math.round(q.impliedRevenuePublished * 1000)
);
function roundingExample(decimalSeparator: string, published: string): string {
  if (!ROUNDED) return "";
  const show = (bn: number) => bn.toFixed(3).replace(".", decimalSeparator);
  const five = Math.round(ROUNDED.revenueShare * 5000) / 1000;
  return ` (5 × ${show(ROUNDED.revenueShare)} = ${show(five)}, ${published} ${show(ROUNDED.impliedRevenuePublished)})`;
}

const EN_FIELDS: Record<Field, string> = {
  inference: "Inference cost",
  share: "Microsoft revenue share",
  revenue: "Implied revenue (published)",
};
const DE_FIELDS: Record<Field, string> = {
  inference: "Inferenzkosten",
  share: "Microsoft-Umsatzbeteiligung",
  revenue: "Impliziter Umsatz (veröffentlicht)",
};

export const SHEET_TEXTS: Record<Locale, SheetTexts> = {
  en: {
    sheetName: "OpenAI leak",
    title: `OpenAI: inference cost against implied revenue, ${COVERAGE}`,
    caveat: CAVEATS.en,
    reportedBy: leak.reportedBy.en,
    assumptions: "Assumptions (change them: the table recalculates)",
    rateLabel: "Revenue share rate: the share of OpenAI's revenue paid to Microsoft",
    paymentsLabel: "Microsoft payments to OpenAI per quarter (bn USD), not in the leaked share",
    headers: [
      "Quarter",
      "Inference cost (bn USD)",
      "Microsoft revenue share (bn USD)",
      "Implied revenue, published (bn USD)",
      "Implied revenue at assumptions (bn USD)",
      "Inference ratio",
    ],
    total: "Total",
    notes: "Notes",
    sourcesNote: leak.sourcesNote.en,
    minimumNote:
      "Implied revenue is a minimum: the leaked share is Microsoft's net share, after its payments to OpenAI " +
      "(about 20 % of Bing and Azure OpenAI revenue), which are excluded unless entered above.",
    roundingNote:
      `The published implied revenue is not exactly 5 × the share${roundingExample(".", "published")}: ` +
      "the quarters were rounded from more precise figures. Both are kept as published.",
    chartTitle: "Inference cost and implied revenue at the assumptions (bn USD)",
    checks: "Checks: the published figures against each other (nothing here is corrected)",
    checkHeaders: [
      "Stated (bn USD)",
      "From the quarters (bn USD)",
      "Gap (bn USD)",
      "Explained by rounding",
      "Check",
    ],
    yes: "yes",
    no: "no",
    checkName: (c) =>
      c.subject.kind === "total"
        ? `${EN_FIELDS[c.subject.field]}, ${c.subject.period}: article against the sum of the quarters`
        : `${c.subject.quarter}: published implied revenue against 5 × share`,
    rateValidation: {
      title: "Share rate",
      prompt: "A fraction: 20 % is 0.2 (or type 20% with the % sign). Empty means 20 %.",
      errorTitle: "Not a share rate",
      error: "Enter a fraction above 0 and at most 1: 20 % is 0.2.",
    },
    paymentsValidation: {
      title: "Microsoft's payments",
      prompt: "bn USD per quarter, 0 or more: 0.1 is 100 M USD. Empty means 0.",
      errorTitle: "Not an amount",
      error: "Enter Microsoft's payments in bn USD, 0 or more (0.1 is 100 M USD).",
    },
    gridSheetName: "OpenAI sensitivity",
    gridTitle:
      "Sensitivity: inference cost as a multiple of implied revenue, by share rate and quarter",
    gridNote:
      "Each cell: inference cost ÷ implied revenue at that share rate (Microsoft's payments from OAI_MicrosoftPayments). Red: costs exceed revenue.",
    gridCorner: "Share rate",
    breakEven: "Break-even share rate",
  },
  de: {
    sheetName: "OpenAI-Leak",
    title: `OpenAI: Inferenzkosten im Vergleich zum impliziten Umsatz, ${COVERAGE}`,
    caveat: CAVEATS.de,
    reportedBy: leak.reportedBy.de,
    assumptions: "Annahmen (ändern Sie sie: die Tabelle rechnet neu)",
    rateLabel: "Umsatzbeteiligung: der Anteil von OpenAIs Umsatz, der an Microsoft geht",
    paymentsLabel:
      "Zahlungen von Microsoft an OpenAI je Quartal (Mrd. USD), nicht im geleakten Anteil",
    headers: [
      "Quartal",
      "Inferenzkosten (Mrd. USD)",
      "Microsoft-Umsatzbeteiligung (Mrd. USD)",
      "Impliziter Umsatz, veröffentlicht (Mrd. USD)",
      "Impliziter Umsatz bei den Annahmen (Mrd. USD)",
      "Inferenzquote",
    ],
    total: "Summe",
    notes: "Hinweise",
    sourcesNote: leak.sourcesNote.de,
    minimumNote:
      "Der implizite Umsatz ist ein Minimum: Der geleakte Anteil ist Microsofts Nettoanteil nach seinen Zahlungen an OpenAI " +
      "(etwa 20 % der Umsätze mit Bing und Azure OpenAI), die nur eingerechnet werden, wenn Sie sie oben eintragen.",
    roundingNote:
      `Der veröffentlichte implizite Umsatz ist nicht genau 5 × der Anteil${roundingExample(",", "veröffentlicht")}: ` +
      "Die Quartale wurden aus genaueren Zahlen gerundet. Beide bleiben wie veröffentlicht.",
    chartTitle: "Inferenzkosten und impliziter Umsatz bei den Annahmen (Mrd. USD)",
    checks: "Prüfungen: die veröffentlichten Zahlen gegeneinander (hier wird nichts korrigiert)",
    checkHeaders: [
      "Angegeben (Mrd. USD)",
      "Aus den Quartalen (Mrd. USD)",
      "Abweichung (Mrd. USD)",
      "Durch Rundung erklärt",
      "Prüfung",
    ],
    yes: "ja",
    no: "nein",
    checkName: (c) =>
      c.subject.kind === "total"
        ? `${DE_FIELDS[c.subject.field]}, ${c.subject.period}: Artikel gegen Summe der Quartale`
        : `${c.subject.quarter}: veröffentlichter impliziter Umsatz gegen 5 × Anteil`,
    rateValidation: {
      title: "Umsatzbeteiligung",
      prompt: "Ein Anteil: 20 % ist 0,2 (oder 20% mit Prozentzeichen). Leer bedeutet 20 %.",
      errorTitle: "Kein Anteil",
      error: "Geben Sie einen Anteil über 0 und höchstens 1 ein: 20 % ist 0,2.",
    },
    paymentsValidation: {
      title: "Zahlungen von Microsoft",
      prompt: "Mrd. USD je Quartal, 0 oder mehr: 0,1 sind 100 Mio. USD. Leer bedeutet 0.",
      errorTitle: "Kein Betrag",
      error: "Geben Sie Microsofts Zahlungen in Mrd. USD ein, 0 oder mehr (0,1 sind 100 Mio. USD).",
    },
    gridSheetName: "OpenAI-Sensitivität",
    gridTitle:
      "Sensitivität: Inferenzkosten als Vielfaches des impliziten Umsatzes, nach Umsatzbeteiligung und Quartal",
    gridNote:
      "Jede Zelle: Inferenzkosten ÷ impliziter Umsatz bei dieser Umsatzbeteiligung (Microsofts Zahlungen aus OAI_MicrosoftPayments). Rot: Die Kosten übersteigen den Umsatz.",
    gridCorner: "Umsatzbeteiligung",
    breakEven: "Umsatzbeteiligung für Kostendeckung",
  },
};
