import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ExcelError } from "../support/excel";
import { AFTER_LAST_QUARTER } from "../support/data";
import { COVERAGE } from "../../src/core";

const root = path.resolve(__dirname, "..", "..");
const dist = path.join(root, "dist");
const bin = (pkg: string, file: string) => path.join(root, "node_modules", pkg, file);

describe("npm run build", () => {
  test.each([
    "functions.js",
    "functions.json",
    "functions-de.json",
    "taskpane.html",
    "taskpane.js",
    "taskpane.css",
    "help.html",
    "manifest.xml",
    "assets/icon-16.png",
    "assets/icon-32.png",
    "assets/icon-64.png",
    "assets/icon-80.png",
    "assets/icon-128.png",
  ])("puts %s in dist/", (file) => {
    expect(fs.statSync(path.join(dist, file)).size).toBeGreaterThan(0);
  });

  test("the host page loads office.js from Office's CDN and both bundles", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    // (the build minifies the page, so attribute quotes are optional)
    expect(html).toMatch(
      /src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?/
    );
    expect(html).toMatch(/src="?functions\.js"?/);
    expect(html).toMatch(/src="?taskpane\.js"?/);
    // Deferred scripts run in document order (HTML standard): the pane takes the core from
    // functions.js, so functions.js comes first.
    expect(html.search(/src="?functions\.js/)).toBeLessThan(html.search(/src="?taskpane\.js/));
  });

  test("office.js is not bundled", () => {
    for (const file of ["functions.js", "taskpane.js"]) {
      const js = fs.readFileSync(path.join(dist, file), "utf8");
      expect(js).not.toMatch(/OSF\.|Microsoft\.Office\.WebExtension/);
    }
  });

  test("help.html shows the user guide's pictures, which the build copies", () => {
    const html = fs.readFileSync(path.join(dist, "help.html"), "utf8");
    const images = [...html.matchAll(/<img[^>]+src="?([^" >]+)/g)].map((m) => m[1]);
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const src of images)
      expect([src, fs.existsSync(path.join(dist, src))]).toEqual([src, true]);
  });

  test("help.html has a section for every function", () => {
    const html = fs.readFileSync(path.join(dist, "help.html"), "utf8");
    for (const id of [
      "impliedrevenue",
      "inferenceratio",
      "inferencecost",
      "revenueshare",
      "runrate",
      "impliedrate",
      "dataset",
    ]) {
      expect(html).toMatch(new RegExp(`id="?oai${id}"?>`));
    }
  });

  test("the functions bundle loads in Node with a CustomFunctions shim and registers all nine", () => {
    const registered: Record<string, (...args: unknown[]) => unknown> = {};
    const sandbox = {
      CustomFunctions: {
        associate: (id: string, fn: (...args: unknown[]) => unknown) => (registered[id] = fn),
        Error: ExcelError,
        ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
      },
    };
    const code = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
    new Function("CustomFunctions", "self", code)(sandbox.CustomFunctions, {});
    expect(Object.keys(registered).sort()).toEqual([
      "CARD",
      "DATASET",
      "IMPLIEDRATE",
      "IMPLIEDREVENUE",
      "INFERENCECOST",
      "INFERENCERATIO",
      "REVENUESHARE",
      "RUNRATE",
      "SOURCE",
    ]);
    expect(registered.INFERENCERATIO([["Q3 2025"]])).toEqual([
      [expect.closeTo(1.7751824817518, 12)],
    ]);
    const [[error]] = registered.INFERENCERATIO([[AFTER_LAST_QUARTER]]) as unknown[][];
    expect(error).toEqual(new ExcelError("#N/A", expect.stringContaining(COVERAGE)));
  });

  test("the bundles target ES2017 without polyfills", () => {
    const js = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
    expect(js).not.toMatch(/core-js|regenerator-runtime/);
  });

  test.each(fs.readdirSync(dist).filter((f) => f.endsWith(".js")))(
    "%s parses as ES2017: no newer syntax from the minifier or the sources",
    (file) => {
      const { parse } = require("acorn");
      const js = fs.readFileSync(path.join(dist, file), "utf8");
      expect(() => parse(js, { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
    }
  );

  test("a JSDoc error in the functions fails the build (and the same file without it builds, registering it)", async () => {
    const dirs: string[] = [];
    /** A project of one function named `name`, built with FunctionsMetadataPlugin. */
    const build = (name: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oai-jsdoc-"));
      dirs.push(dir);
      const source = `/**\n * Doubles.\n * @customfunction ${name}\n * @param {number} x A number.\n * @returns {number} Twice x.\n */\nexport function twice(x: number): number {\n  return 2 * x;\n}\n`;
      fs.writeFileSync(path.join(dir, "fn.ts"), source);
      fs.writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            target: "ES2017",
            typeRoots: [path.join(root, "node_modules", "@types")],
            types: ["custom-functions-runtime"],
          },
          files: ["fn.ts"],
        })
      );
      fs.writeFileSync(
        path.join(dir, "webpack.config.js"),
        `const { FunctionsMetadataPlugin } = require(${JSON.stringify(path.join(root, "scripts", "build", "functions-metadata.js"))});
module.exports = { mode: "production", entry: "./fn.ts", output: { path: __dirname + "/out" }, resolve: { extensions: [".ts"] },
  module: { rules: [{ test: /\\.ts$/, loader: ${JSON.stringify(bin("esbuild-loader", ""))} }] },
  plugins: [new FunctionsMetadataPlugin({ input: "./fn.ts", output: "functions.json" })] };`
      );
      // Both builds at once, each in its own process (a core each, where there are two).
      return new Promise<{ status: number | null; output: string; dir: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [bin("webpack-cli", "bin/cli.js"), "--config", "webpack.config.js"],
          { cwd: dir }
        );
        let output = "";
        child.stdout.on("data", (d) => (output += d));
        child.stderr.on("data", (d) => (output += d));
        child.on("close", (status) => resolve({ status, output, dir }));
      });
    };
    try {
      const [good, bad] = await Promise.all([build("TWICE"), build("TWICE!")]);
      expect(good.output).not.toMatch(/ERROR/);
      expect(good.status).toBe(0);
      expect(fs.readFileSync(path.join(good.dir, "out", "functions.json"), "utf8")).toContain(
        '"TWICE"'
      );
      expect(fs.readFileSync(path.join(good.dir, "out", "main.js"), "utf8")).toMatch(
        /CustomFunctions\.associate\("TWICE",/
      );

      expect(bad.status).not.toBe(0);
      expect(bad.output).toMatch(/ERROR[\s\S]*fn\.ts/);
      expect(bad.output).toMatch(/name "TWICE!" should contain only/);
    } finally {
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the core compiles with no DOM and no Office types (it stays pure)", () => {
    const result = spawnSync(
      process.execPath,
      [bin("typescript", "bin/tsc"), "--noEmit", "-p", "src/core"],
      {
        cwd: root,
        encoding: "utf8",
      }
    );
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
