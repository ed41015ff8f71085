/*
 * Workbooks to insert into while Excel fails: each has the user's own cells, name, table and
 * chart, which no failure may touch.
 */
import { DEFAULT_ASSUMPTIONS, PAYMENTS_NAME, SHARE_RATE_NAME } from "../../src/core";
import { InsertRequest, runInsert } from "../../src/taskpane/workbook-writer";
import { FakeExcel, createFakeExcel } from "../fake-excel";

export interface UserCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: string | number;
}

export interface FaultScenario {
  readonly name: string;
  readonly request: InsertRequest;
  /** A workbook in the state just before the click, with its operation count at 0. */
  setup(): Promise<FakeExcel>;
  /** Cells that are the user's and must keep their values whatever happens. */
  readonly userCells: readonly UserCell[];
}

export function insert(fake: FakeExcel, request: InsertRequest) {
  return runInsert(fake.Excel.run as any, request);
}

const USER_CELLS: UserCell[] = [
  { sheet: "Data", row: 0, col: 0, value: "my heading" },
  { sheet: "Data", row: 2, col: 2, value: 42 },
  { sheet: "Data", row: 31, col: 1, value: 7 },
];

function userWorkbook(selection = { row: 0, col: 0 }): FakeExcel {
  const fake = createFakeExcel({ sheets: ["Data"], selection });
  const data = fake.state.sheets[0];
  for (const c of USER_CELLS)
    data.cells.set(`${c.row},${c.col}`, {
      value: c.value,
      formula: null,
      numberFormat: "General",
      format: {},
    });
  // An empty cell the user formatted, inside the E5 block: a take-back must keep its formats.
  data.cells.set("10,5", {
    value: "",
    formula: null,
    numberFormat: "0.0%",
    format: { "fill.color": "#FFFF00", "font.bold": true, "border.EdgeTop.style": "Double" },
  });
  fake.state.names.push({
    name: "MyRate",
    box: { sheet: data, row: 2, col: 2, rows: 1, cols: 1 },
    comment: "",
  });
  fake.state.tables.push({
    name: "Sales",
    sheet: data,
    top: 30,
    left: 0,
    rows: 3,
    cols: 2,
    showTotals: false,
    style: "TableStyleLight1",
  });
  data.charts.push({
    name: "My chart",
    type: "Line",
    title: "Mine",
    source: { sheet: data, row: 30, col: 0, rows: 3, cols: 2 },
    series: [],
  });
  data.columnWidths.set(4, 120);
  return fake;
}

const newSheet: InsertRequest = { placement: "newSheet", assumptions: DEFAULT_ASSUMPTIONS };

/** The workbook after a first insert, with the user's own assumption values and notes. */
async function insertedAndEdited(deleteName: boolean): Promise<FakeExcel> {
  const fake = userWorkbook();
  const first = await insert(fake, newSheet);
  if (!first.ok) throw new Error(first.message);
  const leak = fake.state.sheet("OpenAI leak")!;
  for (const [name, value] of [
    [SHARE_RATE_NAME, 0.3],
    [PAYMENTS_NAME, 0.05],
  ] as const) {
    const n = fake.state.names.find((x) => x.name === name)!;
    leak.cells.set(`${n.box.row},${n.box.col}`, {
      ...fake.state.cell(leak, n.box.row, n.box.col),
      value,
    });
  }
  leak.cells.set("30,7", { value: "my note", formula: null, numberFormat: "General", format: {} });
  if (deleteName) fake.state.names = fake.state.names.filter((n) => n.name !== PAYMENTS_NAME);
  fake.state.active = fake.state.sheets[0];
  fake.state.syncs = 0;
  fake.state.operations = 0;
  return fake;
}

const editedLeakCells: UserCell[] = [
  { sheet: "OpenAI leak", row: 4, col: 0, value: 0.3 },
  { sheet: "OpenAI leak", row: 5, col: 0, value: 0.05 },
  { sheet: "OpenAI leak", row: 30, col: 7, value: "my note" },
];

const grid: InsertRequest = {
  what: "sensitivity",
  placement: "newSheet",
  assumptions: DEFAULT_ASSUMPTIONS,
};

/** The workbook after the dataset, ready for the grid (optionally with a grid already there). */
async function withDataset(gridToo: boolean): Promise<FakeExcel> {
  const fake = userWorkbook({ row: 40, col: 8 });
  for (const request of gridToo
    ? [newSheet, { ...grid, placement: "selection" as const }]
    : [newSheet]) {
    fake.state.active = fake.state.sheets[0];
    fake.state.selection = { row: 40, col: 8 };
    const outcome = await insert(fake, request);
    if (!outcome.ok) throw new Error(outcome.message);
  }
  fake.state.active = fake.state.sheets[0];
  fake.state.syncs = 0;
  fake.state.operations = 0;
  return fake;
}

export const FAULT_SCENARIOS: readonly FaultScenario[] = [
  {
    name: "insert on a new sheet",
    request: newSheet,
    setup: async () => userWorkbook(),
    userCells: USER_CELLS,
  },
  {
    name: "insert at the selected cell (E5)",
    request: { placement: "selection", assumptions: { shareRate: 0.15, microsoftPayments: 0.1 } },
    setup: async () => userWorkbook({ row: 4, col: 4 }),
    userCells: USER_CELLS,
  },
  {
    name: "insert again (refresh)",
    request: newSheet,
    setup: () => insertedAndEdited(false),
    userCells: [...USER_CELLS, ...editedLeakCells],
  },
  {
    name: "sensitivity grid on a new sheet",
    request: grid,
    setup: () => withDataset(false),
    userCells: USER_CELLS,
  },
  {
    name: "sensitivity grid again, where the user put it (refresh)",
    request: grid,
    setup: () => withDataset(true),
    userCells: USER_CELLS,
  },
  {
    name: "insert again after the user deleted a name",
    request: newSheet,
    setup: () => insertedAndEdited(true),
    userCells: [...USER_CELLS, ...editedLeakCells],
  },
  {
    name: "insert again after the user deleted a table row and added an empty one",
    request: newSheet,
    setup: async () => {
      const fake = await insertedAndEdited(false);
      await fake.Excel.run(async (ctx) => {
        const rows = ctx.workbook.tables.getItem("OAILeak").rows;
        rows.getItemAt(2).delete();
        rows.add(4);
        await ctx.sync();
      });
      fake.state.syncs = 0;
      fake.state.operations = 0;
      return fake;
    },
    // The note under the table moved up with the deleted row and down with the added one.
    userCells: [...USER_CELLS, ...editedLeakCells],
  },
  {
    name: "insert after the user deleted the add-in's sheet (its names are #REF!)",
    request: newSheet,
    setup: async () => {
      const fake = await insertedAndEdited(false);
      await fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("OpenAI leak").delete();
        await ctx.sync();
      });
      fake.state.syncs = 0;
      fake.state.operations = 0;
      return fake;
    },
    userCells: USER_CELLS,
  },
];

/** How many operations a click queues in a scenario when nothing fails: the positions to fail at. */
export async function operationsOf(scenario: FaultScenario): Promise<number> {
  const fake = await scenario.setup();
  const outcome = await insert(fake, scenario.request);
  if (!outcome.ok) throw new Error(`${scenario.name}: ${outcome.message}`);
  return fake.state.operations;
}
