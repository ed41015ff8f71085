/*
 * The OAI functions' words in English, the only language their messages speak for now (see
 * FunctionWords). Each entry is an export of its own, read as `say.entry` through
 * `import * as say`: the bundler then keeps only the entries a bundle uses and gives each a short
 * name, where an object's entries would all ship, names and all (functions.js's 9 KB budget).
 */
import type { FunctionWords, MonthNames } from "./words";
import type * as self from "./en-functions";

/** Fails to compile unless this file has every FunctionWords entry, each of its type. */
export type Catalogue = Implements<typeof self>;
type Implements<T extends FunctionWords> = T;

export const months: MonthNames = [
  ["JAN", "JANUARY"],
  ["FEB", "FEBRUARY"],
  ["MAR", "MARCH"],
  ["APR", "APRIL"],
  ["MAY"],
  ["JUN", "JUNE"],
  ["JUL", "JULY"],
  ["AUG", "AUGUST"],
  ["SEP", "SEPT", "SEPTEMBER"],
  ["OCT", "OCTOBER"],
  ["NOV", "NOVEMBER"],
  ["DEC", "DECEMBER"],
];

const TRY = `Try "Q3 2025", "H1 2025", "2024" or "9M 2025".`;
export const notAPeriod = (text: string) => `${text} is not a period. ${TRY}`;
export const yearOutside = (text: string, min: number, max: number) =>
  `${text} has a year outside ${min}–${max}. ${TRY}`;
export const fiscalYear = (text: string) =>
  `${text} is a fiscal year, which differs between companies (Microsoft's runs July–June). ${TRY}`;
export const notAMonth = (text: string) => `${text} is not a valid month or date. ${TRY}`;
export const endsBeforeStart = (text: string) => `${text} ends before it starts. ${TRY}`;
export const emptyPeriod = `The period is empty text. ${TRY}`;
export const notYearOrDate = (n: number, min: number, max: number) =>
  `${n} is neither a year (${min}–${max}) nor a date from 2000 on. ${TRY}`;

export const rateNotNumber = "The rate must be a number, e.g. 0.2 for 20 %.";
export const isText = (message: string) => `${message} This one is text.`;
export const ratePercent = (percent: unknown, fraction: number) =>
  `The rate is a fraction: write ${percent} % as ${fraction} (or type ${percent}% with the % sign).`;
export const rateRange = "The rate must be a fraction above 0 and at most 1 (20 % = 0.2).";
export const paymentsNotNumber = "Microsoft's payments must be a number in bn USD, e.g. 0.1.";
export const paymentsNegative = "Microsoft's payments to OpenAI cannot be negative (bn USD).";
export const paymentsInfinite = "Microsoft's payments must be a finite number (bn USD).";

export const shareInfinite = "The share must be a finite number.";
export const shareNotNumber = 'The share must be a number in bn USD or a period such as "Q3 2025".';
export const numberAsText = (text: string) =>
  `"${text}" is a number stored as text. Make it a number (=VALUE(…) or Data › Text to Columns), or give a period such as "Q3 2025".`;
export const grossNegative =
  "The share plus Microsoft's payments is negative: no revenue can imply it.";
export const revenueMissing = "Give the claimed revenue in bn USD, e.g. 4.3.";
export const revenueNotNumber = "The revenue must be a number in bn USD, e.g. 4.3.";
export const revenueNotPositive = "The revenue must be above 0 (bn USD).";
export const headersNotBoolean = "headers must be TRUE or FALSE.";

export const ratioOfZero = "The implied revenue is zero: no ratio exists.";
export const noCostToBreakEven = "There is no inference cost to break even with.";
export const tooLarge = (what: string) => `${what} is too large to represent.`;
export const resultImpliedRevenue = "The implied revenue";
export const resultInferenceRatio = "The inference ratio";
export const resultRunRate = "The run rate";
export const resultBreakEvenRate = "The break-even rate";
export const resultImpliedRate = "The implied rate";

export const inputError = (error: string) =>
  `An input cell is ${error}: correct that cell, and this result follows.`;
export const anError = "an error";
export const notPlain = (what: string) =>
  `This cell holds ${what}, not a number or a period. Give its value instead.`;
export const dataTypeEntity = "an entity (a card) that is not one of this add-in's";
export const dataTypeLinked = "a linked data type (such as Stocks or Geography)";
export const dataTypeImage = "an image";
export const dataTypeArray = "an array";
export const dataTypeReference = "a reference";
export const dataTypeOther = "a data type this function cannot read";
