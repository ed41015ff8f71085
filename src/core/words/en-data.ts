/*
 * What the OAI functions say about the leak's data, in English: which periods it covers, who
 * reported a figure, which version answered. English in every display language, as the
 * functions' other messages. An export per entry (read as `say.entry` through `import * as
 * say`), so that each bundle keeps only the entries it uses (functions.js's 9 KB budget).
 */
import type { DataWords } from "./words";
import type * as self from "./en-data";

/** Fails to compile unless this file has every DataWords entry, each of its type. */
export type Catalogue = Implements<typeof self>;
type Implements<T extends DataWords> = T;

const covers = (coverage: string, latest: string) =>
  `the data cover ${coverage} (latest year to date: ${latest}).`;
export const partlyCovered = (period: string, coverage: string, latest: string) =>
  `The leak does not cover all of ${period}: ${covers(coverage, latest)}`;
export const notCovered = (period: string, coverage: string, latest: string) =>
  `No leaked figures for ${period}: ${covers(coverage, latest)}`;

const TRY = `Try "Q3 2025" or a date.`;
export const booleanNotPeriod = (value: boolean) =>
  `${value ? "TRUE" : "FALSE"} is not a period. ${TRY}`;
export const valueNotPeriod = `This value is not a period. ${TRY}`;

export const fieldInvalid = `The field must be "inference", "share" or "revenue" (or left out for all).`;
export const reportedFor = (who: string, period: string, figures: string) =>
  `${who} Reported for ${period}: ${figures}.`;
export const dataVersion = (version: string, date: string) => `Data version ${version} of ${date}.`;
