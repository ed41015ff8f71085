/*
 * The OAI.* custom functions: thin wrappers that hand Excel's arguments to the core and turn the
 * core's error values into Excel errors. Money is in bn USD; a rate is a fraction (20 % = 0.2).
 * The JSDoc below is what Excel shows in autocomplete and the argument tooltip. Every argument is
 * `any`: "By specifying a parameter type, Excel will convert values into that type before calling
 * the function. If the type is any, no conversion will be performed" (custom-functions-json-
 * autogeneration#types); what that conversion makes of text is undocumented, and the core's rules
 * and messages should decide.
 */
import {
  CardHost,
  CoreError,
  ErrorKind,
  PeriodCard,
  cardCells,
  localeOf,
  datasetCells,
  impliedRateCells,
  impliedRevenueCells,
  inferenceCostCells,
  inferenceRatioCells,
  revenueShareCells,
  runRateCells,
  sourceCells,
} from "../core";

// Read at call time, not import time: outside Excel there is no CustomFunctions global.
function excelCode(kind: ErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "null":
      return CustomFunctions.ErrorCode.nullReference;
  }
}

// The core hands out the same error object for the same cause, so one Excel error serves them all.
const excelErrors = new WeakMap<CoreError, CustomFunctions.Error>();

function toExcelError(e: CoreError): CustomFunctions.Error {
  let excel = excelErrors.get(e);
  if (!excel) {
    // Excel shows a custom message only on #VALUE! and #N/A (custom-functions-runtime ErrorCode).
    excel =
      e.error === "value" || e.error === "na"
        ? new CustomFunctions.Error(excelCode(e.error), e.message)
        : new CustomFunctions.Error(excelCode(e.error));
    excelErrors.set(e, excel);
  }
  return excel;
}

/**
 * The OpenAI revenue implied by Microsoft's revenue share: (share + microsoftPayments) / rate. A minimum, since the leaked share is net of Microsoft's payments to OpenAI.
 * @customfunction IMPLIEDREVENUE
 * @helpurl https://localhost:3000/help.html#oaiimpliedrevenue
 * @param {any[][]} share Microsoft's net revenue share in bn USD (e.g. 0.411), or a period as text whose published share is used (e.g. "Q3 2025"). A range gives a range.
 * @param {any} [rate] Share rate: the share of OpenAI's revenue paid to Microsoft, as a fraction. Default 0.2 (20 %).
 * @param {any} [microsoftPayments] What Microsoft paid OpenAI in the same period, in bn USD. Default 0.
 * @returns {any[][]} Implied OpenAI revenue in bn USD, e.g. 2.055 for Q3 2025.
 */
export function impliedRevenue(share: any[][], rate?: any, microsoftPayments?: any): any[][] {
  return impliedRevenueCells(share, rate, microsoftPayments, toExcelError);
}

/**
 * Inference cost as a multiple of the implied revenue: published inference cost / implied revenue of the period. Above 1, running the models cost more than the revenue.
 * @customfunction INFERENCERATIO
 * @helpurl https://localhost:3000/help.html#oaiinferenceratio
 * @param {any[][]} period A quarter, half, year or range in the leak, e.g. "Q3 2025", "H1 2025", "2024", "9M 2025", or a date. A range gives a range.
 * @param {any} [rate] Share rate: the share of OpenAI's revenue paid to Microsoft, as a fraction. Default 0.2 (20 %).
 * @param {any} [microsoftPayments] What Microsoft paid OpenAI in the same period, in bn USD. Default 0.
 * @returns {any[][]} Inference cost / implied revenue, e.g. 1.775 for Q3 2025.
 */
export function inferenceRatio(period: any[][], rate?: any, microsoftPayments?: any): any[][] {
  return inferenceRatioCells(period, rate, microsoftPayments, toExcelError);
}

/**
 * OpenAI's published inference cost (running the models on Azure) for a period, summed over its quarters.
 * @customfunction INFERENCECOST
 * @helpurl https://localhost:3000/help.html#oaiinferencecost
 * @param {any[][]} period A quarter, half, year or range in the leak, e.g. "Q3 2025", "2024", "9M 2025", or a date. A range gives a range.
 * @returns {any[][]} Inference cost in bn USD, e.g. 3.767 for 2024.
 */
export function inferenceCost(period: any[][]): any[][] {
  return inferenceCostCells(period, toExcelError);
}

/**
 * Microsoft's published net revenue share from OpenAI for a period, summed over its quarters.
 * @customfunction REVENUESHARE
 * @helpurl https://localhost:3000/help.html#oairevenueshare
 * @param {any[][]} period A quarter, half, year or range in the leak, e.g. "Q3 2025", "2024", "9M 2025", or a date. A range gives a range.
 * @returns {any[][]} Revenue share in bn USD, e.g. 0.494 for 2024.
 */
export function revenueShare(period: any[][]): any[][] {
  return revenueShareCells(period, toExcelError);
}

/**
 * Annualised implied revenue: implied revenue of the period × 4 / the number of quarters in it.
 * @customfunction RUNRATE
 * @helpurl https://localhost:3000/help.html#oairunrate
 * @param {any[][]} period A quarter, half, year or range in the leak, e.g. "Q3 2025", "H1 2025", "9M 2025", or a date. A range gives a range.
 * @param {any} [rate] Share rate: the share of OpenAI's revenue paid to Microsoft, as a fraction. Default 0.2 (20 %).
 * @param {any} [microsoftPayments] What Microsoft paid OpenAI in the same period, in bn USD. Default 0.
 * @returns {any[][]} Annual run rate in bn USD, e.g. 8.22 for Q3 2025.
 */
export function runRate(period: any[][], rate?: any, microsoftPayments?: any): any[][] {
  return runRateCells(period, rate, microsoftPayments, toExcelError);
}

/**
 * The share rate at which the leaked share matches a claimed revenue: published share / revenue.
 * @customfunction IMPLIEDRATE
 * @helpurl https://localhost:3000/help.html#oaiimpliedrate
 * @param {any[][]} period A quarter, half, year or range in the leak, e.g. "H1 2025". A range gives a range.
 * @param {any} revenue The claimed OpenAI revenue for that same period, in bn USD, e.g. 4.3.
 * @returns {any[][]} The rate as a fraction, e.g. 0.106 (10.6 %) for "H1 2025" and 4.3.
 */
export function impliedRate(period: any[][], revenue: any): any[][] {
  return impliedRateCells(period, revenue, toExcelError);
}

/**
 * Who reported the period's figures and how, with each outlet's total where they disagree. The figures are leaked and unconfirmed.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#oaisource
 * @param {any[][]} period A quarter, half, year or range in the leak, e.g. "2024", "9M 2025" or "Q3 2025". A range gives a range.
 * @param {any} [field] "inference", "share" or "revenue" for one figure. Default: all three.
 * @returns {any[][]} Text naming the sources, e.g. "Inference cost: Ed Zitron, citing internal documents; …".
 */
export function source(period: any[][], field?: any): any[][] {
  return sourceCells(period, field, toExcelError);
}

/**
 * The leaked figures as published, one row per quarter ({{coverage}}): quarter, inference cost, Microsoft revenue share and implied minimum revenue, in bn USD. Leaked and unconfirmed.
 * @customfunction DATASET
 * @helpurl https://localhost:3000/help.html#oaidataset
 * @param {any} [headers] TRUE (default) for a header row first; FALSE for the figures only.
 * @returns {any[][]} A table that spills: a header row, then one row per quarter; 4 columns.
 */
export function dataset(headers?: any): any[][] {
  return datasetCells(headers, toExcelError);
}

// Office.context is documented only once Office is ready (Office.onReady, @types/office-js);
// nothing says it is set when Excel first calls a function in the shared runtime, and a card
// computed as text would stay text until recalculated (it is not volatile). So every card call
// awaits the same promise, made once.
let officeReady: Promise<unknown> | undefined;

function whenOfficeReady(): Promise<unknown> | undefined {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return undefined;
  officeReady ??= Office.onReady();
  return officeReady;
}

/** What this Excel offers a card, read at each call (a workbook can move between Excels). */
function cardHost(): CardHost {
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const supports = (set: string, version: string) =>
    context?.requirements?.isSetSupported(set, version) === true;
  return {
    locale: localeOf(context?.displayLanguage),
    // Cards need data types from custom functions: CustomFunctionsRuntime 1.4.
    dataTypes: supports("CustomFunctionsRuntime", "1.4"),
    // Double.numberFormat is ExcelApi 1.19; FormattedNumber is what older builds read.
    numberType: supports("ExcelApi", "1.19") ? "Double" : "FormattedNumber",
  };
}

// The core builds the card without Office's types; this line fails the build if its shape ever
// stops being an Excel.EntityCellValue (@types/office-js).
const asEntity = (card: PeriodCard): Excel.EntityCellValue => card;
void asEntity;

/**
 * A period as a card: its figures (inference cost, revenue share, implied revenue, inference ratio, run rate, break-even rate) with their units and sources, the assumptions and the caveat. Where Excel has no data types, one line of text.
 * @customfunction CARD
 * @helpurl https://localhost:3000/help.html#oaicard
 * @param {any[][]} period A quarter, half, year or range in the leak, e.g. "Q3 2025", "2024" or "9M 2025". A range gives one card per cell.
 * @param {any} [rate] Share rate: the share of OpenAI's revenue paid to Microsoft, as a fraction. Default 0.2 (20 %).
 * @param {any} [microsoftPayments] What Microsoft paid OpenAI in the same period, in bn USD. Default 0.
 * @returns {Promise<any[][]>} A card (a data type) whose fields formulas can read, e.g. =A1.[Inference ratio].
 */
export async function card(period: any[][], rate?: any, microsoftPayments?: any): Promise<any[][]> {
  await whenOfficeReady();
  return cardCells(period, rate, microsoftPayments, cardHost(), toExcelError);
}
