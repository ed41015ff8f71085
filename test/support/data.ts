/* Periods the tests need that follow the data file, so that a new quarter breaks no test of behaviour. */
import { QUARTERS, quarterIndex, quarterLabel } from "../../src/core";

const last = QUARTERS[QUARTERS.length - 1];

/** The quarter after the data's last: Q4 2025 while the leak ends at Q3 2025. Never in the data. */
export const AFTER_LAST_QUARTER = quarterLabel(quarterIndex(last.year, last.quarter) + 1);
