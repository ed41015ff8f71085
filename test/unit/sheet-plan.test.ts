import {
  Assumptions,
  COVERAGE,
  DEFAULT_ASSUMPTIONS,
  PeriodTotals,
  SENSITIVITY_RATES,
  breakEvenRate,
  buildSensitivityPlan,
  inferenceRatio,
  localeOf,
  lookupPeriod,
  PAYMENTS_NAME,
  QUARTERS,
  SHARE_RATE_NAME,
  SheetPlan,
  buildSheetPlan,
  columnReference,
  columnIndex,
  columnLetter,
  computeTable,
  parseReference,
} from "../../src/core";
import { evaluateDataset } from "../../test-support/hyperformula";
import leak from "../../src/data/leak.json";
import { enSheet } from "../../src/core/words/en-sheet";
import { deSheet } from "../../src/core/words/de-sheet";

const evaluate = evaluateDataset;

function expectAgreement(
  plan: SheetPlan,
  value: (r: number, c: number) => unknown,
  a: Assumptions
) {
  const core = computeTable(a);
  const { headerRow, totalsRow } = plan.table;
  core.rows.forEach((row, i) => {
    const r = headerRow + 1 + i;
    expect(value(r, 0)).toBe(row.label);
    expect(value(r, 4)).toBeCloseTo(row.impliedRevenue as number, 12);
    expect(value(r, 5)).toBeCloseTo(row.inferenceRatio as number, 12);
  });
  expect(value(totalsRow, 1)).toBeCloseTo(core.total.inferenceCost, 12);
  expect(value(totalsRow, 2)).toBeCloseTo(core.total.revenueShare, 12);
  expect(value(totalsRow, 3)).toBeCloseTo(core.total.impliedRevenuePublished, 12);
  expect(value(totalsRow, 4)).toBeCloseTo(core.total.impliedRevenue as number, 12);
  expect(value(totalsRow, 5)).toBeCloseTo(core.total.inferenceRatio as number, 12);
}

describe("the inserted table's formulas and the core agree (evaluated by HyperFormula)", () => {
  test.each([
    [0.2, 0],
    [0.1, 0],
    [0.3, 0.05],
    [0.15, 0.2],
    [1, 0],
  ])("at a %d share rate and %d bn payments per quarter", (shareRate, microsoftPayments) => {
    const a = { shareRate, microsoftPayments };
    const plan = buildSheetPlan(a);
    const { value } = evaluate(plan);
    expectAgreement(plan, value, a);
  });

  test("editing the assumption cells recalculates the table to the core's numbers", () => {
    const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS);
    const { hf, sheet, value } = evaluate(plan);
    const rate = plan.names.find((n) => n.name === SHARE_RATE_NAME)!;
    const payments = plan.names.find((n) => n.name === PAYMENTS_NAME)!;
    hf.setCellContents({ sheet, row: rate.row, col: rate.col }, 0.25);
    hf.setCellContents({ sheet, row: payments.row, col: payments.col }, 0.1);
    expectAgreement(plan, value, { shareRate: 0.25, microsoftPayments: 0.1 });
  });

  test("at 20 %, Q3 2025's ratio in the sheet is 1.78× and the total ratio of the sums", () => {
    const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS);
    const { value } = evaluate(plan);
    expect(value(plan.table.headerRow + 7, 5)).toBeCloseTo(3.648 / 2.055, 12);
    // Every quarter's (12.437 / (1.359 / 0.2) while the data end at Q3 2025).
    const all = lookupPeriod(COVERAGE) as PeriodTotals;
    expect(value(plan.table.totalsRow, 5)).toBeCloseTo(
      all.inferenceCost / (all.revenueShare / 0.2),
      12
    );
  });
});

describe("the sheet plan", () => {
  const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS);
  const at = (row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);

  test("has a title and says the figures are leaked and unconfirmed, with sources", () => {
    expect(at(0, 0)?.style).toBe("title");
    expect(at(1, 0)?.content).toBe(
      "Leaked and unconfirmed: neither OpenAI nor Microsoft has confirmed these figures " +
        '(Microsoft to the FT: "the numbers aren\'t quite right"). The implied revenue is a minimum: ' +
        "the share is Microsoft's net share, after its payments to OpenAI. " +
        "Reported by Ed Zitron (internal documents), TechCrunch and the Financial Times."
    );
    expect(
      plan.cells.some((c) =>
        /Sources:.*Zitron.*TechCrunch.*Financial Times/.test(String(c.content))
      )
    ).toBe(true);
  });

  test("has the two named input cells with the pane's values", () => {
    const p = buildSheetPlan({ shareRate: 0.15, microsoftPayments: 0.2 });
    for (const [name, value] of [
      [SHARE_RATE_NAME, 0.15],
      [PAYMENTS_NAME, 0.2],
    ] as const) {
      const n = p.names.find((m) => m.name === name)!;
      const cell = p.cells.find((c) => c.row === n.row && c.col === n.col)!;
      expect(cell).toMatchObject({ content: value, style: "input" });
    }
    expect(p.cells.find((c) => c.style === "input" && c.content === 0.15)!.numberFormat).toBe(
      "0.0%"
    );
  });

  test("the table has the six columns, published values and two formula columns", () => {
    expect(plan.table.headers).toEqual([
      "Quarter",
      "Inference cost (bn USD)",
      "Microsoft revenue share (bn USD)",
      "Implied revenue, published (bn USD)",
      "Implied revenue at assumptions (bn USD)",
      "Inference ratio",
    ]);
    QUARTERS.forEach((q, i) => {
      const r = plan.table.headerRow + 1 + i;
      expect([0, 1, 2, 3].map((c) => at(r, c)!.content)).toEqual([
        q.label,
        q.inferenceCost,
        q.revenueShare,
        q.impliedRevenuePublished,
      ]);
      expect(at(r, 4)!.content).toBe(
        "=IF([@[Microsoft revenue share (bn USD)]]+OAI_PaymentsUsed<0,#NUM!,([@[Microsoft revenue share (bn USD)]]+OAI_PaymentsUsed)/OAI_RateUsed)"
      );
      expect(at(r, 5)!.content).toBe(
        "=[@[Inference cost (bn USD)]]/[@[Implied revenue at assumptions (bn USD)]]"
      );
    });
  });

  test("number formats: bn with three decimals, the ratio as a multiple", () => {
    expect(plan.table.numberFormats.slice(1, 5)).toEqual(["0.000", "0.000", "0.000", "0.000"]);
    expect(plan.table.numberFormats[5]).toBe('0.00"×"');
  });

  test("the notes say where the figures come from, that revenue is a minimum, and the rounding", () => {
    const notes = plan.cells.filter((c) => c.style === "note").map((c) => String(c.content));
    expect(notes).toEqual([
      leak.sourcesNote.en,
      enSheet.minimumNote,
      "The published implied revenue is not exactly 5 × the share (5 × 0.077 = 0.385, published 0.387): " +
        "the quarters were rounded from more precise figures. Both are kept as published.",
    ]);
  });

  test("every cell lies inside the block, once", () => {
    const seen = new Set<string>();
    for (const c of plan.cells) {
      expect(c.row).toBeLessThan(plan.rows);
      expect(c.col).toBeLessThan(plan.cols);
      expect(seen.has(`${c.row},${c.col}`)).toBe(false);
      seen.add(`${c.row},${c.col}`);
    }
  });

  test("the chart sits beside the block and charts cost and implied revenue at assumptions", () => {
    expect(plan.chart.from.col).toBeGreaterThan(plan.cols - 1);
    expect(plan.chart.seriesColumns.map((c) => plan.table.headers[c])).toEqual([
      "Inference cost (bn USD)",
      "Implied revenue at assumptions (bn USD)",
    ]);
  });

  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
    expect(columnIndex(letters)).toBe(col);
  });

  test("a reference reads as its sheet, top-left cell and size", () => {
    expect(parseReference("='OpenAI leak'!$B$2:$D$5")).toEqual({
      sheet: "OpenAI leak",
      row: 1,
      col: 1,
      rows: 4,
      cols: 3,
    });
    expect(parseReference("=Sheet1!$AA$10")).toEqual({
      sheet: "Sheet1",
      row: 9,
      col: 26,
      rows: 1,
      cols: 1,
    });
    expect(parseReference("='It''s'!A1")?.sheet).toBe("It's");
    expect(parseReference("=SUM(A1:A3)")).toBeUndefined();
  });
});

describe("the sensitivity grid's formulas and the core agree (evaluated by HyperFormula)", () => {
  test.each([
    ["en", 0],
    ["en", 0.1],
    ["de", 0.05],
  ] as const)("in %s, with %d bn of Microsoft payments per quarter", (locale, payments) => {
    const dataset = buildSheetPlan({ shareRate: 0.2, microsoftPayments: payments }, locale);
    const gridPlan = buildSensitivityPlan(locale);
    const { value: leak, addGrid } = evaluate(dataset);
    expect(leak(dataset.table.headerRow + 1, 4)).toBeCloseTo((0.077 + payments) / 0.2, 12); // the dataset itself
    const grid = addGrid(gridPlan);

    SENSITIVITY_RATES.forEach((rate, i) => {
      QUARTERS.forEach((q, j) => {
        const totals = lookupPeriod(q.label) as PeriodTotals;
        const expected = inferenceRatio.compute(totals, {
          shareRate: rate,
          microsoftPayments: payments,
        }) as number;
        expect([rate, q.label, grid(4 + i, 1 + j)]).toEqual([
          rate,
          q.label,
          expect.closeTo(expected, 12),
        ]);
      });
    });
    QUARTERS.forEach((q, j) => {
      const totals = lookupPeriod(q.label) as PeriodTotals;
      const expected = breakEvenRate.compute(totals, {
        shareRate: 0.2,
        microsoftPayments: payments,
      }) as number;
      expect(grid(4 + SENSITIVITY_RATES.length, 1 + j)).toBeCloseTo(expected, 12);
    });
  });

  test("Q2 2025 costs more than its implied revenue at every rate from 10 % to 30 %; Q3 2025 not at 10 %", () => {
    const q2 = lookupPeriod("Q2 2025") as PeriodTotals;
    const q3 = lookupPeriod("Q3 2025") as PeriodTotals;
    const ratio = (t: PeriodTotals, shareRate: number) =>
      inferenceRatio.compute(t, { shareRate, microsoftPayments: 0 }) as number;
    expect(SENSITIVITY_RATES.every((r) => ratio(q2, r) > 1)).toBe(true);
    expect(ratio(q3, 0.1)).toBeLessThan(1);
  });
});

describe("the sensitivity plan", () => {
  const plan = buildSensitivityPlan();
  test("rates 10 % to 30 % in rows, the seven quarters in columns, the break-even rate below", () => {
    const at = (r: number, c: number) =>
      plan.cells.find((x) => x.row === r && x.col === c)?.content;
    expect(SENSITIVITY_RATES[0]).toBe(0.1);
    expect(SENSITIVITY_RATES[SENSITIVITY_RATES.length - 1]).toBe(0.3);
    expect(QUARTERS.map((_, j) => at(3, 1 + j))).toEqual(QUARTERS.map((q) => q.label));
    expect(SENSITIVITY_RATES.map((_, i) => at(4 + i, 0))).toEqual(SENSITIVITY_RATES);
    expect(at(4 + SENSITIVITY_RATES.length, 0)).toBe("Break-even share rate");
  });

  test("a colour scale over the ratios, turning at 1× (cost = revenue), and a name that covers the grid", () => {
    expect(plan.colorScale).toEqual({
      row: 4,
      col: 1,
      rows: 9,
      cols: QUARTERS.length,
      midpoint: 1,
    });
    expect(plan.names).toEqual([
      expect.objectContaining({
        name: "OAI_Sensitivity",
        row: 0,
        col: 0,
        rows: plan.rows,
        cols: plan.cols,
      }),
    ]);
  });

  test("formulas refer to the table's columns by name and to the rate and quarter cells relatively", () => {
    const cell = plan.cells.find((c) => c.row === 4 && c.col === 1)!;
    expect(cell.content).toBe(
      "=INDEX(OAILeak[[Inference cost (bn USD)]],MATCH(R[-1]C,OAILeak[[Quarter]],0))/(IF(INDEX(OAILeak[[Microsoft revenue share (bn USD)]],MATCH(R[-1]C,OAILeak[[Quarter]],0))+OAI_PaymentsUsed<0,#NUM!,(INDEX(OAILeak[[Microsoft revenue share (bn USD)]],MATCH(R[-1]C,OAILeak[[Quarter]],0))+OAI_PaymentsUsed)/RC[-1]))"
    );
  });

  test("a header the user renamed with ' [ ] # in it is escaped with ', inside double brackets", () => {
    const renamed = buildSensitivityPlan("en", ["Quarter", "Cost [bn] #1", "Share's"]);
    const cell = renamed.cells.find((c) => c.row === 4 && c.col === 1)!;
    expect(cell.content).toContain("OAILeak[[Cost '[bn'] '#1]]");
    expect(cell.content).toContain("OAILeak[[Share''s]]");
  });
});

describe("structured references (support.microsoft.com: Using structured references with Excel tables)", () => {
  test.each([
    ["Inference cost (bn USD)", "[Inference cost (bn USD)]"],
    ["Implied revenue, published (bn USD)", "[Implied revenue, published (bn USD)]"],
    ["a'b[c]#d", "[a''b'[c']'#d]"],
  ])("the column %j is written %j", (header, reference) => {
    expect(columnReference(header)).toBe(reference);
  });

  test.each(["en", "de"] as const)(
    "every table column in the %s sheet is in double brackets",
    (locale) => {
      const p = buildSheetPlan(DEFAULT_ASSUMPTIONS, locale);
      const formulas = p.cells.map((c) => String(c.content)).filter((f) => f.startsWith("="));
      for (const f of formulas) {
        // No single-bracket column: every [ that opens a column follows another [ , @ or ","
        expect(f).not.toMatch(/(?<![[@,RC])\[(?![[#@])/);
      }
      expect(formulas.some((f) => f.includes(`SUBTOTAL(109,[[${p.table.headers[3]}]])`))).toBe(
        true
      );
    }
  );
});

describe("German labels", () => {
  const de = buildSheetPlan(DEFAULT_ASSUMPTIONS, "de");
  test("the sheet, its headers, notes and checks are in German; names, table and ids are not", () => {
    expect(de.sheetName).toBe("OpenAI-Leak");
    expect(de.table.headers[0]).toBe("Quartal");
    expect(de.table.headers[1]).toBe("Inferenzkosten (Mrd. USD)");
    expect(de.table.name).toBe("OAILeak");
    expect(de.names.map((n) => n.name)).toEqual([
      "OAI_ShareRate",
      "OAI_MicrosoftPayments",
      "OAI_Checks",
    ]);
    const at = (row: number, col: number) => de.cells.find((c) => c.row === row && c.col === col);
    expect(at(1, 0)!.content).toBe(`${leak.caveat.de} ${leak.reportedBy.de}`);
    expect(at(de.table.totalsRow, 0)!.content).toBe("Summe");
    expect(de.cells.filter((c) => c.style === "section").map((c) => c.content)).toEqual([
      deSheet.assumptions,
      "Hinweise",
      "Prüfungen: die veröffentlichten Zahlen gegeneinander (hier wird nichts korrigiert)",
    ]);
    expect(de.cells.filter((c) => c.style === "note").map((c) => c.content)).toEqual([
      leak.sourcesNote.de,
      deSheet.minimumNote,
      deSheet.roundingNote({ share: "0,077", five: "0,385", published: "0,387" }),
    ]);
    const texts = de.cells.map((c) => String(c.content)).join(" ");
    expect(texts).not.toMatch(/Inference cost/);
  });

  test("the Name Manager describes each name in the sheet's language", () => {
    const comments = (
      plan: { names: readonly { comment: string }[] },
      more: { comment: string }[]
    ) => [...plan.names, ...more].map((n) => n.comment);
    const en = buildSheetPlan(DEFAULT_ASSUMPTIONS, "en");
    expect(comments(en, [...en.formulaNames])).toEqual([
      "Share rate: the share of OpenAI's revenue paid to Microsoft (20 % = 0.2)",
      "Microsoft's payments to OpenAI per quarter, bn USD",
      "The add-in's checks of the published figures, rewritten by Insert dataset",
      "The share rate the formulas use: OAI_ShareRate checked as the OAI functions check it (empty or 0: 20 %)",
      "Microsoft's payments the formulas use: OAI_MicrosoftPayments checked as the OAI functions check it (empty: 0)",
    ]);
    const c = deSheet.nameComments;
    expect(comments(de, [...de.formulaNames])).toEqual([
      c.shareRate,
      c.payments,
      c.checks,
      c.rateUsed,
      c.paymentsUsed,
    ]);
    const grid = buildSensitivityPlan("de");
    expect(comments(grid, [...grid.formulaNames])).toEqual([c.sensitivity, c.paymentsUsed]);
    expect(c.shareRate).toBe(
      "Beteiligungssatz: der Prozentsatz von OpenAIs Umsatz, den Microsoft erhält (20 % = 0,2)"
    );
  });

  test("German formulas agree with the core as the English ones do", () => {
    const { value } = evaluate(de);
    expectAgreement(de, value, DEFAULT_ASSUMPTIONS);
  });

  test("Excel's display language picks the locale", () => {
    expect([
      localeOf("de-DE"),
      localeOf("de-AT"),
      localeOf("de"),
      localeOf("en-US"),
      localeOf("fr-FR"),
      localeOf(undefined),
    ]).toEqual(["de", "de", "de", "en", "en", "en"]);
  });
});
