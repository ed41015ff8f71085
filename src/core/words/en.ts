/* The add-in's words in English. */
import type { Words } from "./words";
import { enAssumptions, enMetrics, enQuarter } from "./en-metrics";

/**
 * What the share rate is, after its name (the pane's hint, the sheet's label): here, not beside
 * its name in en-metrics.ts, which functions.js ships and which needs no explanation.
 */
export const enShareRateMeaning = "the share of OpenAI's revenue paid to Microsoft";

const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);
const RATE = enAssumptions.shareRate;
const RATE_IN_TEXT = RATE.toLowerCase();

/**
 * The pane's words. The writer's, the sheet's and the audit's are in en-writer.ts and en-sheet.ts,
 * which ship with the workbook chunk.
 */
export const en: Omit<Words, "writer" | "sheet" | "audit"> = {
  pane: {
    lang: "en",
    static: {
      title: "OpenAI leak figures",
      headlineTitle: "Inference cost against implied revenue",
      caption: "bn USD, at the assumptions below",
      colQuarter: enQuarter,
      colCost: "Inference cost",
      colRevenue: "Implied revenue",
      colRatio: "Ratio",
      assumptionsTitle: "Assumptions",
      rateLabel: `${RATE} (%)`,
      rateHint: `${capitalised(enShareRateMeaning)}. Reported: 20\u00a0%.`,
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
      `${latest}: inference cost was ${ratio} times the implied revenue, at a ${RATE_IN_TEXT} of ${rate}${payments ? ` plus ${payments} bn of Microsoft payments a quarter` : ""}.`,
    altman: (quarter, who, revenue, rate, reported) =>
      `For ${quarter} to run at the ${revenue} bn USD a year ${who} spoke of, the ${RATE_IN_TEXT} would have to be ${rate}, not ${reported}.`,
    dataVersion: (version, date) => `Data ${version} of ${date}`,
    rateMissing: `Enter the ${RATE_IN_TEXT} in percent, e.g. 20.`,
    rateRange: `The ${RATE_IN_TEXT} must be above 0 % and at most 100 %.`,
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
    billions: "bn",
    millions: "M",
    metrics: enMetrics,
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
};
