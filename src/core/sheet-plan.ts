/**
 * What the task pane writes into a workbook, cell by cell, relative to the block's top-left cell:
 * the dataset (Insert dataset) and the sensitivity grid (Insert sensitivity grid). The pane's
 * writer follows these plans; the README's layout and the formula checks are generated from
 * them, so none of them can drift from the others.
 */
import {
  Assumptions,
  PAYMENTS_SPEC,
  SHARE_RATE_SPEC,
  guardFormula,
  validationFormula,
} from "./assumptions";
import { QUARTERS } from "./dataset";
import {
  BN_FORMAT,
  CHECK_FORMAT,
  FormulaRefs,
  GAP_FORMAT,
  RATE_FORMAT,
  breakEvenRate,
  impliedRevenue,
  inferenceRatio,
} from "./metrics";
import { parsePeriodText, quarterLabel } from "./period";
import { quarterChecks, totalChecks } from "./checks";
import { Field } from "./sources";
import { Locale, SHEET_TEXTS, SheetTexts, TABLE_METRICS, ValidationTexts } from "./texts";

export type CellStyle =
  | "title"
  | "caveat"
  | "section"
  | "input"
  | "label"
  | "tableHeader"
  | "tableBody"
  | "tableTotal"
  | "note"
  | "gridHeader"
  | "gridBody";

export interface PlannedCell {
  readonly row: number;
  readonly col: number;
  /** A number or text, or a formula starting with "=" (R1C1 where the plan says so). */
  readonly content: string | number;
  readonly style: CellStyle;
  readonly numberFormat?: string;
  /** Written as R1C1 in a plan of A1 formulas: relative references that hold wherever the block goes. */
  readonly r1c1?: true;
}

export interface PlannedName {
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly rows?: number;
  readonly cols?: number;
  readonly comment: string;
}

/** A name for a formula rather than cells (Excel.NamedItemCollection.add takes either). */
export interface PlannedFormulaName {
  readonly name: string;
  /** With its "=". */
  readonly formula: string;
  readonly comment: string;
}

/** Data validation on an input cell: a custom rule from the assumption's rules, in the sheet's language. */
export interface PlannedValidation {
  readonly row: number;
  readonly col: number;
  /** A custom validation formula, with its "=". */
  readonly formula: string;
  readonly texts: ValidationTexts;
}

export interface TablePlan {
  readonly name: string;
  readonly style: string;
  readonly headerRow: number;
  readonly bodyRows: number;
  readonly totalsRow: number;
  readonly headers: readonly string[];
  /** Columns whose body is formulas (the rest are published values). */
  readonly formulaColumns: readonly number[];
  readonly numberFormats: readonly string[];
}

export interface ChartPlan {
  readonly name: string;
  readonly title: string;
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
  /** Cells the chart covers: top-left and bottom-right, relative like everything else. */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
}

/** A three-colour scale: green below `midpoint`, yellow at it, red above. */
export interface ColorScalePlan {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly midpoint: number;
}

export interface BlockPlan {
  readonly kind: "dataset" | "sensitivity";
  /** The sheet a fresh insert adds (unless the user picks the selected cell). */
  readonly sheetName: string;
  /** The block the plan writes: rows × columns from its top-left cell (a chart floats beside it). */
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly PlannedCell[];
  /** "A1" formulas (structured references) or "R1C1" (relative references, position-free). */
  readonly formulaStyle: "A1" | "R1C1";
  readonly names: readonly PlannedName[];
  /** Names for formulas: the checked assumptions the computed cells use. */
  readonly formulaNames: readonly PlannedFormulaName[];
  /** Where what is typed is checked as it is typed (a paste bypasses it: the formulas guard too). */
  readonly validations: readonly PlannedValidation[];
  /** Column widths in points, to fit the numbers under wrapped headers. */
  readonly columnWidths: readonly number[];
  /** How a second insert finds the block: by the table it holds, or by a name that covers it. */
  readonly anchor:
    | { readonly kind: "table"; readonly name: string; readonly row: number }
    | { readonly kind: "name"; readonly name: string };
  /** Rows (from, to exclusive) that a second insert writes again in place. */
  readonly refreshRows: readonly { readonly from: number; readonly to: number }[];
  readonly table?: TablePlan;
  readonly chart?: ChartPlan;
  readonly colorScale?: ColorScalePlan;
}

export type SheetPlan = BlockPlan & { readonly table: TablePlan; readonly chart: ChartPlan };

export const TABLE_NAME = "OAILeak";
export const SHARE_RATE_NAME = "OAI_ShareRate";
export const PAYMENTS_NAME = "OAI_MicrosoftPayments";
export const SENSITIVITY_NAME = "OAI_Sensitivity";
export const CHART_NAME = "OAILeakChart";
/** The Checks under the table: found by this name on "insert again", wherever rows moved them. */
export const CHECKS_NAME = "OAI_Checks";
/** The rate and payments the sheet's formulas use: the input cells checked as the functions check them. */
export const RATE_USED_NAME = "OAI_RateUsed";
export const PAYMENTS_USED_NAME = "OAI_PaymentsUsed";

const rateUsed = (text: SheetTexts): PlannedFormulaName => ({
  name: RATE_USED_NAME,
  formula: `=${guardFormula(SHARE_RATE_SPEC, SHARE_RATE_NAME)}`,
  comment: text.nameComments.rateUsed,
});
const paymentsUsed = (text: SheetTexts): PlannedFormulaName => ({
  name: PAYMENTS_USED_NAME,
  formula: `=${guardFormula(PAYMENTS_SPEC, PAYMENTS_NAME)}`,
  comment: text.nameComments.paymentsUsed,
});

/**
 * A table column as a structured reference, "[Inference cost (bn USD)]", to go inside the outer
 * brackets of `Table[[…]]`, `[@[…]]` or `[[#Totals],[…]]`. Microsoft's structured-reference
 * article asks for these inner brackets around names with commas, periods, hyphens and the like,
 * and for ' before [ ] # ' in a name (support.microsoft.com "Using structured references with
 * Excel tables"); headers a user renamed can hold any of them.
 */
export function columnReference(header: string): string {
  return `[${header.replace(/['[\]#]/g, "'$&")}]`;
}

/** The quarter labels of a period the article states ("2024" → Q1 2024 … Q4 2024). */
function quartersOf(period: string): string[] {
  const p = parsePeriodText(period);
  // leak.json is checked at build time: a period it states that does not parse is a bug.
  if ("error" in p) throw new Error(p.message);
  return Array.from({ length: p.lastQuarter - p.firstQuarter + 1 }, (_, i) =>
    quarterLabel(p.firstQuarter + i)
  );
}

/** Collects cells; `put` drops the numberFormat key when there is none. */
function cellList() {
  const cells: PlannedCell[] = [];
  const put = (
    row: number,
    col: number,
    content: string | number,
    style: CellStyle,
    numberFormat?: string,
    r1c1?: true
  ) =>
    cells.push({
      row,
      col,
      content,
      style,
      ...(numberFormat ? { numberFormat } : {}),
      ...(r1c1 ? { r1c1 } : {}),
    });
  return { cells, put };
}

export function buildSheetPlan(
  assumptions: Assumptions,
  locale: Locale = "en",
  /** The table's headers as they are, where the user renamed some (the audit's expectations). */
  tableHeaders?: SheetTexts["headers"]
): SheetPlan {
  const text = SHEET_TEXTS[locale];
  const headers = tableHeaders ?? text.headers;
  const { cells, put } = cellList();

  put(0, 0, text.title, "title");
  put(1, 0, `${text.caveat} ${text.reportedBy}`, "caveat");
  put(3, 0, text.assumptions, "section");
  put(4, 0, assumptions.shareRate, "input", RATE_FORMAT);
  put(4, 1, text.rateLabel, "label");
  put(5, 0, assumptions.microsoftPayments, "input", BN_FORMAT);
  put(5, 1, text.paymentsLabel, "label");

  // The table and its formula columns, from the one definition of each metric.
  const headerRow = 7;
  const numberFormats = ["@", ...TABLE_METRICS.map((m) => m.numberFormat)];
  headers.forEach((h, c) => put(headerRow, c, h, "tableHeader"));
  const column = (h: string) => `[@${columnReference(h)}]`;
  const rowRefs: FormulaRefs = {
    inferenceCost: column(headers[1]),
    revenueShare: column(headers[2]),
    shareRate: RATE_USED_NAME,
    microsoftPayments: PAYMENTS_USED_NAME,
  };
  const impliedFormula = `=${impliedRevenue.formula!(rowRefs)}`;
  const ratioFormula = `=${inferenceRatio.formula!({ ...rowRefs, impliedRevenue: column(headers[4]) })}`;
  QUARTERS.forEach((q, i) => {
    const contents = [
      q.label,
      q.inferenceCost,
      q.revenueShare,
      q.impliedRevenuePublished,
      impliedFormula,
      ratioFormula,
    ];
    contents.forEach((content, c) =>
      put(headerRow + 1 + i, c, content, "tableBody", numberFormats[c])
    );
  });
  const totalsRow = headerRow + 1 + QUARTERS.length;
  const totalOf = (h: string) => `${TABLE_NAME}[[#Totals],${columnReference(h)}]`;
  const totalRatio = inferenceRatio.formula!({
    inferenceCost: totalOf(headers[1]),
    revenueShare: totalOf(headers[2]),
    shareRate: RATE_USED_NAME,
    microsoftPayments: PAYMENTS_USED_NAME,
    impliedRevenue: totalOf(headers[4]),
  });
  [
    text.total,
    ...headers.slice(1, 5).map((h) => `=SUBTOTAL(109,[${columnReference(h)}])`),
    `=${totalRatio}`,
  ].forEach((content, c) => put(totalsRow, c, content, "tableTotal", numberFormats[c]));

  const notesRow = totalsRow + 2;
  put(notesRow, 0, text.notes, "section");
  [text.sourcesNote, text.minimumNote, text.roundingNote].forEach((note, i) =>
    put(notesRow + 1 + i, 0, note, "note")
  );

  // The reconciliation, as values: each stated figure against the quarters, nothing corrected.
  const checksRow = notesRow + 5;
  put(checksRow, 0, text.checks, "section");
  text.checkHeaders.forEach((h, c) => put(checksRow + 1, c, h, "gridHeader"));
  const checks = [...totalChecks(), ...quarterChecks()];
  // Live: formulas over the table, so that an edited published value flips its checks to "no".
  const tableColumn = (header: string) => `${TABLE_NAME}[${columnReference(header)}]`;
  const quarterColumn = tableColumn(headers[0]);
  const published: Record<Field, string> = {
    inference: tableColumn(headers[1]),
    share: tableColumn(headers[2]),
    revenue: tableColumn(headers[3]),
  };
  const inQuarter = (column: string, quarter: string) =>
    `INDEX(${column},MATCH("${quarter}",${quarterColumn},0))`;
  // The name goes last, where its long text can run on into the empty cells to its right.
  checks.forEach((check, i) => {
    const row = checksRow + 2 + i;
    const subject = check.subject;
    // Columns A to D are written as R1C1 (the gap and its test refer to the cells beside them).
    if (subject.kind === "total") {
      // The article's figure stays a constant; the quarters are the table's cells.
      put(row, 0, check.stated, "gridBody", CHECK_FORMAT, true);
      const sum = quartersOf(subject.period)
        .map((q) => `SUMIFS(${published[subject.field]},${quarterColumn},"${q}")`)
        .join("+");
      put(row, 1, `=${sum}`, "gridBody", CHECK_FORMAT, true);
    } else {
      const stated = `=${inQuarter(published.revenue, subject.quarter)}`;
      put(row, 0, stated, "gridBody", CHECK_FORMAT, true);
      const fromShare = `=5*${inQuarter(published.share, subject.quarter)}`;
      put(row, 1, fromShare, "gridBody", CHECK_FORMAT, true);
    }
    // The gap in tenths of a million, as the core's exact difference, and the core's tolerance.
    put(row, 2, "=ROUND(RC[-1]-RC[-2],4)", "gridBody", GAP_FORMAT, true);
    const explained = `=IF(ABS(RC[-1])<=${check.allowance},"${text.yes}","${text.no}")`;
    put(row, 3, explained, "gridBody", undefined, true);
    put(row, 4, text.checkName(check), "gridBody");
  });
  const rows = checksRow + 2 + checks.length;

  return {
    kind: "dataset",
    sheetName: text.sheetName,
    rows,
    cols: headers.length,
    cells,
    formulaStyle: "A1",
    names: [
      {
        name: SHARE_RATE_NAME,
        row: 4,
        col: 0,
        comment: text.nameComments.shareRate,
      },
      {
        name: PAYMENTS_NAME,
        row: 5,
        col: 0,
        comment: text.nameComments.payments,
      },
      {
        name: CHECKS_NAME,
        row: checksRow,
        col: 0,
        rows: rows - checksRow,
        cols: headers.length,
        comment: text.nameComments.checks,
      },
    ],
    formulaNames: [rateUsed(text), paymentsUsed(text)],
    validations: [
      {
        row: 4,
        col: 0,
        formula: validationFormula(SHARE_RATE_SPEC, SHARE_RATE_NAME),
        texts: text.rateValidation,
      },
      {
        row: 5,
        col: 0,
        formula: validationFormula(PAYMENTS_SPEC, PAYMENTS_NAME),
        texts: text.paymentsValidation,
      },
    ],
    columnWidths: [60, 80, 96, 96, 96, 64],
    anchor: { kind: "table", name: TABLE_NAME, row: headerRow },
    refreshRows: [
      { from: headerRow, to: totalsRow },
      { from: checksRow, to: rows },
    ],
    table: {
      name: TABLE_NAME,
      style: "TableStyleMedium2",
      headerRow,
      bodyRows: QUARTERS.length,
      totalsRow,
      headers,
      formulaColumns: [4, 5],
      numberFormats,
    },
    chart: {
      name: CHART_NAME,
      title: text.chartTitle,
      categoryColumn: 0,
      seriesColumns: [1, 4],
      from: { row: 3, col: headers.length + 1 },
      to: { row: totalsRow, col: headers.length + 8 },
    },
  };
}

/** The share rates of the sensitivity grid's rows: 10 % to 30 % in steps of 2.5 %. */
export const SENSITIVITY_RATES: readonly number[] = [
  0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25, 0.275, 0.3,
];

/**
 * Inference ratios by share rate (rows) and quarter (columns), and the break-even rate per
 * quarter, as formulas over the table OAILeak. R1C1 references make the block position-free.
 */
export function buildSensitivityPlan(
  locale: Locale = "en",
  /** The table's actual first three headers, when it was inserted in another language. */
  tableHeaders?: readonly [string, string, string]
): BlockPlan {
  const text = SHEET_TEXTS[locale];
  const [quarterHeader, costHeader, shareHeader] = tableHeaders ?? text.headers;
  const { cells, put } = cellList();
  const headerRow = 3;
  const firstRateRow = headerRow + 1;
  const breakEvenRow = firstRateRow + SENSITIVITY_RATES.length;

  put(0, 0, text.gridTitle, "title");
  put(1, 0, text.gridNote, "note");
  put(headerRow, 0, text.gridCorner, "gridHeader");
  QUARTERS.forEach((q, i) => put(headerRow, 1 + i, q.label, "gridHeader"));

  /** The row's rate and the column's quarter, looked up in the table by its label. */
  const refs = (row: number, col: number): FormulaRefs => {
    const quarter = `R[${headerRow - row}]C`;
    const look = (header: string) =>
      `INDEX(${TABLE_NAME}[${columnReference(header)}],MATCH(${quarter},${TABLE_NAME}[${columnReference(quarterHeader)}],0))`;
    return {
      inferenceCost: look(costHeader),
      revenueShare: look(shareHeader),
      shareRate: `RC[${-col}]`,
      microsoftPayments: PAYMENTS_USED_NAME,
    };
  };
  SENSITIVITY_RATES.forEach((rate, i) => {
    const row = firstRateRow + i;
    put(row, 0, rate, "gridHeader", RATE_FORMAT);
    QUARTERS.forEach((_, q) =>
      put(
        row,
        1 + q,
        `=${inferenceRatio.formula!(refs(row, 1 + q))}`,
        "gridBody",
        inferenceRatio.numberFormat
      )
    );
  });
  put(breakEvenRow, 0, text.breakEven, "gridHeader");
  QUARTERS.forEach((_, q) =>
    put(
      breakEvenRow,
      1 + q,
      `=${breakEvenRate.formula!(refs(breakEvenRow, 1 + q))}`,
      "gridBody",
      breakEvenRate.numberFormat
    )
  );
  const rows = breakEvenRow + 1;
  const cols = 1 + QUARTERS.length;

  return {
    kind: "sensitivity",
    sheetName: text.gridSheetName,
    rows,
    cols,
    cells,
    formulaStyle: "R1C1",
    names: [
      {
        name: SENSITIVITY_NAME,
        row: 0,
        col: 0,
        rows,
        cols,
        comment: text.nameComments.sensitivity,
      },
    ],
    // Its formulas use the checked payments, which a dataset from an older version lacks.
    formulaNames: [paymentsUsed(text)],
    validations: [],
    columnWidths: [96, ...QUARTERS.map(() => 56)],
    anchor: { kind: "name", name: SENSITIVITY_NAME },
    refreshRows: [{ from: 0, to: rows }],
    colorScale: {
      row: firstRateRow,
      col: 1,
      rows: SENSITIVITY_RATES.length,
      cols: QUARTERS.length,
      midpoint: 1,
    },
  };
}
