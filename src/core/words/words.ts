/*
 * The type of the add-in's words: what the task pane shows, what the workbook writer tells the user,
 * and Excel's function tooltips. One file per language implements it (en.ts, de.ts); nothing else in
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

/** Every word a language must have. */
export interface Words {
  readonly pane: PaneWords;
  readonly writer: WriterWords;
}
