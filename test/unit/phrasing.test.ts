/*
 * Phrasing a reader of the German (and the English) caught: each entry as the catalogue has it,
 * with its counterpart in the other language saying the same.
 */
import { de, functionTooltips as deTooltips } from "../../src/core/words/de";
import { deAudit, deSheet } from "../../src/core/words/de-sheet";
import { deWriter } from "../../src/core/words/de-writer";
import { enAudit } from "../../src/core/words/en-sheet";
import { enWriter } from "../../src/core/words/en-writer";

describe("German phrasing", () => {
  test("the rounding note: the published figure does not equal 5 × the share (dative)", () => {
    expect(deSheet.roundingNote(undefined)).toBe(
      "Der veröffentlichte implizite Umsatz entspricht nicht genau 5 × der Microsoft-Umsatzbeteiligung: " +
        "Die Quartale wurden aus genaueren Zahlen gerundet. Beide bleiben wie veröffentlicht."
    );
  });

  test("a full sentence after a colon starts with a capital, as in the other notes", () => {
    expect(deSheet.assumptions).toBe("Annahmen (ändern Sie sie: Die Tabelle rechnet neu)");
  });

  test("the input cells' stop alerts are titled as invalid entries", () => {
    expect(deSheet.rateValidation.errorTitle).toBe("Ungültiger Satz");
    expect(deSheet.paymentsValidation.errorTitle).toBe("Ungültiger Betrag");
  });

  test("a rate argument is a decimal number (Dezimalzahl), not a Bruch, in every tooltip", () => {
    const rates = Object.values(deTooltips)
      .map((f) => f.parameters.rate)
      .filter((r): r is string => r !== undefined);
    expect(rates.length).toBeGreaterThanOrEqual(4);
    for (const rate of rates)
      expect(rate).toBe(
        "Beteiligungssatz: der Prozentsatz von OpenAIs Umsatz, den Microsoft erhält, als Dezimalzahl. Standard 0,2 (20 %)."
      );
  });

  test("Excel's edit mode: the key is the Eingabetaste", () => {
    expect(deWriter.editMode).toBe(
      "Excel bearbeitet gerade eine Zelle. Drücken Sie die Eingabetaste oder Esc und klicken Sie dann erneut auf Einfügen."
    );
  });

  test("the input cells are orangefarben after an insert", () => {
    expect(de.pane.inserted("dataset", "OpenAI-Leak", "A1:F20")).toBe(
      "Datensatz auf „OpenAI-Leak“ eingefügt (A1:F20). Ändern Sie die orangefarbenen Eingabezellen, um neu zu rechnen."
    );
  });
});

describe("a row that is not a quarter in the leak, said alike in both languages", () => {
  test("the audit's finding", () => {
    expect(enAudit.extra("A9", "Q5 2024")).toBe('A9: "Q5 2024" is not a quarter in the leak.');
    expect(deAudit.extra("A9", "Q5 2024")).toBe("A9: „Q5 2024“ ist kein Quartal im Leak.");
  });

  test("the writer's refusal", () => {
    expect(enWriter.tableRowNotOurs("A9", "Q5 2024")).toMatch(
      /^The table's row A9 \("Q5 2024"\) is not a quarter in the leak\. Nothing was written: /
    );
    expect(deWriter.tableRowNotOurs("A9", "Q5 2024")).toMatch(
      /^Die Tabellenzeile A9 \(„Q5 2024“\) ist kein Quartal im Leak\. Nichts wurde geschrieben: /
    );
  });
});
