/* Periods the tests need that follow the data file, so that a new quarter breaks no test of behaviour. */
import { QUARTERS, quarterIndex, quarterLabel } from "../../src/core";

const last = QUARTERS[QUARTERS.length - 1];

/** The quarter after the data's last: Q4 2025 while the leak ends at Q3 2025. Never in the data. */
export const AFTER_LAST_QUARTER = quarterLabel(quarterIndex(last.year, last.quarter) + 1);

/** How many quarters the data hold: 7 while the leak runs Q1 2024 – Q3 2025. */
export const QUARTER_COUNT = QUARTERS.length;

/** The data's latest quarter: "Q3 2025" today. */
export const LATEST_QUARTER = last.label;

/** The audit compares two formula columns, each quarter's row and the totals row: 16 today. */
export const AUDITED_CELLS = 2 * (QUARTER_COUNT + 1);

/** The year to date the data's latest quarter completes: "9M 2025" today ("2025" after a Q4). */
export const LATEST_YEAR_TO_DATE = `${["Q1 ", "H1 ", "9M ", ""][last.quarter - 1]}${last.year}`;

/** A year the data do not complete: 2025 while the leak ends at Q3 2025. */
export const INCOMPLETE_YEAR = AFTER_LAST_QUARTER.slice(-4);
