/*
 * The Excel fake (test/helpers/fake-excel.ts) as a script that stands in for office.js in a
 * page: Office, Excel and, for the custom functions, CustomFunctions, over one fake workbook.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import type { FakeOptions } from "../helpers/fake-excel";

const root = path.resolve(__dirname, "..", "..");

export function fakeOfficeScript(options: {
  delayMs: number;
  requirementSets?: Record<string, number | string>;
  displayLanguage?: string;
  /** Office.context.platform: "PC" (the default) or "OfficeOnline" (Excel on the web). */
  platform?: "PC" | "OfficeOnline";
  /** How the fake passes empty cells and errors to custom functions. */
  fake?: Pick<FakeOptions, "emptyCellsAs" | "errorsAs" | "parameters">;
}): string {
  const source = fs.readFileSync(path.join(root, "test", "helpers", "fake-excel.ts"), "utf8");
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017 },
  }).outputText;
  const fakeOptions = {
    sheets: ["Sheet1"],
    requirementSets: options.requirementSets,
    platform: options.platform === "OfficeOnline" ? "web" : "desktop",
    ...options.fake,
  };
  const platform = options.platform ?? "PC";
  return `(function () {
  var exports = {};
  ${js}
  var fake = exports.createFakeExcel(${JSON.stringify(fakeOptions)});
  window.__fake = fake;
  window.Excel = { run: function (a, b) {
    return new Promise(function (r) { setTimeout(r, ${options.delayMs}); }).then(function () { return fake.Excel.run(a, b); });
  } };
  // The shared runtime's CustomFunctions: associate registers OAI.<id> with the fake workbook.
  function ExcelError(code, message) { this.code = code; this.message = message; }
  window.CustomFunctions = {
    associate: function (id, fn) { fake.state.functions["OAI." + id.toUpperCase()] = fn; },
    Error: ExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!", nullReference: "#NULL!" },
  };
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    context: { requirements: fake.requirements, platform: ${JSON.stringify(platform)}, displayLanguage: ${JSON.stringify(options.displayLanguage ?? "en-US")} },
    onReady: function (cb) {
      var info = { host: "Excel", platform: ${JSON.stringify(platform)} };
      return Promise.resolve(info).then(function (i) { if (cb) cb(i); return i; });
    },
  };
})();`;
}
