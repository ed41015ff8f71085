/**
 * The pane's formula builder, without the pane: which functions and arguments there are (read from
 * the functions' own metadata, functions.json, never restated), which input fits each argument,
 * the formula as English or German Excel writes it, and its result computed by the same core
 * calls the functions make.
 */
import { Locale } from "./caveats";
import {
  Cell,
  cardCells,
  datasetCells,
  impliedRateCells,
  impliedRevenueCells,
  inferenceCostCells,
  inferenceRatioCells,
  revenueShareCells,
  runRateCells,
  sourceCells,
} from "./cells";
import { QUARTERS } from "./dataset";
import { CoreError, ErrorKind } from "./errors";
import { quarterIndex, quarterLabel } from "./period";
import { FIELDS } from "./sources";
import { BUILDER_WORDS } from "./words/builder";

/** One function as functions.json describes it (custom-functions-json#metadata-reference). */
export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly ParameterMetadata[];
}

export interface ParameterMetadata {
  readonly name: string;
  readonly description: string;
  readonly optional?: boolean;
  readonly dimensionality?: "scalar" | "matrix";
}

/** The input that fits an argument: what the builder offers for it. */
export type ArgumentKind = "period" | "number" | "field" | "boolean";

/** An argument's input, keyed by the parameter's name in the JSDoc. */
const KINDS: Readonly<Record<string, ArgumentKind>> = {
  period: "period",
  share: "period", // a period's published share, or a share typed as a number (a cell reference)
  rate: "number",
  microsoftPayments: "number",
  revenue: "number",
  field: "field",
  headers: "boolean",
};

/** The workbook's named inputs a number argument can follow (the dataset's assumption cells). */
export const NAMED_INPUTS: Readonly<Record<string, string>> = {
  rate: "OAI_ShareRate",
  microsoftPayments: "OAI_MicrosoftPayments",
};

/** What the builder offers for an argument; undefined for a parameter it does not know. */
export function argumentKind(parameter: ParameterMetadata): ArgumentKind | undefined {
  return KINDS[parameter.name];
}

/** The functions of a functions.json, in its order. */
export function functionsOf(metadata: {
  functions: readonly FunctionMetadata[];
}): FunctionMetadata[] {
  return metadata.functions.map(({ id, name, description, parameters }) => ({
    id,
    name,
    description,
    parameters: parameters.map((p) => ({ ...p })),
  }));
}

/** Every period the data covers: its quarters, complete halves and years, 9M, the whole range. */
export function periodChoices(): string[] {
  const indices = QUARTERS.map((q) => quarterIndex(q.year, q.quarter));
  const has = new Set(indices);
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  const years = [...new Set(QUARTERS.map((q) => q.year))];
  const covered = (year: number, quarters: number[]) =>
    quarters.every((q) => has.has(quarterIndex(year, q)));
  const choices = QUARTERS.map((q) => q.label);
  for (const y of years) {
    if (covered(y, [1, 2])) choices.push(`H1 ${y}`);
    if (covered(y, [3, 4])) choices.push(`H2 ${y}`);
    if (covered(y, [1, 2, 3]) && !covered(y, [4])) choices.push(`9M ${y}`);
    if (covered(y, [1, 2, 3, 4])) choices.push(String(y));
  }
  if (last > first) choices.push(`${quarterLabel(first)} – ${quarterLabel(last)}`);
  return choices;
}

/** The choices of OAI.SOURCE's field. */
export const FIELD_CHOICES: readonly string[] = FIELDS;

/** One argument as the user set it. */
export type ArgumentValue =
  | { readonly kind: "default" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** A cell reference (A1) or a defined name (OAI_ShareRate), written as the user typed it. */
  | { readonly kind: "reference"; readonly reference: string };

/** A1, $B$5, Sheet1!A1, 'My sheet'!B2:C3 or a defined name: what may stand for a cell. */
const REFERENCE =
  /^(('[^']+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?|[A-Za-z_\\][\w.]*)$/;

export function isReference(text: string): boolean {
  return REFERENCE.test(text.trim());
}

function argumentText(value: ArgumentValue, locale: Locale): string {
  switch (value.kind) {
    case "default":
      return "";
    case "text":
      return `"${value.text.replace(/"/g, '""')}"`;
    case "number": {
      // Enough digits for any rate or amount, none of floating point's noise (0.1 + 0.2).
      const text = String(Number(value.value.toPrecision(15)));
      return locale === "de" ? text.replace(".", ",") : text;
    }
    case "boolean":
      // Excel's own words for TRUE and FALSE in each language (support.microsoft.com "Excel
      // functions translator"), which the builder shows as they are.
      return value.value ? BUILDER_WORDS[locale].trueWord : BUILDER_WORDS[locale].falseWord;
    case "reference":
      return value.reference.trim();
  }
}

/**
 * The formula as a user of that Excel types it: English Excel separates arguments with "," and
 * writes 0.2; German Excel uses ";" and 0,2 (the list separator and decimal sign of its locale).
 * Range.formulas takes the English form whatever the language (learn.microsoft.com Excel.Range
 * formulas: "the formula in A1-style notation"; formulasLocal is "in the user's language").
 * Arguments left at their default are left out; one before a given one stays empty.
 */
export function formulaText(
  fn: FunctionMetadata,
  values: readonly ArgumentValue[],
  locale: Locale
): string {
  const args = fn.parameters.map((_, i) => argumentText(values[i] ?? { kind: "default" }, locale));
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `=OAI.${fn.name}(${args.join(locale === "de" ? ";" : ",")})`;
}

/** What the function would return in the formula's cell (its top-left cell for a table). */
export type Preview =
  | {
      readonly kind: "value";
      readonly value: number | string;
      readonly rows: number;
      readonly columns: number;
    }
  | { readonly kind: "error"; readonly error: ErrorKind; readonly message: string }
  /** An argument is a cell reference: only Excel knows what it holds. */
  | { readonly kind: "needsCells"; readonly references: string[] };

type CellsCall = (args: readonly unknown[]) => Cell<CoreError>[][];
const asError = (e: CoreError): CoreError => e;

/**
 * Each function's core call, with the arguments in the JSDoc's order (src/functions/functions.ts
 * makes the same calls). A card previews as its one line of text, as Excel without data types has it.
 */
const CELLS_CALLS: Readonly<Record<string, (locale: Locale) => CellsCall>> = {
  IMPLIEDREVENUE: () => (a) => impliedRevenueCells(a[0], a[1], a[2], asError),
  INFERENCERATIO: () => (a) => inferenceRatioCells(a[0], a[1], a[2], asError),
  INFERENCECOST: () => (a) => inferenceCostCells(a[0], asError),
  REVENUESHARE: () => (a) => revenueShareCells(a[0], asError),
  RUNRATE: () => (a) => runRateCells(a[0], a[1], a[2], asError),
  IMPLIEDRATE: () => (a) => impliedRateCells(a[0], a[1], asError),
  SOURCE: () => (a) => sourceCells(a[0], a[1], asError),
  DATASET: () => (a) => datasetCells(a[0], asError),
  CARD: (locale) => (a) =>
    cardCells(a[0], a[1], a[2], { locale, dataTypes: false, numberType: "Double" }, asError),
};

/** The function ids the builder can compute: a test holds them equal to functions.json's. */
export const PREVIEWED_FUNCTIONS: readonly string[] = Object.keys(CELLS_CALLS);

/**
 * The formula's result, computed by the core as the function computes it. `named` holds the
 * values of the workbook's named inputs that were read; any other reference cannot be previewed.
 */
export function previewFormula(
  fn: FunctionMetadata,
  values: readonly ArgumentValue[],
  locale: Locale,
  named: Readonly<Record<string, unknown>> = {}
): Preview {
  const call = CELLS_CALLS[fn.id];
  if (!call) throw new Error(`The builder cannot compute OAI.${fn.name}`);
  const unknown: string[] = [];
  const args = fn.parameters.map((p, i) => {
    const v = values[i] ?? { kind: "default" };
    let plain: unknown;
    if (v.kind === "default") plain = undefined;
    else if (v.kind === "text") plain = v.text;
    else if (v.kind === "reference") {
      const key = Object.keys(named).find(
        (n) => n.toLowerCase() === v.reference.trim().toLowerCase()
      );
      if (key === undefined) unknown.push(v.reference.trim());
      plain = key === undefined ? undefined : named[key];
    } else plain = v.value;
    // A matrix argument arrives as rows of cells (custom-functions-json: dimensionality).
    return p.dimensionality === "matrix" ? [[plain ?? null]] : plain;
  });
  if (unknown.length > 0) return { kind: "needsCells", references: unknown };
  const cells = call(locale)(args);
  const first = cells[0][0];
  if (typeof first === "object" && "error" in first) {
    return { kind: "error", error: first.error, message: first.message };
  }
  return {
    kind: "value",
    value: typeof first === "object" ? String(first) : first,
    rows: cells.length,
    columns: cells[0].length,
  };
}

// Excel's error values in each language (support.microsoft.com "Excel functions translator").
const ERROR_NAMES: Readonly<Record<Locale, Readonly<Record<ErrorKind, string>>>> = {
  en: { value: "#VALUE!", na: "#N/A", num: "#NUM!", div0: "#DIV/0!", null: "#NULL!" },
  de: { value: "#WERT!", na: "#NV", num: "#ZAHL!", div0: "#DIV/0!", null: "#NULL!" },
};

export function errorName(kind: ErrorKind, locale: Locale): string {
  return ERROR_NAMES[locale][kind];
}
