/*
 * The insert scenarios as a user clicks them, checked through the Excel API itself so that the
 * same code checks the Excel fake (Jest) and real Excel (`npm run test:excel`). Each case starts
 * from what the ones before it left and the last one takes everything back out.
 */
import {
  CHECKS_NAME,
  DEFAULT_ASSUMPTIONS,
  PAYMENTS_NAME,
  PAYMENTS_USED_NAME,
  QUARTERS,
  RATE_USED_NAME,
  SENSITIVITY_NAME,
  SHARE_RATE_NAME,
  SHEET_TEXTS,
  TABLE_NAME,
} from "../../src/core";
import type { InsertRequest } from "../../src/taskpane/workbook-writer";
import type { CaseResult } from "./runner";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
type Insert = (run: Run, request: InsertRequest) => Promise<{ ok: boolean; message?: string }>;

const ASSUMPTIONS = DEFAULT_ASSUMPTIONS;
const TABLE = TABLE_NAME;
// The English headers (test/sheet-plan.test.ts pins them word for word).
const HEADERS = SHEET_TEXTS.en.headers;

export interface InsertCase {
  readonly name: string;
  /** Returns what differs from what the user must see; [] when all is right. */
  check(run: Run, insert: Insert): Promise<string[]>;
}

/** The table's header, body size and totals flag, and the names the add-in defines. */
async function readDataset(run: Run) {
  return run(async (context) => {
    const wb = context.workbook;
    const table = wb.tables.getItemOrNullObject(TABLE).load("name, showTotals");
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("rowCount, formulas");
    const rate = wb.names.getItemOrNullObject("OAI_ShareRate").load("name");
    const tables = wb.tables.load("items/name");
    await context.sync();
    return {
      exists: !table.isNullObject,
      showTotals: table.showTotals,
      header: header.values[0],
      rows: body.rowCount,
      formulas: body.formulas,
      rateName: rate.isNullObject ? undefined : rate.name,
      tableCount: tables.items.filter((t) => t.name.toLowerCase() === TABLE.toLowerCase()).length,
    };
  });
}

export const INSERT_CASES: readonly InsertCase[] = [
  {
    name: "Insert dataset on a new sheet writes the table, its formulas and its names",
    async check(run, insert) {
      const outcome = await insert(run, { placement: "newSheet", assumptions: ASSUMPTIONS });
      if (!outcome.ok) return [`the insert failed: ${outcome.message}`];
      const d = await readDataset(run);
      const problems: string[] = [];
      if (!d.exists) problems.push(`no table ${TABLE}`);
      if (JSON.stringify(d.header) !== JSON.stringify(HEADERS))
        problems.push(`header ${JSON.stringify(d.header)}`);
      if (d.rows !== QUARTERS.length) problems.push(`${d.rows} body rows, not ${QUARTERS.length}`);
      if (!d.showTotals) problems.push("no totals row");
      if (
        d.formulas[0][4] !==
        "=IF([@[Microsoft revenue share (bn USD)]]+OAI_PaymentsUsed<0,#NUM!,([@[Microsoft revenue share (bn USD)]]+OAI_PaymentsUsed)/OAI_RateUsed)"
      )
        problems.push(`E9 is ${d.formulas[0][4]}`);
      if (d.rateName !== "OAI_ShareRate") problems.push("no name OAI_ShareRate");
      return problems;
    },
  },
  {
    name: "Insert again refreshes in place: still one table",
    async check(run, insert) {
      const outcome = await insert(run, { placement: "newSheet", assumptions: ASSUMPTIONS });
      if (!outcome.ok) return [`the refresh failed: ${outcome.message}`];
      const d = await readDataset(run);
      return d.tableCount === 1 ? [] : [`${d.tableCount} tables named ${TABLE}`];
    },
  },
  {
    name: "Insert sensitivity grid after the dataset adds the grid and its name",
    async check(run, insert) {
      const outcome = await insert(run, {
        what: "sensitivity",
        placement: "newSheet",
        assumptions: ASSUMPTIONS,
      });
      if (!outcome.ok) return [`the grid failed: ${outcome.message}`];
      return run(async (context) => {
        const name = context.workbook.names.getItemOrNullObject("OAI_Sensitivity").load("name");
        await context.sync();
        return name.isNullObject ? ["no name OAI_Sensitivity"] : [];
      });
    },
  },
];

/** Every insert case in turn, then the add-in's sheets and names are removed again. */
export async function runInsertCases(run: Run, insert: Insert): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of INSERT_CASES) {
    let problems: string[];
    try {
      problems = await c.check(run, insert);
    } catch (error) {
      problems = [`threw ${String(error)}`];
    }
    results.push({ name: c.name, passed: problems.length === 0, problems });
  }
  await run(async (context) => {
    const wb = context.workbook;
    const names = [
      SHARE_RATE_NAME,
      PAYMENTS_NAME,
      SENSITIVITY_NAME,
      RATE_USED_NAME,
      PAYMENTS_USED_NAME,
      CHECKS_NAME,
    ].map((n) => wb.names.getItemOrNullObject(n).load("name"));
    const sheets = ["OpenAI leak", "OpenAI sensitivity"].map((s) =>
      wb.worksheets.getItemOrNullObject(s).load("name")
    );
    await context.sync();
    // A method on a null object fails the batch: delete only what exists.
    for (const item of [...names, ...sheets]) if (!item.isNullObject) item.delete();
    await context.sync();
  }).catch(() => undefined);
  return results;
}
