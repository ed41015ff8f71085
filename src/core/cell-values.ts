/**
 * One cell of an `any` argument as Excel hands it over, made plain. Besides numbers, text,
 * booleans and blanks, Excel passes data-type values and an input cell's error as objects (the
 * metadata's allowCustomDataForDataTypeAny, which "can cover both rich data types and rich
 * errors": Microsoft in office-js #4385): formatted numbers, entities, images, errors.
 */
import { periodOfCard } from "./card-key";
import { CoreError, ErrorKind, coreError } from "./errors";
import * as say from "./words/en-functions";

/** The errors a custom function can give back as they came in; others become #VALUE!. */
// custom-functions-runtime ErrorCode: #NAME? and #REF! are input errors only, never output.
const RETURNABLE: Readonly<Record<string, ErrorKind>> = {
  "#VALUE!": "value",
  "#N/A": "na",
  "#NUM!": "num",
  "#DIV/0!": "div0",
  "#NULL!": "null",
};

// @types/office-js Excel.ErrorCellValueType: the error text of the common errorTypes, where
// basicValue is missing (the others read "an error").
const ERROR_TEXT: Readonly<Record<string, string>> = {
  Div0: "#DIV/0!",
  NotAvailable: "#N/A",
  Name: "#NAME?",
  Null: "#NULL!",
  Num: "#NUM!",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  Value: "#VALUE!",
};

const inputErrors = new Map<string, CoreError>();

/** An input cell's error comes out as the same error where Excel allows it, else as #VALUE!. */
export function inputError(text: string): CoreError {
  let e = inputErrors.get(text);
  if (!e) {
    // The text reaches a one-line message: keep it short and printable.
    const shown = /^#[A-Z0-9_/!?]{1,14}$/.test(text) ? text : say.anError;
    e = coreError(RETURNABLE[shown] ?? "value", say.inputError(shown));
    inputErrors.set(text, e);
  }
  return e;
}

const DATA_TYPE_NAMES: Readonly<Record<string, string>> = {
  Entity: say.dataTypeEntity,
  LinkedEntity: say.dataTypeLinked,
  WebImage: say.dataTypeImage,
  LocalImage: say.dataTypeImage,
  Array: say.dataTypeArray,
  Reference: say.dataTypeReference,
};

/**
 * A cell that arrived as an object, as a plain value (number, text, boolean or null) or a
 * CoreError. Plain values never come here: the caller checks `typeof cell === "object"` first.
 */
export function plainCellValue(cell: object | null): unknown {
  if (cell === null) return null;
  const v = cell as { code?: unknown; type?: unknown; basicValue?: unknown; errorType?: unknown };
  // CustomFunctions.Error: how an input error arrives (custom-functions-runtime ErrorCode).
  if (typeof v.code === "string" && v.code.startsWith("#")) return inputError(v.code);
  switch (v.type) {
    // Excel.ErrorCellValue (ExcelApi 1.16): type "Error", basicValue "#N/A", errorType "NotAvailable".
    case "Error":
      return inputError(
        typeof v.basicValue === "string"
          ? v.basicValue
          : (ERROR_TEXT[String(v.errorType)] ?? say.anError)
      );
    // Excel.DoubleCellValue and the older FormattedNumberCellValue: the number is basicValue.
    case "Double":
    case "FormattedNumber":
      return typeof v.basicValue === "number" ? v.basicValue : notPlain(v.type);
    case "String":
      return typeof v.basicValue === "string" ? v.basicValue : notPlain(v.type);
    case "Boolean":
      return typeof v.basicValue === "boolean" ? v.basicValue : notPlain(v.type);
    case "Empty":
      return null;
    // One of our own cards (OAI.CARD) stands for its period.
    case "Entity":
      return periodOfCard(cell) ?? notPlain(v.type);
    default:
      return notPlain(v.type);
  }
}

function notPlain(type: unknown): CoreError {
  return coreError("value", say.notPlain(DATA_TYPE_NAMES[String(type)] ?? say.dataTypeOther));
}
