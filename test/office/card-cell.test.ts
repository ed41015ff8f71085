/* The pane's card button: a live =OAI.CARD formula into the selected cell, never over content. */
import { putCard } from "../../src/taskpane/card-cell";
import { createFakeExcel } from "../../test-support/fake-excel";
import { excelRun, userTypes } from "../../test-support/fixtures";

describe("a card from the pane, into the selected cell", () => {
  test('an empty cell gets the live formula =OAI.CARD("Q3 2025")', async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"], selection: { row: 4, col: 1 } });
    const outcome = await putCard(excelRun(fake), "Q3 2025", "en");
    expect(outcome).toEqual({
      ok: true,
      message: "Put the card of Q3 2025 in Sheet1!B5: click its icon to open it.",
    });
    expect(fake.state.content("Sheet1", 4, 1)).toBe('=OAI.CARD("Q3 2025")');
  });

  test("a cell with content is refused and left as it was", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"], selection: { row: 0, col: 0 } });
    await userTypes(fake, "Sheet1", 0, 0, [["mine"]]);
    const outcome = await putCard(excelRun(fake), "Q3 2025", "de");
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/^Sheet1!A1 ist nicht leer/),
    });
    expect(fake.state.content("Sheet1", 0, 0)).toBe("mine");
  });
});
