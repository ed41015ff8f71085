/*
 * The figures the functions' JSDoc quotes as examples ("e.g. 3.767 for 2024") are what the
 * functions return for the data: a corrected figure in src/data/leak.json that changes one fails
 * here, naming the function, rather than leaving a stale example in the source.
 */
import * as fs from "fs";
import * as path from "path";
import { installCustomFunctionsShim } from "../support/excel";

installCustomFunctionsShim();
const oai = require("../../src/functions/functions") as Record<
  string,
  (...args: unknown[]) => unknown[][]
>;
const source = fs.readFileSync(
  path.resolve(__dirname, "..", "..", "src", "functions", "functions.ts"),
  "utf8"
);

// Each JSDoc block with the name of the function it documents.
const blocks = [...source.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export function (\w+)/g)].map((m) => ({
  doc: m[1],
  name: m[2],
}));
// "@returns … e.g. 2.055 for Q3 2025." and "e.g. 0.106 (10.6 %) for "H1 2025" and 4.3."
const RETURNS_EXAMPLE =
  /@returns \{[^}]*\}[^\n]*?e\.g\. (-?[\d.]+)(?: \([^)]*\))? for "?([^".]+?)"?(?: and ([\d.]+))?\./;
const examples = blocks.flatMap(({ doc, name }) => {
  const m = RETURNS_EXAMPLE.exec(doc);
  return m ? [{ name, value: m[1], period: m[2], extra: m[3] }] : [];
});

describe("the numbers in the functions' JSDoc examples", () => {
  test("there is one for every function that returns a number of a period", () => {
    expect(examples.map((e) => e.name).sort()).toEqual(
      [
        "impliedRate",
        "impliedRevenue",
        "inferenceCost",
        "inferenceRatio",
        "revenueShare",
        "runRate",
      ].sort()
    );
  });

  test.each(examples)("$name: e.g. $value for $period", ({ name, value, period, extra }) => {
    const args = extra === undefined ? [[[period]]] : [[[period]], Number(extra)];
    const result = oai[name](...args)[0][0] as number;
    const decimals = (value.split(".")[1] ?? "").length;
    expect(result.toFixed(decimals)).toBe(value);
  });

  test("the share quoted for IMPLIEDREVENUE is that of Q3 2025, the quarter its example names", () => {
    const doc = blocks.find((b) => b.name === "impliedRevenue")!.doc;
    const share = /share in bn USD \(e\.g\. ([\d.]+)\)/.exec(doc)![1];
    expect(oai.revenueShare([["Q3 2025"]])[0][0]).toBe(Number(share));
  });
});
