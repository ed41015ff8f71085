import {
  BN_FORMAT,
  CHECK_FORMAT,
  COVERAGE,
  DEFAULT_ASSUMPTIONS,
  GAP_FORMAT,
  PeriodTotals,
  QUARTERS,
  RATE_FORMAT,
  computeTable,
  decimalsOf,
  formatNumber,
  impliedRate,
  impliedRevenue,
  inferenceCost,
  inferenceRatio,
  lookupPeriod,
  quarterChecks,
  totalChecks,
} from "../../src/core";
import leak from "../../src/data/leak.json";
import {
  altmanLine,
  checkLines,
  formatBn,
  formatRatio,
  headline,
  readPayments,
  readShareRate,
  spreadLines,
} from "../../src/taskpane/view";
import { LATEST_QUARTER } from "../support/data";

describe("the pane's assumption inputs", () => {
  test.each([
    ["20", 0.2],
    [" 12.5 ", 0.125],
    ["12,5", 0.125],
    ["100", 1],
  ])("share rate %j %% is %d", (text, value) => {
    expect(readShareRate(text)).toEqual({ ok: true, value });
  });

  test.each(["", "abc", "0", "-5", "101", "20%"])(
    "share rate %j is refused with a message",
    (text) => {
      const r = readShareRate(text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(/share rate/);
    }
  );

  test.each([
    ["", 0],
    ["0", 0],
    ["0.1", 0.1],
    ["1,25", 1.25],
  ])("payments %j are %d bn", (text, value) => {
    expect(readPayments(text)).toEqual({ ok: true, value });
  });

  test.each(["-0.1", "x", "5000"])("payments %j are refused with a message", (text) => {
    expect(readPayments(text).ok).toBe(false);
  });
});

describe("the pane's headline", () => {
  test("at 20 %: the latest quarter, every quarter, and the total as the ratio of the sums", () => {
    const h = headline({ shareRate: 0.2, microsoftPayments: 0 });
    // The latest quarter's ratio leads: 1.78× while the data end at Q3 2025.
    const latest = h.rows[h.rows.length - 1];
    expect(latest.label).toBe(LATEST_QUARTER);
    expect(h.value).toBe(latest.ratio);
    expect(h.sentence).toBe(
      `${LATEST_QUARTER}: inference cost was ${latest.ratio.replace("×", "")} times the implied revenue, at a share rate of ${formatNumber(0.2, RATE_FORMAT, ".")}.`
    );
    expect(h.rows.find((r) => r.label === "Q3 2025")!.ratio).toBe("1.78×");
    expect(h.rows.map((r) => r.label)).toEqual(QUARTERS.map((q) => q.label));
    expect(h.rows.slice(0, 7).map((r) => r.label)).toEqual([
      "Q1 2024",
      "Q2 2024",
      "Q3 2024",
      "Q4 2024",
      "Q1 2025",
      "Q2 2025",
      "Q3 2025",
    ]);
    expect(h.rows[0]).toEqual({
      label: "Q1 2024",
      inferenceCost: "0.547",
      impliedRevenue: "0.385",
      ratio: "1.42×",
      costExceedsRevenue: true,
    });
    // Every quarter's: 12.437, 6.795 and 1.83× over Q1 2024 – Q3 2025.
    const all = lookupPeriod(COVERAGE) as PeriodTotals;
    expect(h.total).toEqual({
      label: COVERAGE,
      inferenceCost: formatBn(all.inferenceCost),
      impliedRevenue: formatBn(all.revenueShare / 0.2),
      ratio: formatRatio(all.inferenceCost / (all.revenueShare / 0.2)),
      costExceedsRevenue: true,
    });
  });

  test("comes from the core: the same numbers as computeTable", () => {
    const a = { shareRate: 0.1, microsoftPayments: 0.05 };
    const core = computeTable(a);
    headline(a).rows.forEach((r, i) =>
      expect(r.ratio).toBe(formatRatio(core.rows[i].inferenceRatio as number))
    );
  });

  test("mentions Microsoft's payments when there are any, and marks quarters where costs stay below revenue", () => {
    const h = headline({ shareRate: 0.1, microsoftPayments: 0.1 });
    expect(h.sentence).toMatch(/plus 0\.100 bn of Microsoft payments a quarter/);
    expect(h.rows[0].costExceedsRevenue).toBe(false);
  });
});

describe("the pane's digits are the sheet's and the card's: its metrics' number formats", () => {
  const a = { shareRate: 0.125, microsoftPayments: 0.05 };
  const latest = QUARTERS[QUARTERS.length - 1].label;
  const altmanRate = impliedRate(
    lookupPeriod(latest) as PeriodTotals,
    leak.runRateClaim.annualRevenue / 4
  ) as number;

  test("in English: each figure as the card's text line writes it (formatNumber)", () => {
    const shown = (x: number, format: string) => formatNumber(x, format, ".");
    const h = headline(a, "en");
    computeTable(a).rows.forEach((r, i) =>
      expect(h.rows[i]).toMatchObject({
        inferenceCost: shown(r.inferenceCost, inferenceCost.numberFormat),
        impliedRevenue: shown(r.impliedRevenue as number, impliedRevenue.numberFormat),
        ratio: shown(r.inferenceRatio as number, inferenceRatio.numberFormat),
      })
    );
    expect(h.sentence).toContain(`at a share rate of ${shown(a.shareRate, RATE_FORMAT)} plus`);
    expect(h.sentence).toContain(` ${shown(a.microsoftPayments, BN_FORMAT)} bn`);
    // The rate Sam Altman's figure needs: 8.2% as the sheet's and the card's rates, not 8.22 %.
    expect(altmanLine("en")).toContain(
      ` ${shown(altmanRate, RATE_FORMAT)}, not ${shown(DEFAULT_ASSUMPTIONS.shareRate, RATE_FORMAT)}.`
    );
    const [first] = totalChecks();
    expect(checkLines("en")[0].text).toContain(
      `article ${shown(first.stated, CHECK_FORMAT)}, quarters ${shown(first.computed, CHECK_FORMAT)}, gap `
    );
  });

  test("in German: the same digits, with the language's separators", () => {
    const h = headline(a, "de");
    const decimals = (text: string) => /,(\d+)/.exec(text)?.[1].length;
    const row = h.rows[h.rows.length - 1];
    expect(row.inferenceCost).not.toContain(".");
    expect(decimals(row.inferenceCost)).toBe(decimalsOf(inferenceCost.numberFormat));
    expect(decimals(row.impliedRevenue)).toBe(decimalsOf(impliedRevenue.numberFormat));
    expect(decimals(row.ratio)).toBe(decimalsOf(inferenceRatio.numberFormat));
    const rate = /von (\S+)\s%/.exec(h.sentence)?.[1] ?? "";
    expect([rate, decimals(rate)]).toEqual([rate, decimalsOf(RATE_FORMAT)]);
    const altman = /Beteiligungssatz (\S+)\s%/.exec(altmanLine("de"))?.[1] ?? "";
    expect(altman).toBe(formatNumber(altmanRate, RATE_FORMAT, ",").replace("%", ""));
    // The Checks' gaps, signed, with the sheet's four decimals.
    const gaps = quarterChecks().map((c) => c.gap);
    const quarters = checkLines("de").at(-1)!.text;
    for (const gap of [Math.min(...gaps), Math.max(...gaps)]) {
      const digits = formatNumber(Math.abs(gap), GAP_FORMAT.split(";")[2], ",");
      expect(quarters).toContain(gap === 0 ? digits : `${gap > 0 ? "+" : "-"}${digits}`);
    }
  });
});

describe("where outlets differ", () => {
  test("each outlet's figure with its unit's word in the pane's language", () => {
    expect(spreadLines("en")).toEqual([
      "Microsoft revenue share, 9M 2025: 865.9 M (Ed Zitron, The Decoder), 865.8 M (TechCrunch)",
      "Inference cost, 2024: 3.77 bn (Ed Zitron), ~3.8 bn (TechCrunch), 3.7 bn (The Register)",
      "Inference cost, 9M 2025: 8.67 bn (Ed Zitron), ~8.65 bn (TechCrunch), 8.7 bn (The Register)",
    ]);
    expect(spreadLines("de")).toEqual([
      "Microsoft-Umsatzbeteiligung, 9M 2025: 865,9 Mio. (Ed Zitron, The Decoder), 865,8 Mio. (TechCrunch)",
      "Inferenzkosten, 2024: 3,77 Mrd. (Ed Zitron), ~3,8 Mrd. (TechCrunch), 3,7 Mrd. (The Register)",
      "Inferenzkosten, 9M 2025: 8,67 Mrd. (Ed Zitron), ~8,65 Mrd. (TechCrunch), 8,7 Mrd. (The Register)",
    ]);
  });
});

describe("the table's total", () => {
  test("is labelled by the quarters it spans, a period the functions read, not by a typed word", () => {
    const total = computeTable({ shareRate: 0.2, microsoftPayments: 0 }).total;
    expect(total.label).toBe(COVERAGE);
    expect((lookupPeriod(total.label) as PeriodTotals).inferenceCost).toBe(total.inferenceCost);
  });
});
