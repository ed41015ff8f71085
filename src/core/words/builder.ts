/*
 * The formula builder's words, in English and German: every text it shows. A file of its own, as
 * the writer's are, because the builder is a script of its own, loaded when its section opens.
 * Function and argument help is not here: it comes from the functions' metadata.
 */
import type { Locale } from "../texts";

export interface BuilderWords {
  readonly functionLabel: string;
  readonly argumentsLegend: string;
  /** "rate (optional)" */
  readonly optional: (name: string) => string;
  readonly useDefault: string;
  readonly aNumber: string;
  readonly aCell: string;
  /** An option that follows a named input of the workbook, with its value there. */
  readonly namedInput: (name: string, value: string) => string;
  readonly trueWord: string;
  readonly falseWord: string;
  readonly valueLabel: (parameter: string) => string;
  readonly cellHint: string;
  readonly numberInvalid: string;
  readonly cellInvalid: string;
  readonly formulaLabel: string;
  readonly resultLabel: string;
  readonly table: (rows: number, columns: number) => string;
  readonly needsCells: (references: string) => string;
  readonly fixArguments: string;
  readonly insert: string;
  readonly copy: string;
  readonly putting: string;
  readonly put: (formula: string, address: string) => string;
  readonly notEmpty: (address: string) => string;
  readonly copied: string;
  readonly copyFailed: string;
}

export const BUILDER_WORDS: Readonly<Record<Locale, BuilderWords>> = {
  en: {
    functionLabel: "Function",
    argumentsLegend: "Arguments",
    optional: (name) => `${name} (optional)`,
    useDefault: "Its default",
    aNumber: "A number",
    aCell: "A cell reference",
    namedInput: (name, value) => `${name} (workbook: ${value})`,
    trueWord: "TRUE",
    falseWord: "FALSE",
    valueLabel: (parameter) => `Value of ${parameter}`,
    cellHint: "A cell such as B2 or Sheet1!B2.",
    numberInvalid: "Type a number, such as 0.25.",
    cellInvalid: "Type a cell reference, such as B2.",
    formulaLabel: "Formula",
    resultLabel: "Result",
    table: (rows, columns) => `a table of ${rows} rows × ${columns} columns, first cell:`,
    needsCells: (references) => `Excel computes it from ${references} once it is in a cell.`,
    fixArguments: "Fix the arguments marked above first.",
    insert: "Insert into the selected cell",
    copy: "Copy",
    putting: "Writing the formula…",
    put: (formula, address) => `Put ${formula} in ${address}.`,
    notEmpty: (address) =>
      `${address} is not empty. Nothing was written: select an empty cell for the formula.`,
    copied: "Copied the formula: paste it into any cell.",
    copyFailed: "The clipboard refused it: select the formula above and copy it.",
  },
  de: {
    functionLabel: "Funktion",
    argumentsLegend: "Argumente",
    optional: (name) => `${name} (optional)`,
    useDefault: "Standardwert",
    aNumber: "Eine Zahl",
    aCell: "Ein Zellbezug",
    namedInput: (name, value) => `${name} (Arbeitsmappe: ${value})`,
    trueWord: "WAHR",
    falseWord: "FALSCH",
    valueLabel: (parameter) => `Wert von ${parameter}`,
    cellHint: "Eine Zelle wie B2 oder Tabelle1!B2.",
    numberInvalid: "Geben Sie eine Zahl ein, z. B. 0,25.",
    cellInvalid: "Geben Sie einen Zellbezug ein, z. B. B2.",
    formulaLabel: "Formel",
    resultLabel: "Ergebnis",
    table: (rows, columns) => `eine Tabelle mit ${rows} Zeilen × ${columns} Spalten, erste Zelle:`,
    needsCells: (references) =>
      `Excel berechnet es aus ${references}, sobald es in einer Zelle steht.`,
    fixArguments: "Korrigieren Sie zuerst die oben markierten Argumente.",
    insert: "In die markierte Zelle einfügen",
    copy: "Kopieren",
    putting: "Die Formel wird geschrieben …",
    put: (formula, address) => `${formula} steht in ${address}.`,
    notEmpty: (address) =>
      `${address} ist nicht leer. Nichts wurde geschrieben: Markieren Sie eine leere Zelle für die Formel.`,
    copied: "Formel kopiert: Fügen Sie sie in eine beliebige Zelle ein.",
    copyFailed:
      "Die Zwischenablage hat sie abgelehnt: Markieren Sie die Formel oben und kopieren Sie sie.",
  },
};
