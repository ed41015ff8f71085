/*
 * npm run test:excel's path, tested where there is no Excel: the scenario runner of the test
 * build (dist-excel-tests/) runs in chromium with the Excel fake in office.js's place, and posts
 * its results to office-addin-test-server, started by the same script test:excel uses. So the
 * harness that proves the add-in in real Excel is itself proven here, with empty cells passed
 * both ways.
 */
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { chromium } from "playwright-core";
import { FUNCTION_CASES } from "../scenarios/function-cases";
import { INSERT_CASES } from "../scenarios/insert-cases";
import type { CaseResult } from "../scenarios/runner";
import { parametersFromMetadata } from "../../test-support/fake-excel";
import { fakeOfficeScript } from "../../test-support/fake-office";
import { describeInChromium } from "../support/browser-pane";

const { CHROMIUM, CHROMIUM_ARGS, serveStatic, routeOffice } = require("../../scripts/dev/browser");

const root = path.resolve(__dirname, "..", "..");
const testBuild = path.join(root, "dist-excel-tests");
const describeBrowser = describeInChromium("the scenario runner's browser tests");

/** scripts/commands/test-excel.js --results-only: resolves with what the runner posted. */
function testServer(): {
  ready: Promise<void>;
  results: Promise<{ results: CaseResult[] }>;
  child: ChildProcess;
} {
  const child = spawn(
    process.execPath,
    [path.join(root, "scripts", "commands", "test-excel.js"), "--results-only", "--timeout", "60"],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    }
  );
  let out = "";
  let err = "";
  let readyResolve: () => void;
  const ready = new Promise<void>((r) => (readyResolve = r));
  child.stdout!.on("data", (d) => {
    out += d;
    if (out.includes("Test server listening")) readyResolve();
  });
  child.stderr!.on("data", (d) => (err += d));
  const results = new Promise<{ results: CaseResult[] }>((resolve, reject) =>
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("RESULTS "));
      if (line) resolve(JSON.parse(line.slice("RESULTS ".length)));
      else reject(new Error(`test-excel.js exited ${code} without results:\n${out}\n${err}`));
    })
  );
  return { ready: Promise.race([ready, results.then(() => undefined)]), results, child };
}

describeBrowser(
  "npm run test:excel's runner, in chromium against the fake, through office-addin-test-server",
  () => {
    test.each([null, 0] as const)(
      "every scenario passes and its result reaches the test server (empty cells as %p)",
      async (emptyCellsAs) => {
        expect(fs.existsSync(path.join(testBuild, "taskpane.js"))).toBe(true);
        const server = testServer();
        const site = await serveStatic(testBuild);
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
        try {
          await server.ready;
          // The test server's certificate is the project's own, which chromium does not trust.
          const context = await browser.newContext({ ignoreHTTPSErrors: true });
          const page = await context.newPage();
          // Excel as the test build declares its functions (functions.json's types), with cards
          // (CustomFunctionsRuntime 1.4) on an ExcelApi below 1.19 (FormattedNumber figures).
          const metadata = JSON.parse(
            fs.readFileSync(path.join(testBuild, "functions.json"), "utf8")
          );
          const office = fakeOfficeScript({
            delayMs: 0,
            requirementSets: { ExcelApi: "1.9", CustomFunctionsRuntime: "1.4" },
            fake: { emptyCellsAs, parameters: parametersFromMetadata(metadata, "OAI") },
          });
          await routeOffice(page, office, ["localhost:4201"]);
          await page.goto(`${site.url}/taskpane.html`);
          const { results } = await server.results;
          expect(results.map((r) => r.name)).toEqual([
            ...FUNCTION_CASES.map((c) => c.name),
            ...INSERT_CASES.map((c) => c.name),
          ]);
          for (const r of results) expect(r).toMatchObject({ passed: true, problems: [] });
          await page.waitForFunction(() =>
            /passed\.$/.test(document.getElementById("status")?.textContent ?? "")
          );
          // The runner took its scratch sheet and the add-in's sheets back out.
          const sheets = await page.evaluate(() =>
            (
              window as unknown as { __fake: { state: { sheets: { name: string }[] } } }
            ).__fake.state.sheets.map((s) => s.name)
          );
          expect(sheets).toEqual(["Sheet1"]);
        } finally {
          server.child.kill();
          await browser.close();
          await site.close();
        }
      },
      60000
    );

    test("a failing scenario is reported as failed, with what differed", async () => {
      // The same compare the runner uses, on a result that is wrong: the harness can fail.
      const { compareResults } = require("../scenarios/runner");
      expect(
        compareResults([[1.5, { error: "#N/A" }]], [[1.6, 2]], [["Double", "Double"]])
      ).toEqual(["D1: expected 1.5, got 1.6 (Double)", "E1: expected #N/A, got 2 (Double)"]);
    });
  }
);
