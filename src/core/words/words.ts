/*
 * The type of the add-in's words: what the task pane shows, what the workbook writer tells the user,
 * what the OAI functions answer, what a card shows, what the add-in writes into a workbook and its
 * audit finds, what the functions say about the data, and Excel's function tooltips. One file per
 * language and bundle implements it (en.ts, de.ts; en-writer.ts, en-sheet.ts and their German
 * pairs ship with the workbook chunk; en-functions.ts, en-card.ts, en-data.ts with the functions);
 * nothing else in src/ holds a user-visible sentence (test/unit/words.test.ts).
 */
import type { MetricId } from "../metrics";

/**
 * Each metric's name in a language, by its id in metrics.ts (en-metrics.ts, de-metrics.ts): the
 * sheet's headers and checks, the pane's checks and the card's field names use these.
 */
export type MetricNames = Readonly<Record<MetricId, string>>;

/**
 * The share rate (the assumption, 20 %) is no metric but needs one name as they do, apart from the
 * amount it applies to (MetricNames.revenueShare): the pane, the sheet, the grid and the card read it.
 */
export interface AssumptionNames {
  /** The rate's name as a label; inside a sentence, English writes it in lower case. */
  readonly shareRate: string;
}

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
  /** `rate` the rate the claim needs, `reported` the reported one, both in the rate's number format. */
  readonly altman: (
    quarter: string,
    who: string,
    revenue: string,
    rate: string,
    reported: string
  ) => string;
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
  /** The unit words of an outlet's figure in "Where outlets differ": "1.4 bn", "29.5 M". */
  readonly billions: string;
  readonly millions: string;
  /** Each metric's name, as the sheet names it: the checks name their figure so. */
  readonly metrics: MetricNames;
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
  /** A threaded comment in the block, named by its cell (Worksheet.comments, ExcelApi 1.10). */
  readonly comment: (cell: string) => string;
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
 * Excel's input message and stop alert on an input cell (data validation). Titles at most 32
 * characters, the prompt at most 255, the error at most 224: [MS-OI29500] 2.1.613 (dataValidation):
 * "Office restricts the length of the value of the error attribute to 224 characters."
 */
export interface ValidationTexts {
  readonly title: string;
  readonly prompt: string;
  readonly errorTitle: string;
  readonly error: string;
}

/**
 * What the add-in writes into a workbook: the dataset and the sensitivity grid. No header is typed
 * here: a header is a name and, where it has one, its unit's word (src/core/texts.ts makes them).
 */
export interface SheetWords {
  readonly sheetName: string;
  /** The sheet's title, with what the leak covers ("Q1 2024 – Q3 2025"). */
  readonly title: (coverage: string) => string;
  readonly assumptions: string;
  readonly rateLabel: string;
  readonly paymentsLabel: string;
  /** Each metric's name, by its id in metrics.ts: the table's headers, the checks, the grid. */
  readonly metrics: MetricNames;
  /** The word for billions of US dollars, the unit of amounts: "Inference cost (bn USD)". */
  readonly bnUsd: string;
  /** The table's first column: the quarter's label. */
  readonly quarter: string;
  readonly total: string;
  readonly notes: string;
  readonly minimumNote: string;
  /** How the notes write a decimal number: "0.385" or "0,385". */
  readonly decimalSeparator: string;
  /** The example: the first quarter whose published implied revenue is not exactly 5 × its share. */
  readonly roundingNote: (
    example:
      { readonly share: string; readonly five: string; readonly published: string } | undefined
  ) => string;
  readonly chartTitle: string;
  readonly checks: string;
  /** The Checks' columns: the figures' names (their unit is added), the verdict, the check's name. */
  readonly stated: string;
  readonly fromQuarters: string;
  readonly gap: string;
  readonly explained: string;
  readonly check: string;
  readonly yes: string;
  readonly no: string;
  /** A check of a total the article states, by the name of its figure: "Inference cost, 2024: …". */
  readonly checkTotal: (figure: string, period: string) => string;
  readonly checkQuarter: (quarter: string) => string;
  readonly rateValidation: ValidationTexts;
  readonly paymentsValidation: ValidationTexts;
  readonly gridSheetName: string;
  readonly gridTitle: string;
  readonly gridNote: string;
  readonly gridCorner: string;
  /** What the Name Manager says of each name the add-in defines (NamedItem.comment). */
  readonly nameComments: {
    readonly shareRate: string;
    readonly payments: string;
    readonly checks: string;
    readonly rateUsed: string;
    readonly paymentsUsed: string;
    readonly sensitivity: string;
  };
}

/** What the audit finds, in the pane's language (the sheet's may be the other). */
export interface AuditWords {
  readonly header: (cell: string, now: string, was: string) => string;
  readonly missing: (quarter: string) => string;
  readonly extra: (cell: string, label: string) => string;
  /** The numbers arrive formatted in the audit's language (audit.ts). */
  readonly edited: (cell: string, leak: string, now: string) => string;
  readonly formula: (cell: string, now: string) => string;
  readonly differs: (cell: string, excel: string, core: string) => string;
  readonly hidden: string;
  /** What the add-in computes where it computes an error: "Excel shows 1.2; the add-in computes an error." */
  readonly error: string;
}

/**
 * What the OAI functions say about the leak's data (en-data.ts): English in every display
 * language, as their other messages. Periods and figures arrive formatted.
 */
export interface DataWords {
  /** #N/A: a period partly outside the data, then what the data cover and the latest year to date. */
  readonly partlyCovered: (period: string, coverage: string, latest: string) => string;
  /** #N/A: a period wholly outside the data. */
  readonly notCovered: (period: string, coverage: string, latest: string) => string;
  readonly booleanNotPeriod: (value: boolean) => string;
  readonly valueNotPeriod: string;
  /** OAI.SOURCE's field argument. */
  readonly fieldInvalid: string;
  /** OAI.SOURCE: a figure's sources, then each outlet's total for the period. */
  readonly reportedFor: (who: string, period: string, figures: string) => string;
  /** Which data answered: src/data/leak.json's version and date. */
  readonly dataVersion: (version: string, date: string) => string;
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
  /** As the sheet's (SheetWords.decimalSeparator): the text fallback's numbers use it. */
  readonly decimalSeparator: string;
  /**
   * The card as one line of text, where Excel has no data types; numbers arrive formatted in
   * their metrics' formats, amounts with their unit (card.ts).
   */
  readonly fallback: (
    period: string,
    inferenceCost: string,
    implied: string,
    rate: string,
    ratio: string
  ) => string;
}

/** Every word a language must have. */
export interface Words {
  readonly pane: PaneWords;
  readonly writer: WriterWords;
  readonly sheet: SheetWords;
  readonly audit: AuditWords;
}
