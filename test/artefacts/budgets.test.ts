/* The deterministic budgets of the benchmark (npm run bench), held by every test run. */
import * as path from "path";

const { sizes, paneFiles, PANE_BUDGET, BUDGETS } = require("../../bench/bundle-sizes");

const dist = path.resolve(__dirname, "..", "..", "dist");

describe("bundle budgets", () => {
  const files: { file: string; raw: number; gzip: number; budget?: number }[] = sizes(dist);

  test("functions.js is at most 11 KB gzip (within the pane's 25 KB)", () => {
    const f = files.find((x) => x.file === "functions.js")!;
    expect(f.gzip).toBeLessThanOrEqual(BUDGETS["functions.js"]);
  });

  test("the task pane's own HTML, JS and CSS (with functions.js) are at most 25 KB gzip together", () => {
    const total = files
      .filter((f) => paneFiles.includes(f.file))
      .reduce((sum, f) => sum + f.gzip, 0);
    expect(total).toBeLessThanOrEqual(PANE_BUDGET);
  });
});
