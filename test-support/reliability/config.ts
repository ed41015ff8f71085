/* Figures the reliability tests run with, shared with the README check so the README states them. */

/** Generated cases per OAI function. */
export const CASES_PER_FUNCTION = 10_000;

/** A fixed seed in CI (and when OAI_FC_SEED is set); elsewhere a new one each run, printed on failure. */
export const SEED = process.env.OAI_FC_SEED
  ? Number(process.env.OAI_FC_SEED)
  : process.env.CI
    ? 20251127
    : Date.now() % 2 ** 31;

/** Excel's largest range: a full column. */
export const FULL_COLUMN_ROWS = 1_048_576;
