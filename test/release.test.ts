/*
 * npm run release: what an analyst uploads for a team. Two releases for two base URLs, so that
 * the files whose content differs can be compared: they must never share a URL.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
const {
  validateAgainstXsd,
  checkBeyondXsd,
  pngSize,
  schemaDir,
} = require("../scripts/manifest-checks");
const { unifiedManifest, validateUnified } = require("../scripts/unified-manifest");
const { unzip } = require("../scripts/zip");

const root = path.resolve(__dirname, "..");
const { version } = require("../package.json");
const BASE = "https://addin.example.com/oai/";
const OTHER_BASE = "https://addin.example.com/oai-v2/";

/** Every file under dir, relative. */
function filesIn(dir: string, under = ""): string[] {
  return fs
    .readdirSync(path.join(dir, under), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesIn(dir, path.join(under, e.name)) : [path.join(under, e.name)]
    );
}

function release(base: string): string {
  const result = spawnSync(process.execPath, [path.join(root, "scripts", "release.js")], {
    cwd: root,
    env: { ...process.env, ADDIN_BASE_URL: base },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`release failed:\n${result.stdout}\n${result.stderr}`);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "oai-release-"));
  fs.cpSync(path.join(root, "release"), copy, { recursive: true });
  return copy;
}

let first: string;
let second: string;
beforeAll(() => {
  second = release(OTHER_BASE);
  first = release(BASE); // release/ is left as the first one
}, 240000);

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file));

describe(`ADDIN_BASE_URL=${BASE} npm run release`, () => {
  test("writes the files to upload, both manifests and the app package", () => {
    for (const f of ["manifest.xml", "manifest.json", `oai-leak-addin-${version}.zip`, "addin"])
      expect(fs.existsSync(path.join(first, f))).toBe(true);
    const names = filesIn(path.join(first, "addin"));
    for (const pattern of [
      /^taskpane\.[0-9a-f]{8}\.html$/,
      /^functions\.[0-9a-f]{8}\.js$/,
      /^functions\.[0-9a-f]{8}\.json$/,
      /^functions-de\.[0-9a-f]{8}\.json$/,
      /^workbook\.[0-9a-f]{8}\.js$/,
    ])
      expect(names.some((n) => pattern.test(n))).toBe(true);
    expect(names.some((n) => n.endsWith(".map"))).toBe(false);
  });

  (fs.existsSync(schemaDir) ? test : test.skip)(
    "manifest.xml is valid against Microsoft's XSD, with every icon at its size",
    async () => {
      const xml = read(first, "manifest.xml").toString();
      const result = await validateAgainstXsd(xml);
      expect(result.errors).toEqual([]);
      expect(checkBeyondXsd(xml, path.join(first, "addin", "assets"))).toEqual([]);
    }
  );

  test("manifest.json is valid against the unified manifest's schema, and the check can fail", () => {
    const manifest = JSON.parse(read(first, "manifest.json").toString());
    const german = JSON.parse(
      unzip(read(first, `oai-leak-addin-${version}.zip`))
        .find((e: { name: string }) => e.name === "de-de.json")
        .data.toString()
    );
    expect(validateUnified(manifest, german)).toEqual([]);
    const broken = { ...manifest, icons: {} };
    expect(validateUnified(broken, german).join("\n")).toMatch(/icons.*outline/);
  });

  test("both manifests describe the same add-in: id, names, namespace, runtime, button, requirement", () => {
    const xml = read(first, "manifest.xml").toString();
    const json = JSON.parse(read(first, "manifest.json").toString());
    expect(json.id).toBe(/<Id>([^<]+)<\/Id>/.exec(xml)![1]);
    expect(json.name.full).toBe(/<DisplayName DefaultValue="([^"]+)"/.exec(xml)![1]);
    const runtime = json.extensions[0].runtimes[0];
    expect(runtime.lifetime).toBe("long");
    expect(runtime.customFunctions.namespace).toEqual({ id: "OAI", name: "OAI" });
    expect(runtime.customFunctions.functions.map((f: { id: string }) => f.id)).toContain("CARD");
    expect(json.extensions[0].requirements.capabilities).toEqual([
      { name: "SharedRuntime", minVersion: "1.1" },
    ]);
    expect(json.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label).toBe("Leak figures");
    expect(runtime.code.page).toBe(
      /<bt:Url id="Taskpane\.Url" DefaultValue="([^"]+)"/.exec(xml)![1]
    );
  });

  test("one version everywhere: package.json, manifest.xml (four parts), manifest.json, the pane's footer", () => {
    expect(read(first, "manifest.xml").toString()).toContain(`<Version>${version}.0</Version>`);
    expect(JSON.parse(read(first, "manifest.json").toString()).version).toBe(version);
    const pane = filesIn(path.join(first, "addin")).find((f) => /^taskpane\..*\.html$/.test(f))!;
    expect(read(path.join(first, "addin"), pane).toString()).toContain(`v${version}`);
  });

  test("the app package holds the manifest, its German names and the icons at the sizes the schema asks", () => {
    const entries = unzip(read(first, `oai-leak-addin-${version}.zip`));
    expect(entries.map((e: { name: string }) => e.name).sort()).toEqual([
      "color.png",
      "de-de.json",
      "manifest.json",
      "outline.png",
    ]);
    const get = (name: string) => entries.find((e: { name: string }) => e.name === name).data;
    expect(pngSize(get("color.png"))).toEqual({ width: 192, height: 192 });
    expect(pngSize(get("outline.png"))).toEqual({ width: 32, height: 32 });
    expect(get("manifest.json").toString()).toBe(read(first, "manifest.json").toString());
  });

  test("no release file names localhost, and every URL the manifests name is a file of the release", () => {
    for (const f of filesIn(first).filter((f) => /\.(html|js|json|xml|css)$/.test(f)))
      expect([f, /localhost|127\.0\.0\.1/.test(read(first, f).toString())]).toEqual([f, false]);
    const urls = [
      ...read(first, "manifest.xml")
        .toString()
        .matchAll(/"(https:\/\/[^"]+)"/g),
      ...read(first, "manifest.json")
        .toString()
        .matchAll(/"(https:\/\/addin[^"]+)"/g),
    ].map((m) => m[1].split("#")[0]);
    for (const url of new Set(urls)) {
      if (!url.startsWith(BASE)) continue;
      expect([url, fs.existsSync(path.join(first, "addin", url.slice(BASE.length)))]).toEqual([
        url,
        true,
      ]);
    }
  });

  test("two releases: every file whose content changed has a new URL (caches can never mix them)", () => {
    const logical = (f: string) => f.replace(/\.[0-9a-f]{8}(\.[a-z]+)$/, "$1");
    const byName = (dir: string) =>
      new Map(filesIn(path.join(dir, "addin")).map((f) => [logical(f), f] as const));
    const a = byName(first);
    const b = byName(second);
    let changed = 0;
    for (const [name, fileA] of a) {
      const fileB = b.get(name)!;
      const same = read(path.join(first, "addin"), fileA).equals(
        read(path.join(second, "addin"), fileB)
      );
      if (!same) {
        changed++;
        expect([name, fileA === fileB]).toEqual([name, false]);
      }
    }
    expect(changed).toBeGreaterThanOrEqual(2); // both metadata files name the help page's host
  });

  test("refuses a base URL that is not https, or is this machine", () => {
    for (const base of [
      "http://addin.example.com/",
      "https://localhost:3000/",
      "https://addin.example.com/no-slash",
    ]) {
      const r = spawnSync(process.execPath, [path.join(root, "scripts", "release.js")], {
        cwd: root,
        env: { ...process.env, ADDIN_BASE_URL: base },
        encoding: "utf8",
      });
      expect([base, r.status]).toEqual([base, 1]);
    }
  });
});

describe("the unified manifest is made from manifest.xml", () => {
  test("a change to the XML manifest shows in manifest.json: they cannot drift", () => {
    const xml = fs
      .readFileSync(path.join(root, "dist", "manifest.xml"), "utf8")
      .replace('DefaultValue="Leak figures"', 'DefaultValue="Figures"');
    const { manifest } = unifiedManifest(
      xml,
      fs.readFileSync(path.join(root, "dist", "functions.json"), "utf8")
    );
    expect(manifest.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label).toBe("Figures");
  });
});
