/**
 * What "Insert dataset" puts in the workbook, cell by cell, relative to its top-left cell.
 * The task pane's writer follows this plan; the README's layout and the formula checks are
 * generated from it, so none of them can drift from the others.
 */
import { Assumptions } from "./assumptions";
import { CAVEAT, COLUMNS, QUARTERS } from "./dataset";
import { FormulaRefs, impliedRevenue, inferenceCost, inferenceRatio } from "./metrics";

export type CellStyle =
  | "title"
  | "caveat"
  | "section"
  | "input"
  | "label"
  | "tableHeader"
  | "tableBody"
  | "tableTotal"
  | "note";

export interface PlannedCell {
  readonly row: number;
  readonly col: number;
  /** A number or text, or a formula starting with "=". */
  readonly content: string | number;
  readonly style: CellStyle;
  readonly numberFormat?: string;
}

export interface PlannedName {
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly comment: string;
}

export interface SheetPlan {
  readonly sheetName: string;
  /** The block the plan writes: rows × columns from its top-left cell (the chart floats beside it). */
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly PlannedCell[];
  readonly names: readonly PlannedName[];
  readonly table: {
    readonly name: string;
    readonly style: string;
    readonly headerRow: number;
    readonly bodyRows: number;
    readonly totalsRow: number;
    readonly headers: readonly string[];
    /** Columns whose body is formulas (the rest are published values). */
    readonly formulaColumns: readonly number[];
    readonly numberFormats: readonly string[];
    /** Column widths in points, to fit the numbers under wrapped headers. */
    readonly columnWidths: readonly number[];
  };
  readonly chart: {
    readonly name: string;
    readonly title: string;
    readonly categoryColumn: number;
    readonly seriesColumns: readonly number[];
    /** Cells the chart covers: top-left and bottom-right, relative like everything else. */
    readonly from: { readonly row: number; readonly col: number };
    readonly to: { readonly row: number; readonly col: number };
  };
}

export const SHEET_NAME = "OpenAI leak";
export const TABLE_NAME = "OAILeak";
export const SHARE_RATE_NAME = "OAI_ShareRate";
export const PAYMENTS_NAME = "OAI_MicrosoftPayments";
export const CHART_NAME = "OAILeakChart";

const RATE_FORMAT = "0.0%";
const BN_FORMAT = inferenceCost.numberFormat;

const HEADERS = [
  "Quarter",
  COLUMNS[0].label,
  COLUMNS[1].label,
  "Implied revenue, published (bn USD)",
  impliedRevenue.label,
  inferenceRatio.label,
];

const column = (header: string) => `[@[${header}]]`;
const totalOf = (header: string) => `${TABLE_NAME}[[#Totals],[${header}]]`;

/** The formula columns, from the one definition of each metric. */
function rowFormulas(): [string, string] {
  const refs: FormulaRefs = {
    inferenceCost: column(HEADERS[1]),
    revenueShare: column(HEADERS[2]),
    shareRate: SHARE_RATE_NAME,
    microsoftPayments: PAYMENTS_NAME,
  };
  return [
    `=${impliedRevenue.formula!(refs)}`,
    `=${inferenceRatio.formula!({ ...refs, impliedRevenue: column(HEADERS[4]) })}`,
  ];
}

function totalsFormulas(): string[] {
  const ratio = inferenceRatio.formula!({
    inferenceCost: totalOf(HEADERS[1]),
    revenueShare: totalOf(HEADERS[2]),
    shareRate: SHARE_RATE_NAME,
    microsoftPayments: PAYMENTS_NAME,
    impliedRevenue: totalOf(HEADERS[4]),
  });
  return ["Total", ...HEADERS.slice(1, 5).map((h) => `=SUBTOTAL(109,[${h}])`), `=${ratio}`];
}

export const REPORTED_BY =
  "Reported by Ed Zitron (internal documents), TechCrunch and the Financial Times.";
export const SOURCES_NOTE =
  "Sources: inference cost and revenue share: Ed Zitron, citing internal documents (also TechCrunch); " +
  "implied revenue, published: Financial Times, via the German article this add-in is built on.";
export const MINIMUM_NOTE =
  "Implied revenue is a minimum: the leaked share is Microsoft's net share, after its payments to OpenAI " +
  "(about 20 % of Bing and Azure OpenAI revenue), which are excluded unless entered above.";
export const ROUNDING_NOTE =
  "The published implied revenue is not exactly 5 × the share (5 × 0.077 = 0.385, published 0.387): " +
  "the quarters were rounded from more precise figures. Both are kept as published.";

export function buildSheetPlan(assumptions: Assumptions): SheetPlan {
  const cells: PlannedCell[] = [];
  const put = (
    row: number,
    col: number,
    content: string | number,
    style: CellStyle,
    numberFormat?: string
  ) => cells.push({ row, col, content, style, ...(numberFormat ? { numberFormat } : {}) });

  put(0, 0, "OpenAI: inference cost against implied revenue, Q1 2024 – Q3 2025", "title");
  put(1, 0, `${CAVEAT} ${REPORTED_BY}`, "caveat");
  put(3, 0, "Assumptions (change them: the table recalculates)", "section");
  put(4, 0, assumptions.shareRate, "input", RATE_FORMAT);
  put(4, 1, "Revenue share rate: the share of OpenAI's revenue paid to Microsoft", "label");
  put(5, 0, assumptions.microsoftPayments, "input", BN_FORMAT);
  put(5, 1, "Microsoft payments to OpenAI per quarter (bn USD), not in the leaked share", "label");

  const headerRow = 7;
  const numberFormats = [
    "@",
    BN_FORMAT,
    BN_FORMAT,
    BN_FORMAT,
    impliedRevenue.numberFormat,
    inferenceRatio.numberFormat,
  ];
  HEADERS.forEach((h, c) => put(headerRow, c, h, "tableHeader"));
  const [impliedFormula, ratioFormula] = rowFormulas();
  QUARTERS.forEach((q, i) => {
    const row = headerRow + 1 + i;
    const contents = [
      q.label,
      q.inferenceCost,
      q.revenueShare,
      q.impliedRevenuePublished,
      impliedFormula,
      ratioFormula,
    ];
    contents.forEach((content, c) => put(row, c, content, "tableBody", numberFormats[c]));
  });
  const totalsRow = headerRow + 1 + QUARTERS.length;
  totalsFormulas().forEach((content, c) =>
    put(totalsRow, c, content, "tableTotal", numberFormats[c])
  );

  const notesRow = totalsRow + 2;
  put(notesRow, 0, "Notes", "section");
  [SOURCES_NOTE, MINIMUM_NOTE, ROUNDING_NOTE].forEach((note, i) =>
    put(notesRow + 1 + i, 0, note, "note")
  );

  return {
    sheetName: SHEET_NAME,
    rows: notesRow + 4,
    cols: HEADERS.length,
    cells,
    names: [
      {
        name: SHARE_RATE_NAME,
        row: 4,
        col: 0,
        comment: "Share of OpenAI's revenue paid to Microsoft (20 % = 0.2)",
      },
      {
        name: PAYMENTS_NAME,
        row: 5,
        col: 0,
        comment: "Microsoft's payments to OpenAI per quarter, bn USD",
      },
    ],
    table: {
      name: TABLE_NAME,
      style: "TableStyleMedium2",
      headerRow,
      bodyRows: QUARTERS.length,
      totalsRow,
      headers: HEADERS,
      formulaColumns: [4, 5],
      numberFormats,
      columnWidths: [60, 80, 96, 96, 96, 64],
    },
    chart: {
      name: CHART_NAME,
      title: "Inference cost and implied revenue at the assumptions (bn USD)",
      categoryColumn: 0,
      seriesColumns: [1, 4],
      from: { row: 3, col: HEADERS.length + 1 },
      to: { row: totalsRow, col: HEADERS.length + 8 },
    },
  };
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
