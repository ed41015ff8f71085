import * as fs from "fs";
import * as path from "path";
import { EXPORT_NAMES, installCustomFunctionsShim } from "../support/excel";

installCustomFunctionsShim();
const oai = require("../../src/functions/functions") as Record<
  string,
  (...args: unknown[]) => unknown[][]
>;

const readme = fs.readFileSync(path.resolve(__dirname, "..", "..", "README.md"), "utf8");

/** An argument as the README writes it: "text", a number, or a / b. */
function argument(text: string): unknown {
  const t = text.trim();
  if (t.startsWith('"')) return t.slice(1, -1);
  const [a, b] = t.split("/").map(Number);
  return b === undefined ? a : a / b;
}

// Rows such as | `=OAI.RUNRATE("Q3 2025")` | 8.22 | and lines such as =OAI.IMPLIEDREVENUE("2024") → 2.47
const examples = [
  ...readme.matchAll(/^\| `=OAI\.(\w+)\((.*)\)` \| ([\d.]+)/gm),
  ...readme.matchAll(/^=OAI\.(\w+)\((.*?)\)\s+→ ([\d.]+)/gm),
].map((m) => [m[1], m[2], m[3]] as const);

describe("the README's examples", () => {
  test("there are examples for every function that returns a number", () => {
    // DATASET returns the table itself, shown in "The data"; CARD a card, shown in its picture.
    const numeric = Object.keys(EXPORT_NAMES).filter(
      (id) => id !== "DATASET" && id !== "SOURCE" && id !== "CARD"
    );
    expect(new Set(examples.map(([id]) => id))).toEqual(new Set(numeric));
  });

  test.each(examples)("OAI.%s(%s) shows %s", (id, args, shown) => {
    const [first, ...rest] = args.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map(argument);
    const [[value]] = oai[EXPORT_NAMES[id]]([[first]], ...rest);
    const decimals = shown.split(".")[1]?.length ?? 0;
    expect((value as number).toFixed(decimals)).toBe(shown);
  });
});

describe("the README's layout of what Insert writes", () => {
  test("is the one generated from the writer's sheet plan (npm run docs)", () => {
    const { layoutMarkdown } = require("../../scripts/build/layout-doc");

    const { buildSheetPlan, DEFAULT_ASSUMPTIONS } = require("../../src/core");
    const section = /<!-- layout:start -->\n([\s\S]*?)\n<!-- layout:end -->/.exec(readme)?.[1];
    expect(section).toBe(layoutMarkdown(buildSheetPlan(DEFAULT_ASSUMPTIONS)));
  });

  test("the grid's layout is the one generated from its plan", () => {
    const { layoutMarkdown } = require("../../scripts/build/layout-doc");

    const { buildSensitivityPlan } = require("../../src/core");
    const section = /<!-- grid-layout:start -->\n([\s\S]*?)\n<!-- grid-layout:end -->/.exec(
      readme
    )?.[1];
    expect(section).toBe(layoutMarkdown(buildSensitivityPlan()));
  });

  test.each(["docs/taskpane.png", "docs/layout.png", "docs/taskpane-de.png"])(
    "shows %s, which exists",
    (file) => {
      expect(readme).toContain(`](${file})`);
      expect(fs.statSync(path.resolve(__dirname, "..", "..", file)).size).toBeGreaterThan(5000);
    }
  );
});

describe("the README's reliability figures", () => {
  test("are the ones the reliability tests run with (npm run docs)", async () => {
    const { reliabilityMarkdown } = require("../../scripts/build/reliability-doc");
    const section = /<!-- reliability:start -->\n([\s\S]*?)\n<!-- reliability:end -->/.exec(
      readme
    )?.[1];
    expect(section).toBe(await reliabilityMarkdown());
  });
});

describe("the README says where the add-in runs and how Excel passes arguments", () => {
  test("a platform table with web, Windows (Microsoft 365 and perpetual), Mac and iPad, and what each needs", () => {
    const section = readme.split("## Where it runs")[1]?.split("\n## ")[0] ?? "";
    for (const row of [
      "Excel on the web",
      "Windows, Microsoft 365",
      "retail Excel 2016 / 2019",
      "volume-licensed",
      "Mac",
      "iPad",
    ])
      expect(section).toContain(row);
    for (const need of [
      "SharedRuntime 1.1",
      "ExcelApi 1.9",
      "ExcelApi 1.20",
      "CustomFunctionsRuntime",
      "dynamic arrays",
    ])
      expect(section).toContain(need);
  });

  test("the input rules: empty cells, errors, data types, text numbers, percentages, the 1904 date system", () => {
    const section = readme.split("### Arguments as Excel passes them")[1]?.split("\n### ")[0] ?? "";
    for (const rule of [
      "Empty cells",
      "Errors in input ranges",
      "Data types",
      "Numbers stored as text",
      "percentage",
      "1904 date system",
    ])
      expect(section).toContain(rule);
  });

  test("how to run the scenarios in real Excel", () => {
    expect(readme).toMatch(
      /### In real Excel: `npm run test:excel`[\s\S]*office-addin-test-server/
    );
  });
});

describe("the README's deployment guide", () => {
  test("covers hosting, content types and cache headers, centralized deployment, sideloading, updates and what the unified manifest loses", () => {
    const section = readme.split("## Deploy it for a team")[1]?.split("\n## ")[0] ?? "";
    for (const point of [
      "npm run release",
      "GitHub Pages",
      "Azure Static Web Apps",
      "S3",
      "Content types",
      "Cache-Control",
      "Integrated apps",
      "Upload My Add-in",
      "Rolling out an update",
      "German function descriptions",
      "perpetual",
    ])
      expect([point, section.includes(point)]).toEqual([point, true]);
  });
});
