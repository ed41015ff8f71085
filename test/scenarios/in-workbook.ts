/*
 * The scenario runner inside a workbook: the task pane of the test build (`npm run test:excel`).
 * It runs the function cases and the insert scenarios through Excel.run, shows the tally and
 * posts every result to office-addin-test-server on port 4201, as Microsoft's custom-functions
 * template does end to end. In real Excel that proves the add-in against Excel itself; in
 * chromium with the Excel fake in office.js's place, it tests the harness.
 */
import { sendTestResults } from "office-addin-test-helpers";
import { runInsert } from "../../src/taskpane/workbook-writer";
import { FUNCTION_CASES } from "./function-cases";
import { runInsertCases } from "./insert-cases";
import { runFunctionCases } from "./runner";

const TEST_SERVER_PORT = 4201;

async function runAll(): Promise<void> {
  const status = document.getElementById("status")!;
  await Office.onReady();
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch);
  status.textContent = "Running the scenarios…";
  const results = [
    ...(await runFunctionCases(run, FUNCTION_CASES)),
    ...(await runInsertCases(run, runInsert)),
  ];
  const passed = results.filter((r) => r.passed).length;
  status.textContent = `${passed} of ${results.length} scenarios passed. Sending the results…`;
  const sent = await sendTestResults({ platform: navigator.userAgent, results }, TEST_SERVER_PORT);
  status.textContent = `${passed} of ${results.length} scenarios passed${sent ? "" : " (the test server did not answer)"}.`;
  const list = document.getElementById("results")!;
  for (const r of results) {
    const item = document.createElement("li");
    item.textContent = `${r.passed ? "passed" : "FAILED"}: ${r.name}${r.problems.length ? ` — ${r.problems.join("; ")}` : ""}`;
    list.appendChild(item);
  }
}

void runAll();
