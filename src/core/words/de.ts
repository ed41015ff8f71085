/* The add-in's words in German. Ids, names, the OAI namespace and the table name stay English. */
import type { FunctionTooltips, Words } from "./words";
import { deAssumptions, deMetrics, deQuarter } from "./de-metrics";

/**
 * What the share rate is, after its name (the pane's hint, the sheet's label, the tooltips): here,
 * not beside its name in de-metrics.ts, which functions.js ships and which needs no explanation.
 */
export const deShareRateMeaning = "der Prozentsatz von OpenAIs Umsatz, den Microsoft erhält";
const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);

const RATE = deAssumptions.shareRate;
const SHARE = deMetrics.revenueShare;
/** The tooltip of every function's rate parameter. */
const RATE_PARAMETER = `${RATE}: ${deShareRateMeaning}, als Dezimalzahl. Standard 0,2 (20 %).`;

/**
 * The pane's words. The writer's, the sheet's and the audit's are in de-writer.ts and de-sheet.ts,
 * which ship with the workbook chunk.
 */
export const de: Omit<Words, "writer" | "sheet" | "audit"> = {
  pane: {
    lang: "de",
    static: {
      title: "OpenAI-Leak-Zahlen",
      headlineTitle: "Inferenzkosten im Vergleich zum impliziten Umsatz",
      caption: "Mrd. USD, bei den Annahmen unten",
      colQuarter: deQuarter,
      colCost: "Inferenzkosten",
      colRevenue: "Impliziter Umsatz",
      colRatio: "Quote",
      assumptionsTitle: "Annahmen",
      rateLabel: `${RATE} (%)`,
      rateHint: `${capitalised(deShareRateMeaning)}. Berichtet: 20\u00a0%.`,
      paymentsLabel: "Zahlungen von Microsoft an OpenAI je Quartal (Mrd. USD)",
      paymentsHint: `Nicht in der geleakten ${SHARE} enthalten: 0 ergibt den minimalen impliziten Umsatz.`,
      checksTitle: "Prüfungen",
      checksIntro: `Die Summen des Artikels gegen die Summe der veröffentlichten Quartale, und der implizite Umsatz jedes Quartals gegen 5 × seine ${SHARE}. Nichts wird korrigiert.`,
      spreadTitle: "Wo die Medien abweichen",
      insertTitle: "In die Arbeitsmappe einfügen",
      whereLegend: "Wohin",
      whereNewSheet: "Ein neues Blatt",
      whereSelection: "An der markierten Zelle",
      insertHint:
        "Der Datensatz: eine Tabelle mit den Zahlen und lebenden Formeln, die Annahmen als Eingabezellen, ein Diagramm, die Prüfungen und die Quellen. Das Raster: Inferenzquoten für Beteiligungssätze von 10 % bis 30 %, Quartal für Quartal. Erneutes Einfügen aktualisiert beides.",
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
      `${latest}: Die Inferenzkosten betrugen das ${ratio}-Fache des impliziten Umsatzes, bei einem ${RATE} von ${rate}${payments ? ` und ${payments} Mrd. USD Microsoft-Zahlungen je Quartal` : ""}.`,
    dataVersion: (version, date) => `Daten ${version} vom ${date}`,
    altman: (quarter, who, revenue, rate, reported) =>
      `Damit ${quarter} die von ${who} genannten ${revenue} Mrd. USD im Jahr erreicht, müsste der ${RATE} ${rate} betragen, nicht ${reported}.`,
    rateMissing: `Geben Sie den ${RATE} in Prozent ein, z. B. 20.`,
    rateRange: `Der ${RATE} muss über 0 % und höchstens 100 % liegen.`,
    paymentsMissing: "Geben Sie Microsofts Zahlungen in Mrd. USD ein, z. B. 0,1 (oder 0).",
    paymentsNegative: "Microsofts Zahlungen können nicht negativ sein.",
    paymentsTooLarge:
      "Das sind mehr als 1.000 Mrd. USD je Quartal: Prüfen Sie die Einheit (Mrd. USD).",
    checkTotal: (what, stated, computed, gap) =>
      `${what}: Artikel ${stated}, Quartale ${computed}, Abweichung ${gap}`,
    checkQuarters: (low, high) =>
      `Jedes Quartal: veröffentlichter impliziter Umsatz gegen 5 × ${SHARE}, Abweichungen von ${low} bis ${high}`,
    withinRounding: "durch Rundung erklärt",
    beyondRounding: "mehr als Rundung",
    spread: (what, all) => `${what}: ${all}`,
    billions: "Mrd.",
    millions: "Mio.",
    metrics: deMetrics,
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
        ? `Datensatz auf „${sheet}“ eingefügt (${address}). Ändern Sie die orangefarbenen Eingabezellen, um neu zu rechnen.`
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

/** Excel's tooltips in German: the build makes functions-de.json from functions.json and these. */
export const functionTooltips: FunctionTooltips = {
  IMPLIEDREVENUE: {
    description: `Der OpenAI-Umsatz, den die ${SHARE} impliziert: (share + microsoftPayments) / rate. Ein Minimum, da die geleakte ${SHARE} nach Microsofts Zahlungen an OpenAI gerechnet ist.`,
    parameters: {
      share: `Die ${SHARE} (netto) in Mrd. USD (z. B. 0,411) oder ein Zeitraum als Text, dessen veröffentlichte ${SHARE} genommen wird (z. B. "Q3 2025"). Ein Bereich ergibt einen Bereich.`,
      rate: RATE_PARAMETER,
      microsoftPayments:
        "Was Microsoft im selben Zeitraum an OpenAI gezahlt hat, in Mrd. USD. Standard 0.",
    },
  },
  INFERENCERATIO: {
    description:
      "Inferenzkosten als Vielfaches des impliziten Umsatzes: veröffentlichte Inferenzkosten des Zeitraums / impliziter Umsatz des Zeitraums. Über 1 kostete der Betrieb der Modelle mehr als der Umsatz.",
    parameters: {
      period:
        'Ein Quartal, Halbjahr, Jahr oder Bereich im Leak, z. B. "Q3 2025", "H1 2025", "2024", "9M 2025", oder ein Datum. Ein Bereich ergibt einen Bereich.',
      rate: RATE_PARAMETER,
      microsoftPayments:
        "Was Microsoft im selben Zeitraum an OpenAI gezahlt hat, in Mrd. USD. Standard 0.",
    },
  },
  INFERENCECOST: {
    description:
      "OpenAIs veröffentlichte Inferenzkosten (Betrieb der Modelle auf Azure) für einen Zeitraum, summiert über seine Quartale.",
    parameters: {
      period:
        'Ein Quartal, Halbjahr, Jahr oder Bereich im Leak, z. B. "Q3 2025", "2024", "9M 2025", oder ein Datum. Ein Bereich ergibt einen Bereich.',
    },
  },
  REVENUESHARE: {
    description: `Die veröffentlichte ${SHARE} (netto) an OpenAIs Umsatz für einen Zeitraum, summiert über seine Quartale.`,
    parameters: {
      period:
        'Ein Quartal, Halbjahr, Jahr oder Bereich im Leak, z. B. "Q3 2025", "2024", "9M 2025", oder ein Datum. Ein Bereich ergibt einen Bereich.',
    },
  },
  RUNRATE: {
    description:
      "Auf ein Jahr hochgerechneter impliziter Umsatz: impliziter Umsatz des Zeitraums × 4 / Zahl seiner Quartale.",
    parameters: {
      period:
        'Ein Quartal, Halbjahr, Jahr oder Bereich im Leak, z. B. "Q3 2025", "H1 2025", "9M 2025", oder ein Datum. Ein Bereich ergibt einen Bereich.',
      rate: RATE_PARAMETER,
      microsoftPayments:
        "Was Microsoft im selben Zeitraum an OpenAI gezahlt hat, in Mrd. USD. Standard 0.",
    },
  },
  IMPLIEDRATE: {
    description: `Der ${RATE}, bei dem die geleakte ${SHARE} zu einem behaupteten Umsatz passt: veröffentlichte ${SHARE} / Umsatz.`,
    parameters: {
      period:
        'Ein Quartal, Halbjahr, Jahr oder Bereich im Leak, z. B. "H1 2025". Ein Bereich ergibt einen Bereich.',
      revenue: "Der behauptete OpenAI-Umsatz für denselben Zeitraum, in Mrd. USD, z. B. 4,3.",
    },
  },
  SOURCE: {
    description:
      "Wer die Zahlen des Zeitraums berichtet hat und wie, mit den Zahlen jedes Mediums, wo sie abweichen. Die Zahlen sind geleakt und unbestätigt.",
    parameters: {
      period:
        'Ein Quartal, Halbjahr, Jahr oder Bereich im Leak, z. B. "2024", "9M 2025" oder "Q3 2025". Ein Bereich ergibt einen Bereich.',
      field: '"inference", "share" oder "revenue" für eine Zahl. Standard: alle drei.',
    },
  },
  DATASET: {
    description: `Die geleakten Zahlen wie veröffentlicht, eine Zeile je Quartal ({{coverage}}): Quartal, Inferenzkosten, ${SHARE} und impliziter Mindestumsatz, in Mrd. USD. Geleakt und unbestätigt.`,
    parameters: {
      headers: "WAHR (Standard) für eine Kopfzeile zuerst; FALSCH nur für die Zahlen.",
    },
  },
  CARD: {
    description: `Ein Zeitraum als Karte: seine Zahlen (Inferenzkosten, ${SHARE}, impliziter Umsatz, Inferenzquote, hochgerechneter Jahresumsatz, ${deMetrics.breakEvenRate}) mit Einheiten und Quellen, die Annahmen und der Hinweis. Wo Excel keine Datentypen hat, eine Textzeile.`,
    parameters: {
      period:
        'Ein Quartal, Halbjahr, Jahr oder Bereich im Leak, z. B. "Q3 2025", "2024" oder "9M 2025". Ein Bereich ergibt eine Karte je Zelle.',
      rate: RATE_PARAMETER,
      microsoftPayments: "Was Microsoft OpenAI im selben Zeitraum zahlte, in Mrd. USD. Standard 0.",
    },
  },
};
