/*
 * The sheet's Checks are live formulas over OAILeak (evaluated in HyperFormula), and its two
 * input cells are validated where they are typed, with the functions' rules.
 */
import {
  DEFAULT_ASSUMPTIONS,
  PAYMENTS_NAME,
  PAYMENTS_SPEC,
  SHARE_RATE_NAME,
  SHARE_RATE_SPEC,
  SHEET_TEXTS,
  buildSheetPlan,
  checkAssumption,
  quarterChecks,
  totalChecks,
  validationFormula,
} from "../../src/core";
import { runInsert } from "../../src/taskpane/workbook-writer";
import { createFakeExcel } from "../../test-support/fake-excel";
import { excelRun } from "../../test-support/fixtures";
import { evaluateDataset } from "../../test-support/hyperformula";

const CHECKS = [...totalChecks(), ...quarterChecks()];

describe.each(["en", "de"] as const)("the live Checks (%s)", (locale) => {
  const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS, locale);
  const text = SHEET_TEXTS[locale];
  const firstRow = plan.cells.find((c) => c.content === text.checkHeaders[0])!.row + 1;

  test("as inserted, every check shows the core's figures, gap and verdict", () => {
    const { value } = evaluateDataset(plan);
    CHECKS.forEach((check, i) => {
      const row = firstRow + i;
      expect(value(row, 0)).toBeCloseTo(check.stated, 12);
      expect(value(row, 1)).toBeCloseTo(check.computed, 12);
      expect(value(row, 2)).toBeCloseTo(check.gap, 12);
      expect(value(row, 3)).toBe(check.withinRounding ? text.yes : text.no);
    });
  });

  test("the article's totals are constants; the quarters and every gap and verdict are formulas over the table", () => {
    CHECKS.forEach((check, i) => {
      const cells = [0, 1, 2, 3].map(
        (c) => plan.cells.find((x) => x.row === firstRow + i && x.col === c)!.content
      );
      if (check.subject.kind === "total") expect(cells[0]).toBe(check.stated);
      else expect(String(cells[0])).toMatch(/^=INDEX\(OAILeak\[\[/);
      expect(String(cells[1])).toMatch(/^=(SUMIFS|5\*INDEX)\(OAILeak\[\[/);
      expect(cells[2]).toBe("=ROUND(RC[-1]-RC[-2],4)");
      expect(String(cells[3])).toContain(`<=${check.allowance},`);
    });
  });

  test("editing a published value flips the affected checks to no, and only those", () => {
    const sheet = evaluateDataset(plan);
    // Q1 2024's share, 0.077, becomes 0.09.
    sheet.hf.setCellContents({ sheet: sheet.sheet, row: plan.table.headerRow + 1, col: 2 }, 0.09);
    const flipped = CHECKS.map((c, i) => [text.checkName(c), sheet.value(firstRow + i, 3)] as const)
      .filter(([, verdict]) => verdict === text.no)
      .map(([name]) => name);
    expect(flipped).toEqual(
      locale === "en"
        ? [
            "Microsoft revenue share, 2024: article against the sum of the quarters",
            "Q1 2024: published implied revenue against 5 × share",
          ]
        : [
            "Microsoft-Umsatzbeteiligung, 2024: Artikel gegen Summe der Quartale",
            "Q1 2024: veröffentlichter impliziter Umsatz gegen 5 × Microsoft-Umsatzbeteiligung",
          ]
    );
  });

  test("zero gaps line up with the others: four decimals whatever the sign", () => {
    const gapFormats = plan.cells.filter((c) => c.content === "=ROUND(RC[-1]-RC[-2],4)");
    expect(gapFormats).toHaveLength(CHECKS.length);
    for (const c of gapFormats) expect(c.numberFormat).toBe("+0.0000;-0.0000;0.0000");
  });
});

describe("the input cells' data validation", () => {
  test.each(["en", "de"] as const)(
    "in %s: a custom rule, an input message and a stop alert on both cells, within Excel's limits",
    async (locale) => {
      const fake = createFakeExcel({ sheets: ["Sheet1"] });
      await runInsert(excelRun(fake), {
        placement: "newSheet",
        assumptions: DEFAULT_ASSUMPTIONS,
        locale,
      });
      const sheet = fake.state.sheets[1];
      const text = SHEET_TEXTS[locale];
      const rate = fake.state.cell(sheet, 4, 0).validation!;
      const payments = fake.state.cell(sheet, 5, 0).validation!;
      expect(rate).toMatchObject({
        rule: { custom: { formula: validationFormula(SHARE_RATE_SPEC, SHARE_RATE_NAME) } },
        ignoreBlanks: true,
        prompt: { showPrompt: true, title: text.rateValidation.title },
        errorAlert: { showAlert: true, style: "Stop", message: text.rateValidation.error },
      });
      expect(payments).toMatchObject({
        rule: { custom: { formula: validationFormula(PAYMENTS_SPEC, PAYMENTS_NAME) } },
        prompt: { message: text.paymentsValidation.prompt },
      });
      for (const t of [text.rateValidation, text.paymentsValidation]) {
        expect(t.title.length).toBeLessThanOrEqual(32);
        expect(t.errorTitle.length).toBeLessThanOrEqual(32);
        expect(t.prompt.length).toBeLessThanOrEqual(255);
        // The stop alert's message: [MS-OI29500] 2.1.613 (dataValidation) "Office restricts the
        // length of the value of the error attribute to 224 characters" (not 255, as for the prompt).
        expect(t.error.length).toBeLessThanOrEqual(224);
      }
      // The decimal comma in German: exactly what the input message says in each language.
      expect(rate).toMatchObject({
        prompt: {
          message:
            locale === "en"
              ? "A fraction: 20 % is 0.2 (or type 20% with the % sign). Empty means 20 %."
              : "Eine Dezimalzahl: 20 % ist 0,2 (oder 20% mit Prozentzeichen). Leer bedeutet 20 %.",
        },
      });
    }
  );

  test.each([
    [SHARE_RATE_NAME, SHARE_RATE_SPEC, [0.2, 1, 0.0001, 0, -0.2, 1.2, 20, "0.2", "abc", true]],
    [PAYMENTS_NAME, PAYMENTS_SPEC, [0, 0.1, 5, -0.05, "x", "0.1"]],
  ] as const)(
    "%s: the rule accepts what the functions accept as typed (HyperFormula)",
    (name, spec, inputs) => {
      const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS);
      const sheet = evaluateDataset(plan);
      const n = plan.names.find((x) => x.name === name)!;
      for (const input of inputs) {
        sheet.setInput(name, input as never);
        sheet.hf.setCellContents(
          { sheet: sheet.sheet, row: 0, col: 10 },
          validationFormula(spec, name)
        );
        const accepted = sheet.value(0, 10);
        // 0 is the default for the functions, but nobody types it on purpose: the rule refuses it.
        const functions = input !== 0 && typeof checkAssumption(spec, input) === "number";
        expect([name, input, accepted]).toEqual([
          name,
          input,
          functions || (input === 0 && n.name === PAYMENTS_NAME),
        ]);
      }
    }
  );
});
