/** A stand-in for Excel's CustomFunctions global, as the functions see it at call time. */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** Each function's id in Excel (OAI.<id>) and the name of its export in functions.ts. */
export const EXPORT_NAMES: Record<string, string> = {
  IMPLIEDREVENUE: "impliedRevenue",
  INFERENCERATIO: "inferenceRatio",
  INFERENCECOST: "inferenceCost",
  REVENUESHARE: "revenueShare",
  RUNRATE: "runRate",
  IMPLIEDRATE: "impliedRate",
  SOURCE: "source",
  DATASET: "dataset",
  CARD: "card",
};

export const registered = new Map<string, (...args: unknown[]) => unknown>();

export function installCustomFunctionsShim(): void {
  // The bundle finds the pane's modules through `self`, which in a page is the window itself
  // (HTML standard, WindowOrWorkerGlobalScope.self); Node has no `self`.
  (globalThis as Record<string, unknown>).self ??= globalThis;
  (globalThis as Record<string, unknown>).CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    Error: ExcelError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
}

/** The one result of a single-cell call. */
export function only(result: unknown): unknown {
  const rows = result as unknown[][];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toHaveLength(1);
  return rows[0][0];
}

/** Published figures are rounded to 3 decimals; an article total to `decimals`. */
export function roundingAllowance(quarters: number, decimals: number, multiplier = 1): number {
  return 0.5 * 10 ** -decimals + quarters * 0.0005 * multiplier + 1e-12;
}
