import { COVERAGE, computeTable } from "../../src/core";
import { formatRatio, headline, readPayments, readShareRate } from "../../src/taskpane/view";

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
  test("at 20 %: Q3 2025 at 1.78×, every quarter, and the total as the ratio of the sums", () => {
    const h = headline({ shareRate: 0.2, microsoftPayments: 0 });
    expect(h.value).toBe("1.78×");
    expect(h.sentence).toBe(
      "Q3 2025: inference cost was 1.78 times the implied revenue, at a 20\u00a0% share."
    );
    expect(h.rows.map((r) => r.label)).toEqual([
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
    expect(h.total).toEqual({
      label: COVERAGE,
      inferenceCost: "12.437",
      impliedRevenue: "6.795",
      ratio: "1.83×",
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
