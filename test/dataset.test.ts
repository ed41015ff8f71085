import * as fs from "fs";
import * as path from "path";
import { CAVEAT, COLUMNS, QUARTERS } from "../src/core";

// The seven rows exactly as the article publishes them (bn USD).
const PUBLISHED = [
  ["Q1 2024", 0.547, 0.077, 0.387],
  ["Q2 2024", 0.748, 0.11, 0.548],
  ["Q3 2024", 1.005, 0.139, 0.696],
  ["Q4 2024", 1.467, 0.168, 0.839],
  ["Q1 2025", 2.075, 0.206, 1.032],
  ["Q2 2025", 2.947, 0.248, 1.242],
  ["Q3 2025", 3.648, 0.411, 2.056],
];

const seedReadme = path.resolve(__dirname, "..", "..", "shared", "seed", "README.md");

describe("the published dataset", () => {
  test.each(PUBLISHED)(
    "%s holds the published inference cost, share and implied revenue",
    (label, cost, share, implied) => {
      const row = QUARTERS.find((q) => q.label === label);
      expect(row).toBeDefined();
      expect([row!.inferenceCost, row!.revenueShare, row!.impliedRevenuePublished]).toEqual([
        cost,
        share,
        implied,
      ]);
    }
  );

  test("has exactly the seven quarters Q1 2024 – Q3 2025, in order", () => {
    expect(QUARTERS.map((q) => q.label)).toEqual(PUBLISHED.map((p) => p[0]));
    expect(QUARTERS.map((q) => `Q${q.quarter} ${q.year}`)).toEqual(PUBLISHED.map((p) => p[0]));
  });

  test("cannot be changed at run time", () => {
    expect(Object.isFrozen(QUARTERS)).toBe(true);
    expect(() => (QUARTERS as unknown as unknown[]).push({})).toThrow();
  });

  test("names the source and unit of every column", () => {
    expect(COLUMNS.map((c) => c.key)).toEqual([
      "inferenceCost",
      "revenueShare",
      "impliedRevenuePublished",
    ]);
    for (const c of COLUMNS) {
      expect(c.unit).toBe("bn USD");
      expect(c.label).toContain("(bn USD)");
      expect(c.source.length).toBeGreaterThan(10);
    }
    expect(COLUMNS[0].source).toMatch(/Zitron/);
    expect(COLUMNS[1].source).toMatch(/net/);
    expect(COLUMNS[2].source).toMatch(/Financial Times/);
  });

  test("says the figures are leaked, unconfirmed and a minimum", () => {
    expect(CAVEAT).toMatch(/leaked/i);
    expect(CAVEAT).toMatch(/unconfirmed/i);
    expect(CAVEAT).toMatch(/minimum/i);
  });

  const seedTest = fs.existsSync(seedReadme) ? test : test.skip;
  if (!fs.existsSync(seedReadme)) {
    console.warn(
      `SKIPPED: ../shared/seed/README.md is absent, so the dataset is not compared with it.`
    );
  }
  seedTest("matches the table in ../shared/seed/README.md digit for digit", () => {
    const text = fs.readFileSync(seedReadme, "utf8");
    const rows = [...text.matchAll(/^\| (Q[1-4] \d{4}) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|$/gm)];
    expect(rows).toHaveLength(7);
    for (const [, label, cost, share, implied] of rows) {
      const row = QUARTERS.find((q) => q.label === label)!;
      expect(row.inferenceCost.toFixed(3)).toBe(cost);
      expect(row.revenueShare.toFixed(3)).toBe(share);
      expect(row.impliedRevenuePublished.toFixed(3)).toBe(implied);
    }
  });
});
