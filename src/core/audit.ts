/**
 * Audit this workbook: the dataset block as Excel holds it, tied out against the leak, as finance
 * tools tie a workbook out against its source system. Cell by cell: published values that differ
 * from the leak, computed cells whose formula is no longer the add-in's, and Excel's own computed
 * values against the core at the sheet's own assumptions — in real Excel, the proof that Excel
 * computes what the core computes.
 */
import { checkMicrosoftPayments, checkShareRate } from "./assumptions";
import { QUARTERS } from "./dataset";
import { CoreError, toFifteenDigits } from "./errors";
import { decimalsOf, impliedRevenue } from "./metrics";
import { DEFAULT_ASSUMPTIONS } from "./assumptions";
import { columnLetter } from "./references";
import { buildSheetPlan } from "./sheet-plan";
import { Locale, SHEET_TEXTS, SheetTexts, TABLE_METRICS } from "./texts";
import { PeriodTotals } from "./totals";
import type { AuditWords } from "./words/words";
import { enAudit, enSheet } from "./words/en-sheet";
import { deAudit, deSheet } from "./words/de-sheet";

/** The dataset block as read from the workbook (Range.values, formulas and valueTypes). */
export interface DatasetRead {
  readonly sheetName: string;
  /** The table's header cell, zero-based. */
  readonly top: number;
  readonly left: number;
  readonly headers: readonly unknown[];
  readonly body: Grid;
  /** The totals row, one row, if the table shows it. */
  readonly totals?: Grid;
  /** Some body rows are hidden (a filter): SUBTOTAL(109, …) in the totals leaves them out. */
  readonly rowsHidden?: boolean;
  /** What the two input cells hold, as Range.values gives them ("" when empty). */
  readonly rate: unknown;
  readonly payments: unknown;
}

interface Grid {
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly types: readonly (readonly string[])[];
}

export type FindingKind =
  "header" | "missing" | "extra" | "edited" | "formula" | "differs" | "hidden";

export interface Finding {
  readonly kind: FindingKind;
  /** The cell it is about ("E9"), on the dataset's sheet; none for a missing row. */
  readonly cell?: string;
  readonly message: string;
}

export interface AuditReport {
  readonly sheetName: string;
  /** The language the block was inserted in (from its headers). */
  readonly locale: Locale;
  readonly findings: readonly Finding[];
  /** Computed cells whose value Excel and the core were compared on, and how many agree. */
  readonly compared: number;
  readonly agreed: number;
}

const AUDIT_WORDS: Readonly<Record<Locale, AuditWords>> = { en: enAudit, de: deAudit };
const DECIMAL_SEPARATOR: Readonly<Record<Locale, string>> = {
  en: enSheet.decimalSeparator,
  de: deSheet.decimalSeparator,
};

/** The decimals a published figure was given with: 0.11 two, 0.547 three. */
const decimalsIn = (x: number) => (String(x).split(".")[1] ?? "").length;
/** Beyond this a difference is below what Excel's 15 digits tell apart for these figures. */
const MOST_DECIMALS = 12;

/**
 * Two numbers as a finding shows them, in the audit's language: with `decimals` decimals, more
 * only where that many would show two different numbers as the same text. Other values (a
 * text, an error) as the cell shows them.
 */
function shownPair(a: unknown, b: unknown, decimals: number, separator: string): [string, string] {
  const other = (v: unknown) => (typeof v === "string" ? `"${v}"` : String(v));
  let d = decimals;
  if (isNumber(a) && isNumber(b))
    while (d < MOST_DECIMALS && a !== b && a.toFixed(d) === b.toFixed(d)) d++;
  const show = (v: unknown) => (isNumber(v) ? v.toFixed(d).replace(".", separator) : other(v));
  return [show(a), show(b)];
}

/** Where two numbers count as the same: Excel and the core both round to 15 digits. */
const TOLERANCE = 1e-9;

/**
 * A column name needs inner brackets in a structured reference when it holds one of these
 * characters; "the only exception" is a name whose only special character is a space
 * ("=DeptSales[Total Amount]"): support.microsoft.com "Using structured references with Excel
 * tables", its list of special characters.
 */
const SPECIAL_IN_COLUMN = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/;

/**
 * A formula in one form whether Excel gives it back as written or re-rendered: inner brackets
 * that the article lets go are dropped ("[[Inference cost (bn USD)]]" and "[Inference cost (bn
 * USD)]" are one reference), and so is white space outside text literals and brackets: "a b" and
 * "ab" are different texts, and a column name keeps its spaces (the article's "[Total Amount]").
 */
export function canonicalFormula(formula: unknown): string {
  const bracketsDropped = String(formula).replace(
    /\[(@?)\[([^[\]]*)\]\]/g,
    (whole, at: string, name: string) => (SPECIAL_IN_COLUMN.test(name) ? whole : `[${at}${name}]`)
  );
  let out = "";
  let inText = false;
  let depth = 0;
  for (let i = 0; i < bracketsDropped.length; i++) {
    const c = bracketsDropped[i];
    // Within brackets, ' escapes the next character ("'[" is a bracket in a column name).
    if (!inText && depth > 0 && c === "'") {
      out += c + (bracketsDropped[++i] ?? "");
      continue;
    }
    // A doubled quote inside a text is a quote: toggling twice keeps the text open.
    if (c === '"' && depth === 0) inText = !inText;
    else if (!inText && c === "[") depth++;
    else if (!inText && c === "]") depth = Math.max(0, depth - 1);
    else if (!inText && depth === 0 && /\s/.test(c)) continue;
    out += c;
  }
  return out;
}

/** The language whose headers the block's headers match best (English on a tie). */
function languageOf(headers: readonly unknown[]): Locale {
  const matches = (l: Locale) =>
    SHEET_TEXTS[l].headers.filter((h, i) => String(headers[i] ?? "") === h).length;
  return matches("de") > matches("en") ? "de" : "en";
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

export function auditDataset(read: DatasetRead, paneLocale: Locale = "en"): AuditReport {
  const say = AUDIT_WORDS[paneLocale];
  const locale = languageOf(read.headers);
  const written = SHEET_TEXTS[locale].headers;
  const findings: Finding[] = [];
  const cell = (row: number, col: number) =>
    `${columnLetter(read.left + col)}${read.top + row + 1}`;
  const separator = DECIMAL_SEPARATOR[paneLocale];

  written.forEach((h, c) => {
    if (read.headers[c] !== h)
      findings.push({
        kind: "header",
        cell: cell(0, c),
        message: say.header(cell(0, c), String(read.headers[c] ?? ""), h),
      });
  });
  // The add-in's formulas as they read with the headers as they are (Excel renames references).
  const actual = written.map((h, c) =>
    String(read.headers[c] ?? h)
  ) as unknown as SheetTexts["headers"];
  const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS, locale, actual);
  const expected = (row: number, col: number) =>
    plan.cells.find((x) => x.row === row && x.col === col)?.content;
  const firstBody = plan.table.headerRow + 1;

  // The sheet's own assumptions, checked as the functions check them.
  const rate = checkShareRate(read.rate);
  const payments = checkMicrosoftPayments(read.payments);
  let compared = 0;
  let agreed = 0;
  /** Compares a computed cell: its formula first, then Excel's value against the core's. */
  const isOurs = (g: Grid, i: number, col: number, planRow: number) =>
    canonicalFormula(g.formulas[i][col]) === canonicalFormula(expected(planRow, col));
  const computed = (
    g: Grid,
    i: number,
    col: number,
    row: number,
    planRow: number,
    core: CoreValue
  ) => {
    const where = cell(row, col);
    if (!isOurs(g, i, col, planRow)) {
      findings.push({
        kind: "formula",
        cell: where,
        message: say.formula(where, String(g.formulas[i][col])),
      });
      return;
    }
    compared++;
    const excel = g.values[i][col];
    const excelIsError = g.types[i][col] === "Error";
    const same =
      core === ERROR ? excelIsError : isNumber(excel) && Math.abs(excel - core) <= TOLERANCE;
    if (same) agreed++;
    else {
      const decimals = decimalsOf(TABLE_METRICS[col - 1].numberFormat);
      const [excelShown, coreShown] = shownPair(excel, core, decimals, separator);
      // An error is named as Excel and the add-in name it, not quoted as a text.
      findings.push({
        kind: "differs",
        cell: where,
        message: say.differs(
          where,
          excelIsError ? String(excel) : excelShown,
          core === ERROR ? say.error : coreShown
        ),
      });
    }
  };

  const rows: PeriodTotals[] = [];
  let allOurs = true;
  const seen = new Set<string>();
  read.body.values.forEach((values, i) => {
    const label = String(values[0]);
    const leak = QUARTERS.find((q) => q.label === label);
    if (!leak) {
      findings.push({
        kind: "extra",
        cell: cell(1 + i, 0),
        message: say.extra(cell(1 + i, 0), label),
      });
      return;
    }
    seen.add(label);
    const published = [leak.inferenceCost, leak.revenueShare, leak.impliedRevenuePublished];
    published.forEach((value, k) => {
      const now = values[1 + k];
      if (!(isNumber(now) && Math.abs(now - value) <= 1e-12)) {
        const [leakShown, nowShown] = shownPair(value, now, decimalsIn(value), separator);
        findings.push({
          kind: "edited",
          cell: cell(1 + i, 1 + k),
          message: say.edited(cell(1 + i, 1 + k), leakShown, nowShown),
        });
      }
    });
    // The core at the sheet's own values: what Excel's formulas should give for this row.
    const t: PeriodTotals = {
      label,
      quarterCount: 1,
      inferenceCost: values[1] as number,
      revenueShare: values[2] as number,
      impliedRevenuePublished: values[3] as number,
    };
    rows.push(t);
    const a = assumptionsOr(rate, payments, 1);
    const valid = isNumber(t.inferenceCost) && isNumber(t.revenueShare);
    computed(
      read.body,
      i,
      4,
      1 + i,
      firstBody,
      !valid || "error" in a ? ERROR : coreValue(impliedRevenue.compute(t, a))
    );
    // The ratio's formula divides by the implied revenue beside it, as the sheet shows it.
    computed(read.body, i, 5, 1 + i, firstBody, ratioOf(t.inferenceCost, read.body, i));
    allOurs &&= isOurs(read.body, i, 4, firstBody);
  });
  for (const q of QUARTERS)
    if (!seen.has(q.label)) findings.push({ kind: "missing", message: say.missing(q.label) });

  if (read.totals && read.rowsHidden) {
    // SUBTOTAL(109, …) adds up only the visible rows; the core adds up all of them.
    findings.push({ kind: "hidden", message: say.hidden });
  } else if (read.totals) {
    const sum = (k: "inferenceCost" | "revenueShare" | "impliedRevenuePublished") =>
      rows.reduce((s, r) => s + r[k], 0);
    const total: PeriodTotals = {
      // The period the sheet's quarters span, as the table's total is labelled (table.ts).
      label: rows.length ? `${rows[0].label} – ${rows[rows.length - 1].label}` : "",
      quarterCount: rows.length,
      inferenceCost: sum("inferenceCost"),
      revenueShare: sum("revenueShare"),
      impliedRevenuePublished: sum("impliedRevenuePublished"),
    };
    const a = assumptionsOr(rate, payments, rows.length);
    const valid = isNumber(total.inferenceCost) && isNumber(total.revenueShare);
    const totalsGrid = read.totals; // one row
    const row = 1 + read.body.values.length;
    // Where the user overwrote an implied revenue, the total sums what the sheet shows.
    const impliedTotal = allOurs
      ? !valid || "error" in a
        ? ERROR
        : coreValue(impliedRevenue.compute(total, a))
      : sumOf(read.body, 4);
    computed(totalsGrid, 0, 4, row, plan.table.totalsRow, impliedTotal);
    computed(
      totalsGrid,
      0,
      5,
      row,
      plan.table.totalsRow,
      ratioOf(total.inferenceCost, totalsGrid, 0)
    );
  }
  return { sheetName: read.sheetName, locale, findings, compared, agreed };
}

/**
 * What the core computes for a cell: a number, or an error. The audit compares only whether a
 * cell is an error (its kind and message are the functions' business), so it keeps no message.
 */
const ERROR = "error";
type CoreValue = number | typeof ERROR;
const coreValue = (v: number | CoreError): CoreValue => (typeof v === "number" ? v : ERROR);
/** As Excel holds a result (excelNumber): 15 digits, and #NUM! where it is not finite. */
const asExcel = (x: number): CoreValue => (Number.isFinite(x) ? toFifteenDigits(x) : ERROR);

/** Inference cost ÷ the implied revenue column as Excel shows it (the ratio metric's formula). */
function ratioOf(cost: unknown, g: Grid, i: number): CoreValue {
  const implied = g.values[i][4];
  if (g.types[i][4] === "Error" || !isNumber(implied) || !isNumber(cost)) return ERROR;
  // A zero implied revenue gives no ratio: #NUM!, as the inference ratio metric gives it.
  if (implied === 0) return ERROR;
  return asExcel(cost / implied);
}

/** The sum of a column as Excel shows it, or an error where a cell is one. */
function sumOf(g: Grid, col: number): CoreValue {
  let sum = 0;
  for (let i = 0; i < g.values.length; i++) {
    const v = g.values[i][col];
    if (g.types[i][col] === "Error" || !isNumber(v)) return ERROR;
    sum += v;
  }
  return asExcel(sum);
}

/** The checked assumptions, Microsoft's payments counted once per quarter. */
function assumptionsOr(rate: number | CoreError, payments: number | CoreError, quarters: number) {
  if (typeof rate !== "number") return rate;
  if (typeof payments !== "number") return payments;
  return { shareRate: rate, microsoftPayments: payments * quarters };
}
