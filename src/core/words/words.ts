/*
 * The type of the add-in's words: what the task pane shows, what the workbook writer tells the user,
 * what the OAI functions answer, what a card shows, and Excel's function tooltips. One file per language implements it (en.ts, de.ts); nothing else in
 * src/ holds a user-visible sentence (test/unit/words.test.ts).
 */

export interface PaneWords {
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

/** What the writer tells the user: refusals and what Excel refused. */
export interface WriterWords {
  readonly protectedSheet: (name: string) => string;
  readonly room: (rows: number, cols: number) => string;
  readonly overlaps: (address: string, table: string, room: string) => string;
  readonly notEmpty: (address: string, cell: string, room: string) => string;
  readonly structure: string;
  readonly nameTaken: (theirs: string, ours: string) => string;
  readonly tableTaken: (theirs: string, ours: string) => string;
  readonly datasetFirst: string;
  readonly editMode: string;
  readonly accessDenied: string;
  readonly invalidSelection: string;
  readonly invalidArgument: (detail: string) => string;
  readonly failed: (code: string) => string;
  readonly cardPut: (quarter: string, address: string) => string;
  readonly cardNotEmpty: (address: string) => string;
  readonly undoNotSupported: string;
  readonly mergedConflict: string;
  readonly merged: (address: string, cells: string, room: string) => string;
  readonly cannotRestore: (address: string, what: string, room: string) => string;
  readonly validation: string;
  readonly conditionalFormats: string;
  /** A note in the block, named by its cell (Worksheet.notes, ExcelApi 1.18). */
  readonly note: (cell: string) => string;
  readonly tableRowNotOurs: (cell: string, label: string) => string;
  readonly tableColumns: (cols: number) => string;
  readonly tableFiltered: string;
  readonly undone: string;
  readonly undoneMaybeUnmerged: string;
  readonly undoneMaybeNotesRemoved: string;
  readonly undoClearedRedone: string;
  readonly notUndoneUndoCleared: string;
  readonly notUndone: string;
  readonly notUndoneByHand: string;
}

/**
 * Excel's tooltip for each function (by its id) and each parameter (by its name). The English ones
 * are the JSDoc of src/functions/functions.ts, from which the build makes functions.json; a
 * translation replaces them in functions-<lang>.json ({{coverage}} and the like are filled in there).
 */
export type FunctionTooltips = Readonly<
  Record<
    string,
    { readonly description: string; readonly parameters: Readonly<Record<string, string>> }
  >
>;

/**
 * The OAI functions' words: their messages, which Excel shows on #VALUE! and #N/A
 * (custom-functions-runtime ErrorCode), and the words their arguments read. The messages are
 * English in every display language for now: en-functions.ts implements all of it (an export per
 * entry, to keep functions.js small); a language adds its file and picks it by
 * Office.context.displayLanguage. The month names are read in every language (de-functions.ts).
 */
export interface FunctionWords {
  readonly months: MonthNames;
  /** The header of OAI.DATASET's first column. */
  readonly quarterHeader: string;
  // A period argument; `text` is the user's text, quoted and shortened.
  readonly notAPeriod: (text: string) => string;
  readonly yearOutside: (text: string, minYear: number, maxYear: number) => string;
  readonly fiscalYear: (text: string) => string;
  readonly notAMonth: (text: string) => string;
  readonly endsBeforeStart: (text: string) => string;
  readonly emptyPeriod: string;
  readonly notYearOrDate: (n: number, minYear: number, maxYear: number) => string;
  // The assumptions.
  readonly rateNotNumber: string;
  /** After a "must be a number" message when the value was text. */
  readonly isText: (message: string) => string;
  /** A percentage typed as a whole number: `percent` % is `fraction`. */
  readonly ratePercent: (percent: unknown, fraction: number) => string;
  readonly rateRange: string;
  readonly paymentsNotNumber: string;
  readonly paymentsNegative: string;
  readonly paymentsInfinite: string;
  // A share, a claimed revenue, OAI.DATASET's headers.
  readonly shareInfinite: string;
  readonly shareNotNumber: string;
  readonly numberAsText: (text: string) => string;
  readonly grossNegative: string;
  readonly revenueMissing: string;
  readonly revenueNotNumber: string;
  readonly revenueNotPositive: string;
  readonly headersNotBoolean: string;
  // What a metric cannot compute.
  readonly ratioOfZero: string;
  readonly noCostToBreakEven: string;
  /** A result beyond a double; `what` is one of the result… entries. */
  readonly tooLarge: (what: string) => string;
  readonly resultImpliedRevenue: string;
  readonly resultInferenceRatio: string;
  readonly resultRunRate: string;
  readonly resultBreakEvenRate: string;
  readonly resultImpliedRate: string;
  // What an input cell holds.
  /** An input cell's error; `error` is Excel's text (#REF!) or `anError`. */
  readonly inputError: (error: string) => string;
  readonly anError: string;
  /** A data-type value a function cannot read; `what` is one of the dataType… entries. */
  readonly notPlain: (what: string) => string;
  readonly dataTypeEntity: string;
  readonly dataTypeLinked: string;
  readonly dataTypeImage: string;
  readonly dataTypeArray: string;
  readonly dataTypeReference: string;
  readonly dataTypeOther: string;
}

/**
 * The month names and abbreviations a period argument reads in one language ("Juli 2025"), upper
 * case, January first: every language's, whatever Excel's display language.
 */
export type MonthNames = readonly (readonly string[])[];

/**
 * What an OAI card shows that no formula reads, in one display language (en-card.ts, de-card.ts).
 * Its field names and the values formulas read are the same in every language (CARD_NAMES).
 */
export interface CardWords {
  readonly bn: string;
  readonly bnYear: string;
  readonly assumptionsTitle: string;
  readonly sourcesTitle: string;
  /** The provider line at the card's foot (Excel.EntityCellValue.provider.description). */
  readonly provider: string;
  readonly computed: string;
  readonly zitron: string;
  readonly ft: string;
  /** The card as one line of text, where Excel has no data types; numbers already formatted. */
  readonly fallback: (
    period: string,
    inferenceCost: number,
    implied: string,
    rate: string,
    ratio: string
  ) => string;
}

/** Every word a language must have. */
export interface Words {
  readonly pane: PaneWords;
  readonly writer: WriterWords;
}
