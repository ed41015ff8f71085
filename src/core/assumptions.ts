/** The two assumptions behind "implied revenue": the share rate and Microsoft's payments to OpenAI. */
import { plainCellValue } from "./cell-values";
import { CoreError, coreError, isCoreError, toFifteenDigits } from "./errors";
import * as say from "./words/en-functions";

export interface Assumptions {
  /** Fraction of OpenAI's revenue paid to Microsoft: 20 % = 0.2. */
  readonly shareRate: number;
  /** What Microsoft paid OpenAI in the same period (its share of Bing / Azure OpenAI revenue), bn USD. */
  readonly microsoftPayments: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = Object.freeze({
  shareRate: 0.2,
  microsoftPayments: 0,
});

/**
 * An assumption left out: omitted (null or undefined), an empty cell, or 0. Excel on the web
 * passes an empty cell as null and some desktop builds as 0 (office-js #4702, #5262), and
 * nothing tells them apart; a rate of 0 means nothing, so both mean "the default".
 */
export const isOmittedAssumption = (x: unknown): boolean =>
  x === null || x === undefined || x === "" || x === 0;

const asPlain = (x: unknown): unknown =>
  typeof x === "object" && x !== null ? plainCellValue(x) : x;

/** The largest rate read as a percentage typed without the % sign (20 for 20 %). */
export const PERCENT_TYPO_LIMIT = 100;

/**
 * One rule an assumption must meet, written once: how the functions test a value and how a
 * sheet formula tests a cell, so that the OAI functions and the inserted sheet cannot disagree.
 */
export interface Rule {
  /** True when a plain value (not omitted) breaks the rule. */
  readonly breaks: (x: unknown) => boolean;
  /** The same test as an Excel condition on a reference; none where Excel cannot break it. */
  readonly excel?: (ref: string) => string;
  readonly error: (x: unknown) => CoreError;
}

export interface AssumptionSpec {
  /** The default for an omitted value, an empty cell or 0. */
  readonly defaultValue: number;
  readonly rules: readonly Rule[];
}

const notANumber = (message: string): Rule => {
  const error = coreError("value", message);
  const asText = coreError("value", say.isText(message));
  return {
    breaks: (x) => typeof x !== "number" || Number.isNaN(x),
    excel: (ref) => `NOT(ISNUMBER(${ref}))`,
    error: (x) => (typeof x === "string" ? asText : error),
  };
};

const rateRange = coreError("num", say.rateRange);

export const SHARE_RATE_SPEC: AssumptionSpec = {
  defaultValue: DEFAULT_ASSUMPTIONS.shareRate,
  rules: [
    notANumber(say.rateNotNumber),
    // #NUM! cannot carry a message (custom-functions-runtime ErrorCode), so the likeliest slip,
    // a percentage typed as a whole number, is #VALUE! with the fix.
    {
      breaks: (x) => (x as number) > 1 && (x as number) <= PERCENT_TYPO_LIMIT,
      excel: (ref) => `AND(${ref}>1,${ref}<=${PERCENT_TYPO_LIMIT})`,
      error: (x) => coreError("value", say.ratePercent(x, toFifteenDigits((x as number) / 100))),
    },
    {
      breaks: (x) => !((x as number) > 0 && (x as number) <= 1),
      excel: (ref) => `OR(${ref}<=0,${ref}>1)`,
      error: () => rateRange,
    },
  ],
};

const negativePayments = coreError("num", say.paymentsNegative);
const infinitePayments = coreError("num", say.paymentsInfinite);

export const PAYMENTS_SPEC: AssumptionSpec = {
  defaultValue: DEFAULT_ASSUMPTIONS.microsoftPayments,
  rules: [
    notANumber(say.paymentsNotNumber),
    { breaks: (x) => (x as number) < 0, excel: (ref) => `${ref}<0`, error: () => negativePayments },
    // A cell's number is always finite: no sheet formula needs this one.
    { breaks: (x) => !Number.isFinite(x as number), error: () => infinitePayments },
  ],
};

/** A value checked against a spec: the value to use, or the first rule it breaks. */
export function checkAssumption(spec: AssumptionSpec, input: unknown): number | CoreError {
  const x = asPlain(input);
  if (isCoreError(x)) return x;
  if (isOmittedAssumption(x)) return spec.defaultValue;
  for (const rule of spec.rules) if (rule.breaks(x)) return rule.error(x);
  return x as number;
}

const EXCEL_ERROR = { value: "#VALUE!", na: "#N/A", num: "#NUM!", div0: "#DIV/0!", null: "#NULL!" };

/**
 * The value the sheet's formulas use for the input cell `ref`, as an Excel formula: the default
 * where it is empty or 0, the Excel error of the first rule it breaks, else the cell itself.
 * An error in the cell passes through, as an input error does in the functions.
 */
export function guardFormula(spec: AssumptionSpec, ref: string): string {
  let formula = ref;
  for (const rule of [...spec.rules].reverse()) {
    if (!rule.excel) continue;
    const error = EXCEL_ERROR[rule.error(0).error];
    formula = `IF(${rule.excel(ref)},${error},${formula})`;
  }
  return `IF(OR(${ref}="",${ref}=0),${spec.defaultValue},${formula})`;
}

/**
 * A data-validation formula for the input cell `ref`: true where no rule breaks. Excel allows
 * an empty cell by itself (DataValidation.ignoreBlanks), which the functions read as the default.
 */
export function validationFormula(spec: AssumptionSpec, ref: string): string {
  const breaks = spec.rules.filter((r) => r.excel).map((r) => r.excel!(ref));
  return `=NOT(OR(${breaks.join(",")}))`;
}

export function checkShareRate(input: unknown): number | CoreError {
  return checkAssumption(SHARE_RATE_SPEC, input);
}

export function checkMicrosoftPayments(input: unknown): number | CoreError {
  return checkAssumption(PAYMENTS_SPEC, input);
}

/** Checks both optional arguments; omitted ones (null, undefined, blank, 0) take the defaults. */
export function checkAssumptions(
  rate: unknown,
  microsoftPayments: unknown
): Assumptions | CoreError {
  const shareRate = checkShareRate(rate);
  if (typeof shareRate !== "number") return shareRate;
  const payments = checkMicrosoftPayments(microsoftPayments);
  if (typeof payments !== "number") return payments;
  return { shareRate, microsoftPayments: payments };
}
