/*
 * Inserting while Excel fails at every position of the click's operations in turn. Excel's
 * batches are not transactions, and the fake applies operations in order until the failing one,
 * as Excel does. For each position: a plain message in the pane, the workbook as it was (the
 * partial write taken back), the user's cells and assumption values untouched, and the next click
 * gives exactly what a clean click gives.
 */
import { InsertRequest } from "../../src/taskpane/workbook-writer";
import { enWriter } from "../../src/core/words/en-writer";
import {
  FAULT_SCENARIOS,
  insert,
  operationsOf,
} from "../../test-support/reliability/fault-scenarios";

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function expectPlain(message: string, request: InsertRequest): void {
  // Below ExcelApi 1.13 (merged cells) or 1.18 (notes) a take-back that cleared cells at the
  // selection cannot know what clear() unmerged or removed; a failure before anything was
  // written changed nothing.
  const atSelection = request.placement === "selection";
  const cleared = !atSelection
    ? undefined
    : !request.canFindMergedCells
      ? enWriter.undoneMaybeUnmerged
      : !request.canFindNotes
        ? enWriter.undoneMaybeNotesRemoved
        : undefined;
  const endings = [enWriter.undone, ...(cleared ? [cleared] : [])].map(escaped);
  expect(message).toMatch(new RegExp(`click Insert again\\.(${endings.join("|")})$`));
  expect(message).not.toMatch(/undefined|\[object|Error:|\n\s+at /);
}

/** How many operations a clean click's first round trip (the read) has. */
async function firstReadOperations(scenario: (typeof FAULT_SCENARIOS)[number]): Promise<number> {
  const fake = await scenario.setup();
  const start = fake.state.operations;
  let first: number | undefined;
  fake.state.options.afterSync = (_, state) => (first ??= state.operations - start);
  await insert(fake, scenario.request);
  return first ?? 0;
}

describe.each(FAULT_SCENARIOS)("$name, failing at every operation", (scenario) => {
  test("leaves the workbook as it was, the user's cells untouched, and the next click works", async () => {
    const positions = await operationsOf(scenario);
    const clean = await scenario.setup();
    await insert(clean, scenario.request);
    const afterCleanClick = clean.state.snapshot();
    const firstRead = await firstReadOperations(scenario);
    expect(positions).toBeGreaterThan(2);

    for (let failAt = 1; failAt <= positions; failAt++) {
      const fake = await scenario.setup();
      const before = fake.state.snapshot();
      fake.state.failOperation = failAt;
      const outcome = await insert(fake, scenario.request);
      if (outcome.ok) {
        // A failure in the first read, where the dataset's table is queued in it, is read again
        // without the table (workbook-read.ts): the click then goes through as a clean one.
        expect([failAt, failAt <= firstRead]).toEqual([failAt, true]);
        expect([failAt, fake.state.snapshot()]).toEqual([failAt, afterCleanClick]);
        continue;
      }
      if (!outcome.ok) expectPlain(outcome.message, scenario.request);
      expect([failAt, fake.state.snapshot()]).toEqual([failAt, before]);
      for (const c of scenario.userCells) {
        expect([failAt, c.sheet, c.row, c.col, fake.state.content(c.sheet, c.row, c.col)]).toEqual([
          failAt,
          c.sheet,
          c.row,
          c.col,
          c.value,
        ]);
      }

      fake.state.failOperation = undefined;
      fake.state.operations = 0;
      expect(await insert(fake, scenario.request)).toMatchObject({ ok: true });
      expect([failAt, fake.state.snapshot()]).toEqual([failAt, afterCleanClick]);
    }
  });
});
