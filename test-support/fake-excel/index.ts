/*
 * A fake of the Excel JavaScript API, for the subset the task pane's writer and the scenario
 * runner use. It is a contract, not an invention: every behaviour it models says where Microsoft
 * documents it — a learn.microsoft.com page, an @types/office-js member or an office-js issue —
 * or is marked "Assumption:" where the docs are silent, with the safer choice taken.
 * - Proxies queue their reads and writes; nothing reaches the workbook before `context.sync()`
 *   (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts: "sync()").
 * - A property can be read only after `load()` and a sync, else PropertyNotLoaded
 *   (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model: load).
 * - A batch is not a transaction: queued operations apply in order until one fails, and the ones
 *   before it stay applied (learn.microsoft.com/javascript/api/office/officeextension.error:
 *   traceMessages hold "all trace messages that were executed before the error occurred", and
 *   its example's first commands stay applied). Assumption: no operation is half-applied.
 * - Sheet, table and defined names are unique without regard to case (support.microsoft.com
 *   "Define and use names in formulas"; "Rename an Excel table"; ItemAlreadyExists).
 * - Overlapping tables, writes to a protected sheet, a cell in edit mode and a failing sync raise
 *   the errors Excel raises (Excel.ErrorCodes in @types/office-js).
 * - Custom functions in formulas are called with a range's cells as Excel passes them: empty
 *   cells as 0 or null, input errors and data-type values as objects (options below); typed
 *   parameters converted first, as functions.json declares them; a data-type result kept in its
 *   cell; an async result pending until it settles.
 * - It counts round trips (`sync()` calls that send something), queued operations and undo steps.
 * - Inside Excel.run({ mergeUndoGroup: true }), a call the undo article lists as not supporting
 *   undo fails with UndoNotSupported and clears the undo stack from there on
 *   (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 *
 * Its rooms, each with the Excel objects it models and where Microsoft documents them:
 *   state.ts     the workbook held (cells, tables, names, charts) and the rules on it
 *   sync.ts      batching and sync: the request context, load/read, collections
 *   evaluate.ts  custom functions in formulas: arguments as Excel passes them, results shown
 *   workbook.ts  Workbook, WorksheetCollection, Worksheet, protection, notes, comments
 *   range.ts     Range, RangeFormat (font, fill, borders, row heights), validation, conditional formats
 *   tables.ts    TableCollection, Table, TableColumn
 *   names.ts     NamedItemCollection, NamedItem
 *   charts.ts    ChartCollection, Chart, ChartSeries
 * It imports only leaf modules of the core (src/core/references.ts), so the browser test can
 * bundle it into a page (test-support/fake-office.ts).
 */
import { Context } from "./sync";
import { FakeOptions, FakeWorkbookState } from "./state";
import { Workbook } from "./workbook";

export { FakeRichApiError, FakeWorkbookState } from "./state";
export type { Box, FakeOptions, SheetState, TableState, NameState, ChartState } from "./state";
export { ERROR_FORMULAS, argumentCell, convertArgument, parametersFromMetadata } from "./evaluate";
export type { FakeParameter } from "./evaluate";
export { canonicalBrackets, Range } from "./range";

/** The fake's `Excel` global (its `run`) and `Office` global (requirement sets), over one workbook. */
export function createFakeExcel(options: FakeOptions = {}) {
  const state = new FakeWorkbookState(options);
  const supported = options.requirementSets ?? { ExcelApi: "1.9" };
  return {
    state,
    Excel: {
      /** Excel.run(batch) or Excel.run(options, batch); mergeUndoGroup needs ExcelApi 1.20. */
      async run<T>(
        first: { mergeUndoGroup?: boolean } | ((context: Context) => Promise<T>),
        second?: (context: Context) => Promise<T>
      ): Promise<T> {
        const [options, batch] = typeof first === "function" ? [{}, first] : [first, second!];
        // Assumption: an Excel without ExcelApi 1.20 ignores the option.
        const merge = !!options.mergeUndoGroup && versionAtLeast(supported.ExcelApi, "1.20");
        const context = new Context(state, merge, (c) => new Workbook(c));
        const result = await batch(context);
        await context.sync(); // Excel.run sends whatever is still queued
        return result;
      },
    },
    requirements: {
      // Office.context.requirements.isSetSupported(name, minVersion).
      isSetSupported: (name: string, version?: string) =>
        versionAtLeast(supported[name], version ?? "1.1"),
    },
  };
}

export type FakeExcel = ReturnType<typeof createFakeExcel>;

/** "1.20" is after "1.9": requirement-set versions compare part by part, not as decimals. */
function versionAtLeast(have: number | string | undefined, want: string): boolean {
  if (have === undefined) return false;
  const [a, b] = [String(have), want].map((v) => v.split(".").map(Number));
  return a[0] !== b[0] ? a[0] > b[0] : (a[1] ?? 0) >= (b[1] ?? 0);
}
