/*
 * The task pane's words, in English and German. The page carries the English ones (so it reads
 * before its script runs); elements marked data-i18n="key" get the locale's text.
 */
import { Locale } from "../core";

export interface PaneStrings {
  readonly lang: string;
  readonly static: Readonly<Record<string, string>>;
  readonly headline: (
    latest: string,
    ratio: string,
    rate: string,
    payments: string | undefined
  ) => string;
  /** The rate the latest quarter needs to run at a stated annual revenue (bn USD, formatted). */
  readonly altman: (quarter: string, who: string, revenue: string, rate: string) => string;
  /** The footer's data version: src/data/leak.json's version and date. */
  readonly dataVersion: (version: string, date: string) => string;
  readonly rateMissing: string;
  readonly rateRange: string;
  readonly paymentsMissing: string;
  readonly paymentsNegative: string;
  readonly paymentsTooLarge: string;
  readonly checkTotal: (what: string, stated: string, computed: string, gap: string) => string;
  readonly checkQuarters: (low: string, high: string) => string;
  readonly withinRounding: string;
  readonly beyondRounding: string;
  readonly spread: (what: string, all: string) => string;
  readonly fields: { readonly inference: string; readonly share: string; readonly revenue: string };
  readonly checking: string;
  readonly needsExcel: string;
  readonly noOfficeScript: string;
  readonly lacksApi: (set: string) => string;
  readonly inserting: string;
  readonly inserted: (what: "dataset" | "sensitivity", sheet: string, address: string) => string;
  readonly refreshed: (what: "dataset" | "sensitivity", sheet: string, address: string) => string;
  readonly putCard: (quarter: string) => string;
  readonly auditing: string;
  readonly auditNoDataset: string;
  readonly auditAgrees: (agreed: number, compared: number, sheet: string) => string;
  readonly auditFound: (
    findings: number,
    agreed: number,
    compared: number,
    sheet: string
  ) => string;
}

export const PANE_STRINGS: Record<Locale, PaneStrings> = {
  en: {
    lang: "en",
    static: {
      title: "OpenAI leak figures",
      headlineTitle: "Inference cost against implied revenue",
      caption: "bn USD, at the assumptions below",
      colQuarter: "Quarter",
      colCost: "Inference cost",
      colRevenue: "Implied revenue",
      colRatio: "Ratio",
      assumptionsTitle: "Assumptions",
      rateLabel: "Revenue share rate (%)",
      rateHint: "The share of OpenAI's revenue paid to Microsoft. Reported: 20\u00a0%.",
      paymentsLabel: "Microsoft payments to OpenAI per quarter (bn USD)",
      paymentsHint: "Not in the leaked share: 0 gives the minimum implied revenue.",
      checksTitle: "Checks",
      checksIntro:
        "The article's totals against the sum of the published quarters, and each quarter's implied revenue against 5 × its share. Nothing is corrected.",
      spreadTitle: "Where outlets differ",
      insertTitle: "Insert into the workbook",
      whereLegend: "Where",
      whereNewSheet: "A new sheet",
      whereSelection: "At the selected cell",
      insertHint:
        "The dataset: a table with the figures and live formulas, the assumptions as input cells, a chart, the checks and the sources. The grid: inference ratios for share rates from 10 % to 30 %, quarter by quarter. Inserting again refreshes either.",
      insertDataset: "Insert dataset",
      insertGrid: "Insert sensitivity grid",
      builderTitle: "Build a formula",
      auditTitle: "Audit this workbook",
      auditHint:
        "Ties the inserted dataset out against the leak: edited published values, formulas that are no longer the add-in's, and whether Excel computes what the add-in computes. It only reads.",
      auditButton: "Audit this workbook",
      selectDiffering: "Select these cells",
      footerLead: "In any cell:",
      allFunctions: "All functions",
    },
    headline: (latest, ratio, rate, payments) =>
      `${latest}: inference cost was ${ratio} times the implied revenue, at a ${rate} share${payments ? ` plus ${payments} bn of Microsoft payments a quarter` : ""}.`,
    altman: (quarter, who, revenue, rate) =>
      `For ${quarter} to run at the ${revenue} bn USD a year ${who} spoke of, Microsoft's share would have to be ${rate}, not 20\u00a0%.`,
    dataVersion: (version, date) => `Data ${version} of ${date}`,
    rateMissing: "Enter the share rate in percent, e.g. 20.",
    rateRange: "The share rate must be above 0 % and at most 100 %.",
    paymentsMissing: "Enter Microsoft's payments in bn USD, e.g. 0.1 (or 0).",
    paymentsNegative: "Microsoft's payments cannot be negative.",
    paymentsTooLarge: "That is more than 1,000 bn USD a quarter: check the unit (bn USD).",
    checkTotal: (what, stated, computed, gap) =>
      `${what}: article ${stated}, quarters ${computed}, gap ${gap}`,
    checkQuarters: (low, high) =>
      `Each quarter: published implied revenue against 5 × share, gaps from ${low} to ${high}`,
    withinRounding: "within rounding",
    beyondRounding: "beyond rounding",
    spread: (what, all) => `${what}: ${all}`,
    fields: { inference: "Inference cost", share: "Microsoft's share", revenue: "Implied revenue" },
    checking: "Checking for Excel…",
    needsExcel:
      "Inserting needs Excel: open this pane from Excel (Home › Leak figures). The figures above work anywhere.",
    noOfficeScript:
      "Inserting needs Excel: Office's script did not load here. The figures above work anywhere.",
    lacksApi: (set) =>
      `This version of Excel lacks ${set}, which inserting needs. Update Excel, or use Excel on the web. The OAI functions still work.`,
    inserting: "Inserting…",
    inserted: (what, sheet, address) =>
      what === "dataset"
        ? `Inserted the dataset on "${sheet}" (${address}). Change the orange input cells to recalculate.`
        : `Inserted the sensitivity grid on "${sheet}" (${address}). It follows the table and its assumptions.`,
    refreshed: (what, sheet, address) =>
      `Refreshed the ${what === "dataset" ? "table" : "sensitivity grid"} on "${sheet}" (${address}).`,
    putCard: (q) => `${q}: put its card (=OAI.CARD) in the selected cell`,
    auditing: "Reading the workbook…",
    auditNoDataset: "This workbook has no dataset (table OAILeak) to audit: insert it first.",
    auditAgrees: (agreed, compared, sheet) =>
      `"${sheet}": Excel agrees with the add-in on ${agreed} of ${compared} cells, and every published value is the leak's.`,
    auditFound: (findings, agreed, compared, sheet) =>
      `"${sheet}": ${findings} ${findings === 1 ? "finding" : "findings"}; Excel agrees with the add-in on ${agreed} of ${compared} computed cells.`,
  },
  de: {
    lang: "de",
    static: {
      title: "OpenAI-Leak-Zahlen",
      headlineTitle: "Inferenzkosten im Vergleich zum impliziten Umsatz",
      caption: "Mrd. USD, bei den Annahmen unten",
      colQuarter: "Quartal",
      colCost: "Inferenzkosten",
      colRevenue: "Impliziter Umsatz",
      colRatio: "Quote",
      assumptionsTitle: "Annahmen",
      rateLabel: "Umsatzbeteiligung (%)",
      rateHint: "Der Anteil von OpenAIs Umsatz, der an Microsoft geht. Berichtet: 20\u00a0%.",
      paymentsLabel: "Zahlungen von Microsoft an OpenAI je Quartal (Mrd. USD)",
      paymentsHint:
        "Nicht im geleakten Anteil enthalten: 0 ergibt den minimalen impliziten Umsatz.",
      checksTitle: "Prüfungen",
      checksIntro:
        "Die Summen des Artikels gegen die Summe der veröffentlichten Quartale, und der implizite Umsatz jedes Quartals gegen 5 × seinen Anteil. Nichts wird korrigiert.",
      spreadTitle: "Wo die Medien abweichen",
      insertTitle: "In die Arbeitsmappe einfügen",
      whereLegend: "Wohin",
      whereNewSheet: "Ein neues Blatt",
      whereSelection: "An der markierten Zelle",
      insertHint:
        "Der Datensatz: eine Tabelle mit den Zahlen und lebenden Formeln, die Annahmen als Eingabezellen, ein Diagramm, die Prüfungen und die Quellen. Das Raster: Inferenzquoten für Umsatzbeteiligungen von 10 % bis 30 %, Quartal für Quartal. Erneutes Einfügen aktualisiert beides.",
      insertDataset: "Datensatz einfügen",
      insertGrid: "Sensitivitätsraster einfügen",
      builderTitle: "Formel erstellen",
      auditTitle: "Diese Arbeitsmappe prüfen",
      auditHint:
        "Gleicht den eingefügten Datensatz mit dem Leak ab: geänderte veröffentlichte Werte, Formeln, die nicht mehr die des Add-Ins sind, und ob Excel rechnet, was das Add-In rechnet. Es wird nur gelesen.",
      auditButton: "Diese Arbeitsmappe prüfen",
      selectDiffering: "Diese Zellen markieren",
      footerLead: "In jeder Zelle:",
      allFunctions: "Alle Funktionen",
    },
    headline: (latest, ratio, rate, payments) =>
      `${latest}: Die Inferenzkosten betrugen das ${ratio}-Fache des impliziten Umsatzes, bei ${rate} Umsatzbeteiligung${payments ? ` und ${payments} Mrd. USD Microsoft-Zahlungen je Quartal` : ""}.`,
    dataVersion: (version, date) => `Daten ${version} vom ${date}`,
    altman: (quarter, who, revenue, rate) =>
      `Damit ${quarter} die von ${who} genannten ${revenue} Mrd. USD im Jahr erreicht, müsste Microsofts Anteil ${rate} betragen, nicht 20\u00a0%.`,
    rateMissing: "Geben Sie die Umsatzbeteiligung in Prozent ein, z. B. 20.",
    rateRange: "Die Umsatzbeteiligung muss über 0 % und höchstens 100 % liegen.",
    paymentsMissing: "Geben Sie Microsofts Zahlungen in Mrd. USD ein, z. B. 0,1 (oder 0).",
    paymentsNegative: "Microsofts Zahlungen können nicht negativ sein.",
    paymentsTooLarge:
      "Das sind mehr als 1.000 Mrd. USD je Quartal: Prüfen Sie die Einheit (Mrd. USD).",
    checkTotal: (what, stated, computed, gap) =>
      `${what}: Artikel ${stated}, Quartale ${computed}, Abweichung ${gap}`,
    checkQuarters: (low, high) =>
      `Jedes Quartal: veröffentlichter impliziter Umsatz gegen 5 × Anteil, Abweichungen von ${low} bis ${high}`,
    withinRounding: "durch Rundung erklärt",
    beyondRounding: "mehr als Rundung",
    spread: (what, all) => `${what}: ${all}`,
    fields: {
      inference: "Inferenzkosten",
      share: "Microsofts Anteil",
      revenue: "Impliziter Umsatz",
    },
    checking: "Excel wird gesucht …",
    needsExcel:
      "Zum Einfügen wird Excel benötigt: Öffnen Sie diesen Bereich in Excel (Start › Leak-Zahlen). Die Zahlen oben funktionieren überall.",
    noOfficeScript:
      "Zum Einfügen wird Excel benötigt: Das Office-Skript wurde hier nicht geladen. Die Zahlen oben funktionieren überall.",
    lacksApi: (set) =>
      `Dieser Excel-Version fehlt ${set}, das zum Einfügen nötig ist. Aktualisieren Sie Excel oder nutzen Sie Excel im Web. Die OAI-Funktionen funktionieren weiterhin.`,
    inserting: "Wird eingefügt …",
    inserted: (what, sheet, address) =>
      what === "dataset"
        ? `Datensatz auf „${sheet}“ eingefügt (${address}). Ändern Sie die orangen Eingabezellen, um neu zu rechnen.`
        : `Sensitivitätsraster auf „${sheet}“ eingefügt (${address}). Es folgt der Tabelle und ihren Annahmen.`,
    refreshed: (what, sheet, address) =>
      `${what === "dataset" ? "Tabelle" : "Sensitivitätsraster"} auf „${sheet}“ aktualisiert (${address}).`,
    putCard: (q) => `${q}: seine Karte (=OAI.CARD) in die markierte Zelle setzen`,
    auditing: "Die Arbeitsmappe wird gelesen …",
    auditNoDataset:
      "Diese Arbeitsmappe hat keinen Datensatz (Tabelle OAILeak) zum Prüfen: Fügen Sie ihn zuerst ein.",
    auditAgrees: (agreed, compared, sheet) =>
      `„${sheet}“: Excel stimmt bei ${agreed} von ${compared} Zellen mit dem Add-In überein, und jeder veröffentlichte Wert ist der des Leaks.`,
    auditFound: (findings, agreed, compared, sheet) =>
      `„${sheet}“: ${findings} ${findings === 1 ? "Befund" : "Befunde"}; Excel stimmt bei ${agreed} von ${compared} berechneten Zellen mit dem Add-In überein.`,
  },
};
