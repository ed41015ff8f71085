/**
 * The `period` argument: text such as "Q3 2025", "H1 2025", "2024", "9M 2025" or
 * "Q1 2024 – Q3 2025", a month or a date as text ("Jul 2025", "Juli 2025", "2025-07",
 * "2025-07-01": its quarter), a whole-number year, or an Excel date serial (its calendar quarter).
 */
import { CoreError, coreError } from "./errors";
import * as de from "./words/de-functions";
import * as say from "./words/en-functions";

export interface Period {
  /** Canonical label, e.g. "Q3 2025", "9M 2025", "Q1 2024 – Q3 2025". */
  readonly label: string;
  /** First and last quarter as `year * 4 + (quarter - 1)`, inclusive. */
  readonly firstQuarter: number;
  readonly lastQuarter: number;
}

/** Excel's first date serial of 2000 (2000-01-01); smaller numbers are never read as dates. */
export const FIRST_DATE_SERIAL = 36526;
/** 9999-12-31, Excel's last date. */
const LAST_DATE_SERIAL = 2958465;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export function quarterIndex(year: number, quarter: number): number {
  return year * 4 + (quarter - 1);
}

export function quarterLabel(index: number): string {
  return `Q${(index % 4) + 1} ${Math.floor(index / 4)}`;
}

function span(label: string, firstQuarter: number, lastQuarter: number): Period {
  return { label, firstQuarter, lastQuarter };
}

function quarterPeriod(year: number, quarter: number): Period {
  const index = quarterIndex(year, quarter);
  return span(quarterLabel(index), index, index);
}

function yearPeriod(year: number): Period {
  return span(String(year), quarterIndex(year, 1), quarterIndex(year, 4));
}

// Text patterns, matched after NFKC normalisation, upper-casing and collapsing white space.
const SEP = String.raw`\s*[-/]?\s*'?`;
const YEAR = String.raw`(\d{4}|\d{2})`;
// Each form: [pattern, group of the quarter (or half), group of the year].
const QUARTER_FORMS: readonly [RegExp, number, number][] = [
  [new RegExp(`^Q([1-4])${SEP}${YEAR}$`), 1, 2], // Q3 2025, Q3-2025, Q3/2025, Q3 25
  [new RegExp(`^${YEAR}${SEP}Q([1-4])$`), 2, 1], // 2025 Q3, 2025-Q3, 2025Q3
  [new RegExp(`^([1-4])Q${SEP}${YEAR}$`), 1, 2], // 3Q25, 3Q 2025
  [new RegExp(`^${YEAR}${SEP}([1-4])Q$`), 2, 1], // 2025 3Q
];
const HALF_FORMS: readonly [RegExp, number, number][] = [
  [new RegExp(`^H([12])${SEP}${YEAR}$`), 1, 2], // H1 2025
  [new RegExp(`^${YEAR}${SEP}H([12])$`), 2, 1], // 2025 H1
  [new RegExp(`^([12])H${SEP}${YEAR}$`), 1, 2], // 1H25
];
const CALENDAR_YEAR = new RegExp(`^(?:CY${SEP}${YEAR}|(\\d{4}))$`); // 2024, CY2024, CY 24
const NINE_MONTHS = new RegExp(`^(?:9M${SEP}${YEAR}|${YEAR}${SEP}9M)$`); // 9M 2025, 2025 9M
const QUARTERS_OF_ONE_YEAR = new RegExp(`^Q([1-4])\\s*(?:[-–—]|TO)\\s*Q([1-4])${SEP}${YEAR}$`); // Q1–Q3 2025
const RANGE_SEPARATOR = /\s*[–—]\s*|\s+-\s+|\s+TO\s+/;
const FISCAL = /^FY/;

/** Month names and their usual abbreviations, English and German (upper case, after NFKC). */
const MONTH_NAMES = [say.months, de.months];
const MONTH_OF = new Map<string, number>();
for (const months of MONTH_NAMES)
  months.forEach((names, i) => names.forEach((n) => MONTH_OF.set(n, i + 1)));
// Any letters: which are a month's, MONTH_OF says ("u" for \p{L}; the rest reads the same).
const MONTH_NAME = String.raw`(\p{L}{3,9})\.?`;
const NAMED_MONTH = new RegExp(`^${MONTH_NAME}${SEP}${YEAR}$`, "u"); // Jul 2025, July 2025, Juli 25
const NUMERIC_MONTH = /^(\d{4})[-/](\d{1,2})$/; // 2025-07, 2025/7
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/; // 2025-07-01
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/; // 01.07.2025

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** The user's text as a message can quote it: one line, at most 40 characters. */
function quoted(text: string): string {
  // Control characters (a pasted line break, a NUL) would break the one-line message.
  // eslint-disable-next-line no-control-regex
  const chars = Array.from(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " "));
  return `"${chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : chars.join("")}"`;
}

const valueError = (message: string): CoreError => coreError("value", message);

function yearOrError(text: string, digits: string): number | CoreError {
  const year = fullYear(digits);
  return year >= MIN_YEAR && year <= MAX_YEAR
    ? year
    : valueError(say.yearOutside(quoted(text), MIN_YEAR, MAX_YEAR));
}

function matchSingleQuarter(text: string, normalized: string): Period | CoreError | undefined {
  for (const [pattern, quarterGroup, yearGroup] of QUARTER_FORMS) {
    const m = pattern.exec(normalized);
    if (m) {
      const year = yearOrError(text, m[yearGroup]);
      return typeof year === "number" ? quarterPeriod(year, Number(m[quarterGroup])) : year;
    }
  }
  return undefined;
}

function parseNormalizedText(text: string, normalized: string): Period | CoreError {
  const quarter = matchSingleQuarter(text, normalized);
  if (quarter) return quarter;

  for (const [pattern, halfGroup, yearGroup] of HALF_FORMS) {
    const m = pattern.exec(normalized);
    if (m) {
      const year = yearOrError(text, m[yearGroup]);
      if (typeof year !== "number") return year;
      const half = Number(m[halfGroup]);
      const first = quarterIndex(year, half * 2 - 1);
      return span(`H${half} ${year}`, first, first + 1);
    }
  }

  let m = CALENDAR_YEAR.exec(normalized);
  if (m) {
    const year = yearOrError(text, m[1] ?? m[2]);
    return typeof year === "number" ? yearPeriod(year) : year;
  }

  m = NINE_MONTHS.exec(normalized);
  if (m) {
    const year = yearOrError(text, m[1] ?? m[2]);
    return typeof year === "number"
      ? span(`9M ${year}`, quarterIndex(year, 1), quarterIndex(year, 3))
      : year;
  }

  m = QUARTERS_OF_ONE_YEAR.exec(normalized);
  if (m) {
    const year = yearOrError(text, m[3]);
    if (typeof year !== "number") return year;
    return quarterRange(text, quarterPeriod(year, Number(m[1])), quarterPeriod(year, Number(m[2])));
  }

  const parts = normalized.split(RANGE_SEPARATOR);
  if (parts.length === 2) {
    const from = matchSingleQuarter(text, parts[0]);
    const to = matchSingleQuarter(text, parts[1]);
    if (from && to) {
      if ("error" in from) return from;
      if ("error" in to) return to;
      return quarterRange(text, from, to);
    }
  }

  const month = matchMonth(text, normalized);
  if (month) return month;

  if (FISCAL.test(normalized)) {
    return valueError(say.fiscalYear(quoted(text)));
  }
  return valueError(say.notAPeriod(quoted(text)));
}

/** A month or a date as text means its calendar quarter. */
function matchMonth(text: string, normalized: string): Period | CoreError | undefined {
  let year: string | undefined;
  let month: number | undefined;
  let day = 1;
  let m = NAMED_MONTH.exec(normalized);
  if (m && MONTH_OF.has(m[1])) {
    month = MONTH_OF.get(m[1]);
    year = m[2];
  } else if ((m = NUMERIC_MONTH.exec(normalized))) {
    year = m[1];
    month = Number(m[2]);
  } else if ((m = ISO_DATE.exec(normalized))) {
    year = m[1];
    month = Number(m[2]);
    day = Number(m[3]);
  } else if ((m = GERMAN_DATE.exec(normalized))) {
    day = Number(m[1]);
    month = Number(m[2]);
    year = m[3];
  }
  if (year === undefined || month === undefined) return undefined;
  const y = yearOrError(text, year);
  if (typeof y !== "number") return y;
  const date = new Date(Date.UTC(y, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return valueError(say.notAMonth(quoted(text)));
  }
  return quarterPeriod(y, Math.floor((month - 1) / 3) + 1);
}

function quarterRange(text: string, from: Period, to: Period): Period | CoreError {
  if (to.firstQuarter < from.firstQuarter) return valueError(say.endsBeforeStart(quoted(text)));
  return span(`${from.label} – ${to.label}`, from.firstQuarter, to.lastQuarter);
}

export function parsePeriodText(text: string): Period | CoreError {
  const normalized = text.normalize("NFKC").trim().toUpperCase().replace(/\s+/g, " ");
  if (normalized === "") return valueError(say.emptyPeriod);
  return parseNormalizedText(text, normalized);
}

/** Days from Excel's day 0 (1899-12-30, after its 1900 leap-year bug) to a UTC date. */
function dateSerialToQuarter(serial: number): Period {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return quarterPeriod(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) + 1);
}

export function parsePeriodNumber(n: number): Period | CoreError {
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return yearPeriod(n);
  if (n >= FIRST_DATE_SERIAL && n <= LAST_DATE_SERIAL) return dateSerialToQuarter(n);
  return valueError(say.notYearOrDate(n, MIN_YEAR, MAX_YEAR));
}
