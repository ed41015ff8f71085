/*
 * What the add-in writes into a workbook, and what its audit finds, in English. Apart from en.ts
 * because both ship with the workbook chunk, which the pane loads when it inserts or audits.
 */
import type { Words } from "./words";
import { enShareRateMeaning } from "./en";
import { enAssumptions, enBnUsd, enMetrics, enQuarter } from "./en-metrics";

const BN = enBnUsd;
const RATE = enAssumptions.shareRate;
const RATE_IN_TEXT = RATE.toLowerCase();

export const enSheet: Words["sheet"] = {
  sheetName: "OpenAI leak",
  title: (coverage) => `OpenAI: inference cost against implied revenue, ${coverage}`,
  assumptions: "Assumptions (change them: the table recalculates)",
  rateLabel: `${RATE}: ${enShareRateMeaning}`,
  paymentsLabel: `Microsoft payments to OpenAI per quarter (${BN}), not in the leaked share`,
  metrics: enMetrics,
  bnUsd: BN,
  quarter: enQuarter,
  total: "Total",
  notes: "Notes",
  minimumNote:
    "Implied revenue is a minimum: the leaked share is Microsoft's net share, after its payments to OpenAI " +
    "(about 20 % of Bing and Azure OpenAI revenue), which are excluded unless entered above.",
  decimalSeparator: ".",
  roundingNote: (example) =>
    `The published implied revenue is not exactly 5 × the share${example ? ` (5 × ${example.share} = ${example.five}, published ${example.published})` : ""}: ` +
    "the quarters were rounded from more precise figures. Both are kept as published.",
  chartTitle: `Inference cost and implied revenue at the assumptions (${BN})`,
  checks: "Checks: the published figures against each other (nothing here is corrected)",
  stated: "Stated",
  fromQuarters: "From the quarters",
  gap: "Gap",
  explained: "Explained by rounding",
  check: "Check",
  yes: "yes",
  no: "no",
  checkTotal: (figure, period) => `${figure}, ${period}: article against the sum of the quarters`,
  checkQuarter: (quarter) => `${quarter}: published implied revenue against 5 × share`,
  rateValidation: {
    title: RATE,
    prompt: "A fraction: 20 % is 0.2 (or type 20% with the % sign). Empty means 20 %.",
    errorTitle: `Not a ${RATE_IN_TEXT}`,
    error: "Enter a fraction above 0 and at most 1: 20 % is 0.2.",
  },
  paymentsValidation: {
    title: "Microsoft's payments",
    prompt: `${BN} per quarter, 0 or more: 0.1 is 100 M USD. Empty means 0.`,
    errorTitle: "Not an amount",
    error: `Enter Microsoft's payments in ${BN}, 0 or more (0.1 is 100 M USD).`,
  },
  gridSheetName: "OpenAI sensitivity",
  gridTitle: `Sensitivity: inference cost as a multiple of implied revenue, by ${RATE_IN_TEXT} and quarter`,
  gridNote: `Each cell: inference cost ÷ implied revenue at that ${RATE_IN_TEXT} (Microsoft's payments from OAI_MicrosoftPayments). Red: costs exceed revenue.`,
  gridCorner: RATE,
  nameComments: {
    shareRate: `${RATE}: ${enShareRateMeaning} (20 % = 0.2)`,
    payments: `Microsoft's payments to OpenAI per quarter, ${BN}`,
    checks: "The add-in's checks of the published figures, rewritten by Insert dataset",
    rateUsed: `The ${RATE_IN_TEXT} the formulas use: OAI_ShareRate checked as the OAI functions check it (empty or 0: 20 %)`,
    paymentsUsed:
      "Microsoft's payments the formulas use: OAI_MicrosoftPayments checked as the OAI functions check it (empty: 0)",
    sensitivity: `The sensitivity grid (inference ratio by ${RATE_IN_TEXT} and quarter)`,
  },
};

export const enAudit: Words["audit"] = {
  header: (cell, now, was) => `${cell}: the header reads "${now}" (the add-in wrote "${was}").`,
  missing: (quarter) => `${quarter} is not in the table (a deleted row?).`,
  extra: (cell, label) => `${cell}: "${label}" is not a quarter in the leak.`,
  edited: (cell, leak, now) => `${cell}: the leak has ${leak}; the sheet has ${now}.`,
  formula: (cell, now) => `${cell}: no longer the add-in's formula (now ${now}).`,
  differs: (cell, excel, core) => `${cell}: Excel shows ${excel}; the add-in computes ${core}.`,
  hidden:
    "Rows of the table are hidden (a filter?): its totals add up only the visible rows (SUBTOTAL), so they were not compared.",
  error: "an error",
};
