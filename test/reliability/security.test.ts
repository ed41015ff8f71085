/*
 * What the add-in is allowed to be: a manifest and functions.json that the checks accept, and
 * that reject each corrupted copy by name; bundles with no eval and no network calls; a page
 * that runs only its own scripts and Office's; one permission; no runtime dependencies.
 */
import * as fs from "fs";
import * as path from "path";
import { CORRUPTIONS } from "../../test-support/reliability/manifest-corruptions";

const checks = require("../../scripts/release/manifest-checks");

const root = path.resolve(__dirname, "..", "..");
const dist = path.join(root, "dist");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const manifest = read("manifest.xml");
const functionsJson = read("dist/functions.json");
const functionsJs = read("dist/functions.js");
const haveSchemas = fs.existsSync(checks.schemaDir);

async function problemsOf(
  file: "manifest.xml" | "functions.json",
  text: string
): Promise<string[]> {
  if (file === "functions.json") return checks.checkFunctionsMetadata(text, functionsJs);
  const xsd = haveSchemas ? await checks.validateAgainstXsd(text) : { errors: [] };
  return [...xsd.errors, ...checks.checkBeyondXsd(text, path.join(root, "assets"))];
}

describe("the manifest and functions.json checks", () => {
  test("accept the real files", async () => {
    expect(await problemsOf("manifest.xml", manifest)).toEqual([]);
    expect(await problemsOf("functions.json", functionsJson)).toEqual([]);
  });

  test.each(CORRUPTIONS.map((c) => [c.what, c] as const))(
    "reject %s, naming it",
    async (_what, c) => {
      if (c.needsXsd && !haveSchemas) {
        console.warn(`SKIPPED: "${c.what}" needs the XSDs in ${checks.schemaDir}.`);
        return;
      }
      const original = c.file === "manifest.xml" ? manifest : functionsJson;
      const corrupted = c.corrupt(original);
      expect(corrupted).not.toBe(original);
      const problems = await problemsOf(c.file, corrupted);
      expect(problems.join("\n")).toMatch(c.message);
    }
  );
});

describe("the production bundles", () => {
  // Every script the add-in serves: the two entries and the chunk the pane fetches.
  const bundles = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .map((f) => [f, fs.readFileSync(path.join(dist, f), "utf8")] as const);

  test.each(bundles)("%s has no eval and no new Function", (_file, js) => {
    expect(js).not.toMatch(/\beval\s*\(/);
    expect(js).not.toMatch(/new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
    expect(js).not.toMatch(/set(?:Timeout|Interval)\s*\(\s*["'`]/);
  });

  test.each(bundles)("%s makes no network calls: the data is built in", (_file, js) => {
    for (const api of [
      "fetch(",
      "XMLHttpRequest",
      "WebSocket",
      "sendBeacon",
      "EventSource",
      "importScripts",
      "navigator.connection",
    ]) {
      expect([api, js.includes(api)]).toEqual([api, false]);
    }
  });

  test("office.js comes from Office's CDN and is not bundled", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(html).toMatch(
      /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/
    );
    for (const [, js] of bundles)
      expect(js).not.toMatch(
        /OSF\.|Microsoft\.Office\.WebExtension|OfficeExtension\.ClientRequestContext/
      );
  });

  test("the task pane page has a Content-Security-Policy and every script has a src (no inline script)", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const scriptSrc = /script-src ([^;]+)/.exec(csp!)![1].trim().split(/\s+/);
    expect(scriptSrc).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp).toMatch(/object-src 'none'/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe("");
    }
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers either
  });

  test("the help page also forbids scripts", () => {
    const html = fs.readFileSync(path.join(dist, "help.html"), "utf8");
    expect(html).toMatch(/Content-Security-Policy"?\s+content="default-src 'none'/);
    expect(html).not.toMatch(/<script/);
  });
});

describe("permissions and dependencies", () => {
  test("the manifest asks only for ReadWriteDocument, with no extra AppDomains", () => {
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(
      ["ReadWriteDocument"]
    );
    expect(manifest).not.toMatch(/<AppDomains?>/);
  });

  test("the add-in has no runtime dependencies: everything it runs is in its own bundles", () => {
    const pkg = JSON.parse(read("package.json"));
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  test("package-lock.json pins every package to a version with an integrity hash", () => {
    const lock = JSON.parse(read("package-lock.json"));
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    const unpinned = Object.entries(
      lock.packages as Record<string, { version?: string; integrity?: string; link?: boolean }>
    )
      .filter(([where, p]) => where !== "" && !p.link && (!p.version || !p.integrity))
      .map(([where]) => where);
    expect(unpinned).toEqual([]);
  });
});
