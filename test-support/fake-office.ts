/*
 * The Excel fake (test-support/fake-excel/) as a script that stands in for office.js in a
 * page: Office, Excel and, for the custom functions, CustomFunctions, over one fake workbook.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import type { FakeOptions } from "./fake-excel";

const root = path.resolve(__dirname, "..");

/**
 * The fake's rooms and the core modules they import, transpiled and wrapped as CommonJS modules
 * in one script: each module runs once, on its first require, as Node runs them.
 */
function bundleModules(entry: string): string {
  const modules = new Map<string, string>();
  const visit = (file: string): void => {
    if (modules.has(file)) return;
    modules.set(file, "");
    const js = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017 },
    }).outputText;
    const linked = js.replace(/require\("(\.{1,2}\/[^"]+)"\)/g, (_, spec: string) => {
      const target = resolveModule(path.dirname(file), spec);
      visit(target);
      return `require(${JSON.stringify(path.relative(root, target))})`;
    });
    if (/require\("[^.]/.test(js)) throw new Error(`${file} imports a package; the page has none.`);
    modules.set(file, linked);
  };
  visit(entry);
  const table = [...modules]
    .map(
      ([file, js]) =>
        `${JSON.stringify(path.relative(root, file))}: function (module, exports, require) {\n${js}\n}`
    )
    .join(",\n");
  return `var modules = {${table}};
  var cache = {};
  function require(id) {
    if (cache[id]) return cache[id].exports;
    var module = (cache[id] = { exports: {} });
    modules[id](module, module.exports, require);
    return module.exports;
  }
  var exports = require(${JSON.stringify(path.relative(root, entry))});`;
}

function resolveModule(dir: string, spec: string): string {
  const base = path.resolve(dir, spec);
  const found = [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
  if (!found) throw new Error(`Cannot find ${spec} from ${dir}.`);
  return found;
}

export function fakeOfficeScript(options: {
  delayMs: number;
  requirementSets?: Record<string, number | string>;
  displayLanguage?: string;
  /** Office.context.platform: "PC" (the default) or "OfficeOnline" (Excel on the web). */
  platform?: "PC" | "OfficeOnline";
  /** How the fake passes empty cells and errors to custom functions. */
  fake?: Pick<FakeOptions, "emptyCellsAs" | "errorsAs" | "parameters">;
}): string {
  const fakeModules = bundleModules(path.join(root, "test-support", "fake-excel", "index.ts"));
  const fakeOptions = {
    sheets: ["Sheet1"],
    requirementSets: options.requirementSets,
    platform: options.platform === "OfficeOnline" ? "web" : "desktop",
    ...options.fake,
  };
  const platform = options.platform ?? "PC";
  return `(function () {
  ${fakeModules}
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
